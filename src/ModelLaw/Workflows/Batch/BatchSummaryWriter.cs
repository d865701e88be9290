using System.Collections.Immutable;
using System.Globalization;
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

    /// <summary>
    /// A self-contained HTML page: totals, one row per text (figures, coverage cells) and the failed texts; built as a DOM
    /// (<see cref="BatchSummaryHtml"/>), so text from the inputs is always escaped.
    /// </summary>
    public static void WriteHtml(LegalDocument model, ImmutableArray<BatchItem> items, GapMatrix? matrix, Stream output)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Utf8.GetBytes(BatchSummaryHtml.Render(model, items, matrix)));
    }

    private static string Status(BatchItemStatus s) => s switch
    {
        BatchItemStatus.Compared => "compared",
        BatchItemStatus.UpToDate => "up-to-date",
        _ => "failed",
    };
}
