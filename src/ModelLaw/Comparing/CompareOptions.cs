using System.Collections.Immutable;

namespace ModelLaw.Comparing;

/// <summary>
/// Options of the comparison: thresholds and weights of the alignment and of the word diff. Immutable; use <c>with</c>
/// to vary. The defaults were tuned once on the visible real texts (EU correlation tables, English and French) and are
/// the same for every case; nothing in the comparer depends on which texts are compared.
/// </summary>
public sealed record CompareOptions
{
    /// <summary>The defaults.</summary>
    public static CompareOptions Default { get; } = new();

    // ---- similarity features ----

    /// <summary>Weight of single words in the TF-IDF vectors (default 1).</summary>
    public double UnigramWeight { get; init; } = 1.0;

    /// <summary>Weight of word pairs (2-word shingles) in the TF-IDF vectors (default 1); 0 turns shingles off.</summary>
    public double BigramWeight { get; init; } = 1.0;

    /// <summary>Share of the score given by the similarity of the headings when both provisions have one (default 0.2).</summary>
    public double HeadingWeight { get; init; } = 0.2;

    /// <summary>Bonus added to the score when both provisions carry the same number (default 0.06).</summary>
    public double SameNumberBonus { get; init; } = 0.06;

    /// <summary>
    /// Bonus added when the parents of the two provisions are linked to each other (default 0.15): a paragraph stays in
    /// the article its article became unless another article holds it clearly better.
    /// </summary>
    public double ParentLinkBonus { get; init; } = 0.15;

    /// <summary>
    /// Bonus added when the national provision explicitly refers to the model provision ("Article 7 of the Model Law");
    /// default 0.5, enough to link a provision that is rewritten beyond textual recognition.
    /// </summary>
    public double ExplicitReferenceBonus { get; init; } = 0.5;

    /// <summary>
    /// Patterns of explicit references to the model in a national text. Each must have a group named <c>num</c> that
    /// captures the model article number. Matched case-insensitively with a timeout.
    /// </summary>
    public ImmutableArray<string> ExplicitReferencePatterns { get; init; } =
    [
        @"\barticles?\s+(?<num>\d+[a-z]?)\s+of\s+the\s+model\s+law\b",
        @"\bl['’]\s?article\s+(?<num>\d+(?:er)?(?:\s?(?:bis|ter))?)\s+de\s+la\s+loi[\s\-‑]type\b",
        @"\bстать(?:я|и|е|ю|ей)\s+(?<num>\d+)\s+типового\s+закона\b",
    ];

    // ---- candidate index ----

    /// <summary>
    /// How many of a provision's heaviest terms are looked up in the inverted index to find candidates (default 40).
    /// Keeps the candidate search near-linear: no all-pairs comparison.
    /// </summary>
    public int CandidateProbeTerms { get; init; } = 40;

    /// <summary>How many candidates per provision are scored exactly (default 12).</summary>
    public int MaxCandidates { get; init; } = 12;

    /// <summary>Lists whose product of sizes is at most this are scored pair by pair without the index (default 400).</summary>
    public int ExhaustiveCandidateLimit { get; init; } = 400;

    /// <summary>
    /// Provisions of the same kind and number are candidates of each other only when at most this many share the
    /// number in the list being aligned (articles: usually one); a number shared by many, such as paragraph "1" of
    /// every article, says nothing about the partner and would make long texts quadratic.
    /// </summary>
    public int MaxSameNumberCandidates { get; init; } = 16;

    // ---- assignment thresholds ----

    /// <summary>Lowest text cosine for any link not backed by an explicit reference (default 0.15): headings and numbers alone never link.</summary>
    public double MinTextSimilarity { get; init; } = 0.15;

    /// <summary>Heading cosine at or above which two articles' headings match (default 0.6).</summary>
    public double MatchingHeadingSimilarity { get; init; } = 0.6;

    /// <summary>
    /// Lowest text cosine for a link between articles whose headings match (default 0.08, instead of
    /// <see cref="MinTextSimilarity"/>): a heading kept over a rewritten article is evidence, but never alone.
    /// </summary>
    public double MinTextSimilarityWithMatchingHeading { get; init; } = 0.08;

    /// <summary>Lowest score for a link in document order (on the monotone chain); default 0.25.</summary>
    public double MinLinkScore { get; init; } = 0.25;

    /// <summary>
    /// A candidate pair takes part in the in-order assignment only when its score is at least this share of the best
    /// score of both of its provisions (default 0.6): a weak in-order pair must not hide a strong move.
    /// </summary>
    public double CompetitiveRatio { get; init; } = 0.6;

    /// <summary>Lowest score for a link out of document order (a move); default 0.40.</summary>
    public double MinMoveScore { get; init; } = 0.40;

