using System.Collections.Immutable;
using ModelLaw.Comparing.Alignment.Assignment;
using ModelLaw.Comparing.Alignment.Candidates;
using ModelLaw.Comparing.Alignment.Input;
using ModelLaw.Documents;

namespace ModelLaw.Comparing.Alignment.Hierarchy;

/// <summary>Chapters, titles and sections are linked by the units they share: a model division goes with the national division of the same kind that holds most of its linked units (at least <see cref="MinShare"/> of them).</summary>
internal static class DivisionVoter
{
    public const double MinShare = 0.5;

    public static void Vote(ComparisonInput input, LinkBook book)
    {
        var m = input.Model;
        var n = input.National;
        var votes = new List<(int M, int N, double Share)>();
        for (int d = 1; d < m.Count; d++)
        {
            if (m.Unit[d] >= 0 || !m.Kind[d].IsDivision()) continue;
            int units = 0;
            var counts = new Dictionary<int, int>();
            for (int r = d + 1; r < m.SubtreeEnd[d]; r++)
            {
                if (!m.IsUnit(r)) continue;
                units++;
                int l = book.OfModel(r);
                if (l < 0) continue;
                foreach (var nr in book.Links[l].NationalRows)
                    for (int p = n.Parent[nr]; p >= 0; p = n.Parent[p])
                        if (n.Kind[p] == m.Kind[d]) { counts[p] = counts.GetValueOrDefault(p) + 1; break; }
            }
            foreach (var (nd, c) in counts) votes.Add((d, nd, units == 0 ? 0 : (double)c / units));
        }
        foreach (var v in votes.OrderByDescending(v => v.Share).ThenBy(v => v.M).ThenBy(v => v.N))
        {
            if (v.Share < MinShare || !book.ModelFree(v.M) || !book.NationalFree(v.N)) continue;
            float text = (float)m.Full.Dot(v.M, n.Full, v.N);
            book.Add(new RowLink([v.M], [v.N], (float)v.Share, LinkOrigin.Division, AlignmentLevel.Unit, text, RowLink.NoEvidence));
        }
    }
}
