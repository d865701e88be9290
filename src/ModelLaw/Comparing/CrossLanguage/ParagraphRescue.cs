using ModelLaw.Documents;

namespace ModelLaw.Comparing.CrossLanguage;

/// <summary>
/// The document-wide look for paragraphs left without a partner inside their article's link (or whose article found
/// none): a model paragraph and a free national paragraph that are each other's best, above a floor, are linked as a
/// move. This is how the parts of a split article that went to other articles are found.
/// </summary>
internal sealed class ParagraphRescue
{
    private readonly ProvisionVectors _vectors;
    private readonly CrossLanguageSettings _s;

    public ParagraphRescue(ProvisionVectors vectors, CrossLanguageSettings settings)
    {
        _vectors = vectors;
        _s = settings;
    }

    public void Run(List<CrossLink> unitLinks, List<Provision> nationalUnits)
    {
        var used = new HashSet<Provision>(ReferenceEqualityComparer.Instance);
        foreach (var l in unitLinks) Mark(l, used);
        var free = FreeNational(nationalUnits, used);
        var wanted = new List<(CrossLink Owner, Provision P)>();
        foreach (var l in unitLinks)
            foreach (var c in l.Model.Count == 1 ? l.Model[0].Children : [])
                if (l.National.Count == 0 || l.Children.Any(x => x.Kind == CrossLinkKind.Omitted && ReferenceEquals(x.Model[0], c)))
                    wanted.Add((l, c));
        if (free.Count == 0 || wanted.Count == 0) return;

        var score = new double[wanted.Count, free.Count];
        for (int i = 0; i < wanted.Count; i++)
        {
            var a = _vectors.Sub(wanted[i].P);
            for (int j = 0; j < free.Count; j++) score[i, j] = a.Dot(_vectors.Sub(free[j].P));
        }
        var (rowBest, colBest) = OrderAligner.Best(score);
        for (int i = 0; i < wanted.Count; i++)
        {
            int j = rowBest[i];
            if (j < 0 || colBest[j] != i || score[i, j] < _s.RescueFloor) continue;
            Attach(wanted[i].Owner, wanted[i].P, free[j].P, free[j].Unit, score[i, j]);
        }
    }

    private static void Attach(CrossLink owner, Provision model, Provision national, Provision nationalUnit, double score)
    {
        var link = CrossLink.Pair(CrossLinkKind.Moved, score, model, national);
        int k = owner.Children.FindIndex(x => x.Kind == CrossLinkKind.Omitted && ReferenceEquals(x.Model[0], model));
        if (k >= 0)
        {
            link.SortKey = owner.Children[k].SortKey;
            owner.Children[k] = link;
            return;
        }
        // the article had no partner: it is dispersed over the articles its paragraphs went to
        if (owner.Children.Count == 0)
            for (int i = 0; i < owner.Model[0].Children.Length; i++)
                owner.Children.Add(new CrossLink(CrossLinkKind.Omitted, 0) { SortKey = i }.WithModel(owner.Model[0].Children[i]));
        int at = owner.Children.FindIndex(x => ReferenceEquals(x.Model.FirstOrDefault(), model));
        link.SortKey = at;
        owner.Children[at] = link;
        owner.Kind = CrossLinkKind.Dispersed;
        if (!owner.National.Contains(nationalUnit)) owner.National.Add(nationalUnit);
        owner.Score = Math.Max(owner.Score, score);
    }

    private static void Mark(CrossLink l, HashSet<Provision> used)
    {
        foreach (var n in l.National) used.Add(n);
        foreach (var c in l.Children) Mark(c, used);
    }

    // paragraphs of national units that no link holds (a unit linked as a whole holds none of its children by itself)
    private static List<(Provision P, Provision Unit)> FreeNational(List<Provision> units, HashSet<Provision> used)
    {
        var free = new List<(Provision, Provision)>();
        foreach (var u in units)
        {
            if (!u.HasChildren)
            {
                if (!used.Contains(u)) free.Add((u, u));
                continue;
            }
            foreach (var c in u.Children)
                if (!c.DescendantsAndSelf().Any(used.Contains)) free.Add((c, u));
        }
        return free;
    }
}
