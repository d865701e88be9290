using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using ModelLaw.Coverage;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Writing;
using ModelLaw.Comparing;

namespace ModelLaw.Workflows.Batch;

/// <summary>
/// Compares one model against every national text of a folder: in parallel (bounded by
/// <see cref="BatchOptions.MaxDegreeOfParallelism"/>), streaming (each text is read, compared, written and dropped; only
/// its summary row stays in memory), resumable (a text whose result is newer than the model and the text is not compared
/// again) and robust (a text that cannot be read gives a failed row, not an aborted run). At the end it writes a summary
/// CSV, a gap matrix CSV when a catalogue is given, and one self-contained HTML page with both.
/// Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Per national text <c>NAME</c> (its file name), the output folder receives <c>NAME.json</c> (the comparison, as
/// <c>modellaw compare --format json</c> writes it) and <c>NAME.row.json</c> (the summary row, written last: its presence
/// marks a finished result). Both are written to a temporary file and moved into place, so an interrupted run leaves no
/// half-written result behind.
/// </remarks>
public sealed class BatchComparer
{
    /// <summary>File extensions read as national texts (others in the folder are ignored).</summary>
    public static ImmutableArray<string> TextExtensions { get; } = [".txt", ".md", ".markdown", ".docx", ".doc", ".xml", ".akn"];

    /// <summary>Name of the summary CSV in the output folder.</summary>
    public const string SummaryCsvName = "batch-summary.csv";

    /// <summary>Name of the HTML summary (with the gap matrix) in the output folder.</summary>
    public const string SummaryHtmlName = "batch-summary.html";

    /// <summary>Name of the gap matrix CSV in the output folder (written with a catalogue).</summary>
    public const string GapMatrixCsvName = "gap-matrix.csv";

    private static readonly JsonSerializerOptions RowJson = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly IDocumentLoader _loader;
    private readonly IDocumentComparer _comparer;
    private readonly IComparisonWriter _json;
    private readonly ICoverageAnalyzer _coverage;

    /// <summary>Creates the batch comparer over the engine's services (the JSON comparison writer must be registered).</summary>
    public BatchComparer(IDocumentLoader loader, IDocumentComparer comparer, IEnumerable<IComparisonWriter> writers, ICoverageAnalyzer coverage)
    {
        _loader = loader;
        _comparer = comparer;
        _json = writers.FirstOrDefault(w => w.FormatName == "json")
            ?? throw new InvalidConfigurationException("the batch comparer needs the JSON comparison writer (format \"json\")");
        _coverage = coverage;
    }

