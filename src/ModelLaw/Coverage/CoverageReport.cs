using System.Collections.Immutable;
using ModelLaw.Comparing;
using ModelLaw.Documents;

namespace ModelLaw.Coverage;

/// <summary>One place in a text that addresses a principle.</summary>
public sealed record CoverageEvidence
{
    /// <summary>eId of the provision.</summary>
    public required string EId { get; init; }
    /// <summary>Citation of the provision.</summary>
    public required string Citation { get; init; }
    /// <summary>The sentence the phrases were found in.</summary>
    public required string Sentence { get; init; }
    /// <summary>Indicator phrases matched.</summary>
    public ImmutableArray<string> MatchedPhrases { get; init; } = ImmutableArray<string>.Empty;
    /// <summary>Score of this evidence in [0, 1].</summary>
    public double Score { get; init; }
    /// <summary>True when the sentence operationalises the principle (obligation, authority, procedure).</summary>
    public bool Operational { get; init; }
    /// <summary>True when the evidence is the provision's heading rather than a sentence of its text.</summary>
    public bool FromHeading { get; init; }
    /// <summary>
    /// True when the principle comes from the heading of the enclosing article (its stated subject matter) rather than from the
    /// sentence itself; <see cref="MatchedPhrases"/> are then the heading's phrases and <see cref="Sentence"/> the provision's first sentence.
    /// </summary>
    public bool FromContext { get; init; }
    /// <summary>
    /// True when the sentence only touches the principle in passing: in a declaratory provision (preamble, definitions, purpose),
    /// or in an article whose heading names another subject, without strong operational wording. Incidental evidence makes a
    /// principle Partial at most.
    /// </summary>
    public bool Incidental { get; init; }
    /// <summary>Indicator phrases found in the sentence but negated there ("shall not be subject to human oversight"); they do not count.</summary>
    public ImmutableArray<string> NegatedPhrases { get; init; } = ImmutableArray<string>.Empty;
}

/// <summary>How a model provision tagged with a principle fared in the national text, as the alignment says.</summary>
/// <param name="ModelEId">eId of the tagged model provision.</param>
/// <param name="ModelCitation">Its citation.</param>
/// <param name="Relation">What the national text did with it (the link of the provision or of its nearest aligned ancestor); Omitted when no link holds it.</param>
/// <param name="Similarity">Similarity of the link in [0, 1].</param>
/// <param name="NationalCitations">Citations of the national provisions it became (empty when omitted).</param>
public sealed record DerivedCoverageEvidence(string ModelEId, string ModelCitation, AlignmentRelation Relation, double Similarity,
    ImmutableArray<string> NationalCitations);

/// <summary>Whether a text shows one element of a principle.</summary>
/// <param name="Element">The element.</param>
/// <param name="Citations">Citations of the provisions holding evidence for the principle where an element phrase stands, not negated, in document order; empty when missing.</param>
public sealed record ElementCoverage(PrincipleElement Element, ImmutableArray<string> Citations)
{
    /// <summary>True when some provision addressing the principle shows the element.</summary>
    public bool Present => !Citations.IsDefaultOrEmpty;
}

/// <summary>How one text covers one principle.</summary>
public sealed record PrincipleCoverage
{
    /// <summary>The principle.</summary>
    public required Principle Principle { get; init; }
    /// <summary>
    /// Status found in the text itself: Covered when a provision addresses the principle operationally, Partial when it is only
    /// mentioned (incidentally, declaratively or without operational wording), Absent otherwise.
    /// </summary>
    public required CoverageStatus Status { get; init; }
    /// <summary>Score in [0, 1].</summary>
    public double Score { get; init; }
    /// <summary>Where the text addresses it.</summary>
    public ImmutableArray<CoverageEvidence> Evidence { get; init; } = ImmutableArray<CoverageEvidence>.Empty;
    /// <summary>Status derived through the alignment with a tagged model, when a comparison was given.</summary>
    public CoverageStatus? DerivedStatus { get; init; }
    /// <summary>True when the text-based and the derived status disagree.</summary>
    public bool MethodsDisagree => DerivedStatus is { } d && d != Status;
    /// <summary>The tagged model provisions behind <see cref="DerivedStatus"/>, in model order.</summary>
    public ImmutableArray<DerivedCoverageEvidence> DerivedEvidence { get; init; } = ImmutableArray<DerivedCoverageEvidence>.Empty;
    /// <summary>
    /// The principle's elements that have phrases in the text's language, in catalogue order, each present (with the provisions
    /// addressing the principle where it stands) or missing: why a principle is only partial ("review present, no right to contest").
    /// </summary>
    public ImmutableArray<ElementCoverage> Elements { get; init; } = ImmutableArray<ElementCoverage>.Empty;
    /// <summary>The elements the text does not show.</summary>
    public IEnumerable<ElementCoverage> MissingElements => Elements.Where(e => !e.Present);
    /// <summary>Sentences where the principle's phrases appear only negated ("n'est pas soumis au contrôle"): a warning sign, not coverage.</summary>
    public ImmutableArray<CoverageEvidence> Negations { get; init; } = ImmutableArray<CoverageEvidence>.Empty;
}

/// <summary>Coverage of a catalogue's principles by one text.</summary>
public sealed record CoverageReport
{
    /// <summary>The text analysed.</summary>
    public required LegalDocument Document { get; init; }
    /// <summary>The catalogue.</summary>
    public required PrincipleCatalog Catalog { get; init; }
    /// <summary>One entry per principle, in catalogue order.</summary>
    public required ImmutableArray<PrincipleCoverage> Principles { get; init; }
    /// <summary>What the analyzer noticed.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = ImmutableArray<Diagnostic>.Empty;

