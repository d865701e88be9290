using System.Collections.Frozen;
using Newtonsoft.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using ModelLaw.Errors;
using ModelLaw.Search.Contract;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ModelLaw.Search.Lucene;

/// <summary>
/// The embedded store: a Lucene.NET 4.8 index in a folder, no server. One Lucene document per indexed document (with its
/// source bytes) and one per unit (its text stored, and analysed in its language's field). BM25 ranks candidates over
/// the query's twelve most selective terms; the documents' metadata is read once per reader. The folder carries
/// <c>modellaw-store.json</c> (format and version); Lucene's <c>write.lock</c> keeps to one writer. Thread-safe for reading.
/// </summary>
public sealed class LuceneProvisionStore : IProvisionStore
{
    /// <summary>The store format this version writes and reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>The file that marks a folder as a ModelLaw store.</summary>
    public const string MarkerFile = "modellaw-store.json";

    // the cost of a query grows with the postings it walks, about linearly in its terms on a corpus of common words
    // (1 M generated provisions: 8 terms 7.7 ms, 12 terms 12.8 ms, 24 terms 25 ms of CPU); 12 of the rarest still
    // bring a reworded provision's origin into the top ten (benchmarks/README.md §8)
    private const int MaxQueryTerms = 12;
    private readonly string _path;
    private readonly LuceneDirectory _directory;
    private readonly Analyzer _analyzer = LuceneAnalyzers.Create();
    private readonly object _gate = new();
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;
    private IReadOnlyDictionary<string, StoredDocument>? _catalog;

    private LuceneProvisionStore(string path, LuceneDirectory directory)
    {
        _path = path;
        _directory = directory;
    }

    /// <inheritdoc />
    public string Description => $"Lucene index at {_path}";

    /// <summary>
    /// Opens the store in <paramref name="folder"/>, creating it when the folder is missing or empty.
    /// </summary>
    /// <exception cref="StoreVersionException">The folder holds a store of another version, or something that is not a store.</exception>
    public static LuceneProvisionStore Open(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var path = Path.GetFullPath(folder);
        var marker = Path.Combine(path, MarkerFile);
        var where = new SourceLocation(path);
        if (File.Exists(marker)) CheckMarker(marker, where);
        else if (System.IO.Directory.Exists(path) && System.IO.Directory.EnumerateFileSystemEntries(path).Any())
            throw new StoreVersionException($"not a ModelLaw provision store (no {MarkerFile}): give an empty or new folder", where);
        else
        {
            System.IO.Directory.CreateDirectory(path);
            File.WriteAllText(marker, JsonConvert.SerializeObject(new Marker("modellaw-provision-store", FormatVersion, "lucene-4.8")));
        }
        return new LuceneProvisionStore(path, FSDirectory.Open(path));
    }

    private static void CheckMarker(string marker, SourceLocation where)
    {
        Marker? m;
        try
        {
            m = JsonConvert.DeserializeObject<Marker>(File.ReadAllText(marker));
        }
        catch (JsonException ex)
        {
            throw new StoreVersionException($"{MarkerFile} is damaged", where, ex);
        }
        if (m is null || m.Format != "modellaw-provision-store")
            throw new StoreVersionException($"{MarkerFile} does not describe a ModelLaw provision store", where);
        if (m.Version != FormatVersion)
            throw new StoreVersionException($"the store has format version {m.Version}; this ModelLaw reads version {FormatVersion}: index the texts again into a new folder", where);
    }

    private sealed record Marker(string Format, int Version, string Engine);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, StoredDocument> Documents() =>
        new Dictionary<string, StoredDocument>(Catalog(), StringComparer.Ordinal);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, StoredDocument> Documents(IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var catalog = Catalog();
        var result = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        foreach (var k in keys)
            if (catalog.TryGetValue(k, out var d)) result[k] = d;
        return result;
    }

    /// <summary>
    /// Every document without its source, read once per reader (a search names the documents of its hits, and reading
    /// them from the index each time, source bytes and all, cost more than the search itself).
    /// </summary>
    private IReadOnlyDictionary<string, StoredDocument> Catalog()
    {
        lock (_gate)
        {
            if (_catalog is not null) return _catalog;
            var searcher = Searcher();
            var result = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
            if (searcher is null) return result;
            var top = searcher.Search(new TermQuery(new Term("type", "doc")), Math.Max(1, searcher.IndexReader.MaxDoc));
            foreach (var sd in top.ScoreDocs)
            {
                var d = ToDocument(searcher.Doc(sd.Doc, MetadataFields), withSource: false);
                result[d.Key] = d;
            }
            return _catalog = result;
        }
    }

