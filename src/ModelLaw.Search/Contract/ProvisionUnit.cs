namespace ModelLaw.Search.Contract;

/// <summary>
/// One searchable provision of an indexed document: a paragraph of an article, or an article (or other provision)
/// without paragraphs. The index holds its text; a hit names it by document, citation and heading.
/// </summary>
/// <param name="DocumentKey">Key of the document it belongs to (see <see cref="StoredDocument.Key"/>).</param>
/// <param name="Ordinal">Its position in the document (0-based, reading order).</param>
/// <param name="EId">Its Akoma Ntoso style id ("chp_2__art_5__para_2").</param>
/// <param name="Citation">Its citation ("Article 5(2)").</param>
/// <param name="Article">Citation of the article (or top provision) it belongs to ("Article 5").</param>
/// <param name="Heading">Heading of that article, when it has one.</param>
/// <param name="Language">Language code of the document.</param>
/// <param name="Text">The provision's full text.</param>
public sealed record ProvisionUnit(string DocumentKey, int Ordinal, string EId, string Citation, string Article, string? Heading,
    string Language, string Text);

/// <summary>What identifies a file's content in a store, to tell an unchanged file from a changed one without reading it.</summary>
/// <param name="Size">Length in bytes.</param>
/// <param name="LastWriteUtcTicks">Last write time (UTC ticks) when it was indexed.</param>
/// <param name="Sha256">SHA-256 of the bytes, lower-case hex.</param>
public sealed record Fingerprint(long Size, long LastWriteUtcTicks, string Sha256);

/// <summary>An indexed document: where it came from, what it is, and its source bytes (so a shared store can re-read it anywhere).</summary>
public sealed record StoredDocument
{
    /// <summary>The key: the full path of the file when it was indexed (unique in a store).</summary>
    public required string Key { get; init; }

    /// <summary>Display name: the path relative to the folder the indexer ran in, with '/' separators.</summary>
    public required string Name { get; init; }

    /// <summary>Title of the document.</summary>
    public string Title { get; init; } = "";

    /// <summary>Language code of the document.</summary>
    public string Language { get; init; } = "";

    /// <summary>What the indexed content was.</summary>
    public required Fingerprint Fingerprint { get; init; }

    /// <summary>Number of units indexed for it.</summary>
    public int Units { get; init; }

    /// <summary>The file name (for format detection when the source is read again).</summary>
    public string SourceName { get; init; } = "";

    /// <summary>The source bytes; empty when a listing left them out.</summary>
    public ReadOnlyMemory<byte> Source { get; init; }
}

/// <summary>A unit a store found for a query, with the store's own relevance (not comparable across stores).</summary>
/// <param name="Unit">The unit.</param>
/// <param name="StoreScore">The store's relevance score (BM25, ts_rank...), only for ordering within one answer.</param>
public sealed record UnitCandidate(ProvisionUnit Unit, double StoreScore);
