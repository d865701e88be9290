using System.Collections.Immutable;
using System.Text;
using ModelLaw.Documents;

namespace ModelLaw.Reading.Lines;

/// <summary>
/// What the OpenDocument, HTML and Markdown readers hand to the plain-text parser, as the .docx reader does: one line per
/// paragraph, list item or table row, a blank line where the source leaves one, and for every line where it came from.
/// After parsing, the parser's line spans are turned back into spans of the source (its lines, or its XML elements).
/// </summary>
internal sealed class LineTextBuilder(bool paragraphsAreBlocks = true)
{
    private readonly List<(string Text, int Start, int End, bool BlankBefore, bool NewParagraph)> _lines = new();
    private bool _blankPending, _newParagraph;
    private int _blanks, _paragraphs;

    /// <summary>Lines added so far.</summary>
    public int Count => _lines.Count;

    /// <summary>
    /// Adds one paragraph: its line breaks ('\n') give lines of their own, whitespace-only lines are dropped, and it
    /// comes from source units <paramref name="start"/>..<paramref name="end"/>. The text is kept as given: HTML and
    /// OpenDocument collapse their white space first (<see cref="Collapse"/>), Markdown keeps it as written.
    /// </summary>
    public void Add(string paragraph, int start, int end)
    {
        _newParagraph = true;
        foreach (var part in paragraph.Split('\n'))
        {
            var text = part.Trim();
            if (text.Length == 0) continue;
            if (_blankPending && _lines.Count > 0) _blanks++;
            if (_newParagraph) _paragraphs++;
            _lines.Add((text, start, Math.Max(start, end), _blankPending && _lines.Count > 0, _newParagraph));
            _blankPending = _newParagraph = false;
        }
    }

    /// <summary>Marks a blank line (an empty paragraph, a gap between blocks) before the next line.</summary>
    public void Blank() => _blankPending = true;

    /// <summary>
    /// The parser's text. A document that does not separate its paragraphs with empty ones (fewer than one in five, the
    /// parser's own test for blank-separated text) gets a blank line at every paragraph boundary: each paragraph reads as
    /// one paragraph of text, and the lines a line break made inside it stay together, as the lines of a paragraph
    /// hard-wrapped in a text file do.
    /// </summary>
    private (string Text, List<(int Start, int End)> Sources) Build()
    {
        bool boundaries = paragraphsAreBlocks && _blanks * 5 < _paragraphs;
        var sb = new StringBuilder();
        var sources = new List<(int, int)>(_lines.Count * 2);
        foreach (var line in _lines)
        {
            if (sources.Count > 0 && (line.BlankBefore || (boundaries && line.NewParagraph)))
            {
                sb.Append('\n');
                sources.Add((line.Start, line.Start));
            }
            if (sources.Count > 0) sb.Append('\n');
            sb.Append(line.Text);
            sources.Add((line.Start, line.End));
        }
        return (sb.ToString(), sources);
    }

    /// <summary>Runs of spaces and tabs (not no-break spaces) become one space, the ends trimmed; line breaks are kept.</summary>
    internal static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s)
        {
            if (c is ' ' or '\t' or '\r' or '\f' or '\v')
            {
                space = sb.Length > 0 && sb[^1] != '\n';
                continue;
            }
            if (c == '\n')
            {
                while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
                space = false;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Parses the lines and returns the document with spans in <paramref name="unit"/> and the reader's diagnostics added.</summary>
    public LegalDocument Parse(ITextParser parser, ReadOptions options, SourceFormat format, SourceUnit unit,
        IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var (text, sources) = Build();
        var parsed = parser.Parse(text, options, cancellationToken);
        var root = ProvisionBuilder.From(parsed.Root);
        Remap(root, unit, sources);
        return parsed with
        {
            Root = root.Build(),
            Format = format,
            SourceName = options.SourceName ?? parsed.SourceName,
            Diagnostics = [.. diagnostics, .. parsed.Diagnostics.Select(d => d with { Span = Remap(d.Span, unit, sources) })],
        };
    }

    private static void Remap(ProvisionBuilder b, SourceUnit unit, List<(int Start, int End)> sources)
    {
        b.Span = Remap(b.Span, unit, sources);
        foreach (var c in b.Children) Remap(c, unit, sources);
    }

    private static SourceSpan? Remap(SourceSpan? span, SourceUnit unit, List<(int Start, int End)> sources)
    {
        if (span is not { Unit: SourceUnit.Line } s || sources.Count == 0) return span;
        var first = Math.Clamp(s.Start, 1, sources.Count) - 1;
        var last = Math.Clamp(s.End, s.Start, sources.Count) - 1;
        return new SourceSpan(unit, sources[first].Start, sources[Math.Max(first, last)].End);
    }
}
