using ModelLaw.Reading.PlainText.Headings;
using ModelLaw.Reading.PlainText.Numbering;

namespace ModelLaw.Reading.PlainText.Lines;

internal enum BlockType { Heading, Item, Indent, Text, Deleted }

/// <summary>A numbering label read from the start of a line: "(a)", "1.", "а)".</summary>
internal sealed record ItemLabel(string Written, char Form, IReadOnlyList<(INumberingScheme Scheme, SchemeNumber Number)> Candidates);

/// <summary>
/// One logical block of the source: a heading line, a numbered item, an indent or plain text (possibly several lines of a
/// hard-wrapped paragraph). Its text is kept as slices of the source and made a string once, when the tree takes it.
/// </summary>
internal sealed class Block
{
    private TextSlice _first;
    private List<TextSlice>? _more;
    private string? _text;

    public required BlockType Type { get; init; }
    public required int StartLine { get; init; }
    public int EndLine { get; set; }

    /// <summary>The block's text (for an item, the words after its label) as a slice of the source.</summary>
    public required TextSlice Slice
    {
        get => _first;
        init => _first = value;
    }

    /// <summary>The text, lines of a hard-wrapped paragraph joined with '\n'.</summary>
    public string Text => _text ??= Join();

    /// <summary>True when the block holds more than one source line.</summary>
    public bool IsJoined => _more is not null;

    /// <summary>The text of the first line (the whole text unless <see cref="IsJoined"/>), with no string made.</summary>
    public ReadOnlySpan<char> FirstLine => _first.Span;

    public HeadingMatch? Heading { get; init; }
    public ItemLabel? Label { get; init; }
    public string? IndentMark { get; init; }
    public int MarkdownLevel { get; init; }

    /// <summary>True when a blank line (or the start of the text) precedes the block.</summary>
    public bool AfterBlank { get; init; }

    /// <summary>The section line this heading block was read from (section reading only).</summary>
    public SectionLine? Section { get; init; }

    /// <summary>Why a line that looks like a heading was not read as one ("\"Article 5\" goes on as a sentence"), else null.</summary>
    public string? NearMiss { get; init; }

    /// <summary>A second label joined to this item's ("(a)(1) The Director …" → "(1) The Director …"), read as the next block.</summary>
    public TextSlice? Continuation { get; init; }

    /// <summary>A run-in heading of the item ("(a) In General.—The head …" → "In General"), else null.</summary>
    public string? ItemHeading { get; init; }

    /// <summary>Adds the next line of a hard-wrapped paragraph.</summary>
    public void Append(TextSlice line, int lineNo)
    {
        (_more ??= new List<TextSlice>(4)).Add(line);
        _text = null;
        EndLine = lineNo;
    }

    /// <summary>
    /// Lines joined as "first\nsecond…", an empty start dropped. When the lines stand in the source exactly so (one '\n'
    /// between them and nothing else), the join is one substring of the source.
    /// </summary>
    private string Join()
    {
        if (_more is null) return _first.ToString();
        bool contiguous = _first.Length > 0;
        var end = _first.End;
        foreach (var l in _more)
        {
            if (!contiguous) break;
            contiguous = l.Length > 0 && ReferenceEquals(l.Source, _first.Source) && l.Start == end + 1 && _first.Source[end] == '\n';
            end = l.End;
        }
        if (contiguous) return _first.Source.Substring(_first.Start, end - _first.Start);
        var sb = new System.Text.StringBuilder();
        sb.Append(_first.Span);
        foreach (var l in _more)
        {
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(l.Span);
        }
        return sb.ToString();
    }
}