    /// <summary>
    /// Lowest score for a link found by the document-wide search for provisions left unmatched inside their parents
    /// (cross-article and cross-level matches); default 0.6.
    /// </summary>
    public double MinRescueScore { get; init; } = 0.6;

    /// <summary>
    /// Lowest share of a provision's words found inside a linked provision on the other side for it to join that link
    /// as part of a split (1 → n) or a merge (n → 1); default 0.9.
    /// </summary>
    public double ContainmentThreshold { get; init; } = 0.9;

    /// <summary>
    /// A provision does not join a split or merge when its cosine with a provision already in the link reaches this
    /// (default 0.5): a second copy of the same text (a provision repeated for another subject) is a duplicate, not a part.
    /// </summary>
    public double SplitMaxPartnerSimilarity { get; init; } = 0.5;

    /// <summary>Smallest number of distinct terms a provision needs to take part in the document-wide search (default 8).</summary>
    public int MinRescueWords { get; init; } = 8;

    /// <summary>Lowest cosine between a provision and a container it joins by containment in the document-wide search (default 0.2).</summary>
    public double MinContainmentCosine { get; init; } = 0.2;

    /// <summary>Share of a model division's articles that must land in one national division to link the two (default 0.5).</summary>
    public double DivisionMinShare { get; init; } = 0.5;

    /// <summary>Smallest number of distinct words a provision needs to join a split or merge by containment (default 6).</summary>
    public int MinContainmentWords { get; init; } = 6;

    /// <summary>Similarity at or above which two texts that differ only in spacing, case and punctuation count as the same words (default 0.999).</summary>
    public double SameWordsSimilarity { get; init; } = 0.999;

    /// <summary>
    /// Cosine at or above which two provisions of the same document count as the same text said twice (default 0.8).
    /// Such repeated text (a standard empowerment, a boilerplate duty) links only inside linked parents, never through
    /// the document-wide search: it cannot tell where a provision went.
    /// </summary>
    public double RepeatedTextSimilarity { get; init; } = 0.8;

    /// <summary>
    /// Whether repeated text links only between provisions whose parents are linked (default true); when false it is
    /// kept out of the document-wide search only.
    /// </summary>
    public bool RepeatedTextLinksOnlyInsideLinkedParents { get; init; } = true;

    /// <summary>How many of a provision's heaviest terms are looked up to find its repetitions (default 3).</summary>
    public int RepeatedTextProbeTerms { get; init; } = 3;

    /// <summary>
    /// Lowest score for the second look at national articles left wholly unlinked (default 0.2): each may take its best
    /// free model article or paragraph, or join a weak link as part of a split.
    /// </summary>
    public double UnlinkedArticleMinScore { get; init; } = 0.2;

    /// <summary>
    /// A link whose text similarity is below this (default 0.5) is weak: its model provision was rewritten, and an
    /// unlinked national article that resembles it may be one of the parts it was split into.
    /// </summary>
    public double WeakLinkSimilarity { get; init; } = 0.3;

    /// <summary>How deep below the article level the document-wide search descends into unmatched provisions (default 1).</summary>
    public int RescueDepth { get; init; } = 1;

    // ---- languages ----

    /// <summary>
    /// Whether texts in different languages are compared across languages (default true): by folded character n-grams,
    /// numbers and document order, without word diffs, with diagnostic ML0303. When false such texts are refused with an
    /// <see cref="UnsupportedOperationException"/>.
    /// </summary>
    public bool CrossLanguage { get; init; } = true;

    /// <summary>
    /// The model's own versions in other languages (default none), e.g. a UN model law in its six languages. When the
    /// national text is in another language than the model and one of these is in the national text's language and has
    /// the model's article numbers, each model provision is read through its counterpart there: the cross-language
    /// comparison then matches words of one language, and its links still point at the model's provisions.
    /// </summary>
    public ImmutableArray<Documents.LegalDocument> ModelVersions { get; init; } = [];

    // ---- word diff ----

    /// <summary>What counts as a change in the word diffs (case, punctuation, label style, placeholder brackets), as in Word's compare settings.</summary>
    public Diffing.DiffOptions Diff { get; init; } = Diffing.DiffOptions.Default;

    /// <summary>Whether to compute word diffs of linked provisions (default true).</summary>
    public bool ComputeDiffs { get; init; } = true;

    /// <summary>
    /// Work budget of one word diff: the largest (words of both texts) × (words of both texts outside the stretches common
    /// to both ends) that is diffed word by word (default 100,000,000: two unrelated texts of 5,000 words). A larger pair
    /// falls back to a sentence diff, then to one replacement, and the comparison reports diagnostic ML0302. Counting work
    /// instead of wall-clock time keeps the output deterministic.
    /// </summary>
    public long MaxWordDiffCells { get; init; } = Diffing.WordDiffer.DefaultMaxWordDiffCells;
}
