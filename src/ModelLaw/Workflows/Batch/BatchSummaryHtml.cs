using System.Collections.Immutable;
using System.Globalization;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ModelLaw.Coverage;
using ModelLaw.Documents;

namespace ModelLaw.Workflows.Batch;

/// <summary>
/// The batch summary page, built as a DOM with AngleSharp and serialised by it: every title, file name and error message
/// from the inputs is set as text content, so the serialiser escapes it — no string of markup is ever joined by hand.
/// </summary>
internal sealed class BatchSummaryHtml
{
    private const string Style =
        "body{font:14px/1.4 system-ui,sans-serif;margin:1.5em}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:2px 6px;text-align:right}" +
        "th{background:#f3f3f3;position:sticky;top:0}td.n,th.n{text-align:left}td.covered{background:#b7e1b0}td.partial{background:#f6e3a1}" +
        "td.absent{background:#f2b8b5}td.failed{color:#a00;text-align:left}";

    private readonly IDocument _doc = new HtmlParser().ParseDocument("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"></head><body></body></html>");

    /// <summary>The whole page as HTML text.</summary>
    public static string Render(LegalDocument model, ImmutableArray<BatchItem> items, GapMatrix? matrix) =>
        new BatchSummaryHtml().Build(model, items, matrix);

    private string Build(LegalDocument model, ImmutableArray<BatchItem> items, GapMatrix? matrix)
    {
        _doc.Title = "Batch comparison: " + model.Title;
        _doc.Head!.AppendChild(El("style", null, Text(Style)));
        var body = _doc.Body!;
        body.AppendChild(El("h1", null, Text("Batch comparison against " + model.Title)));
        body.AppendChild(El("p", null, Text(string.Create(CultureInfo.InvariantCulture,
            $"{items.Length} texts: {Count(items, BatchItemStatus.Compared)} compared, {Count(items, BatchItemStatus.UpToDate)} up to date, {Count(items, BatchItemStatus.Failed)} failed."))));
        var principles = matrix?.Catalog.Principles ?? ImmutableArray<Principle>.Empty;
        body.AppendChild(El("table", null, Head(principles), El("tbody", null, [.. items.Select(i => Row(i, principles))])));
        return _doc.ToHtml() + "\n";
    }

    private IElement Head(ImmutableArray<Principle> principles)
    {
        var cells = new List<INode> { El("th", "n", Text("text")), El("th", "n", Text("title")) };
        cells.AddRange(new[] { "model text kept", "verbatim", "modified", "moved", "split", "merged", "omitted", "added" }.Select(h => El("th", null, Text(h))));
        foreach (var p in principles)
        {
            var th = El("th", null, Text(p.Id));
            th.SetAttribute("title", p.Name);
            cells.Add(th);
        }
        return El("thead", null, El("tr", null, [.. cells]));
    }

    private IElement Row(BatchItem i, ImmutableArray<Principle> principles)
    {
        var cells = new List<INode> { El("td", "n", Text(i.Name)) };
        if (i.Summary is not { } s)
        {
            var failed = El("td", "failed", Text(i.Error ?? "failed"));
            failed.SetAttribute("colspan", (9 + principles.Length).ToString(CultureInfo.InvariantCulture));
            cells.Add(failed);
            return El("tr", null, [.. cells]);
        }
        cells.Add(El("td", "n", Text(i.Title)));
        cells.Add(El("td", null, Text(s.ModelTextKept.ToString("P1", CultureInfo.InvariantCulture))));
        cells.AddRange(new[] { s.Verbatim, s.Modified, s.Moved, s.Split, s.Merged, s.Omitted, s.Added }
            .Select(n => El("td", null, Text(n.ToString(CultureInfo.InvariantCulture)))));
        foreach (var p in principles)
        {
            var status = i.Coverage.FirstOrDefault(x => x.PrincipleId == p.Id) is { } c ? GapMatrixFormatter.StatusName(c.Status) : "";
            cells.Add(El("td", status.Length > 0 ? status : null, Text(status)));
        }
        return El("tr", null, [.. cells]);
    }

    private IElement El(string tag, string? className, params INode[] children)
    {
        var e = _doc.CreateElement(tag);
        if (className is not null) e.ClassName = className;
        foreach (var c in children) e.AppendChild(c);
        return e;
    }

    private IText Text(string text) => _doc.CreateTextNode(text);

    private static int Count(ImmutableArray<BatchItem> items, BatchItemStatus status) => items.Count(i => i.Status == status);
}
