using System.Globalization;
using System.Text;
using ModelLaw.Comparing;
using ModelLaw.Writing.Json;

namespace ModelLaw.Writing.Csv;

/// <summary>
/// Writes the article-level concordance of a comparison as CSV (RFC 4180, UTF-8 without BOM, CRLF line ends), one row
/// per model article and per added national article, like the correlation tables printed in EU acts:
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
        using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        w.WriteLine("model,national,relation,similarity");
        foreach (var row in comparison.Concordance)
        {
            cancellationToken.ThrowIfCancellationRequested();
            w.Write(Field(row.ModelCitation));
            w.Write(',');
            w.Write(Field(string.Join("; ", row.NationalCitations)));
            w.Write(',');
            w.Write(ComparisonJsonWriter.RelationName(row.Relation));
            w.Write(',');
            w.WriteLine(row.Similarity.ToString("0.####", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Quotes a field when it holds a comma, a quote or a line break; doubles the quotes inside.</summary>
    public static string Field(string value)
    {
        if (value.IndexOfAny([',', '"', '\r', '\n']) < 0) return value;
        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
