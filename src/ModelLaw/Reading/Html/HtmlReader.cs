using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ModelLaw.Documents;
using ModelLaw.Reading.Lines;
using ModelLaw.Reading.PlainText;

namespace ModelLaw.Reading.Html;

/// <summary>
/// Reads HTML (a gazette page, a word processor's export) with AngleSharp, an HTML5-conformant parser, so misnested
/// and unclosed tags, entities and character references come out as a browser shows them. The page's text becomes
/// lines (<see cref="HtmlBlockWalker"/>) that the plain-text parser reads as it reads a text file laid out the same
/// way; no markup, script or entity reaches a provision. Spans are lines of the HTML source. Stateless and thread-safe.
/// </summary>
public sealed partial class HtmlReader : IDocumentReader
{
    private readonly ITextParser _parser;

    /// <summary>Creates the reader over the plain-text parser that builds the tree.</summary>
    public HtmlReader(ITextParser parser) => _parser = parser ?? throw new ArgumentNullException(nameof(parser));

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Html;

    /// <inheritdoc />
    public LegalDocument Read(Stream input, ReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var bytes = TextDecoding.ReadAllBytes(input, options.Limits.MaxInputBytes, options.SourceName);
        var (html, diagnostics) = Decode(bytes, options);
        return Parse(html, options, diagnostics, cancellationToken);
    }

    /// <summary>Reads HTML that is already decoded.</summary>
    public LegalDocument Parse(string html, ReadOptions options, CancellationToken cancellationToken = default) =>
        Parse(html, options, [], cancellationToken);

    private LegalDocument Parse(string html, ReadOptions options, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(options);
        var maxDepth = HtmlFragment.MaxDepth(options.Limits);
        HtmlNesting.Check(html, maxDepth, new SourceLocation(options.SourceName));
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        cancellationToken.ThrowIfCancellationRequested();
        var lines = new LineTextBuilder();
        var walker = new HtmlBlockWalker((text, line) => lines.Add(text, line, line), lines.Blank, maxDepth, cancellationToken);
        walker.Walk(document.Body ?? (AngleSharp.Dom.INode)document);
        return lines.Parse(_parser, options, SourceFormat.Html, SourceUnit.Line, diagnostics, cancellationToken);
    }

    /// <summary>
    /// The page's encoding: a byte-order mark, else the one requested, else the one its &lt;meta&gt; declares (when it
    /// decodes every byte), else what text decoding settles (UTF-8 or a detected legacy encoding).
    /// </summary>
    private static (string Html, List<Diagnostic> Diagnostics) Decode(byte[] bytes, ReadOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        bool bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
                   || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!bom && options.TextEncoding is null && DeclaredCharset(bytes) is { } declared)
        {
            try
            {
                var html = declared.GetString(bytes);
                if (declared.CodePage != 65001)
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "ML0401", $"Text decoded as {declared.WebName}, as the page declares."));
                return (html, diagnostics);
            }
            catch (DecoderFallbackException)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "ML0403",
                    $"The page declares {declared.WebName}, but its bytes are not valid {declared.WebName}: its encoding is settled from the bytes instead."));
            }
        }
        var decoded = TextDecoding.Decode(bytes, options.TextEncoding, options.SourceName);
        diagnostics.AddRange(decoded.Diagnostics());
        return (decoded.Text, diagnostics);
    }

    /// <summary>The strict encoding named by &lt;meta charset&gt; or &lt;meta http-equiv="content-type"&gt; in the first 1,024 bytes.</summary>
    private static Encoding? DeclaredCharset(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        var m = MetaCharset().Match(head);
        if (!m.Success) return null;
        var name = m.Groups[1].Value;
        // a page that reaches this point is ASCII-compatible: a "utf-16" label is a mistake browsers read as UTF-8
        if (name.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase)) name = "utf-8";
        return TextEncodings.TryResolve(name);
    }

    [GeneratedRegex(@"<meta[^>]{0,300}?charset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]{1,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex MetaCharset();
}
