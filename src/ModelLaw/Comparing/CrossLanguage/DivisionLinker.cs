using ModelLaw.Documents;

namespace ModelLaw.Comparing.CrossLanguage;

/// <summary>
/// Links the divisions (parts, titles, chapters, sections) of the two texts by where their units went: a model
/// division and the national division of the same kind that holds most of its linked units' partners, when that is at
/// least half of its units. Other divisions are omitted or added.
/// </summary>
internal static class DivisionLinker
{
    private const double MinShare = 0.5;

    public static List<CrossLink> Link(Provision modelRoot, Provision nationalRoot, List<CrossLink> unitLinks)
    {
        var modelDivisions = Divisions(modelRoot);
        var nationalDivisions = Divisions(nationalRoot);
        var modelIndex = CrossLanguageAligner.Units(modelRoot);
        var nationalIndex = CrossLanguageAligner.Units(nationalRoot);
        var used = new HashSet<Provision>(ReferenceEqualityComparer.Instance);
        var result = new List<CrossLink>();
        foreach (var (d, depth) in modelDivisions)
        {
            var units = CrossLanguageAligner.Units(d);
            if (units.Count == 0) continue;
            var votes = new Dictionary<Provision, int>(ReferenceEqualityComparer.Instance);
            foreach (var l in unitLinks.Where(l => l.Model.Count > 0 && units.Contains(l.Model[0])))
                foreach (var n in l.National)
                    foreach (var e in nationalDivisions.Select(x => x.D).Where(e => e.Kind == d.Kind && !used.Contains(e) && CrossLanguageAligner.IsWithin(n, e)))
                        votes[e] = votes.GetValueOrDefault(e) + 1;
            double key = modelIndex.IndexOf(units[0]) - 0.5 + depth * 0.01;
            var best = votes.OrderByDescending(v => v.Value).ThenBy(v => nationalDivisions.FindIndex(x => ReferenceEquals(x.D, v.Key))).FirstOrDefault();
            if (best.Key is not null && best.Value >= MinShare * units.Count)
            {
                used.Add(best.Key);
                result.Add(new CrossLink(CrossLinkKind.Structure, (double)best.Value / units.Count) { SortKey = key }.WithModel(d).With(best.Key));
            }
            else result.Add(new CrossLink(CrossLinkKind.Omitted, 0) { SortKey = key }.WithModel(d));
        }
        foreach (var (e, depth) in nationalDivisions.Where(x => !used.Contains(x.D)))
        {
            var units = CrossLanguageAligner.Units(e);
            double key = units.Count == 0 ? 1e9 : AddedKey(unitLinks, nationalIndex, nationalIndex.IndexOf(units[0])) + depth * 0.01;
            result.Add(new CrossLink(CrossLinkKind.Added, 0) { SortKey = key }.With(e));
        }
        return result;
    }

    private static double AddedKey(List<CrossLink> unitLinks, List<Provision> nationalUnits, int first)
    {
        var l = unitLinks.FirstOrDefault(x => x.National.Contains(nationalUnits[first]));
        return l is null ? -0.5 : l.SortKey - 0.5;
    }

    private static List<(Provision D, int Depth)> Divisions(Provision root)
    {
        var list = new List<(Provision, int)>();
        Walk(root, 0);
        return list;

        void Walk(Provision p, int depth)
        {
            foreach (var c in p.Children)
            {
                if (c.Kind.IsUnit() || c.Kind is ProvisionKind.Annex or ProvisionKind.Preamble) continue;
                if (c.Kind.IsDivision()) list.Add((c, depth));
                Walk(c, depth + 1);
            }
        }
    }
}
