using ModelLaw.Comparing.Alignment.Candidates;
using ModelLaw.Comparing.Alignment.Facts;
using ModelLaw.Comparing.Alignment.Signals;

namespace ModelLaw.Comparing.Alignment.Assignment;

/// <summary>
/// The one assignment rule, the same at every level: (a) anchors — the heaviest chain in document order over the
/// competitive pairs at or above <see cref="AssignmentOptions.Link"/>; (b) moves — pairs off the chain that are the mutual
/// best of free rows at or above <see cref="AssignmentOptions.Move"/> (a row of repeated text only to a near copy of
/// itself); (c) windows — between consecutive anchors, the heaviest in-order chain of the free rows at or above
/// <see cref="AssignmentOptions.Window"/>; (d) splits and merges —
/// the <see cref="CoverageJoiner"/>. Ties are broken by slot, so the result is deterministic.
/// </summary>
internal static class LevelAssigner
{
    /// <summary>A pair takes part in the chain only when its probability is at least this share of the best of both its rows.</summary>
    private const float Competitive = 0.6f;

    public static LevelLinks Assign(LevelContext context, CandidateSet pairs, float[] p, AssignmentOptions o)
    {
        var rows = pairs.Rows;
        var links = new LevelLinks(rows.ModelRows.Length, rows.NationalRows.Length);
        var (bestM, bestN) = Best(pairs, p);
        var chain = Anchors(pairs, p, o, bestM, bestN, links);
        Moves(context, pairs, p, o, bestM, bestN, links);
        Windows(pairs, p, o, chain, links);
        CoverageJoiner.Join(context, pairs, p, o, links);
        return links;
    }

    private static (float[] M, float[] N) Best(CandidateSet pairs, float[] p)
    {
        var bm = new float[pairs.Rows.ModelRows.Length];
        var bn = new float[pairs.Rows.NationalRows.Length];
        for (int i = 0; i < pairs.Count; i++)
        {
            bm[pairs.ModelSlot[i]] = Math.Max(bm[pairs.ModelSlot[i]], p[i]);
            bn[pairs.NationalSlot[i]] = Math.Max(bn[pairs.NationalSlot[i]], p[i]);
        }
        return (bm, bn);
    }

    private static List<int> Anchors(CandidateSet pairs, float[] p, AssignmentOptions o, float[] bm, float[] bn, LevelLinks links)
    {
        var kept = new List<int>();
        for (int i = 0; i < pairs.Count; i++)
            if (p[i] >= o.Link && p[i] >= Competitive * Math.Max(bm[pairs.ModelSlot[i]], bn[pairs.NationalSlot[i]])) kept.Add(i);
        var chain = MonotoneChain.Heaviest(kept.ConvertAll(i => new CandidatePair(pairs.ModelSlot[i], pairs.NationalSlot[i], p[i])),
            pairs.Rows.NationalRows.Length);
        var anchors = new List<int>(chain.Count);
        foreach (var k in chain)
        {
            int i = kept[k];
            links.Add(pairs.ModelSlot[i], pairs.NationalSlot[i], i, LinkOrigin.Anchor);
            anchors.Add(i);
        }
        return anchors;
    }

    private static void Moves(LevelContext context, CandidateSet pairs, float[] p, AssignmentOptions o, float[] bm, float[] bn, LevelLinks links)
    {
        var order = new List<int>();
        for (int i = 0; i < pairs.Count; i++) if (p[i] >= o.Move) order.Add(i);
        order.Sort((a, b) => p[b] != p[a] ? p[b].CompareTo(p[a]) : a.CompareTo(b));
        var lexical = pairs.Feature(pairs.ColumnOf("lexical"));
        foreach (var i in order)
        {
            int m = pairs.ModelSlot[i], n = pairs.NationalSlot[i];
            if (!links.ModelFree(m) || !links.NationalFree(n)) continue;
            if (p[i] < bm[m] || p[i] < bn[n]) continue; // not the mutual best
            // text its document says more than once is the best of many places: only a near copy places it off the chain
            if ((context.Facts.ModelRepeated[pairs.Rows.ModelRows[m]] || context.Facts.NationalRepeated[pairs.Rows.NationalRows[n]])
                && lexical[i] < RepeatedText.Similarity) continue;
            links.Add(m, n, i, LinkOrigin.Move);
        }
    }

    /// <summary>Between consecutive anchors (and before the first, after the last): the heaviest in-order chain of free pairs.</summary>
    private static void Windows(CandidateSet pairs, float[] p, AssignmentOptions o, List<int> anchors, LevelLinks links)
    {
        int nm = pairs.Rows.ModelRows.Length, nn = pairs.Rows.NationalRows.Length;
        int lastM = -1, lastN = -1;
        for (int a = 0; a <= anchors.Count; a++)
        {
            int nextM = a < anchors.Count ? pairs.ModelSlot[anchors[a]] : nm;
            int nextN = a < anchors.Count ? pairs.NationalSlot[anchors[a]] : nn;
            if (nextM - lastM > 1 && nextN - lastN > 1) Window(pairs, p, o, links, lastM, nextM, lastN, nextN);
            lastM = nextM;
            lastN = nextN;
        }
    }

    private static void Window(CandidateSet pairs, float[] p, AssignmentOptions o, LevelLinks links, int m0, int m1, int n0, int n1)
    {
        var box = new List<int>();
        for (int m = m0 + 1; m < m1; m++)
        {
            if (!links.ModelFree(m)) continue;
            var (a, b) = pairs.OfModel(m);
            for (int i = a; i < b; i++)
            {
                int n = pairs.NationalSlot[i];
                if (n > n0 && n < n1 && links.NationalFree(n) && p[i] >= o.Window) box.Add(i);
            }
        }
        if (box.Count == 0) return;
        var chain = MonotoneChain.Heaviest(box.ConvertAll(i => new CandidatePair(pairs.ModelSlot[i], pairs.NationalSlot[i], p[i])), pairs.Rows.NationalRows.Length);
        foreach (var k in chain) links.Add(pairs.ModelSlot[box[k]], pairs.NationalSlot[box[k]], box[k], LinkOrigin.Window);
    }
}
