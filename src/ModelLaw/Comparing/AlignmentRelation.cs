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
    /// <summary>
    /// Both are final provisions of the same role (entry into force, repeal, addressees, transposition, review, short
    /// title): they correspond by what they are for, which every act has, not because one was drawn from the other.
    /// Correlation tables often leave such clauses out; <c>modellaw eval</c> does not count this relation as a content
    /// correspondence.
    /// </summary>
    SameRole,
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
    /// <summary>Both are final provisions of the same role (entry into force, repeal...).</summary>
    Role,
    /// <summary>Where the two stand in their texts (laws mostly keep the order of what they adopt).</summary>
    Position,
    /// <summary>How the pair ranks against the other candidates of either provision (relative similarity).</summary>
    Rank,
    /// <summary>The articles the two cite are linked to each other.</summary>
    CrossReferences,
    /// <summary>The defined terms of two definitions (the same term, or a renamed one).</summary>
    DefinedTerm,
    /// <summary>Text its document says more than once (boilerplate), which tells little about where it went.</summary>
    RepeatedText,
    /// <summary>The kinds of the two provisions (an article and an annex are not alike).</summary>
    Kind,
}

/// <summary>One piece of evidence behind a link.</summary>
/// <param name="Kind">What was measured.</param>
/// <param name="Score">The measure itself (a cosine, a share, 1 or 0 for a yes/no signal; −1 for renamed defined terms).</param>
/// <param name="Detail">A human-readable detail, when useful (for signal evidence, the signal's name).</param>
public sealed record AlignmentEvidence(EvidenceKind Kind, double Score, string? Detail = null)
{
    /// <summary>
    /// What the measure weighed in the score model (its weight × the measure, in log-odds): positive for evidence for
    /// the link, negative against; null for evidence that is not a signal of the score model (content hash, structure).
    /// </summary>
    public double? Contribution { get; init; }
}
