using System.Collections.Immutable;
using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ModelLaw.Documents;
using ModelLaw.Reading.Docx.Numbering;

namespace ModelLaw.Reading.Docx;

/// <summary>
/// Reads Word documents (.docx). The document becomes logical lines — Word's automatic number (resolved from
/// numbering.xml exactly as Word draws it) plus the paragraph text of the chosen tracked-changes view — and the
/// plain-text parser builds the provision tree from them. Source spans are Word body paragraph indexes.
/// Stateless and thread-safe.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    private readonly ITextParser _parser;

    /// <summary>Creates the reader over the plain-text parser that builds the tree.</summary>
    public DocxReader(ITextParser parser) => _parser = parser ?? throw new ArgumentNullException(nameof(parser));

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Docx;

    /// <inheritdoc />
    public LegalDocument Read(Stream input, ReadOptions options, CancellationToken cancellationToken = default)
    {
        var content = ReadContent(input, options, cancellationToken);
        var lines = content.Lines;
        // the document's default language (docDefaults) only spells out numbers: templates often keep en-US in documents
        // written in other languages, so the parser detects the language from the text unless the caller names it
        var (text, lineMap) = ParserText(lines);
        var parsed = _parser.Parse(text, options, cancellationToken);

        var root = ProvisionBuilder.From(parsed.Root);
        RemapSpans(root, lineMap);
        return parsed with
        {
            Root = root.Build(),
            Format = SourceFormat.Docx,
            SourceName = options.SourceName ?? parsed.SourceName,
            Diagnostics = parsed.Diagnostics.Select(d => d with { Span = Remap(d.Span, lineMap) }).Concat(content.Diagnostics).ToImmutableArray(),
        };
    }

    /// <summary>
    /// Reads the logical lines of a Word document (visible number, text, style hints, paragraph indexes) without building
    /// a tree: what the parser sees. Applies the same safety checks as <see cref="Read"/>.
    /// </summary>
    public IReadOnlyList<DocxLine> ReadLines(Stream input, ReadOptions options, CancellationToken cancellationToken = default) =>
        ReadContent(input, options, cancellationToken).Lines;

    private static DocxContent ReadContent(Stream input, ReadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var where = new SourceLocation(options.SourceName);
        using var package = DocxPackageGuard.Buffer(input, options, cancellationToken);
        DocxPackageGuard.Check(package, options, cancellationToken);

        var settings = new OpenSettings
        {
            AutoSave = false,
            MaxCharactersInPart = options.Limits.MaxUncompressedBytes,
        };
        try
        {
            using var doc = WordprocessingDocument.Open(package, isEditable: false, settings);
            var main = doc.MainDocumentPart ?? throw new CorruptDocumentException("the package has no main document part", where);
            var body = main.Document?.Body ?? throw new CorruptDocumentException("word/document.xml has no body", where);
            var styles = StyleMap.From(main.StyleDefinitionsPart?.Styles);
            var numbering = NumberingDefinitions.From(main.NumberingDefinitionsPart?.Numbering, styles.NumberingStyleNumId);
            var language = options.Language ?? LanguageOf(styles.Language);

            var extractor = new DocxLineExtractor(styles, numbering, options.TrackedChanges, language,
                options.Limits.MaxNestingDepth, cancellationToken);
            var lines = extractor.Extract(body);

            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var fmt in extractor.UnsupportedFormats.Order(StringComparer.Ordinal))
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "ML0201",
                    $"Word number format '{fmt}' is not supported; its numbers are shown as decimal"));
            if (lines.Count == 0)
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "ML0202", "the Word document has no text"));
            return new DocxContent(lines, diagnostics.ToImmutable());
        }
        catch (ModelLawException)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new UnsafeXmlException("the document XML contains a DTD; DTDs are refused for safety", where, e);
        }
        catch (Exception e) when (e is XmlException or OpenXmlPackageException or InvalidDataException or FileFormatException
                                      or IOException or InvalidOperationException or ArgumentException or FormatException)
        {
            throw new CorruptDocumentException("the Word document is damaged: " + e.Message, where, e);
        }
    }

    /// <summary>"ru-RU" → "ru"; null stays null.</summary>
    private static string? LanguageOf(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var dash = tag.IndexOf('-');
        return (dash > 0 ? tag[..dash] : tag).ToLowerInvariant();
    }

    /// <summary>
    /// The text the parser reads: one line per logical line, and a blank line where the document has empty paragraphs.
    /// The map gives, for each text line (0-based), the logical line it shows.
    /// </summary>
    internal static (string Text, IReadOnlyList<DocxLine> LineMap) ParserText(IReadOnlyList<DocxLine> lines)
    {
        var sb = new System.Text.StringBuilder();
        var map = new List<DocxLine>(lines.Count + lines.Count / 2);
        void Append(string text, DocxLine line)
        {
            foreach (var part in text.Split('\n'))
            {
                if (map.Count > 0) sb.Append('\n');
                sb.Append(part);
                map.Add(line);
            }
        }
        // a document that does not separate its paragraphs with empty ones (fewer than one in five, the parser's own test
        // for blank-separated text) gets a blank line between paragraphs: the lines a w:br made in one paragraph stay
        // one paragraph, as a hard-wrapped paragraph of a text file does
        bool boundaries = lines.Count(l => l.AfterEmptyParagraph) * 5 < lines.Count;
        foreach (var line in lines)
        {
            if ((line.AfterEmptyParagraph || boundaries) && map.Count > 0) Append("", line);
            var text = line.TextWithBreaks ?? line.Text;
            if (SplitsHeading(line))
            {
                // "Article 5" drawn by Word before "Scope": the label is certainly a number, so the parser gets the
                // heading layout it knows ("Article 5" / "Scope") rather than an ambiguous "Article 5 Scope"
                Append(line.Label!, line);
                Append(text, line);
            }
            else
            {
                Append(string.IsNullOrEmpty(line.Label) ? text : text.Length == 0 ? line.Label : line.Label + line.Separator + text, line);
            }
        }
        return (sb.ToString(), map);
    }

    /// <summary>
    /// An automatic label with a word in it ("Article 5", "CHAPTER II", "Статья 5.") set off by a tab from a title that
    /// starts with a letter: Word shows two columns, the parser gets two lines. With a space suffix, or a title the drafter
    /// introduced with a dash ("Article 5 — Scope"), the paragraph reads as one line, as it would in a text file.
    /// </summary>
    private static bool SplitsHeading(DocxLine line) =>
        line is { Label: { Length: > 0 } label, Text.Length: > 0, TabAfterLabel: true }
        && label.Any(char.IsWhiteSpace) && label.Any(char.IsLetter) && char.IsLetterOrDigit(line.Text[0]);

    private static void RemapSpans(ProvisionBuilder b, IReadOnlyList<DocxLine> lines)
    {
        b.Span = Remap(b.Span, lines);
        foreach (var c in b.Children) RemapSpans(c, lines);
    }

    /// <summary>Turns a span of parser lines (1-based) into the Word paragraphs those lines came from.</summary>
    private static SourceSpan? Remap(SourceSpan? span, IReadOnlyList<DocxLine> lines)
    {
        if (span is not { Unit: SourceUnit.Line } s || lines.Count == 0) return span;
        var first = Math.Clamp(s.Start, 1, lines.Count) - 1;
        var last = Math.Clamp(s.End, s.Start, lines.Count) - 1;
        return SourceSpan.WordParagraphs(lines[first].FirstParagraph, lines[Math.Max(first, last)].LastParagraph);
    }

    private sealed record DocxContent(IReadOnlyList<DocxLine> Lines, ImmutableArray<Diagnostic> Diagnostics);
}