    private static readonly ISet<string> MetadataFields = new[]
    {
        "key", "name", "title", "lang", "size", "mtime", "sha", "units", "sourceName",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public StoredDocument? Document(string key)
    {
        var searcher = Searcher();
        if (searcher is null) return null;
        var query = new BooleanQuery { { new TermQuery(new Term("type", "doc")), Occur.MUST }, { new TermQuery(new Term("key", key)), Occur.MUST } };
        var top = searcher.Search(query, 1);
        return top.ScoreDocs.Length == 0 ? null : ToDocument(searcher.Doc(top.ScoreDocs[0].Doc), withSource: true);
    }

    /// <inheritdoc />
    public long UnitCount()
    {
        var searcher = Searcher();
        if (searcher is null) return 0;
        var count = new TotalHitCountCollector();
        searcher.Search(new TermQuery(new Term("type", "unit")), count);
        return count.TotalHits;
    }

    /// <inheritdoc />
    public IReadOnlyList<UnitCandidate> Candidates(string text, string language, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var searcher = Searcher();
        if (searcher is null || count <= 0) return [];
        var field = LuceneAnalyzers.FieldFor(language);
        var reader = searcher.IndexReader;
        // the most selective terms: a long query of common words costs much and ranks little
        var terms = LuceneAnalyzers.Terms(_analyzer, field, text)
            .Select(t => (Term: t, Df: reader.DocFreq(new Term(field, t))))
            .Where(t => t.Df > 0)
            .OrderBy(t => t.Df).ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(MaxQueryTerms).ToList();
        if (terms.Count == 0) return [];
        cancellationToken.ThrowIfCancellationRequested();
        var query = new BooleanQuery();
        foreach (var t in terms) query.Add(new TermQuery(new Term(field, t.Term)), Occur.SHOULD);
        var top = searcher.Search(query, count);
        return top.ScoreDocs.Select(sd => new UnitCandidate(ToUnit(searcher.Doc(sd.Doc)), sd.Score)).ToList();
    }

    /// <inheritdoc />
    public IStoreWriter OpenWriter()
    {
        var config = new IndexWriterConfig(LuceneAnalyzers.Version, _analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 48,   // bounded memory while indexing: flushed to a segment when full
            Similarity = new BM25Similarity(),
        };
        try
        {
            return new LuceneStoreWriter(new IndexWriter(_directory, config), this);
        }
        catch (LockObtainFailedException ex)
        {
            throw new StoreLockedException($"another indexing run holds the store (write.lock in {_path}); wait for it to finish, or remove write.lock if no run is left", new SourceLocation(_path), ex);
        }
    }

    /// <summary>Sees the last commit (called by the writer after each commit).</summary>
    internal void Refresh()
    {
        lock (_gate)
        {
            if (_reader is null) return;
            var newer = DirectoryReader.OpenIfChanged(_reader);
            if (newer is null) return;
            _reader.Dispose();
            _reader = newer;
            _searcher = NewSearcher(newer);
            _catalog = null;
        }
    }

    private IndexSearcher? Searcher()
    {
        lock (_gate)
        {
            if (_searcher is not null) return _searcher;
            if (!DirectoryReader.IndexExists(_directory)) return null;
            _reader = DirectoryReader.Open(_directory);
            return _searcher = NewSearcher(_reader);
        }
    }

    private static IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };

    private static StoredDocument ToDocument(Document d, bool withSource)
    {
        var source = withSource ? d.GetBinaryValue("source") : null;
        return new StoredDocument
        {
            Key = d.Get("key"),
            Name = d.Get("name"),
            Title = d.Get("title") ?? "",
            Language = d.Get("lang") ?? "",
            Fingerprint = new Fingerprint(long.Parse(d.Get("size"), System.Globalization.CultureInfo.InvariantCulture),
                long.Parse(d.Get("mtime"), System.Globalization.CultureInfo.InvariantCulture), d.Get("sha")),
            Units = int.Parse(d.Get("units"), System.Globalization.CultureInfo.InvariantCulture),
            SourceName = d.Get("sourceName") ?? "",
            Source = source is null ? ReadOnlyMemory<byte>.Empty : new ReadOnlyMemory<byte>(source.Bytes, source.Offset, source.Length),
        };
    }

    private static ProvisionUnit ToUnit(Document d) => new(d.Get("key"),
        int.Parse(d.Get("ord"), System.Globalization.CultureInfo.InvariantCulture), d.Get("eid"), d.Get("citation"),
        d.Get("article"), d.Get("heading"), d.Get("lang"), d.Get("text"));

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _reader?.Dispose();
            _reader = null;
            _searcher = null;
            _catalog = null;
        }
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
