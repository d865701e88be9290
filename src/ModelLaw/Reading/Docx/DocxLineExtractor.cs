using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ModelLaw.Reading.Docx.Numbering;

namespace ModelLaw.Reading.Docx;

/// <summary>
/// Walks a Word body in document order (paragraphs, tables, content controls) and turns it into logical lines:
/// the visible automatic number plus the visible text of the chosen tracked-changes view.
/// Paragraph indexes count every paragraph met in that walk, in tables too, starting at 0.
/// </summary>
internal sealed partial class DocxLineExtractor
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Marks a text-wrapping break in raw paragraph text until <see cref="Normalise"/> settles it.</summary>
    private const char LineBreak = '\u2028';

    /// <summary>The style name of the notes ModelLaw's redline writes about itself; they are not text of the law.</summary>
    internal const string RedlineNoteStyleName = "Redline Note";

    private readonly StyleMap _styles;
    private readonly NumberingDefinitions _numbering;
    private readonly NumberingResolver _resolver;
    private readonly TrackedChangesView _view;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DocxLine> _lines = new();
    private bool _emptySinceLastLine;
    private int _paragraphIndex;
    private int _depth;
    private readonly int _maxDepth;

    // text and first index of paragraphs whose mark a tracked change removes in this view: they join the next paragraph
    private readonly StringBuilder _pendingText = new();
    private int? _pendingFirst;

    public DocxLineExtractor(StyleMap styles, NumberingDefinitions numbering, TrackedChangesView view, string? language,
        int maxDepth, CancellationToken cancellationToken)
    {
        _styles = styles;
        _numbering = numbering;
        _resolver = new NumberingResolver(numbering, language);
        _view = view;
        _maxDepth = maxDepth;
        _cancellationToken = cancellationToken;
    }

    /// <summary>numFmt values met that are rendered as decimal for want of a formatter.</summary>
    public IReadOnlyCollection<string> UnsupportedFormats => _resolver.UnsupportedFormats;

    /// <summary>How many Word paragraphs the walk met.</summary>
    public int ParagraphCount => _paragraphIndex;

    /// <summary>Extracts the lines of a body.</summary>
    public IReadOnlyList<DocxLine> Extract(Body body)
    {
        WalkBlocks(body);
        FlushPending();
        return _lines;
    }

    private void WalkBlocks(OpenXmlElement container)
    {
        if (++_depth > _maxDepth)
            throw new InputLimitExceededException($"content nested deeper than {_maxDepth} levels");
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph p:
                    ReadParagraph(p, inTable: false);
                    break;
                case Table t:
                    ReadTable(t);
                    break;
                case SectionProperties:
                    break;
                default:
                    // block-level sdt, customXml, tracked insert/delete of whole blocks, AlternateContent choices
                    if (child.NamespaceUri == W && child.LocalName is "del" or "moveFrom" && _view == TrackedChangesView.Accepted) break;
                    if (child.NamespaceUri == W && child.LocalName is "ins" or "moveTo" && _view == TrackedChangesView.Original) break;
                    if (child.LocalName is "sdtPr" or "sdtEndPr" or "Fallback") break;
                    if (child.HasChildren) WalkBlocks(child);
                    break;
            }
        }
        _depth--;
    }

    private void ReadTable(Table table)
    {
        if (++_depth > _maxDepth)
            throw new InputLimitExceededException($"tables nested deeper than {_maxDepth} levels");
        FlushPending();
        foreach (var row in table.Descendants<TableRow>().Where(r => r.Ancestors<Table>().First() == table))
        {
            var rowProps = row.TableRowProperties;
            var deleted = rowProps?.GetFirstChild<Deleted>() is not null;
            var inserted = rowProps?.GetFirstChild<Inserted>() is not null;
            var hidden = (_view == TrackedChangesView.Accepted && deleted) || (_view == TrackedChangesView.Original && inserted);
            var first = _paragraphIndex;
            var cells = new List<string>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var cellLines = new List<string>();
                foreach (var p in cell.Descendants<Paragraph>())
                {
                    string line;
                    if (p.Ancestors<Table>().First() == table)
                    {
                        var (label, text, _) = ParagraphContent(p);
                        line = Join(label?.Text, label is null ? " " : Separator(label.Suffix), text);
                    }
                    else
                    {
                        line = VisibleText(p); // a nested table reads as text of its cell
                    }
                    if (line.Length > 0) cellLines.Add(line);
                    _paragraphIndex++;
                }
                if (cellLines.Count > 0) cells.Add(string.Join(" ", cellLines));
            }
            if (hidden || cells.Count == 0) continue;
            Add(new DocxLine(first, Math.Max(first, _paragraphIndex - 1), null, string.Join(" ", cells), null, InTable: true));
            _cancellationToken.ThrowIfCancellationRequested();
        }
        _depth--;
    }

    private void ReadParagraph(Paragraph p, bool inTable)
    {
        if ((_paragraphIndex & 0xFF) == 0) _cancellationToken.ThrowIfCancellationRequested();
        var index = _paragraphIndex++;
        var markRemoved = ParagraphMarkRemoved(p);
        if (markRemoved)
        {
            // Word joins this paragraph with the next one; the next paragraph's mark keeps its numbering and style
            _pendingFirst ??= index;
            _pendingText.Append(RawText(p));
            return;
        }

        if (_styles.NameOf(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value) == RedlineNoteStyleName) return;
        var (label, text, heading) = ParagraphContent(p);
        var raw = RawText(p);
        var first = index;
        if (_pendingFirst is { } pf)
        {
            raw = _pendingText + raw;
            text = Normalise(raw);
            first = pf;
            _pendingText.Clear();
            _pendingFirst = null;
        }
        var withBreaks = raw.Contains(LineBreak) ? Normalise(raw, keepBreaks: true) : null;
        if (text.Length == 0 && string.IsNullOrEmpty(label?.Text))
        {
            _emptySinceLastLine = true;
            return;
        }
        // with suffix "nothing", a space the drafter typed at the start of the text is what separates number and text
        var separator = label is null ? " " : label.Suffix == NumberSuffix.Nothing && StartsWithSpace(p) ? " " : Separator(label.Suffix);
        Add(new DocxLine(first, index, string.IsNullOrEmpty(label?.Text) ? null : label.Text, text, heading, inTable, separator)
        {
            TabAfterLabel = label?.Suffix == NumberSuffix.Tab,
            TextWithBreaks = withBreaks is not null && withBreaks.Contains('\n') ? withBreaks : null,
        });
    }

    private void Add(DocxLine line)
    {
        _lines.Add(_emptySinceLastLine && _lines.Count > 0 ? line with { AfterEmptyParagraph = true } : line);
        _emptySinceLastLine = false;
    }

    private void FlushPending()
    {
        if (_pendingFirst is not { } first) return;
        var text = Normalise(_pendingText.ToString());
        _pendingText.Clear();
        _pendingFirst = null;
        if (text.Length > 0) Add(new DocxLine(first, Math.Max(first, _paragraphIndex - 1), null, text, null, false));
    }

    private bool StartsWithSpace(Paragraph p) => RawText(p) is { Length: > 0 } raw && char.IsWhiteSpace(raw[0]) && raw[0] != '\u3000';

    private static string Separator(NumberSuffix suffix) => suffix == NumberSuffix.Nothing ? "" : " ";

    private static string Join(string? label, string separator, string text) =>
        string.IsNullOrEmpty(label) ? text : text.Length == 0 ? label : label + separator + text;

    /// <summary>Whether a tracked change removes this paragraph's mark in the chosen view.</summary>
    private bool ParagraphMarkRemoved(Paragraph p)
    {
        var markProps = p.ParagraphProperties?.ParagraphMarkRunProperties;
        if (markProps is null) return false;
        return _view == TrackedChangesView.Accepted
            ? markProps.GetFirstChild<Deleted>() is not null || markProps.GetFirstChild<MoveFrom>() is not null
            : markProps.GetFirstChild<Inserted>() is not null || markProps.GetFirstChild<MoveTo>() is not null;
    }

    private (NumberLabel? Label, string Text, int? Heading) ParagraphContent(Paragraph p)
    {
        var props = p.ParagraphProperties;
        // in the original view, a tracked formatting change means the old properties apply
        var oldProps = _view == TrackedChangesView.Original ? props?.ParagraphPropertiesChange?.ParagraphPropertiesExtended : null;
        var styleId = oldProps is not null ? oldProps.ParagraphStyleId?.Val?.Value : props?.ParagraphStyleId?.Val?.Value;
        var numPr = oldProps is not null ? oldProps.NumberingProperties : props?.NumberingProperties;
        var outline = oldProps is not null ? oldProps.OutlineLevel?.Val?.Value : props?.OutlineLevel?.Val?.Value;

        var style = _styles.Info(styleId);
        var heading = outline is >= 0 and <= 8 ? outline + 1 : style.HeadingLevel;

        var numId = numPr?.NumberingId?.Val?.Value ?? style.NumId;
        NumberLabel? label = null;
        if (numId is { } n && n != 0)
        {
            var ilvl = numPr?.NumberingLevelReference?.Val?.Value
                ?? (numPr?.NumberingId is null ? style.Level : null)
                ?? LinkedLevel(n, styleId)
                ?? style.Level
                ?? 0;
            label = _resolver.Next(n, ilvl);
        }
        return (label, VisibleText(p), heading);
    }

    private int? LinkedLevel(int numId, string? styleId)
    {
        foreach (var id in _styles.Chain(styleId ?? _styles.DefaultParagraphStyleId))
            if (_numbering.LevelLinkedToStyle(numId, id) is { } l) return l;
        return null;
    }

    /// <summary>The text Word shows for a paragraph in the chosen view, whitespace runs collapsed to single spaces.</summary>
    internal string VisibleText(Paragraph p) => Normalise(RawText(p));

    private string RawText(Paragraph p)
    {
        var sb = new StringBuilder();
        var fields = new List<bool>(); // per open complex field: true once its result part has begun
        AppendText(p, sb, fields);
        return sb.ToString();
    }
}
