using ModelLaw.Documents;

namespace ModelLaw.Workflows.Evaluation;

/// <summary>
/// How links by shared final-provision role are judged: as pairs where the table pairs the two articles (or pairs the
/// model article elsewhere: then they are wrong), and not at all where the table omits the model article — correlation
/// tables leave final clauses (entry into force, repeal, addressees) out by convention, which says nothing about them.
/// </summary>
internal sealed class RoleJudging
{
    private RoleJudging(List<(Provision, Provision)> counted, HashSet<CitationKey> notJudged)
    {
        Counted = counted;
        NotJudged = notJudged;
    }

    /// <summary>Role pairs judged as ordinary pairs.</summary>
    public List<(Provision, Provision)> Counted { get; }

    /// <summary>Model article keys left out of every measure.</summary>
    public HashSet<CitationKey> NotJudged { get; }

    public static RoleJudging Split(IEnumerable<(Provision Model, Provision National)> rolePairs, Dictionary<Provision, CitationKey> mk,
        Dictionary<Provision, CitationKey> nk, HashSet<(CitationKey, CitationKey)> goldArticles, List<CitationKey> omitted)
    {
        var counted = new List<(Provision, Provision)>();
        var notJudged = new HashSet<CitationKey>();
        foreach (var (m, n) in rolePairs)
        {
            if (mk.GetValueOrDefault(m) is not { } a || nk.GetValueOrDefault(n) is not { } b) continue;
            var article = a.ToArticle();
            if (!goldArticles.Contains((article, b.ToArticle())) && omitted.Any(o => o.ToArticle() == article)) notJudged.Add(article);
            else counted.Add((m, n));
        }
        return new RoleJudging(counted, notJudged);
    }

    /// <summary>True for a key inside an article that is not judged.</summary>
    public bool IsExcluded(CitationKey key) => NotJudged.Contains(key.ToArticle());

    /// <summary>Removes the articles not judged from the gold pairs and omissions.</summary>
    public void Exclude(HashSet<(CitationKey, CitationKey)> articles, HashSet<(CitationKey, CitationKey)> paragraphs, List<CitationKey> omitted)
    {
        if (NotJudged.Count == 0) return;
        articles.RemoveWhere(p => IsExcluded(p.Item1));
        paragraphs.RemoveWhere(p => IsExcluded(p.Item1));
        omitted.RemoveAll(IsExcluded);
    }
}
