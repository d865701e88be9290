using System.Collections.Immutable;
using ModelLaw.Comparing.Alignment.Assignment;
using ModelLaw.Comparing.Alignment.Candidates;
using ModelLaw.Comparing.Alignment.Hierarchy;
using ModelLaw.Documents;

namespace ModelLaw.Comparing.Alignment.Classification;

/// <summary>
/// Every model provision in exactly one link: a free provision whose parts were linked becomes a link to where they
/// went (dispersed); one with nothing linked below it is omitted. Every national provision not linked, not covered and
/// with nothing linked below it is added.
/// </summary>
internal static class LinkClosing
{
    public static RowLinks Close(AlignmentResult a)
    {
        var m = a.Input.Model;
        var n = a.Input.National;
        var links = a.Links.Links.ToList();
        var ofModel = new int[m.Count];
        Array.Fill(ofModel, -1);
        for (int i = 0; i < links.Count; i++) foreach (var r in links[i].ModelRows) ofModel[r] = i;
        // bottom-up, so that a free parent sees what became of its children
        for (int r = m.Count - 1; r >= 1; r--)
        {
            if (ofModel[r] >= 0) continue;
            var targets = new List<int>();
            if (m.Unit[r] >= 0 || !m.Kind[r].IsDivision()) foreach (var c in m.Children(r)) Targets(c, links, ofModel, m, targets);
            var topmost = targets.Distinct().Where(t => !targets.Any(o => o != t && n.IsBelow(t, o))).Order().ToImmutableArray();
            float similarity = m.Children(r).Where(c => ofModel[c] >= 0 && !links[ofModel[c]].NationalRows.IsEmpty)
                .Select(c => links[ofModel[c]].Similarity).DefaultIfEmpty(0).Max();
            links.Add(topmost.IsEmpty
                ? new RowLink([r], [], 0, LinkOrigin.Anchor, AlignmentLevel.Unit, 0, RowLink.NoEvidence)
                : new RowLink([r], topmost, 0, LinkOrigin.Dispersed, AlignmentLevel.Unit, similarity, RowLink.NoEvidence));
            ofModel[r] = links.Count - 1;
        }
        var linked = new bool[n.Count];
        foreach (var l in links) foreach (var r in l.NationalRows) linked[r] = true;
        var below = new bool[n.Count]; // something linked (to a model provision) strictly below
        for (int r = n.Count - 1; r >= 1; r--)
            if ((linked[r] || below[r]) && n.Parent[r] >= 0) below[n.Parent[r]] = true;
        for (int r = n.Count - 1; r >= 1; r--)
        {
            if (linked[r] || a.Covered[r] || below[r]) continue;
            links.Add(new RowLink([], [r], 0, LinkOrigin.Anchor, AlignmentLevel.Unit, 0, RowLink.NoEvidence));
        }
        return new RowLinks(links, m.Count, n.Count);
    }

    private static void Targets(int r, List<RowLink> links, int[] ofModel, Input.UnitTable m, List<int> into)
    {
        if (ofModel[r] >= 0 && !links[ofModel[r]].NationalRows.IsEmpty) { into.AddRange(links[ofModel[r]].NationalRows); return; }
        foreach (var c in m.Children(r)) Targets(c, links, ofModel, m, into);
    }
}
