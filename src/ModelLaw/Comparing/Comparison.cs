using System.Collections.Immutable;
using ModelLaw.Documents;

namespace ModelLaw.Comparing;

/// <summary>
/// A link between model and national provisions at one level: 1→1 (identical, modified, renumbered, moved),
/// 1→n (split), n→1 (merged), 1→0 (omitted) or 0→1 (added). Links of matched pairs hold the links of their children.
/// </summary>
public sealed record AlignmentLink
{
    /// <summary>Structural level of the link (the kind of the model provision, or of the national one when added).</summary>
    public required ProvisionKind Level { get; init; }

    /// <summary>The relation.</summary>
    public required AlignmentRelation Relation { get; init; }

    /// <summary>Similarity of the linked texts in [0, 1]; 0 for omitted and added.</summary>
    public double Similarity { get; init; }

    /// <summary>Model provisions (empty when added).</summary>
    public ImmutableArray<Provision> Model { get; init; } = ImmutableArray<Provision>.Empty;

    /// <summary>National provisions (empty when omitted).</summary>
    public ImmutableArray<Provision> National { get; init; } = ImmutableArray<Provision>.Empty;

    /// <summary>The evidence that decided the link.</summary>
    public ImmutableArray<AlignmentEvidence> Evidence { get; init; } = ImmutableArray<AlignmentEvidence>.Empty;

    /// <summary>Word diff of the provisions' own text (model → national), when both sides exist.</summary>
    public TextDiff? Diff { get; init; }

    /// <summary>
    /// For a link between two definitions that define different terms (a national choice of name, such as the competent
    /// authority): the two terms. Null otherwise.
    /// </summary>
    public DefinitionRename? Renamed { get; init; }

    /// <summary>Links between the children of the linked provisions.</summary>
    public ImmutableArray<AlignmentLink> Children { get; init; } = ImmutableArray<AlignmentLink>.Empty;

    /// <summary>This link and all links below it, depth first.</summary>
    public IEnumerable<AlignmentLink> DescendantsAndSelf()
    {
        yield return this;
        foreach (var c in Children)
            foreach (var d in c.DescendantsAndSelf())
                yield return d;
    }
}

/// <summary>A defined term the national text renamed: the definition kept its role and place, its term changed.</summary>
/// <param name="ModelTerm">The term the model defines ("unmanned aircraft").</param>
/// <param name="NationalTerm">The term the national text defines in its place ("drone").</param>
public sealed record DefinitionRename(string ModelTerm, string NationalTerm);

/// <summary>Headline figures of a comparison, counted on model articles (or top-level provisions when there are none).</summary>
public sealed record ComparisonSummary
{
    /// <summary>
    /// The model's units counted: its articles (sections in a text drafted in sections) and annexes, the level every
    /// other figure is counted at — not every provision (paragraphs and points are not counted).
    /// </summary>
    public int ModelUnits { get; init; }
    /// <summary>The national text's units counted, as <see cref="ModelUnits"/>.</summary>
    public int NationalUnits { get; init; }
    /// <summary>Adopted verbatim (identical, equivalent, or renumbered with the same words).</summary>
    public int Verbatim { get; init; }
    /// <summary>Adopted with changes.</summary>
    public int Modified { get; init; }
    /// <summary>Moved out of order.</summary>
    public int Moved { get; init; }
    /// <summary>Split into several.</summary>
    public int Split { get; init; }
    /// <summary>Merged with others.</summary>
    public int Merged { get; init; }
    /// <summary>Linked only by a shared final-provision role (entry into force, repeal...).</summary>
    public int SameRole { get; init; }
    /// <summary>Omitted.</summary>
    public int Omitted { get; init; }
    /// <summary>National provisions with no model counterpart.</summary>
    public int Added { get; init; }
    /// <summary>Share of the model's words kept in the national text, in [0, 1].</summary>
    public double ModelTextKept { get; init; }
}

/// <summary>
/// One row of a concordance (correlation) table: the model provisions of one link at article level and the national
/// provisions they became. The provisions carry their number, heading, eId and citation, so a researcher never has to
/// parse citations back: a merge holds several <see cref="Model"/> provisions, a split several <see cref="National"/> ones.
/// </summary>
/// <param name="Model">Model provisions in model order (several when merged; empty for an added provision).</param>
/// <param name="National">National provisions (several when split, or when parts of the article went elsewhere; empty when omitted).</param>
/// <param name="Relation">The relation.</param>
/// <param name="Similarity">Similarity in [0, 1].</param>
public sealed record ConcordanceRow(ImmutableArray<Provision> Model, ImmutableArray<Provision> National, AlignmentRelation Relation, double Similarity)
{
    /// <summary>The model citations joined with " + " ("Article 35 + Article 36" for a merge), or empty for an added provision. For display; use <see cref="Model"/> to work with the provisions.</summary>
    public string ModelCitation => string.Join(" + ", Model.Select(p => p.Citation));

    /// <summary>The national citations, in the order of <see cref="National"/>.</summary>
    public ImmutableArray<string> NationalCitations => National.Select(p => p.Citation).ToImmutableArray();
}

/// <summary>The result of comparing a national text with a model: alignment at every level, word diffs, summary and concordance.</summary>
public sealed record Comparison
{
    /// <summary>The model text.</summary>
    public required LegalDocument Model { get; init; }

    /// <summary>The national text.</summary>
    public required LegalDocument National { get; init; }

    /// <summary>Top-level links in reading order; each holds the links of its children.</summary>
    public required ImmutableArray<AlignmentLink> Links { get; init; }

    /// <summary>Headline figures.</summary>
    public required ComparisonSummary Summary { get; init; }

    /// <summary>Concordance table at article level (or top level).</summary>
    public required ImmutableArray<ConcordanceRow> Concordance { get; init; }

    /// <summary>What counted as a change in the word diffs (from <see cref="CompareOptions.Diff"/>); the writers diff numbers and headings the same way.</summary>
    public Diffing.DiffOptions DiffOptions { get; init; } = Diffing.DiffOptions.Default;

    /// <summary>What the comparer noticed (different languages, unrelated texts...).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = ImmutableArray<Diagnostic>.Empty;

    /// <summary>Every link at every level, depth first.</summary>
    public IEnumerable<AlignmentLink> AllLinks() => Links.SelectMany(l => l.DescendantsAndSelf());
}

/// <summary>Aligns a national text against a model and diffs each aligned pair.</summary>
public interface IDocumentComparer
{
    /// <summary>Compares <paramref name="national"/> against <paramref name="model"/>.</summary>
    Comparison Compare(LegalDocument model, LegalDocument national, CompareOptions? options = null, CancellationToken cancellationToken = default);
}
