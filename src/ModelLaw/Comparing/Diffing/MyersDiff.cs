namespace ModelLaw.Comparing.Diffing;

/// <summary>
/// Myers' O((N+M)·D) difference algorithm in linear space (the "middle snake" recursion, as in DiffPlex), on integer
/// token ids: marks which tokens of each sequence are not part of a longest common subsequence. Common prefixes and
/// suffixes are set aside before any search, so near-equal texts cost almost nothing. Stateless; one call per pair.
/// </summary>
internal static class MyersDiff
{
    /// <summary>Marks in <paramref name="deleted"/> and <paramref name="inserted"/> the tokens of <paramref name="a"/> and <paramref name="b"/> outside the common subsequence.</summary>
    public static void Mark(ReadOnlySpan<int> a, ReadOnlySpan<int> b, Span<bool> deleted, Span<bool> inserted)
    {
        int max = a.Length + b.Length + 3;
        var forward = new int[2 * max + 1];
        var backward = new int[2 * max + 1];
        Compare(a, b, deleted, inserted, forward, backward);
    }

    private static void Compare(ReadOnlySpan<int> a, ReadOnlySpan<int> b, Span<bool> deleted, Span<bool> inserted, int[] vf, int[] vb)
    {
        while (true)
        {
            int pre = 0;
            while (pre < a.Length && pre < b.Length && a[pre] == b[pre]) pre++;
            a = a[pre..]; b = b[pre..]; deleted = deleted[pre..]; inserted = inserted[pre..];
            int suf = 0;
            while (suf < a.Length && suf < b.Length && a[^(suf + 1)] == b[^(suf + 1)]) suf++;
            a = a[..^suf]; b = b[..^suf]; deleted = deleted[..^suf]; inserted = inserted[..^suf];
            if (a.IsEmpty) { inserted.Fill(true); return; }
            if (b.IsEmpty) { deleted.Fill(true); return; }

            var (x, y) = MiddleSnake(a, b, vf, vb);
            if (x < 0) { deleted.Fill(true); inserted.Fill(true); return; }
            Compare(a[..x], b[..y], deleted[..x], inserted[..y], vf, vb);
            a = a[x..]; b = b[y..]; deleted = deleted[x..]; inserted = inserted[y..];   // the right half without recursion
        }
    }

    /// <summary>
    /// A point (x, y) on an optimal edit path that splits it into two shorter ones: the furthest-reaching paths are
    /// grown from both corners until they meet. Neither sequence is empty and they share no prefix or suffix.
    /// </summary>
    private static (int X, int Y) MiddleSnake(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int[] vf, int[] vb)
    {
        int n = a.Length, m = b.Length, delta = n - m;
        bool odd = (delta & 1) != 0;
        int offset = (n + m + 3);
        int span = 2 * offset + 1;
        Array.Fill(vf, -1, 0, Math.Min(vf.Length, span));
        Array.Fill(vb, -1, 0, Math.Min(vb.Length, span));
        vf[offset + 1] = 0;
        vb[offset + 1] = 0;
        int maxD = (n + m + 1) / 2;
        for (int d = 0; d <= maxD; d++)
        {
            int lo = Math.Max(-d, -m), hi = Math.Min(d, n);
            if (((lo + d) & 1) != 0) lo++;
            for (int k = lo; k <= hi; k += 2)
            {
                int x = k == -d || (k != d && vf[offset + k - 1] < vf[offset + k + 1]) ? vf[offset + k + 1] : vf[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[x] == b[y]) { x++; y++; }
                vf[offset + k] = x;
                int kr = delta - k;
                if (odd && kr >= -(d - 1) && kr <= d - 1 && vb[offset + kr] >= 0 && x + vb[offset + kr] >= n) return (x, y);
            }
            int blo = Math.Max(-d, -m), bhi = Math.Min(d, n);
            if (((blo + d) & 1) != 0) blo++;
            for (int kr = blo; kr <= bhi; kr += 2)
            {
                int xr = kr == -d || (kr != d && vb[offset + kr - 1] < vb[offset + kr + 1]) ? vb[offset + kr + 1] : vb[offset + kr - 1] + 1;
                int yr = xr - kr;
                while (xr < n && yr < m && a[n - 1 - xr] == b[m - 1 - yr]) { xr++; yr++; }
                vb[offset + kr] = xr;
                int k = delta - kr;
                if (!odd && k >= -d && k <= d && vf[offset + k] >= 0 && vf[offset + k] + xr >= n) return (n - xr, m - yr);
            }
        }
        return (-1, -1); // unreachable: the two paths always meet by maxD
    }
}
