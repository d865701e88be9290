using ModelLaw.Comparing;
using ModelLaw.Comparing.Alignment;
using ModelLaw.Comparing.Alignment.Assignment;
using ModelLaw.Comparing.Alignment.Candidates;
using ModelLaw.Comparing.Alignment.Candidates.Sources;
using ModelLaw.Comparing.Alignment.Facts;
using ModelLaw.Comparing.Alignment.Hierarchy;
using ModelLaw.Comparing.Alignment.Input;
using ModelLaw.Comparing.Alignment.Signals;
using ModelLaw.Documents;

namespace ModelLaw.Workflows.Evaluation;

/// <summary>One training case analysed once, with its table cut to each level, for <see cref="ScoreModelFitter"/>.</summary>
internal sealed class Prepared
{
    private readonly ComparisonInput _input;
    private readonly ComparisonFacts _facts;
    private readonly CitationKey?[] _mk, _nk;
    private readonly HashSet<(CitationKey, CitationKey)> _articles, _paragraphs, _exact;
    private readonly HashSet<CitationKey> _articleDomain, _paragraphDomain, _exactDomain, _omittedArticles;

    private Prepared(FitCase c, CancellationToken ct)
    {
        _input = ComparisonInput.Build(c.Model.Root, c.National.Root, c.Model.Language, 1, 1, ct);
        _facts = ComparisonFacts.Build(_input, ReferencePatterns.For(CompareOptions.Default.ExplicitReferencePatterns), ct);
        _mk = KeysOf(c.Model, _input.Model.Source);
        _nk = KeysOf(c.National, _input.National.Source);
        var omitted = c.Gold.Omitted.Concat(c.Gold.MovedElsewhere).SelectMany(CitationKey.Parse).ToList();
        _articles = Pairs(c.Gold.ArticlePairs, k => k.ToArticle());
        _paragraphs = Pairs(c.Gold.Pairs, k => k.ToParagraph());
        _exact = Pairs(c.Gold.Pairs, k => k);
        _omittedArticles = omitted.Where(o => o.Paragraph is null && o.Point is null).ToHashSet();
        _articleDomain = _articles.Select(p => p.Item1).Concat(_omittedArticles).ToHashSet();
        _paragraphDomain = _paragraphs.Select(p => p.Item1).Concat(omitted.Select(o => o.ToParagraph())).ToHashSet();
        _exactDomain = _exact.Select(p => p.Item1).Concat(omitted).ToHashSet();
    }

    public static Prepared Of(FitCase c, CancellationToken ct) => new(c, ct);

    private static CitationKey?[] KeysOf(LegalDocument d, Provision[] rows)
    {
        var keys = new Dictionary<Provision, CitationKey>(ReferenceEqualityComparer.Instance);
        foreach (var (p, k) in AlignmentEvaluator.Keys(d)) keys[p] = k;
        return Array.ConvertAll(rows, p => keys.TryGetValue(p, out var k) ? k : null);
    }

    public LevelContext UnitContext() => HierarchicalAligner.UnitContext(_input, _facts);

    public LevelContext PartContext(AlignmentPipeline pipeline) =>
        HierarchicalAligner.PartContext(_input, _facts, Links(pipeline, UnitContext(), HierarchicalAligner.UnitSources(pipeline.Candidates)));

    /// <summary>The candidates inside every one-to-one part link that the pipeline makes (their children against each other).</summary>
    public IEnumerable<CandidateSet> InnerCandidates(AlignmentPipeline pipeline)
    {
        var parts = Links(pipeline, PartContext(pipeline), HierarchicalAligner.PartSources(pipeline.Candidates));
        foreach (var l in parts.Links)
        {
            if (l.ModelRows.Length != 1 || l.NationalRows.Length != 1) continue;
            var cm = _input.Model.Children(l.ModelRows[0]).ToArray();
            var cn = _input.National.Children(l.NationalRows[0]).ToArray();
            if (cm.Length == 0 || cn.Length == 0) continue;
            var rows = new LevelRows(AlignmentLevel.Inner, _input, cm, cn);
            yield return pipeline.Candidate(new LevelContext(_input, _facts, rows, parents: null), [new AllPairs()]);
        }
    }

    private RowLinks Links(AlignmentPipeline pipeline, LevelContext context, ICandidateSource[] sources) =>
        new(LevelRun.Run(pipeline, context, sources), _input.Model.Count, _input.National.Count);

    /// <summary>The label of one candidate pair, or null when the table does not judge it.</summary>
    public bool? Label(CandidateSet set, int i)
    {
        int m = set.ModelRow(i), n = set.NationalRow(i);
        if (_mk[m] is not { } a || _nk[n] is not { } b) return null;
        var (pairs, domain, cut) = set.Rows.Level switch
        {
            AlignmentLevel.Unit => (_articles, _articleDomain, (Func<CitationKey, CitationKey>)(k => k.ToArticle())),
            AlignmentLevel.Part => (_paragraphs, _paragraphDomain, k => k.ToParagraph()),
            _ => (_exact, _exactDomain, k => k),
        };
        if (!domain.Contains(cut(a))) return null;
        // final provisions the table leaves out by convention say nothing about a pair of them
        var role = Roles.Of(_facts.ModelRole, _input.Model.Unit, m);
        if (role != FinalRole.None && role == Roles.Of(_facts.NationalRole, _input.National.Unit, n) && _omittedArticles.Contains(a.ToArticle())) return null;
        return pairs.Contains((cut(a), cut(b)));
    }

    private static HashSet<(CitationKey, CitationKey)> Pairs(IEnumerable<GoldPair> rows, Func<CitationKey, CitationKey> cut)
    {
        var set = new HashSet<(CitationKey, CitationKey)>();
        foreach (var gp in rows)
            foreach (var m in CitationKey.Parse(gp.Model))
                foreach (var t in gp.National)
                    foreach (var n in CitationKey.Parse(t))
                        set.Add((cut(m), cut(n)));
        return set;
    }
}
