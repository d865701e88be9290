using System.Collections.Immutable;
using System.Text;
using ModelLaw.Documents;

namespace ModelLaw.Reading.Lines;

/// <summary>
/// What the OpenDocument, HTML and Markdown readers hand to the plain-text parser, as the .docx reader does: one line per
/// paragraph, list item or table row, a blank line where the source leaves one, and for every line where it came from.
/// After parsing, the parser's line spans are turned back into spans of the source (its lines, or its XML elements).
/// </summary>
internal sealed class LineTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<(int Start, int End)> _sources = new();
    private bool _blankPending;

    /// <summary>Lines added so far (blank lines included).</summary>
    public int Count => _sources.Count;

    /// <summary>
    /// Adds one line (its line breaks become lines of their own, whitespace-only parts are dropped), coming from source
    /// units <paramref name="start"/>..<paramref name="end"/>. The text is kept as given: HTML and OpenDocument collapse
    /// their white space first (<see cref="Collapse"/>), Markdown keeps it as written.
    /// </summary>
    public void Add(string line, int start, int end)
    {
        foreach (var part in line.Split('\n'))
        {
            var text = part.Trim();
            if (text.Length == 0) continue;
            if (_blankPending && _sources.Count > 0) Append("", start, start);
            _blankPending = false;
            Append(text, start, end);
        }
    }

    /// <summary>Marks a blank line (an empty paragraph, a gap between blocks) before the next line.</summary>
    public void Blank() => _blankPending = true;

    private void Append(string text, int start, int end)
    {
        if (_sources.Count > 0) _text.Append('\n');
        _text.Append(text);
        _sources.Add((start, Math.Max(start, end)));
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
        var parsed = parser.Parse(_text.ToString(), options, cancellationToken);
        var root = ProvisionBuilder.From(parsed.Root);
        Remap(root, unit);
        return parsed with
        {
            Root = root.Build(),
            Format = format,
            SourceName = options.SourceName ?? parsed.SourceName,
            Diagnostics = [.. diagnostics, .. parsed.Diagnostics.Select(d => d with { Span = Remap(d.Span, unit) })],
        };
    }

    private void Remap(ProvisionBuilder b, SourceUnit unit)
    {
        b.Span = Remap(b.Span, unit);
        foreach (var c in b.Children) Remap(c, unit);
    }

    private SourceSpan? Remap(SourceSpan? span, SourceUnit unit)
    {
        if (span is not { Unit: SourceUnit.Line } s || _sources.Count == 0) return span;
        var first = Math.Clamp(s.Start, 1, _sources.Count) - 1;
        var last = Math.Clamp(s.End, s.Start, _sources.Count) - 1;
        return new SourceSpan(unit, _sources[first].Start, _sources[Math.Max(first, last)].End);
    }
}
