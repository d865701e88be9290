using System.Collections.Immutable;
using ModelLaw.Documents;

namespace ModelLaw.Comparing.CrossLanguage;

/// <summary>
/// Turns the cross-language work links into the public link tree: relations, evidence, summary and concordance.
/// There is no word diff across languages: <see cref="AlignmentLink.Diff"/> stays null, and the share of model text
/// kept counts the words of model provisions that found a counterpart.
/// </summary>
internal static class CrossLanguageLinkBuilder
{
    public static (ImmutableArray<AlignmentLink> Links, ComparisonSummary Summary, ImmutableArray<ConcordanceRow> Concordance) Build(
        List<CrossLink> top, int nationalUnits, string detail, LegalDocument national)
    {
        var ordered = top.OrderBy(l => l.SortKey).ToList();
        var links = ordered.Select(l => Convert(l, detail)).ToImmutableArray();
        var units = ordered.Zip(links).Where(p => p.First.Model.Count > 0 && IsUnit(p.First.Model[0]) || p.First.Model.Count == 0 && IsUnit(p.First.National[0])).ToList();
        return (links, Summary(units, nationalUnits), Concordance(units, national));
    }

    private static bool IsUnit(Provision p) => p.Kind.IsUnit() || p.Kind == ProvisionKind.Annex;

    private static AlignmentLink Convert(CrossLink l, string detail)
    {
        var relation = RelationOf(l);
        return new AlignmentLink
        {
            Level = (l.Model.Count > 0 ? l.Model[0] : l.National[0]).Kind,
            Relation = relation,
            Similarity = relation is AlignmentRelation.Omitted or AlignmentRelation.Added ? 0 : Math.Round(Math.Clamp(l.Score, 0, 1), 4),
            Model = [.. l.Model],
            National = [.. l.National],
            Evidence = Evidence(l, relation, detail),
            Children = [.. l.Children.OrderBy(c => c.SortKey).Select(c => Convert(c, detail))],
        };
    }

    private static AlignmentRelation RelationOf(CrossLink l)
    {
        if (l.Model.Count == 0) return AlignmentRelation.Added;
        if (l.National.Count == 0) return AlignmentRelation.Omitted;
        if (l.Model.Count > 1) return AlignmentRelation.Merged;
        if (l.National.Count > 1) return AlignmentRelation.Split;
        return l.Kind is CrossLinkKind.Moved or CrossLinkKind.Dispersed ? AlignmentRelation.Moved : AlignmentRelation.Modified;
    }

    private static ImmutableArray<AlignmentEvidence> Evidence(CrossLink l, AlignmentRelation relation, string detail)
    {
        if (relation is AlignmentRelation.Omitted or AlignmentRelation.Added) return [];
        var e = ImmutableArray.CreateBuilder<AlignmentEvidence>();
        e.Add(new AlignmentEvidence(EvidenceKind.TextSimilarity, Math.Round(Math.Clamp(l.Score, 0, 1), 4), detail));
        if (l.Model.Count == 1 && l.National.Count >= 1 && l.Model[0].Number is { } a && l.National[0].Number is { } b && a.Value == b.Value)
            e.Add(new AlignmentEvidence(EvidenceKind.Number, 1));
        if (l.Kind == CrossLinkKind.Structure) e.Add(new AlignmentEvidence(EvidenceKind.Structure, 1, "linked through the parent provisions"));
        if (l.Kind == CrossLinkKind.Dispersed) e.Add(new AlignmentEvidence(EvidenceKind.Structure, 1, "its parts were found in the national provisions listed"));
        return e.ToImmutable();
    }

    private static ComparisonSummary Summary(List<(CrossLink Work, AlignmentLink Link)> units, int nationalUnits)
    {
        int Count(AlignmentRelation r) => units.Count(u => u.Work.Model.Count > 0 && u.Link.Relation == r);
        double kept = 0, words = 0;
        foreach (var (w, _) in units.Where(u => u.Work.Model.Count > 0)) Kept(w, ref kept, ref words);
        int model = units.Count(u => u.Work.Model.Count > 0);
        return new ComparisonSummary
        {
            ModelUnits = model,
            NationalUnits = nationalUnits,
            Verbatim = 0,
            Modified = Count(AlignmentRelation.Modified),
            Moved = Count(AlignmentRelation.Moved),
            Split = Count(AlignmentRelation.Split),
            Merged = Count(AlignmentRelation.Merged),
            Omitted = Count(AlignmentRelation.Omitted),
            Added = units.Count(u => u.Work.Model.Count == 0),
            ModelTextKept = words <= 0 ? (model == 0 ? 1 : 0) : Math.Round(Math.Clamp(kept / words, 0, 1), 4),
        };
    }

    // the words of a linked provision count as kept, except those of its children found omitted
    private static void Kept(CrossLink l, ref double kept, ref double words)
    {
        if (l.Model.Count == 0) return;
        double total = l.Model.Sum(m => WordCount(m.FullText()));
        if (l.National.Count == 0) { words += total; return; }
        double lost = 0;
        foreach (var c in l.Children) Lost(c, ref lost);
        words += total;
        kept += Math.Max(0, total - lost);
    }

    private static void Lost(CrossLink l, ref double lost)
    {
        if (l.Model.Count == 0) return;
        if (l.National.Count == 0) { lost += l.Model.Sum(m => WordCount(m.FullText())); return; }
        foreach (var c in l.Children) Lost(c, ref lost);
    }

    private static int WordCount(string text)
    {
        int count = 0; bool inWord = false;
        foreach (var c in text)
        {
            bool w = char.IsLetterOrDigit(c);
            if (w && !inWord) count++;
            inWord = w;
        }
        return count;
    }

    private static ImmutableArray<ConcordanceRow> Concordance(List<(CrossLink Work, AlignmentLink Link)> units, LegalDocument national)
    {
        // a row lists its national provisions in the national text's order, as the same-language concordance does
        var position = new Dictionary<Provision, int>(ReferenceEqualityComparer.Instance);
        foreach (var p in national.Root.DescendantsAndSelf()) position.TryAdd(p, position.Count);
        var rows = ImmutableArray.CreateBuilder<ConcordanceRow>();
        foreach (var (w, link) in units)
        {
            if (w.Model.Count == 0)
            {
                rows.Add(new ConcordanceRow([], [w.National[0]], AlignmentRelation.Added, 0));
                continue;
            }
            var found = new List<Provision>(w.National);
            // paragraphs linked outside the unit's own partners (moved to another article)
            foreach (var c in w.Children)
                foreach (var n in c.National)
                    if (!w.National.Any(u => CrossLanguageAligner.IsWithin(n, u)) && !found.Any(x => x.Citation == n.Citation)) found.Add(n);
            rows.Add(new ConcordanceRow([.. w.Model], [.. found.OrderBy(p => position.GetValueOrDefault(p, int.MaxValue))], link.Relation, link.Similarity));
        }
        return rows.ToImmutable();
    }
}
