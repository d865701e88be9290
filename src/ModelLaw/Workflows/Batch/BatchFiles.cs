using System.Collections.Immutable;
using ModelLaw.Coverage;
using ModelLaw.Workflows.Matrix;
using ModelLaw.Workflows.Models;
using ModelLaw.Workflows.Output;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace ModelLaw.Workflows.Batch;

/// <summary>The files of a batch run: rows kept for resuming, summaries and matrices written at the end, all atomically.</summary>
internal static class BatchFiles
{
    /// <summary>Rows in camelCase like every other JSON the library writes; enums by name ("compared", "upToDate").</summary>
    private static readonly JsonSerializerSettings RowJson = new()
    {
        Formatting = Formatting.Indented,
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        Converters = { new StringEnumConverter(new CamelCaseNamingStrategy()) },
        NullValueHandling = NullValueHandling.Ignore,
        MaxDepth = 32,
    };

    public static void WriteRow(string rowPath, BatchItem item) =>
        WriteAtomically(rowPath, s =>
        {
            using var text = new StreamWriter(s, new System.Text.UTF8Encoding(false), 16 * 1024, leaveOpen: true) { NewLine = "\n" };
            JsonSerializer.Create(RowJson).Serialize(text, item);
        });

    /// <summary>
    /// The stored row when the result is newer than the text and the model it was made with (still in the set), and was
    /// made with the same catalogue; else null.
    /// </summary>
    public static BatchItem? UpToDate(string resultPath, string rowPath, ModelSet models, string path, BatchOptions options)
    {
        if (!File.Exists(resultPath) || !File.Exists(rowPath)) return null;
        var resultTime = File.GetLastWriteTimeUtc(resultPath);
        if (resultTime <= File.GetLastWriteTimeUtc(path)) return null;
        try
        {
            BatchItem? row;
            using (var text = File.OpenText(rowPath))
            using (var json = new JsonTextReader(text))
                row = JsonSerializer.Create(RowJson).Deserialize<BatchItem>(json);
            if (row is null || row.Status != BatchItemStatus.Compared || row.Summary is null || row.Articles is null) return null;
            if (!string.Equals(row.CatalogId, options.Principles?.Id, StringComparison.Ordinal)) return null;
            // a forced language must be checked against the text again: a result read in another language is no answer
            if (options.Language is { Length: > 0 } forced && ModelSet.LanguageKey(forced) != ModelSet.LanguageKey(row.Language)) return null;
            var model = models.Models.FirstOrDefault(m => string.Equals(m.Name, row.Model, StringComparison.Ordinal));
            if (model is null || (model.Path is { } mp && resultTime <= File.GetLastWriteTimeUtc(mp))) return null;
            return row;
        }
        catch (JsonException)
        {
            return null; // a damaged row: compare again
        }
    }

    public static BatchResult WriteSummaries(ModelSet models, ImmutableArray<BatchItem> items, string output, BatchOptions options)
    {
        var csvPath = Path.Combine(output, BatchComparer.SummaryCsvName);
        var htmlPath = Path.Combine(output, BatchComparer.SummaryHtmlName);
        GapMatrix? gaps = options.Principles is { } catalog ? GapMatrixOf(catalog, items) : null;
        WriteAtomically(csvPath, s => BatchSummaryWriter.WriteCsv(items, s));
        string? gapPath = null;
        if (gaps is not null)
        {
            gapPath = Path.Combine(output, BatchComparer.GapMatrixCsvName);
            WriteAtomically(gapPath, s => new GapMatrixCsvWriter().Write(gaps, s));
        }
        var articles = ArticleMatrix.From(items.Where(i => i.Articles is not null).Select(i => i.Articles!));
        var matrixCsv = Path.Combine(output, BatchComparer.ArticleMatrixCsvName);
        var matrixJson = Path.Combine(output, BatchComparer.ArticleMatrixJsonName);
        WriteAtomically(matrixCsv, s => new ArticleMatrixCsvWriter().Write(articles, s));
        WriteAtomically(matrixJson, s => new ArticleMatrixJsonWriter().Write(articles, s));
        WriteAtomically(htmlPath, s => BatchSummaryWriter.WriteHtml(models.Models[0].Document, items, gaps, s));
        return new BatchResult
        {
            Items = items,
            SummaryCsvPath = csvPath,
            SummaryHtmlPath = htmlPath,
            GapMatrixCsvPath = gapPath,
            Articles = articles,
            ArticleMatrixCsvPath = matrixCsv,
            ArticleMatrixJsonPath = matrixJson,
        };
    }

    public static void WriteAtomically(string path, Action<Stream> write)
    {
        var temp = path + ".tmp-" + Environment.CurrentManagedThreadId;
        try
        {
            using (var s = File.Create(temp)) write(s);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static GapMatrix GapMatrixOf(PrincipleCatalog catalog, ImmutableArray<BatchItem> items)
    {
        var withCoverage = items.Where(i => i.Status != BatchItemStatus.Failed && !i.Coverage.IsEmpty).ToList();
        var texts = withCoverage.Select(i => new GapMatrixText(i.Name, i.Title, i.Language)).ToImmutableArray();
        var rows = catalog.Principles.Select(p => new GapMatrixRow(p, withCoverage.Select(i =>
            i.Coverage.FirstOrDefault(c => c.PrincipleId == p.Id) is { } c
                ? new GapMatrixCell(c.Status, c.Score, c.EvidenceCount, c.DerivedStatus)
                : new GapMatrixCell(CoverageStatus.Absent, 0, 0)).ToImmutableArray())).ToImmutableArray();
        return new GapMatrix { Catalog = catalog, Texts = texts, Rows = rows };
    }
}
