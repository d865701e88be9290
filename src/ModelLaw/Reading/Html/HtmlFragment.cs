using AngleSharp.Html.Parser;

namespace ModelLaw.Reading.Html;

/// <summary>Reads a piece of HTML (an HTML block inside Markdown) into lines of text, as the HTML reader reads a page.</summary>
internal static class HtmlFragment
{
    /// <summary>
    /// The deepest element nesting walked: pages nest layout elements far deeper than provisions nest, so four times
    /// <see cref="ReadLimits.MaxNestingDepth"/> (256 by default).
    /// </summary>
    public static int MaxDepth(ReadLimits limits) => 4 * limits.MaxNestingDepth;

    public static List<string> Lines(string html, int maxDepth, CancellationToken ct)
    {
        var lines = new List<string>();
        HtmlNesting.Check(html, maxDepth, new SourceLocation(null));
        var parser = new HtmlParser();
        using var document = parser.ParseDocument("<!DOCTYPE html><body>" + html);
        if (document.Body is { } body) new HtmlBlockWalker((text, _) => lines.Add(text), () => { }, maxDepth, ct).Walk(body);
        return lines;
    }
}
