using ModelLaw.Comparing.Alignment.Input;
using ModelLaw.Comparing.Alignment.Signals;

namespace ModelLaw.Comparing.Alignment.Candidates.Sources;

/// <summary>
/// For every row of one side, the rows of the other side with the highest partial dot product over its heaviest
/// features, looked up in the posting index: near-linear, never all pairs. Run from both sides, so that a national row
/// whose best model row ranks it low is still proposed.
/// </summary>
internal sealed class LexicalTopK(int probeFeatures, int candidates) : ICandidateSource
{
    public void Add(LevelContext context, CandidateSetBuilder into)
    {
        var rows = context.Rows;
        Probe(context.Model, rows.ModelRows, context.NationalIndex, rows.NationalRows.Length, (from, to) => into.Add(from, to));
        Probe(context.National, rows.NationalRows, context.ModelIndex, rows.ModelRows.Length, (from, to) => into.Add(to, from));
    }

    private void Probe(UnitTable table, int[] probes, PostingIndex index, int targets, Action<int, int> add)
    {
        if (targets == 0) return;
        var acc = new double[targets];
        var touched = new List<int>();
        Span<int> heavy = stackalloc int[Math.Max(1, probeFeatures)];
        Span<int> best = stackalloc int[Math.Max(1, candidates)];
        for (int s = 0; s < probes.Length; s++)
        {
            int r = probes[s];
            var f = table.Full.Features(r);
            var w = table.Full.Weights(r);
            int h = 0;
            for (int k = 0; k < f.Length; k++) h = TopK.InsertByWeight(heavy, h, k, w, f);
            for (int p = 0; p < h; p++)
            {
                int k = heavy[p];
                var slots = index.Slots(f[k]);
                var weights = index.Weights(f[k]);
                for (int x = 0; x < slots.Length; x++)
                {
                    if (acc[slots[x]] == 0) touched.Add(slots[x]);
                    acc[slots[x]] += weights[x] * w[k];
                }
            }
            int top = 0;
            foreach (var t in touched) top = TopK.Insert(best[..candidates], top, t, acc);
            for (int i = 0; i < top; i++) add(s, best[i]);
            foreach (var t in touched) acc[t] = 0;
            touched.Clear();
        }
    }
}
