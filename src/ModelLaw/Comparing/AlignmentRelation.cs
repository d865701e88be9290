namespace ModelLaw.Comparing;

/// <summary>What the national text did with a model provision (or where a national provision came from).</summary>
public enum AlignmentRelation
{
    /// <summary>Same number, same text.</summary>
    Identical,
    /// <summary>Same words modulo numbering, case, whitespace and punctuation.</summary>
    Equivalent,
    /// <summary>Same provision, reworded.</summary>
    Modified,
    /// <summary>Same text under another number, in the same relative order.</summary>
    Renumbered,
    /// <summary>Matched, but out of the document order (off the longest increasing subsequence).</summary>
    Moved,
    /// <summary>One model provision became several national ones.</summary>
    Split,
    /// <summary>Several model provisions became one national provision.</summary>
    Merged,
    /// <summary>The model provision has no counterpart in the national text.</summary>
    Omitted,
    /// <summary>The national provision has no counterpart in the model.</summary>
    Added,
}

/// <summary>What kind of evidence supported a link.</summary>
public enum EvidenceKind
{
    /// <summary>Equal content hash.</summary>
    ContentHash,
    /// <summary>Similarity of the texts.</summary>
    TextSimilarity,
    /// <summary>Similarity of the headings.</summary>
    Heading,
    /// <summary>An explicit reference such as "Article 7 of the Model Law".</summary>
    ExplicitReference,
    /// <summary>Equal numbers.</summary>
    Number,
    /// <summary>One text contains the other (split/merge).</summary>
    Containment,
    /// <summary>Inherited from the alignment of the parents.</summary>
    Structure,
}

/// <summary>One piece of evidence behind a link.</summary>
/// <param name="Kind">What was measured.</param>
/// <param name="Score">Its score in [0, 1].</param>
/// <param name="Detail">A human-readable detail, when useful.</param>
public sealed record AlignmentEvidence(EvidenceKind Kind, double Score, string? Detail = null);
