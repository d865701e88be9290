using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using ModelLaw.Coverage;
using ModelLaw.Documents;
using ModelLaw.Comparing;
using ModelLaw.Text.Csv;

namespace ModelLaw.Workflows.Batch;

/// <summary>Writes the batch summary: one CSV row per national text, and one HTML page (summary table and gap matrix).</summary>
public static class BatchSummaryWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>
    /// CSV (RFC 4180, comma, CRLF): <c>name,status,title,language,model,model_units,national_units,verbatim,modified,
    /// moved,split,merged,omitted,added,model_text_kept,covered,partial,absent,error</c>; the coverage counts are empty
    /// without a catalogue, the figures empty for a failed text; cells
    /// that start like a formula are written as text (<see cref="CsvTable"/>).
    /// </summary>
    public static void WriteCsv(IEnumerable<BatchItem> items, Stream output)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(output);
        using var table = new CsvTable(output);
        table.Row("name", "status", "title", "language", "model", "model_units", "national_units", "verbatim", "modified",
            "moved", "split", "merged", "omitted", "added", "model_text_kept", "covered", "partial", "absent", "error");
        foreach (var i in items)
        {
            var s = i.Summary;
            var fields = new List<string> { i.Name, Status(i.Status), i.Title, i.Language, i.Model };
            fields.AddRange(s is null
                ? Enumerable.Repeat("", 10)
                : new[] { s.ModelUnits, s.NationalUnits, s.Verbatim, s.Modified, s.Moved, s.Split, s.Merged, s.Omitted, s.Added }
                    .Select(CsvTable.Number)
                    .Append(CsvTable.Number(s.ModelTextKept)));
            if (i.Coverage.IsEmpty) fields.AddRange(["", "", ""]);
            else fields.AddRange(new[] { CoverageStatus.Covered, CoverageStatus.Partial, CoverageStatus.Absent }
                .Select(st => CsvTable.Number(i.Coverage.Count(c => c.Status == st))));
            fields.Add(i.Error ?? "");
            table.Row(fields);
        }
    }

    /// <summary>A self-contained HTML page: totals, one row per text (figures, coverage cells) and the failed texts.</summary>
    public static void WriteHtml(LegalDocument model, ImmutableArray<BatchItem> items, GapMatrix? matrix, Stream output)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Batch comparison: ")
         .Append(E(model.Title)).Append("</title>\n<style>")
         .Append("body{font:14px/1.4 system-ui,sans-serif;margin:1.5em}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:2px 6px;text-align:right}")
         .Append("th{background:#f3f3f3;position:sticky;top:0}td.n,th.n{text-align:left}td.covered{background:#b7e1b0}td.partial{background:#f6e3a1}")
         .Append("td.absent{background:#f2b8b5}td.failed{color:#a00;text-align:left}")
         .Append("</style></head><body>\n");
        h.Append("<h1>Batch comparison against ").Append(E(model.Title)).Append("</h1>\n<p>")
         .Append(items.Length).Append(" texts: ").Append(items.Count(i => i.Status == BatchItemStatus.Compared)).Append(" compared, ")
         .Append(items.Count(i => i.Status == BatchItemStatus.UpToDate)).Append(" up to date, ")
         .Append(items.Count(i => i.Status == BatchItemStatus.Failed)).Append(" failed.</p>\n");

        var principles = matrix?.Catalog.Principles ?? ImmutableArray<Principle>.Empty;
        h.Append("<table><thead><tr><th class=\"n\">text</th><th class=\"n\">title</th><th>model text kept</th><th>verbatim</th><th>modified</th><th>moved</th><th>split</th><th>merged</th><th>omitted</th><th>added</th>");
        foreach (var p in principles) h.Append("<th title=\"").Append(E(p.Name)).Append("\">").Append(E(p.Id)).Append("</th>");
        h.Append("</tr></thead><tbody>\n");
        foreach (var i in items)
        {
            h.Append("<tr><td class=\"n\">").Append(E(i.Name)).Append("</td>");
            if (i.Summary is not { } s)
            {
                h.Append("<td class=\"failed\" colspan=\"").Append(9 + principles.Length).Append("\">").Append(E(i.Error ?? "failed")).Append("</td></tr>\n");
                continue;
            }
            h.Append("<td class=\"n\">").Append(E(i.Title)).Append("</td><td>").Append(s.ModelTextKept.ToString("P1", CultureInfo.InvariantCulture)).Append("</td>");
            foreach (var n in new[] { s.Verbatim, s.Modified, s.Moved, s.Split, s.Merged, s.Omitted, s.Added }) h.Append("<td>").Append(n).Append("</td>");
            foreach (var p in principles)
            {
                var c = i.Coverage.FirstOrDefault(x => x.PrincipleId == p.Id);
                var st = c is null ? "" : GapMatrixFormatter.StatusName(c.Status);
                h.Append("<td class=\"").Append(st).Append("\">").Append(st).Append("</td>");
            }
            h.Append("</tr>\n");
        }
        h.Append("</tbody></table>\n</body></html>\n");
        var bytes = Utf8.GetBytes(h.ToString());
        output.Write(bytes);
    }

    private static string Status(BatchItemStatus s) => s switch
    {
        BatchItemStatus.Compared => "compared",
        BatchItemStatus.UpToDate => "up-to-date",
        _ => "failed",
    };

    private static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
}
