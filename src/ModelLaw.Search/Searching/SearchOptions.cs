namespace ModelLaw.Search.Searching;

/// <summary>How a text is searched for.</summary>
public sealed record SearchOptions
{
    /// <summary>How many hits to return (default 10).</summary>
    public int Top { get; init; } = 10;

    /// <summary>Language of the query; detected from its words when null.</summary>
    public string? Language { get; init; }

    /// <summary>Candidates taken from the store before they are re-scored (default 50).</summary>
    public int Candidates { get; init; } = 50;
}

/// <summary>How the sources of a whole text are found.</summary>
public sealed record SourceOptions
{
    /// <summary>How many source documents to return (default 5).</summary>
    public int Top { get; init; } = 5;

    /// <summary>Candidate documents aligned with the text (default 5): the best by the index, before alignment.</summary>
    public int CandidateDocuments { get; init; } = 5;

    /// <summary>Candidates per provision of the text taken from the store (default 10).</summary>
    public int CandidatesPerProvision { get; init; } = 10;

    /// <summary>
    /// How many of the text's provisions, spread evenly over it, ask the index for candidates (default 48; 0 = all).
    /// The candidate documents are then aligned with every provision of the text.
    /// </summary>
    public int ProvisionsAsked { get; init; } = 48;

    /// <summary>An aligned pair explains a provision when its similarity reaches this (default 0.5).</summary>
    public double MinPairSimilarity { get; init; } = 0.5;

    /// <summary>Keep documents with exactly the same bytes as the text (the text itself, indexed): default false.</summary>
    public bool IncludeSelf { get; init; }

    /// <summary>Language of the text; detected when null (a forced language the text contradicts is an error).</summary>
    public string? Language { get; init; }
}
