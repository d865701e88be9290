using ModelLaw.Comparing;
using ModelLaw.Text.Csv;
using ModelLaw.Writing.Json;

namespace ModelLaw.Writing.Csv;

/// <summary>
/// Writes the article-level concordance of a comparison as CSV (RFC 4180, UTF-8 without BOM, CRLF line ends), one row
/// per model article and per added national article, like the correlation tables printed in EU acts (cells that start like a
/// formula are written as text, see <see cref="CsvTable"/>):
/// <c>model,national,relation,similarity</c>; several national citations are joined with "; ".
/// </summary>
public sealed class ConcordanceCsvWriter : IComparisonWriter
{
    /// <inheritdoc />
    public string FormatName => "csv";

    /// <inheritdoc />
    public void Write(Comparison comparison, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(output);
        using var table = new CsvTable(output);
        table.Row("model", "national", "relation", "similarity");
        foreach (var row in comparison.Concordance)
        {
            cancellationToken.ThrowIfCancellationRequested();
            table.Row(row.ModelCitation, string.Join("; ", row.NationalCitations),
                ComparisonJsonWriter.RelationName(row.Relation), CsvTable.Number(row.Similarity));
        }
    }
}
