using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using ModelLaw.Coverage;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Writing;
using ModelLaw.Comparing;
using ModelLaw.Workflows.Matrix;
using ModelLaw.Workflows.Models;

namespace ModelLaw.Workflows.Batch;

/// <summary>
/// Compares one model against every national text of a folder: in parallel (bounded by
/// <see cref="BatchOptions.MaxDegreeOfParallelism"/>), streaming (each text is read, compared, written and dropped; only
/// its summary row stays in memory), resumable (a text whose result is newer than the model and the text is not compared
/// again) and robust (a text that cannot be read gives a failed row, not an aborted run). At the end it writes a summary
/// CSV, the States × articles matrix (CSV and JSON), a gap matrix CSV when a catalogue is given, and one self-contained
/// HTML page. The model is one file or a <see cref="ModelSet"/> (one model in several languages): each text is compared
/// with the model in its own language.
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

    /// <summary>Name of the States × articles matrix CSV in the output folder (see <see cref="ArticleMatrix"/>).</summary>
    public const string ArticleMatrixCsvName = "article-matrix.csv";

    /// <summary>Name of the States × articles matrix JSON in the output folder.</summary>
    public const string ArticleMatrixJsonName = "article-matrix.json";

    private readonly IDocumentLoader _loader;
    private readonly LanguageGuard _guard;
    private readonly IDocumentComparer _comparer;
    private readonly IComparisonWriter _json;
    private readonly ICoverageAnalyzer _coverage;
    private readonly ModelLawOptions _defaults;

    /// <summary>
    /// Creates the batch comparer over the engine's services (the JSON comparison writer must be registered); texts are
    /// read with the limits of <paramref name="defaults"/>, and compared with its compare options unless
    /// <see cref="BatchOptions.Compare"/> is given.
    /// </summary>
    public BatchComparer(IDocumentLoader loader, LanguageGuard guard, IDocumentComparer comparer, IEnumerable<IComparisonWriter> writers,
        ICoverageAnalyzer coverage, IOptions<ModelLawOptions> defaults)
    {
        _defaults = defaults.Value;
        _loader = loader;
        _guard = guard;
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

    /// <summary>
    /// Compares every text of <paramref name="nationalDirectory"/> with the model at <paramref name="modelPath"/>: a
    /// model file, or a folder holding the model in several languages (each text is then compared with the model in its
    /// own language; see <see cref="ModelSet"/>).
    /// </summary>
    /// <exception cref="ModelLawException">The model cannot be read or the folder does not exist.</exception>
    public Task<BatchResult> RunAsync(string modelPath, string nationalDirectory, BatchOptions options,
        IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(modelPath, FindTexts(nationalDirectory), options, progress, cancellationToken);

    /// <summary>Compares each of <paramref name="nationalPaths"/> with the model (file or folder) at <paramref name="modelPath"/>.</summary>
    /// <exception cref="ModelLawException">The model cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled (finished results stay on disk and count on resume).</exception>
    public async Task<BatchResult> RunAsync(string modelPath, IReadOnlyList<string> nationalPaths, BatchOptions options,
        IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(modelPath);
        ArgumentNullException.ThrowIfNull(options);
        ModelSet models;
        if (Directory.Exists(modelPath))
            models = await ModelSet.LoadAsync(modelPath, _loader, _defaults.ReadOptions, cancellationToken).ConfigureAwait(false);
        else if (File.Exists(modelPath))
            models = ModelSet.Of([new ModelSetEntry(await _guard.ReadAsync(modelPath, ReadOptionsFor(modelPath, options), cancellationToken).ConfigureAwait(false), modelPath)], modelPath);
        else throw new ModelLawException($"file not found: {modelPath}", new SourceLocation(modelPath));
        return await RunAsync(models, nationalPaths, options, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Compares each of <paramref name="nationalPaths"/> with the model of <paramref name="models"/> in its language. A
    /// text in a language the set lacks, or that contradicts <see cref="BatchOptions.Language"/>, becomes a failed row
    /// naming the file. Progress is reported after each text, from the worker that finished it (reports may come from
    /// several threads).
    /// </summary>
    /// <exception cref="OperationCanceledException">The run was cancelled (finished results stay on disk and count on resume).</exception>
    public async Task<BatchResult> RunAsync(ModelSet models, IReadOnlyList<string> nationalPaths, BatchOptions options,
        IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(nationalPaths);
        ArgumentNullException.ThrowIfNull(options);
        var names = nationalPaths.Select(Path.GetFileName).ToList();
        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidConfigurationException($"two national texts share the file name \"{duplicate.Key}\": their results would overwrite each other");

        if (options.Principles is { } labelled && options.ModelLabels is { } labels)
        {
            labels.Validate(labelled);
            models = models.Select(m => labels.ApplyTo(m.Document));
        }
        var output = Path.GetFullPath(options.OutputDirectory);
        Directory.CreateDirectory(output);

        var items = new BatchItem[nationalPaths.Count];
        int done = 0, compared = 0, upToDate = 0, failed = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(Enumerable.Range(0, nationalPaths.Count), parallel, async (i, ct) =>
        {
            var item = await OneAsync(models, nationalPaths[i], output, options, ct).ConfigureAwait(false);
            items[i] = item;
            switch (item.Status)
            {
                case BatchItemStatus.Compared: Interlocked.Increment(ref compared); break;
                case BatchItemStatus.UpToDate: Interlocked.Increment(ref upToDate); break;
                default: Interlocked.Increment(ref failed); break;
            }
            var d = Interlocked.Increment(ref done);
            progress?.Report(new BatchProgress(d, items.Length, Volatile.Read(ref compared), Volatile.Read(ref upToDate), Volatile.Read(ref failed), item.Name));
        }).ConfigureAwait(false);

        var sorted = items.OrderBy(i => i.Name, StringComparer.Ordinal).ToImmutableArray();
        return BatchFiles.WriteSummaries(models, sorted, output, options);
    }

    private ReadOptions ReadOptionsFor(string path, BatchOptions options) =>
        _defaults.ReadOptions with { SourceName = Path.GetFileName(path), Language = options.Language };

    /// <summary>One national text: up to date, compared and written, or failed.</summary>
    private async Task<BatchItem> OneAsync(ModelSet models, string path, string output, BatchOptions options, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var name = Path.GetFileName(path);
        var resultPath = Path.Combine(output, name + ".json");
        var rowPath = Path.Combine(output, name + ".row.json");
        try
        {
            if (options.Resume && BatchFiles.UpToDate(resultPath, rowPath, models, path, options) is { } previous)
                return previous with { Status = BatchItemStatus.UpToDate, ResultPath = resultPath };

            var national = await _guard.ReadAsync(path, ReadOptionsFor(path, options), ct).ConfigureAwait(false);
            var model = models.Resolve(national);
            var comparison = _comparer.Compare(model.Document, national, options.Compare ?? _defaults.Compare, ct);
            var cells = ImmutableArray<BatchCoverageCell>.Empty;
            if (options.Principles is { } catalog)
            {
                var report = _coverage.Analyze(national, catalog, comparison, cancellationToken: ct);
                cells = catalog.Principles.Select(p => report.For(p.Id) is { } c
                    ? new BatchCoverageCell(p.Id, c.Status, Math.Round(c.Score, 4), c.Evidence.Length, c.DerivedStatus)
                    : new BatchCoverageCell(p.Id, CoverageStatus.Absent, 0, 0)).ToImmutableArray();
            }
            BatchFiles.WriteAtomically(resultPath, s => _json.Write(comparison, s, ct));
            var item = new BatchItem
            {
                Name = name,
                Status = BatchItemStatus.Compared,
                Title = national.Title,
                Language = national.Language,
                Model = model.Name,
                Summary = comparison.Summary,
                Coverage = cells,
                Articles = ArticleMatrixColumn.From(name, comparison, model.Name),
                CatalogId = options.Principles?.Id,
                ResultPath = resultPath,
            };
            BatchFiles.WriteRow(rowPath, item with { ResultPath = null });
            return item;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // one unreadable text must not stop a run over a thousand: it becomes a failed row
            return new BatchItem { Name = name, Status = BatchItemStatus.Failed, Error = ex is ModelLawException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}" };
        }
    }
}
