using System.Globalization;
using CsvHelper;

namespace ModelLaw.Text.Csv;

/// <summary>
/// Every CSV the library writes goes through here: CsvHelper's RFC 4180 writer (comma, CRLF, UTF-8 without BOM, quotes
/// only where a field needs them) with formula-injection protection. Cells come from documents (headings, titles, file
/// names), and a heading such as "=HYPERLINK(...)" or "-1 Scope" would run as a formula in Excel or LibreOffice: a text
/// cell that starts with = + - @, a tab or a CR is written with a leading apostrophe, which spreadsheets show as text.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private readonly CsvWriter _writer;

    /// <summary>Starts a table on <paramref name="output"/>, which stays open.</summary>
    public CsvTable(Stream output) => _writer = CsvWriter.Create(output, Options, leaveOpen: true);

    /// <summary>Writes one record; every record must have as many fields as the first (the header).</summary>
    public void Row(IEnumerable<string?> fields) => _writer.WriteRecord(fields.Select(f => f ?? "").ToArray());

    /// <summary>Writes one record of the given fields.</summary>
    public void Row(params string?[] fields) => Row((IEnumerable<string?>)fields);

    /// <summary>A number as a cell: invariant culture, at most four decimals ("0.8333").</summary>
    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A count as a cell.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The whole table as text, for callers that return a string.</summary>
    public static string ToText(Action<CsvTable> write)
    {
        using var buffer = new MemoryStream();
        using (var table = new CsvTable(buffer)) write(table);
        return new System.Text.UTF8Encoding(false).GetString(buffer.ToArray());
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();
}
