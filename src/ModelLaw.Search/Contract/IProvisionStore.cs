namespace ModelLaw.Search.Contract;

/// <summary>
/// Where the provision index lives: an embedded Lucene.NET folder or a PostgreSQL database. Both keep the same data
/// (documents with their source, units with their text) and answer the same questions; the searcher re-scores their
/// candidates with one engine-independent similarity, so both stores give the same results. Thread-safe for reading;
/// one writer at a time (<see cref="OpenWriter"/>).
/// </summary>
public interface IProvisionStore : IDisposable
{
    /// <summary>A short description for messages ("Lucene index at /data/index", "PostgreSQL database laws on db:5432").</summary>
    string Description { get; }

    /// <summary>The documents in the store, without their source bytes, by key.</summary>
    IReadOnlyDictionary<string, StoredDocument> Documents();

    /// <summary>The documents of <paramref name="keys"/> that the store holds, without their source bytes, by key.</summary>
    IReadOnlyDictionary<string, StoredDocument> Documents(IReadOnlyCollection<string> keys);

    /// <summary>One document with its source bytes, or null.</summary>
    StoredDocument? Document(string key);

    /// <summary>How many units the store holds.</summary>
    long UnitCount();

    /// <summary>
    /// Up to <paramref name="count"/> units in <paramref name="language"/> most relevant to <paramref name="text"/>, by the
    /// store's full-text ranking over the query's most selective terms (analysed for that language).
    /// </summary>
    IReadOnlyList<UnitCandidate> Candidates(string text, string language, int count, CancellationToken cancellationToken = default);

    /// <summary>Opens the single writer of the store.</summary>
    /// <exception cref="StoreLockedException">Another writer (in this or another process) holds the store.</exception>
    IStoreWriter OpenWriter();
}

/// <summary>The one writer of a store; disposing it releases the store (uncommitted changes are lost).</summary>
public interface IStoreWriter : IDisposable
{
    /// <summary>Replaces the document (and its units) with this one; visible after <see cref="Commit"/>.</summary>
    void Upsert(StoredDocument document, IReadOnlyList<ProvisionUnit> units);

    /// <summary>Records that an unchanged file was touched (same content, new time), so it is not hashed again.</summary>
    void Touch(string key, Fingerprint fingerprint);

    /// <summary>Removes a document and its units.</summary>
    void Remove(string key);

    /// <summary>Makes every change so far durable and visible: an interruption after it loses nothing before it.</summary>
    void Commit();
}
