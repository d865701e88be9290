using ModelLaw.Comparing.Alignment.Input;

namespace ModelLaw.Comparing.Alignment.Facts;

/// <summary>
/// Marks the provisions below the unit tier whose text their document says more than once (cosine at least
/// <see cref="Similarity"/> with a provision that is neither an ancestor nor a descendant), and the provisions of the
/// other text that say the same: a standard empowerment in three model articles tells nothing about where any of them
/// went. Candidates come from an index over each row's few heaviest features, never from all pairs.
/// </summary>
internal static class RepeatedText
{
    public const double Similarity = 0.8;
    private const int ProbeFeatures = 3;
    private const int MinFeatures = 8;

    /// <summary>Repeated flags of the model rows and of the national rows.</summary>
    public static (bool[] Model, bool[] National) Mark(ComparisonInput input, CancellationToken ct)
    {
        var m = input.Model; var n = input.National;
        var mr = new bool[m.Count]; var nr = new bool[n.Count];
        var mp = Pool(m); var np = Pool(n);
        var mi = Index(m, mp); var ni = Index(n, np);
        MarkWithin(m, mp, mi, mr, ct);
        MarkWithin(n, np, ni, nr, ct);
        MarkAcross(m, mp.Where(r => mr[r]).ToArray(), n, ni, nr);
        MarkAcross(n, np.Where(r => nr[r]).ToArray(), m, mi, mr);
        return (mr, nr);
    }

    private static int[] Pool(UnitTable t) =>
        Enumerable.Range(0, t.Count).Where(r => t.Unit[r] >= 0 && !t.IsUnit(r) && t.Words(r) >= MinFeatures).ToArray();

    private static Dictionary<int, List<int>> Index(UnitTable t, int[] pool)
    {
        var postings = new Dictionary<int, List<int>>();
        Span<int> top = stackalloc int[ProbeFeatures];
        foreach (var r in pool)
        {
            int k = Heaviest(t, r, top);
            for (int i = 0; i < k; i++)
            {
                var f = t.Full.Features(r)[top[i]];
                if (!postings.TryGetValue(f, out var list)) postings[f] = list = new();
                list.Add(r);
            }
        }
        return postings;
    }

    private static void MarkWithin(UnitTable t, int[] pool, Dictionary<int, List<int>> index, bool[] repeated, CancellationToken ct)
    {
        var seen = new HashSet<int>();
        Span<int> top = stackalloc int[ProbeFeatures];
        foreach (var a in pool)
        {
            ct.ThrowIfCancellationRequested();
            if (repeated[a]) continue;
            seen.Clear();
            int k = Heaviest(t, a, top);
            for (int i = 0; i < k && !repeated[a]; i++)
            {
                if (!index.TryGetValue(t.Full.Features(a)[top[i]], out var list)) continue;
                foreach (var b in list)
                {
                    if (a == b || !seen.Add(b) || t.IsBelow(a, b) || t.IsBelow(b, a)) continue;
                    if (t.Full.Dot(a, t.Full, b) < Similarity) continue;
                    repeated[a] = repeated[b] = true;
                    break;
                }
            }
        }
    }

    private static void MarkAcross(UnitTable probes, int[] repeatedProbes, UnitTable other, Dictionary<int, List<int>> index, bool[] into)
    {
        var seen = new HashSet<int>();
        Span<int> top = stackalloc int[ProbeFeatures];
        foreach (var a in repeatedProbes)
        {
            seen.Clear();
            int k = Heaviest(probes, a, top);
            for (int i = 0; i < k; i++)
            {
                if (!index.TryGetValue(probes.Full.Features(a)[top[i]], out var list)) continue;
                foreach (var b in list)
                    if (seen.Add(b) && probes.Full.Dot(a, other.Full, b) >= Similarity) into[b] = true;
            }
        }
    }

    /// <summary>Positions (in the row) of its heaviest features, heaviest first, ties by feature id.</summary>
    private static int Heaviest(UnitTable t, int r, Span<int> top)
    {
        var w = t.Full.Weights(r);
        var f = t.Full.Features(r);
        int n = 0;
        for (int k = 0; k < w.Length; k++) n = Candidates.TopK.InsertByWeight(top, n, k, w, f);
        return n;
    }
}
