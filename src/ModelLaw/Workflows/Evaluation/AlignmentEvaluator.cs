using System.Collections.Immutable;
using ModelLaw.Documents;
using ModelLaw.Comparing;

namespace ModelLaw.Workflows.Evaluation;

/// <summary>Precision, recall and F1 of one measure.</summary>
/// <param name="Correct">Predicted items that are in the ground truth.</param>
/// <param name="Predicted">Predicted items that the ground truth can judge.</param>
/// <param name="Expected">Items of the ground truth.</param>
/// <param name="Found">Items of the ground truth that were predicted.</param>
public sealed record Score(int Correct, int Predicted, int Expected, int Found)
{
    /// <summary>Correct / predicted (1 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

    /// <summary>Found / expected (1 when nothing was expected).</summary>
    public double Recall => Expected == 0 ? 1 : (double)Found / Expected;

    /// <summary>
    /// False when the ground truth holds nothing to judge (say, a table whose citations could not be read): then the
    /// precision and recall of 1 mean nothing, and reports must say so instead of printing a perfect score.
    /// </summary>
    public bool IsJudged => Expected > 0;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <inheritdoc />
    public override string ToString() => IsJudged ? $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000}" : "not judged (empty ground truth)";
}

/// <summary>Scores of an alignment against a ground-truth mapping.</summary>
/// <param name="Article">Links rolled up to (model article, national article) pairs.</param>
/// <param name="Paragraph">Links compared on article + paragraph.</param>
/// <param name="Omission">Detection of the model provisions the national text left out.</param>
public sealed record EvaluationResult(Score Article, Score Paragraph, Score Omission)
{
    /// <summary>Model provisions linked by a shared final-provision role that the table leaves out, and so not judged.</summary>
    public int NotJudged { get; init; }

    /// <summary>The mistakes behind the scores, for reading: wrong and missed pairs, wrong and missed omissions.</summary>
    public EvaluationErrors Errors { get; init; } = EvaluationErrors.None;
}

/// <summary>What an alignment got wrong against its ground truth, as printable keys ("5(2)" is Article 5, paragraph 2).</summary>
/// <param name="WrongArticlePairs">Predicted (model article → national article) pairs the table does not have.</param>
/// <param name="MissedArticlePairs">Pairs of the table the alignment did not predict.</param>
/// <param name="WrongParagraphPairs">Predicted article+paragraph pairs the table does not have.</param>
/// <param name="MissedParagraphPairs">Article+paragraph pairs of the table the alignment did not predict.</param>
/// <param name="WrongOmissions">Model provisions found omitted that the table pairs with a national provision.</param>
/// <param name="MissedOmissions">Omissions of the table the alignment did not find.</param>
public sealed record EvaluationErrors(
    ImmutableArray<string> WrongArticlePairs,
    ImmutableArray<string> MissedArticlePairs,
    ImmutableArray<string> WrongParagraphPairs,
    ImmutableArray<string> MissedParagraphPairs,
    ImmutableArray<string> WrongOmissions,
    ImmutableArray<string> MissedOmissions)
{
    /// <summary>No errors.</summary>
    public static EvaluationErrors None { get; } = new([], [], [], [], [], []);
}

/// <summary>What an aligner predicted: linked provision pairs and omitted model provisions.</summary>
/// <param name="Pairs">Every (model, national) pair of every link, at every level, except the links by role alone.</param>
/// <param name="Omitted">Model provisions found omitted.</param>
public sealed record PredictedAlignment(ImmutableArray<(Provision Model, Provision National)> Pairs, ImmutableArray<Provision> Omitted)
{
    /// <summary>Pairs of final provisions linked by their shared role (<see cref="AlignmentRelation.SameRole"/>), not by content.</summary>
    public ImmutableArray<(Provision Model, Provision National)> RolePairs { get; init; } = ImmutableArray<(Provision, Provision)>.Empty;
}

