using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ModelLaw.Comparing;
using ModelLaw.Comparing.Diffing;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ModelLaw.Writing.Table;

/// <summary>Builds the body of one comparative table from a redline model. One instance per write.</summary>
internal sealed class TableBuilder
{
    private const int PageWidth = 16838, PageHeight = 11906, Margin = 1134;
    private const int ColumnWidth = (PageWidth - 2 * Margin) / 2;
    private const int IndentStep = 425;

    private readonly Comparison _c;
    private readonly RedlineModel _model;
    private readonly ComparativeTableOptions _o;
    private readonly CancellationToken _ct;

    public TableBuilder(Comparison comparison, RedlineModel model, ComparativeTableOptions options, CancellationToken ct)
    {
        _c = comparison;
        _model = model;
        _o = options;
        _ct = ct;
    }

    public Body Build()
    {
        var body = new Body();
        body.Append(Paragraph("MLTitle", _o.Title ?? $"{_c.National.Title} — comparative table with {_c.Model.Title}"));
        var table = new WordTable(TableProperties(), new TableGrid(new GridColumn { Width = Twips(ColumnWidth) }, new GridColumn { Width = Twips(ColumnWidth) }));
        table.Append(HeaderRow());
        foreach (var row in _model.Rows())
        {
            _ct.ThrowIfCancellationRequested();
            if (!_o.IncludeUnchanged && !row.IsDivision && row.Lines.All(l => l.Number.IsUnchanged && l.Title.IsUnchanged && l.Text.IsUnchanged)) continue;
            table.Append(row.IsDivision && row.Lines.Length == 1 ? DivisionRow(row) : ProvisionRow(row));
        }
        body.Append(table);
        var section = new SectionProperties(
            new PageSize { Width = (UInt32Value)(uint)PageWidth, Height = (UInt32Value)(uint)PageHeight, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = Margin, Bottom = Margin, Left = (UInt32Value)(uint)Margin, Right = (UInt32Value)(uint)Margin, Header = 709U, Footer = 709U, Gutter = 0U });
        if (_model.RightToLeft) section.Append(new BiDi());
        body.Append(section);
        return body;
    }

    private TableProperties TableProperties()
    {
        var p = new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed });
        if (_model.RightToLeft) p.Append(new BiDiVisual());
        return p;
    }

    private TableRow HeaderRow()
    {
        var row = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        row.Append(Cell(ColumnWidth, null, Paragraph("MLArticle", _o.ModelHeading)));
        row.Append(Cell(ColumnWidth, null, Paragraph("MLArticle", _o.NationalHeading ?? _c.National.Title)));
        return row;
    }

    private TableRow DivisionRow(RedlineRow row)
    {
        var line = row.Head;
        var text = Join(Visible(line.Number, national: true), " — ", Visible(line.Title, national: true));
        var cell = Cell(2 * ColumnWidth, 2, Paragraph("MLDivision", string.Concat(text.Select(r => r.Text))));
        cell.TableCellProperties!.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "EDEFF2" });
        return new TableRow(new TableRowProperties(new CantSplit()), cell);
    }

    private TableRow ProvisionRow(RedlineRow row)
    {
        var model = row.Lines.SelectMany(l => Paragraphs(l, national: false)).ToList();
        var national = row.Lines.SelectMany(l => Paragraphs(l, national: true)).ToList();
        if (_o.IncludeNotes && row.Head.Owner.Relation is AlignmentRelation.Moved or AlignmentRelation.Split or AlignmentRelation.Merged)
            foreach (var note in row.Head.Note) national.Add(Paragraph("MLNote", note, leftToRight: true));
        if (model.Count == 0) model.Add(Paragraph("MLText", "—"));
        if (national.Count == 0) national.Add(Paragraph("MLText", "—"));
        return new TableRow(Cell(ColumnWidth, null, model.ToArray()), Cell(ColumnWidth, null, national.ToArray()));
    }

    /// <summary>The paragraphs of one line on one side: a heading "Article 5 — Scope", then the text; or "(1) text".</summary>
    private IEnumerable<Paragraph> Paragraphs(RedlineLine line, bool national)
    {
        var number = Visible(line.Number, national);
        var title = Visible(line.Title, national);
        var text = Visible(line.Text, national);
        if (line.IsHeading && !line.IsWrapUp)
        {
            var head = Join(number, " — ", title);
            if (head.Count > 0) yield return Marked("MLArticle", head, 0);
            if (text.Count > 0) yield return Marked("MLText", text, 0);
            yield break;
        }
        var runs = Join(number, " ", Join(title, " ", text));
        if (runs.Count > 0) yield return Marked("MLText", runs, line.IsWrapUp ? line.Depth : line.Depth);
    }

    /// <summary>The runs one side shows: the model its own wording and what it lost, the national text its wording and what it added.</summary>
    private static List<DiffRun> Visible(TextDiff diff, bool national)
    {
        var skip = national ? DiffOperation.Delete : DiffOperation.Insert;
        var runs = new List<DiffRun>();
        foreach (var r in diff.Runs)
        {
            if (r.Operation == skip) continue;
            var text = !national && r.Operation == DiffOperation.Equal ? r.ModelText ?? r.Text : r.Text;
            if (text.Length > 0) runs.Add(new DiffRun(r.Operation, text));
        }
        return runs.Count > 0 && runs.All(r => r.Text.Trim().Length == 0) ? new List<DiffRun>() : runs;
    }

    private static List<DiffRun> Join(List<DiffRun> a, string separator, List<DiffRun> b)
    {
        if (a.Count == 0) return b;
        if (b.Count == 0) return a;
        var op = a.All(r => r.Operation != DiffOperation.Equal) && b.All(r => r.Operation != DiffOperation.Equal) ? a[0].Operation : DiffOperation.Equal;
        return [.. a, new DiffRun(op, separator), .. b];
    }

    private Paragraph Marked(string style, List<DiffRun> runs, int depth)
    {
        var p = new Paragraph(ParagraphProperties(style, depth, leftToRight: false));
        foreach (var r in runs)
        {
            var props = new RunProperties();
            if (_model.RightToLeft) props.Append(new RightToLeftText());
            if (r.Operation == DiffOperation.Delete) { props.Append(new Strike()); props.Append(new Color { Val = "9A1B1B" }); }
            if (r.Operation == DiffOperation.Insert) { props.Append(new Bold()); props.Append(new Italic()); }
            p.Append(new Run(props, new WordText(r.Text.Replace('\n', ' ')) { Space = SpaceProcessingModeValues.Preserve }));
        }
        return p;
    }

    private Paragraph Paragraph(string style, string text, bool leftToRight = false) =>
        new(ParagraphProperties(style, 0, leftToRight), new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve }));

    private ParagraphProperties ParagraphProperties(string style, int depth, bool leftToRight)
    {
        var pPr = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (_model.RightToLeft && !leftToRight) pPr.Append(new BiDi());
        if (depth > 0) pPr.Append(new Indentation { Left = Twips(IndentStep * depth) });
        return pPr;
    }

    private static TableCell Cell(int width, int? span, params Paragraph[] paragraphs)
    {
        var props = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
        if (span is { } s) props.Append(new GridSpan { Val = s });
        var cell = new TableCell(props);
        cell.Append(paragraphs);
        return cell;
    }

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
