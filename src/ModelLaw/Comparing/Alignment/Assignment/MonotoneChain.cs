namespace ModelLaw.Comparing.Alignment.Assignment;

/// <summary>A scored candidate pair between the i-th model unit and the j-th national unit of two lists.</summary>
internal readonly record struct CandidatePair(int I, int J, double Weight);

/// <summary>
/// Heaviest chain of candidate pairs strictly increasing on both sides (a weighted longest increasing subsequence),
/// in O(k log k) with a Fenwick tree over the national positions. Pairs off the chain are the moves.
/// </summary>
internal static class MonotoneChain
{
    /// <summary>Returns the indexes (into <paramref name="pairs"/>) of the pairs on the heaviest increasing chain.</summary>
    public static List<int> Heaviest(IReadOnlyList<CandidatePair> pairs, int nationalCount)
    {
        var result = new List<int>();
        if (pairs.Count == 0) return result;
        var order = Enumerable.Range(0, pairs.Count).ToArray();
        // by model position; within one model position by national position descending, so two pairs of the same
        // model unit can never follow each other on the chain
        Array.Sort(order, (a, b) =>
        {
            int c = pairs[a].I.CompareTo(pairs[b].I);
            return c != 0 ? c : pairs[b].J.CompareTo(pairs[a].J);
        });
        var treeVal = new double[nationalCount + 1];
        var treeArg = new int[nationalCount + 1];
        Array.Fill(treeArg, -1);
        var best = new double[pairs.Count];
        var prev = new int[pairs.Count];
        foreach (var p in order)
        {
            // best chain ending at a national position < J
            double q = 0; int qArg = -1;
            for (int x = pairs[p].J; x > 0; x -= x & -x)
                if (treeVal[x] > q) { q = treeVal[x]; qArg = treeArg[x]; }
            best[p] = q + pairs[p].Weight;
            prev[p] = qArg;
            for (int x = pairs[p].J + 1; x <= nationalCount; x += x & -x)
                if (best[p] > treeVal[x]) { treeVal[x] = best[p]; treeArg[x] = p; }
        }
        int end = 0;
        for (int k = 1; k < pairs.Count; k++) if (best[k] > best[end]) end = k;
        for (int k = end; k >= 0; k = prev[k]) result.Add(k);
        result.Reverse();
        return result;
    }
}