/// <summary>
/// Scores an alignment against a concordance table (<see cref="GoldMapping"/>), the way <c>modellaw eval</c> reports it.
/// <list type="bullet">
/// <item><b>Article level</b>: every link at every level rolled up to (model article, national article); the truth is
/// <c>article_level_pairs</c>. Predicted pairs whose model article the table does not speak of (neither paired nor
/// omitted, e.g. moved to another instrument) are not judged.</item>
/// <item><b>Paragraph level</b>: links cut to article + paragraph on both sides; the truth is <c>pairs</c> cut the same
/// way ("Article 6(1) and (2)" counts for both paragraphs). Only predictions whose model key the table lists are judged,
/// and a link between two whole articles is not judged when the table pairs paragraphs inside them (it is their
/// container, not a paragraph link).</item>
/// <item><b>Omission</b>: topmost model provisions found omitted against <c>omitted_in_national</c> plus
/// <c>moved_to_other_instrument</c> (both absent from the national text), at article/paragraph/point granularity. A
/// predicted omission counts as right when it lies inside a listed one; it is judged only where the table speaks of it.</item>
/// </list>
/// </summary>
public static class AlignmentEvaluator
{
    /// <summary>The pairs and omissions of a comparison.</summary>
    public static PredictedAlignment FromComparison(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var pairs = ImmutableArray.CreateBuilder<(Provision, Provision)>();
        var roles = ImmutableArray.CreateBuilder<(Provision, Provision)>();
        var omitted = new List<Provision>();
        foreach (var l in comparison.AllLinks())
        {
            if (l.Relation == AlignmentRelation.Omitted) omitted.AddRange(l.Model);
            var into = l.Relation == AlignmentRelation.SameRole ? roles : pairs;
            foreach (var m in l.Model)
                foreach (var n in l.National)
                    into.Add((m, n));
        }
        return new PredictedAlignment(pairs.ToImmutable(), omitted.ToImmutableArray()) { RolePairs = roles.ToImmutable() };
    }

    /// <summary>The same-number baseline: every model provision linked to the national provision at the same article/paragraph/point number.</summary>
    public static PredictedAlignment SameNumberBaseline(LegalDocument model, LegalDocument national)
    {
        var nkeys = Keys(national);
        var byKey = new Dictionary<CitationKey, Provision>();
        foreach (var (p, k) in nkeys) byKey.TryAdd(k, p);
        var pairs = ImmutableArray.CreateBuilder<(Provision, Provision)>();
        var omitted = ImmutableArray.CreateBuilder<Provision>();
        foreach (var (p, k) in Keys(model))
        {
            if (byKey.TryGetValue(k, out var n)) pairs.Add((p, n));
            else omitted.Add(p);
        }
        return new PredictedAlignment(pairs.ToImmutable(), omitted.ToImmutable());
    }

    /// <summary>
    /// Scores <paramref name="predicted"/> against <paramref name="gold"/>. A link by shared final-provision role
    /// (<see cref="PredictedAlignment.RolePairs"/>) counts as a pair where the table pairs the two provisions, and is not
    /// judged where the table leaves its model provision out (tables do not list final clauses): such provisions leave
    /// every measure, and <see cref="EvaluationResult.NotJudged"/> says how many they were.
    /// </summary>
    public static EvaluationResult Evaluate(LegalDocument model, LegalDocument national, PredictedAlignment predicted, GoldMapping gold)
    {
        var mk = KeyMap(model);
        var nk = KeyMap(national);
        var omittedKeys = gold.Omitted.Concat(gold.MovedElsewhere).SelectMany(CitationKey.Parse).ToList();
        var goldArticles = GoldPairs(gold.ArticlePairs, k => k.ToArticle());
        var goldParas = GoldPairs(gold.Pairs, k => k.ToParagraph());
        var roles = RoleJudging.Split(predicted.RolePairs, mk, nk, goldArticles, omittedKeys);
        var pairs = predicted.Pairs.Concat(roles.Counted).ToList();
        roles.Exclude(goldArticles, goldParas, omittedKeys);

        var articleDomain = goldArticles.Select(g => g.Item1).ToHashSet();
        foreach (var o in omittedKeys) if (o.Paragraph is null && o.Point is null) articleDomain.Add(o.ToArticle());
        var predArticles = Predicted(pairs, mk, nk, k => k.ToArticle(), articleDomain, roles);
        var paraDomain = goldParas.Select(g => g.Item1).ToHashSet();
        foreach (var o in omittedKeys) paraDomain.Add(o.ToParagraph());
        var predParas = Predicted(pairs, mk, nk, k => k.ToParagraph(), paraDomain, roles);
        // a link between two whole articles whose paragraphs the table pairs is the container of those paragraph
        // links, not a paragraph link of its own: it is not judged at this level
        predParas.RemoveWhere(p => !goldParas.Contains(p) && p.Item1.Paragraph is null && p.Item2.Paragraph is null
            && goldParas.Any(g => g.Item1.IsWithin(p.Item1) && g.Item2.IsWithin(p.Item2) && (g.Item1 != p.Item1 || g.Item2 != p.Item2)));

        var (omission, wrongOmissions, missedOmissions) = Omissions(model, predicted, mk, gold, omittedKeys);
        var errors = new EvaluationErrors(
            Diff(predArticles, goldArticles, p => $"{p.Item1.Article} → {p.Item2.Article}"),
            Diff(goldArticles, predArticles, p => $"{p.Item1.Article} → {p.Item2.Article}"),
            Diff(predParas, goldParas, p => $"{p.Item1} → {p.Item2}"),
            Diff(goldParas, predParas, p => $"{p.Item1} → {p.Item2}"),
            wrongOmissions, missedOmissions);
        return new EvaluationResult(Compare(predArticles, goldArticles), Compare(predParas, goldParas), omission)
        {
            Errors = errors,
            NotJudged = roles.NotJudged.Count,
        };
    }

