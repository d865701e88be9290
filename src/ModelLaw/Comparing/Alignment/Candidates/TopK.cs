namespace ModelLaw.Comparing.Alignment.Candidates;

/// <summary>The k best of a stream of (item, score) by insertion into a short sorted array: best first, ties by item.</summary>
internal static class TopK
{
    /// <summary>Inserts <paramref name="item"/> into <paramref name="best"/>[0..count), keeping at most best.Length; returns the new count.</summary>
    public static int Insert(Span<int> best, int count, int item, ReadOnlySpan<double> score)
    {
        if (best.Length == 0) return 0;
        if (count == best.Length && !Better(item, best[count - 1], score)) return count;
        int pos = count < best.Length ? count++ : count - 1;
        while (pos > 0 && Better(item, best[pos - 1], score)) { best[pos] = best[pos - 1]; pos--; }
        best[pos] = item;
        return count;
    }

    /// <summary>Insertion keyed by a float score per position (positions ties by the id in <paramref name="ids"/>).</summary>
    public static int InsertByWeight(Span<int> best, int count, int position, ReadOnlySpan<float> weight, ReadOnlySpan<int> ids)
    {
        if (best.Length == 0) return 0;
        if (count == best.Length && !Heavier(position, best[count - 1], weight, ids)) return count;
        int pos = count < best.Length ? count++ : count - 1;
        while (pos > 0 && Heavier(position, best[pos - 1], weight, ids)) { best[pos] = best[pos - 1]; pos--; }
        best[pos] = position;
        return count;
    }

    private static bool Better(int x, int y, ReadOnlySpan<double> score) => score[x] > score[y] || (score[x] == score[y] && x < y);

    private static bool Heavier(int a, int b, ReadOnlySpan<float> w, ReadOnlySpan<int> ids) => w[a] > w[b] || (w[a] == w[b] && ids[a] < ids[b]);
}