    /// <summary>The national texts of <paramref name="directory"/> (top level, known extensions, hidden files left out), by name.</summary>
    /// <exception cref="ModelLawException">The folder does not exist.</exception>
    public static IReadOnlyList<string> FindTexts(string directory)
    {
        if (!Directory.Exists(directory)) throw new ModelLawException($"folder not found: {directory}", new SourceLocation(directory));
        return Directory.EnumerateFiles(directory)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && TextExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Compares the model at <paramref name="modelPath"/> against every text of <paramref name="nationalDirectory"/>.</summary>
    /// <exception cref="ModelLawException">The model cannot be read or the folder does not exist.</exception>
    public Task<BatchResult> RunAsync(string modelPath, string nationalDirectory, BatchOptions options,
        IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(modelPath, FindTexts(nationalDirectory), options, progress, cancellationToken);

    /// <summary>
    /// Compares the model at <paramref name="modelPath"/> against each of <paramref name="nationalPaths"/>. Progress is
    /// reported after each text, from the worker that finished it (reports may come from several threads).
    /// </summary>
    /// <exception cref="ModelLawException">The model cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled (finished results stay on disk and count on resume).</exception>
    public async Task<BatchResult> RunAsync(string modelPath, IReadOnlyList<string> nationalPaths, BatchOptions options,
        IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(modelPath);
        ArgumentNullException.ThrowIfNull(nationalPaths);
        ArgumentNullException.ThrowIfNull(options);
        var names = nationalPaths.Select(Path.GetFileName).ToList();
        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidConfigurationException($"two national texts share the file name \"{duplicate.Key}\": their results would overwrite each other");

        if (!File.Exists(modelPath)) throw new ModelLawException($"file not found: {modelPath}", new SourceLocation(modelPath));
        var model = await _loader.ReadAsync(modelPath, ReadOptionsFor(modelPath, options), cancellationToken).ConfigureAwait(false);
        if (options.Principles is { } labelled && options.ModelLabels is { } labels)
        {
            labels.Validate(labelled);
            model = labels.ApplyTo(model);
        }
        var modelTime = File.GetLastWriteTimeUtc(modelPath);
        var output = Path.GetFullPath(options.OutputDirectory);
        Directory.CreateDirectory(output);

        var items = new BatchItem[nationalPaths.Count];
        int done = 0, compared = 0, upToDate = 0, failed = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(Enumerable.Range(0, nationalPaths.Count), parallel, (i, ct) =>
        {
            var item = One(model, modelTime, nationalPaths[i], output, options, ct);
            items[i] = item;
            switch (item.Status)
            {
                case BatchItemStatus.Compared: Interlocked.Increment(ref compared); break;
                case BatchItemStatus.UpToDate: Interlocked.Increment(ref upToDate); break;
                default: Interlocked.Increment(ref failed); break;
            }
            var d = Interlocked.Increment(ref done);
            progress?.Report(new BatchProgress(d, items.Length, Volatile.Read(ref compared), Volatile.Read(ref upToDate), Volatile.Read(ref failed), item.Name));
            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);

        var sorted = items.OrderBy(i => i.Name, StringComparer.Ordinal).ToImmutableArray();
        var csvPath = Path.Combine(output, SummaryCsvName);
        var htmlPath = Path.Combine(output, SummaryHtmlName);
        GapMatrix? matrix = options.Principles is { } catalog ? Matrix(catalog, sorted) : null;
        WriteAtomically(csvPath, s => BatchSummaryWriter.WriteCsv(sorted, s));
        string? matrixPath = null;
        if (matrix is not null)
        {
            matrixPath = Path.Combine(output, GapMatrixCsvName);
            var text = GapMatrixFormatter.ToCsv(matrix);
            WriteAtomically(matrixPath, s => { using var w = new StreamWriter(s, new System.Text.UTF8Encoding(false)); w.Write(text); });
        }
        WriteAtomically(htmlPath, s => BatchSummaryWriter.WriteHtml(model, sorted, matrix, s));
        return new BatchResult { Items = sorted, SummaryCsvPath = csvPath, SummaryHtmlPath = htmlPath, GapMatrixCsvPath = matrixPath };
    }

    private static ReadOptions ReadOptionsFor(string path, BatchOptions options) =>
        ReadOptions.Default with { SourceName = Path.GetFileName(path), Language = options.Language };

    /// <summary>One national text: up to date, compared and written, or failed.</summary>
    private BatchItem One(LegalDocument model, DateTime modelTime, string path, string output, BatchOptions options, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var name = Path.GetFileName(path);
        var resultPath = Path.Combine(output, name + ".json");
        var rowPath = Path.Combine(output, name + ".row.json");
        try
        {
            if (options.Resume && UpToDate(resultPath, rowPath, modelTime, path, options) is { } previous)
                return previous with { Status = BatchItemStatus.UpToDate, ResultPath = resultPath };

            var national = _loader.ReadAsync(path, ReadOptionsFor(path, options), ct).GetAwaiter().GetResult();
            var comparison = _comparer.Compare(model, national, options.Compare, ct);
            var cells = ImmutableArray<BatchCoverageCell>.Empty;
            if (options.Principles is { } catalog)
            {
                var report = _coverage.Analyze(national, catalog, comparison, cancellationToken: ct);
                cells = catalog.Principles.Select(p => report.For(p.Id) is { } c
                    ? new BatchCoverageCell(p.Id, c.Status, Math.Round(c.Score, 4), c.Evidence.Length, c.DerivedStatus)
                    : new BatchCoverageCell(p.Id, CoverageStatus.Absent, 0, 0)).ToImmutableArray();
            }
            WriteAtomically(resultPath, s => _json.Write(comparison, s, ct));
            var item = new BatchItem
            {
                Name = name,
                Status = BatchItemStatus.Compared,
                Title = national.Title,
                Language = national.Language,
                Summary = comparison.Summary,
                Coverage = cells,
                CatalogId = options.Principles?.Id,
                ResultPath = resultPath,
            };
            WriteAtomically(rowPath, s => JsonSerializer.Serialize(s, item with { ResultPath = null }, RowJson));
            return item;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // one unreadable text must not stop a run over a thousand: it becomes a failed row
            return new BatchItem { Name = name, Status = BatchItemStatus.Failed, Error = ex is ModelLawException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}" };
        }
    }

    /// <summary>The stored row when the result is newer than the model and the text and was made with the same catalogue.</summary>
    private static BatchItem? UpToDate(string resultPath, string rowPath, DateTime modelTime, string path, BatchOptions options)
    {
        if (!File.Exists(resultPath) || !File.Exists(rowPath)) return null;
        var resultTime = File.GetLastWriteTimeUtc(resultPath);
        if (resultTime <= modelTime || resultTime <= File.GetLastWriteTimeUtc(path)) return null;
        try
        {
            using var s = File.OpenRead(rowPath);
            var row = JsonSerializer.Deserialize<BatchItem>(s, RowJson);
            if (row is null || row.Status != BatchItemStatus.Compared || row.Summary is null) return null;
            if (!string.Equals(row.CatalogId, options.Principles?.Id, StringComparison.Ordinal)) return null;
            return row;
        }
        catch (JsonException)
        {
            return null; // a damaged row: compare again
        }
    }

    private static void WriteAtomically(string path, Action<Stream> write)
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

    private static GapMatrix Matrix(PrincipleCatalog catalog, ImmutableArray<BatchItem> items)
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