    /// <summary>
    /// The principles each normative provision addresses (own evidence or the subject matter stated by its article's heading),
    /// in document order; provisions addressing none, and the preamble, recitals and definitions, are left out.
    /// </summary>
    public ImmutableArray<ProvisionPrinciples> Provisions { get; init; } = ImmutableArray<ProvisionPrinciples>.Empty;

    /// <summary>The entry of a principle, or null when the catalogue has no such id.</summary>
    public PrincipleCoverage? For(string principleId) =>
        Principles.FirstOrDefault(p => string.Equals(p.Principle.Id, principleId, StringComparison.Ordinal));

    /// <summary>Principles whose text-based and derived statuses disagree (empty without a comparison).</summary>
    public IEnumerable<PrincipleCoverage> Disagreements => Principles.Where(p => p.MethodsDisagree);

    /// <summary>eIds of the normative provisions that address a principle, in document order.</summary>
    public IReadOnlyList<string> ProvisionsAddressing(string principleId) =>
        Provisions.Where(p => p.PrincipleIds.Contains(principleId)).Select(p => p.EId).ToList();
}

/// <summary>The principles one provision addresses.</summary>
/// <param name="EId">eId of the provision.</param>
/// <param name="Citation">Its citation.</param>
/// <param name="PrincipleIds">Principle ids, in catalogue order.</param>
public sealed record ProvisionPrinciples(string EId, string Citation, ImmutableArray<string> PrincipleIds);

/// <summary>Options of the coverage analysis. Immutable; vary with <c>with</c>.</summary>
public sealed record CoverageOptions
{
    /// <summary>The defaults.</summary>
    public static CoverageOptions Default { get; } = new();

    /// <summary>
    /// Smallest score a sentence needs to count as evidence (default 0.5). A sentence's score combines the weights of the distinct
    /// phrases it matches: 1 − Π(1 − w). One strong phrase (weight ≥ 0.5) suffices; weak ones need company.
    /// </summary>
    public double EvidenceThreshold { get; init; } = 0.5;

    /// <summary>Factor applied to evidence that only mentions the principle, in the principle score (default 0.5).</summary>
    public double MentionFactor { get; init; } = 0.5;

    /// <summary>Most content words allowed between two words of a phrase (default 2): "human and effective oversight" (function words do not count).</summary>
    public int MaxGap { get; init; } = 1;

    /// <summary>How many words before a phrase a negator may stand (default 6): "shall not be subject to human oversight".</summary>
    public int NegationWindow { get; init; } = 6;

    /// <summary>Whether provision headings count as evidence (default true).</summary>
    public bool IncludeHeadings { get; init; } = true;

    /// <summary>
    /// Whether the provisions of an article address the principles its heading names ("Article 12 — Human oversight"), as
    /// legislative drafting states an article's subject in its heading (default true).
    /// </summary>
    public bool InheritHeadingTopics { get; init; } = true;

    /// <summary>
    /// Smallest score at which evidence for a principle other than the subject named by the article's heading still makes the
    /// provision address it, provided the sentence is operational (default 0.95: two phrases, or one of full weight).
    /// </summary>
    public double IncidentalThreshold { get; init; } = 0.95;

    /// <summary>
    /// Whether an article without a topical heading takes the topics of its chapter or section heading (default false:
    /// chapter headings are often too broad, "Oversight and remedies").
    /// </summary>
    public bool InheritDivisionTopics { get; init; }

    /// <summary>
    /// Whether an article without a heading takes its subject from its opening sentence (default true): laws drafted without
    /// article headings (Chinese, many constitutions) state the subject in the first paragraph, and the later paragraphs
    /// ("协调机关应当：", "评估应当在部署前提交监督机构") go on with it. The subject is the principle the opening sentence weighs most,
    /// when its score reaches <see cref="OpeningTopicThreshold"/>; an opening matching a catalogue's <c>nonNormativeOpenings</c>
    /// ("为了……，制定本法", "本法下列用语的含义") makes the article declaratory instead.
    /// </summary>
    public bool InferTopicsFromOpening { get; init; } = true;

    /// <summary>Smallest score of the opening sentence of an article without a heading for its strongest principle to become the article's subject (default 0.5, the evidence threshold).</summary>
    public double OpeningTopicThreshold { get; init; } = 0.5;

    /// <summary>
    /// In the later paragraphs of an article whose subject was inferred from its opening, the smallest operational score at which
    /// another principle still counts as addressed rather than incidental (default 0.7: an inferred subject is weaker than a
    /// heading, whose bar is <see cref="IncidentalThreshold"/>). The opening sentence's own paragraph keeps the heading's bar.
    /// </summary>
    public double InferredIncidentalThreshold { get; init; } = 0.7;

    /// <summary>
    /// Smallest similarity at which a model provision the national text modified still carries its principle (default 0.5);
    /// below it the derived status is Partial.
    /// </summary>
    public double ModifiedKeepsPrincipleThreshold { get; init; } = 0.5;
}

/// <summary>Checks a text against a principle catalogue.</summary>
public interface ICoverageAnalyzer
{
    /// <summary>
    /// Analyses <paramref name="document"/>. When <paramref name="viaModel"/> (a comparison of the document against a model
    /// whose provisions carry principle tags) is given, the report also holds the status derived through the alignment.
    /// </summary>
    CoverageReport Analyze(LegalDocument document, PrincipleCatalog catalog, Comparison? viaModel = null,
        CoverageOptions? options = null, CancellationToken cancellationToken = default);
}