    private static HashSet<(CitationKey, CitationKey)> GoldPairs(ImmutableArray<GoldPair> rows, Func<CitationKey, CitationKey> cut)
    {
        var set = new HashSet<(CitationKey, CitationKey)>();
        foreach (var gp in rows)
            foreach (var m in CitationKey.Parse(gp.Model))
                foreach (var t in gp.National)
                    foreach (var n in CitationKey.Parse(t))
                        set.Add((cut(m), cut(n)));
        return set;
    }

    private static HashSet<(CitationKey, CitationKey)> Predicted(List<(Provision, Provision)> pairs, Dictionary<Provision, CitationKey> mk,
        Dictionary<Provision, CitationKey> nk, Func<CitationKey, CitationKey> cut, HashSet<CitationKey> domain, RoleJudging roles)
    {
        var set = new HashSet<(CitationKey, CitationKey)>();
        foreach (var (m, n) in pairs)
            if (mk.GetValueOrDefault(m) is { } a && nk.GetValueOrDefault(n) is { } b && domain.Contains(cut(a)) && !roles.IsExcluded(a))
                set.Add((cut(a), cut(b)));
        return set;
    }

    private static (Score Score, ImmutableArray<string> Wrong, ImmutableArray<string> Missed) Omissions(LegalDocument model, PredictedAlignment predicted,
        Dictionary<Provision, CitationKey> mk, GoldMapping gold, List<CitationKey> omittedKeys)
    {
        var omittedSet = predicted.Omitted.ToHashSet(ReferenceEqualityComparer.Instance);
        // an omitted chapter has no key of its own: it must not hide the omissions of the articles under it
        var topmost = predicted.Omitted.Where(p => !Ancestors(model, p).Any(a => omittedSet.Contains(a) && mk.ContainsKey(a))).ToList();
        var predOmitted = topmost.Select(p => mk.GetValueOrDefault(p)).OfType<CitationKey>().Distinct().ToList();
        var goldPairKeys = gold.Pairs.SelectMany(g => CitationKey.Parse(g.Model)).ToList();
        int correct = 0, judged = 0;
        var wrong = new List<string>();
        foreach (var k in predOmitted)
        {
            if (omittedKeys.Any(o => k.IsWithin(o))) { correct++; judged++; }
            else if (goldPairKeys.Any(g => k.IsWithin(g) || g.IsWithin(k))) { judged++; wrong.Add(k.ToString()); }
        }
        var distinctGold = omittedKeys.Distinct().ToList();
        var missed = distinctGold.Where(o => !predOmitted.Any(k => o.IsWithin(k))).ToList();
        return (new Score(correct, judged, distinctGold.Count, distinctGold.Count - missed.Count), [.. wrong], [.. missed.Select(o => o.ToString())]);
    }

    private static Dictionary<Provision, CitationKey> KeyMap(LegalDocument document)
    {
        var d = new Dictionary<Provision, CitationKey>(ReferenceEqualityComparer.Instance);
        foreach (var (p, k) in Keys(document)) d[p] = k;
        return d;
    }

    private static ImmutableArray<string> Diff<T>(HashSet<T> these, HashSet<T> notIn, Func<T, string> show) =>
        [.. these.Where(x => !notIn.Contains(x)).Select(show).Order(StringComparer.Ordinal)];

    private static Score Compare<T>(HashSet<T> predicted, HashSet<T> gold)
    {
        int correct = predicted.Count(gold.Contains);
        return new Score(correct, predicted.Count, gold.Count, correct);
    }

    /// <summary>Every provision of the document inside an article or annex, with its key.</summary>
    internal static List<(Provision P, CitationKey K)> Keys(LegalDocument document)
    {
        var result = new List<(Provision, CitationKey)>();
        var chain = new List<Provision>();
        Walk(document.Root);
        return result;

        void Walk(Provision p)
        {
            chain.Add(p);
            if (p.Kind != ProvisionKind.Document && CitationKey.Of(chain) is { } k) result.Add((p, k));
            foreach (var c in p.Children) Walk(c);
            chain.RemoveAt(chain.Count - 1);
        }
    }

    private static IEnumerable<Provision> Ancestors(LegalDocument document, Provision p)
    {
        var chain = new List<Provision>();
        return Find(document.Root) ? chain.Take(chain.Count - 1) : Enumerable.Empty<Provision>();

        bool Find(Provision x)
        {
            chain.Add(x);
            if (ReferenceEquals(x, p)) return true;
            foreach (var c in x.Children) if (Find(c)) return true;
            chain.RemoveAt(chain.Count - 1);
            return false;
        }
    }
}
