using System.Collections.Immutable;
using ModelLaw.Comparing;

namespace ModelLaw.Search.Contract;

/// <summary>One provision of the corpus found for a text.</summary>
/// <param name="Document">Display name of the document (<see cref="StoredDocument.Name"/>).</param>
/// <param name="Title">Title of the document.</param>
/// <param name="Language">Language of the document.</param>
/// <param name="Citation">The provision ("Article 5(2)").</param>
/// <param name="Article">The article it belongs to ("Article 5").</param>
/// <param name="Heading">The article's heading, or null.</param>
/// <param name="EId">The provision's eId.</param>
/// <param name="Score">Similarity of the provision's text to the query in [0, 1] (the same for every store).</param>
/// <param name="Snippet">A short passage of the provision, around the first words it shares with the query.</param>
public sealed record ProvisionHit(string Document, string Title, string Language, string Citation, string Article, string? Heading,
    string EId, double Score, string Snippet);

/// <summary>A provision of the queried text and the source provision(s) it was aligned with: the evidence of a source.</summary>
/// <param name="Provision">Citation in the queried text.</param>
/// <param name="Source">Citations in the source document.</param>
/// <param name="Relation">The alignment relation (source → queried text).</param>
/// <param name="Similarity">Similarity in [0, 1].</param>
public sealed record AlignedPair(string Provision, ImmutableArray<string> Source, AlignmentRelation Relation, double Similarity);

/// <summary>A likely source of a queried law: a document of the corpus, and how much of the law it explains.</summary>
public sealed record SourceHit
{
    /// <summary>Display name of the source document.</summary>
    public required string Document { get; init; }

    /// <summary>Its title.</summary>
    public string Title { get; init; } = "";

    /// <summary>Its language.</summary>
    public string Language { get; init; } = "";

    /// <summary>Share of the queried law's provisions this source explains (aligned with enough similarity), in [0, 1].</summary>
    public double Share { get; init; }

    /// <summary>Share of the source's own provisions that the queried law took (aligned with enough similarity), in [0, 1].</summary>
    public double SourceShare { get; init; }

    /// <summary>
    /// The harmonic mean of <see cref="Share"/> and <see cref="SourceShare"/>, in [0, 1]: sources are ranked by it. A text
    /// that copied its model explains most of the law and had most of itself taken; a sibling adaptation of the same
    /// model explains as much but adds provisions the law never took.
    /// </summary>
    public double Match { get; init; }

    /// <summary>How many of the queried law's provisions it explains.</summary>
    public int Explained { get; init; }

    /// <summary>How many provisions the queried law has (the denominator of <see cref="Share"/>).</summary>
    public int Provisions { get; init; }

    /// <summary>Sum of the index similarities of the candidates that pointed to this document, over the provisions that asked the index (its rank before alignment).</summary>
    public double Score { get; init; }

    /// <summary>The aligned pairs behind <see cref="Share"/>, in the queried law's order.</summary>
    public ImmutableArray<AlignedPair> Pairs { get; init; } = ImmutableArray<AlignedPair>.Empty;
}
