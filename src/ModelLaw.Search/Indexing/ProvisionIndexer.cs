using System.Collections.Immutable;
using System.Security.Cryptography;
using ModelLaw.Errors;
using ModelLaw.Reading;
using ModelLaw.Search.Contract;
using ModelLaw.Search.Units;
using ModelLaw.Workflows.Batch;

namespace ModelLaw.Search.Indexing;

/// <summary>How an indexing run goes.</summary>
public sealed record IndexOptions
{
    /// <summary>Files read between two commits: an interruption loses at most this many (default 50).</summary>
    public int CommitEvery { get; init; } = 50;

    /// <summary>Language of every text; detected per text when null.</summary>
    public string? Language { get; init; }

    /// <summary>Folder that <see cref="StoredDocument.Name"/> is relative to (default: the current folder).</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>Reading limits and options for each file (default <see cref="ReadOptions.Default"/>).</summary>
    public ReadOptions? Read { get; init; }
}

/// <summary>Progress of an indexing run, reported after each file.</summary>
/// <param name="Done">Files finished.</param>
/// <param name="Total">Files to look at.</param>
/// <param name="Indexed">Files read and indexed in this run.</param>
/// <param name="Unchanged">Files skipped because the store already has their content.</param>
/// <param name="Failed">Files that could not be read.</param>
/// <param name="Units">Units indexed in this run.</param>
/// <param name="Current">The file just finished.</param>
public readonly record struct IndexProgress(int Done, int Total, int Indexed, int Unchanged, int Failed, long Units, string Current);

/// <summary>What an indexing run did.</summary>
/// <param name="Indexed">Files read and indexed.</param>
/// <param name="Unchanged">Files whose content the store already had (not read again).</param>
/// <param name="Removed">Documents removed because their file is gone from a folder given.</param>
/// <param name="Units">Units indexed in this run.</param>
/// <param name="Failures">Files that could not be read, with the reason.</param>
public sealed record IndexResult(int Indexed, int Unchanged, int Removed, long Units, ImmutableArray<(string Path, string Error)> Failures);

/// <summary>
/// Indexes files into a provision store, incrementally: a file whose size and time match the store is not read; one whose
/// bytes hash the same is only touched; a changed or new file is read, cut into units and replaces its old units. Commits
/// every <see cref="IndexOptions.CommitEvery"/> files, so an interrupted run resumes where it stopped. A file that cannot
/// be read is reported, and the run goes on. Memory stays bounded: one file at a time, the store flushes its buffers.
/// </summary>
public sealed class ProvisionIndexer(ModelLawEngine engine)
{
    /// <summary>Indexes <paramref name="paths"/> (files, or folders searched recursively for texts) into <paramref name="store"/>.</summary>
    /// <exception cref="StoreLockedException">Another run holds the store.</exception>
    /// <exception cref="ModelLawException">A path does not exist.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; what was committed stays and counts on the next run.</exception>
    public async Task<IndexResult> IndexAsync(IProvisionStore store, IEnumerable<string> paths, IndexOptions? options = null,
        IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(paths);
        var o = options ?? new IndexOptions();
        var (files, folders) = Expand(paths);
        using var writer = store.OpenWriter();
        var known = store.Documents();
        int done = 0, indexed = 0, unchanged = 0, removed = 0, sinceCommit = 0;
        long units = 0;
        var failures = ImmutableArray.CreateBuilder<(string, string)>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = Path.GetFullPath(file);
            try
            {
                var info = new FileInfo(key);
                var stamp = info.LastWriteTimeUtc.Ticks;
                if (known.TryGetValue(key, out var had) && had.Fingerprint.Size == info.Length && had.Fingerprint.LastWriteUtcTicks == stamp)
                    unchanged++;
                else
                {
                    var bytes = await File.ReadAllBytesAsync(key, cancellationToken).ConfigureAwait(false);
                    var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
                    var fingerprint = new Fingerprint(bytes.LongLength, stamp, sha);
                    if (had is not null && had.Fingerprint.Sha256 == sha)
                    {
                        writer.Touch(key, fingerprint);
                        unchanged++;
                    }
                    else
                    {
                        units += await IndexOneAsync(writer, key, bytes, fingerprint, o, cancellationToken).ConfigureAwait(false);
                        indexed++;
                    }
                    sinceCommit++;
                }
            }
            catch (Exception ex) when (ex is ModelLawException or IOException or UnauthorizedAccessException)
            {
                failures.Add((file, ex.Message));
            }
            if (sinceCommit >= Math.Max(1, o.CommitEvery)) { writer.Commit(); sinceCommit = 0; }
            progress?.Report(new IndexProgress(++done, files.Count, indexed, unchanged, failures.Count, units, file));
        }
        // documents whose file left a folder given are removed
        var present = files.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        foreach (var key in known.Keys.Where(k => !present.Contains(k) && folders.Any(f => k.StartsWith(f, StringComparison.Ordinal)) && !File.Exists(k)))
        {
            writer.Remove(key);
            removed++;
        }
        writer.Commit();
        return new IndexResult(indexed, unchanged, removed, units, failures.ToImmutable());
    }

    private async Task<int> IndexOneAsync(IStoreWriter writer, string key, byte[] bytes, Fingerprint fingerprint, IndexOptions o, CancellationToken ct)
    {
        var name = Path.GetFileName(key);
        var read = (o.Read ?? engine.Defaults.ReadOptions) with { SourceName = name, Language = o.Language };
        using var stream = new MemoryStream(bytes, writable: false);
        var doc = await engine.ReadAsync(stream, read, ct).ConfigureAwait(false);
        var units = UnitExtractor.Extract(doc, key);
        var display = Path.GetRelativePath(o.BaseDirectory ?? Directory.GetCurrentDirectory(), key).Replace('\\', '/');
        writer.Upsert(new StoredDocument
        {
            Key = key,
            Name = display,
            Title = doc.Title,
            Language = doc.Language,
            Fingerprint = fingerprint,
            Units = units.Count,
            SourceName = name,
            Source = bytes,
        }, units);
        return units.Count;
    }

    /// <summary>The files to index (ordinal order, no duplicates) and the full paths of the folders given (with a trailing separator).</summary>
    internal static (List<string> Files, List<string> Folders) Expand(IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var folders = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                folders.Add(Path.TrimEndingDirectorySeparator(Path.GetFullPath(p)) + Path.DirectorySeparatorChar);
                foreach (var f in Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories))
                    if (IsText(Path.GetRelativePath(p, f))) files.Add(f);
            }
            else if (File.Exists(p)) files.Add(p);
            else throw new ModelLawException($"file or folder not found: {p}", new SourceLocation(p));
        }
        return (files.ToList(), folders);
    }

    // a text by its extension, not hidden (nor in a hidden folder), and not a README
    private static bool IsText(string relative) =>
        BatchComparer.TextExtensions.Contains(Path.GetExtension(relative).ToLowerInvariant())
        && !relative.Split(Path.DirectorySeparatorChar).Any(s => s.StartsWith('.'))
        && !Path.GetFileName(relative).StartsWith("README", StringComparison.OrdinalIgnoreCase);
}
