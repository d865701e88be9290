using System.Text.RegularExpressions;

namespace ModelLaw.Reading;

/// <summary>
/// Tells HTML and Markdown from plain text by the first few kilobytes of decoded text. Markdown is chosen only on
/// signs that plain-text reading would leak into provisions (front matter, HTML comments, several ATX headings, pipe
/// tables, inline emphasis or links), or by a Markdown file name; anything else stays plain text.
/// </summary>
internal static partial class ContentSniffer
{
    private static readonly string[] MarkdownExtensions = [".md", ".markdown", ".mdown", ".mkd", ".mkdn"];

    /// <summary>HTML elements a page or fragment may open with.</summary>
    private static readonly HashSet<string> HtmlStartTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "body", "meta", "title", "link", "style", "script", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "section", "article", "main", "header", "nav", "ul", "ol", "span", "b", "i", "font", "center", "br", "pre",
        "blockquote", "dl", "a",
    };

    /// <summary>Whether text that starts with '&lt;' (after whitespace and a byte-order mark) is HTML.</summary>
    public static bool IsHtml(string trimmedHead)
    {
        if (trimmedHead.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)) return true;
        var head = trimmedHead.Length > 4096 ? trimmedHead[..4096] : trimmedHead;
        if (head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase))
            return true;
        var m = FirstTag().Match(head);
        return m.Success && HtmlStartTags.Contains(m.Groups[1].Value);
    }

    /// <summary>Whether a text is Markdown, by its name or by signs in its head.</summary>
    public static bool IsMarkdown(string head, string? sourceName)
    {
        if (sourceName is not null && MarkdownExtensions.Any(e => sourceName.EndsWith(e, StringComparison.OrdinalIgnoreCase))) return true;
        var lines = head.Replace("\r\n", "\n").Split('\n');
        if (lines.Length > 1 && lines[^1].Length > 0) lines = lines[..^1]; // the last line may be cut by the head's end
        if (HasFrontMatter(lines)) return true;
        int atx = 0, inline = 0;
        foreach (var raw in lines)
        {
            var line = raw.TrimStart();
            if (line.StartsWith("<!--", StringComparison.Ordinal)) return true;
            if (TableDelimiterRow().IsMatch(line)) return true;
            if (AtxHeading().IsMatch(line)) atx++;
            inline += InlineMarkup().Count(line);
        }
        return atx >= 2 || inline >= 2;
    }

    /// <summary>A first line "---", a closing "---" or "..." and "key: value" lines between them.</summary>
    private static bool HasFrontMatter(string[] lines)
    {
        if (lines.Length < 3 || lines[0].TrimStart('\uFEFF').TrimEnd() != "---") return false;
        bool keys = false;
        for (int i = 1; i < lines.Length && i < 200; i++)
        {
            var l = lines[i].TrimEnd();
            if (l is "---" or "...") return keys;
            if (YamlKey().IsMatch(l)) keys = true;
        }
        return false;
    }

    [GeneratedRegex(@"^<\s*([A-Za-z][A-Za-z0-9]*)[\s/>]", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex FirstTag();

    [GeneratedRegex(@"^#{1,6}[ \t]+\S", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TableDelimiterRow();

    /// <summary>**strong**, __strong__ or [text](target) inside a line.</summary>
    [GeneratedRegex(@"\*\*[^*\s][^*]{0,200}\*\*|__[^_\s][^_]{0,200}__|\[[^\]]{1,200}\]\([^)\s]{1,500}\)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex InlineMarkup();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_-]*[ \t]*:", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex YamlKey();
}
