namespace ModelLaw.Comparing.Alignment.Input;

/// <summary>TF-IDF weighting of count rows, with the arithmetic of the first aligner (so its output stayed byte-identical).</summary>
internal static class TfIdfWeighting
{
    /// <summary>(1 + ln count) × idf × (term or pair weight) per feature, each row L2-normalised; a row of zero weight is empty.</summary>
    public static CsrRows Weigh(CsrRows counts, float[] idf, bool[] isPair, double termWeight, double pairWeight)
    {
        var weight = new float[counts.Weight.Length];
        var start = (int[])counts.Start.Clone();
        bool empty = false;
        for (int r = 0; r < counts.Rows; r++)
        {
            int a = counts.Start[r], b = counts.Start[r + 1];
            double norm = 0;
            for (int k = a; k < b; k++)
            {
                int f = counts.Feature[k];
                var w = LogTf(counts.Weight[k]) * idf[f] * (isPair[f] ? pairWeight : termWeight);
                weight[k] = (float)w;
                norm += w * w;
            }
            // a row whose weights are all zero is empty, as if it had no text
            if (norm <= 0) { for (int k = a; k < b; k++) weight[k] = float.NaN; empty = true; continue; }
            var inv = (float)(1 / Math.Sqrt(norm));
            for (int k = a; k < b; k++) weight[k] *= inv;
        }
        return empty ? Compact(start, counts.Feature, weight) : new CsrRows(start, counts.Feature, weight);
    }

    // 1 + ln(count) for the small counts nearly every feature has: a table instead of a logarithm per entry
    private static readonly double[] SmallLogTf = Enumerable.Range(0, 64).Select(c => c == 0 ? double.NegativeInfinity : 1 + Math.Log(c)).ToArray();

    private static double LogTf(float count) =>
        count < SmallLogTf.Length && count == (int)count ? SmallLogTf[(int)count] : 1 + Math.Log(count);

    private static CsrRows Compact(int[] start, int[] feature, float[] weight)
    {
        var s = new int[start.Length];
        var f = new List<int>(feature.Length);
        var w = new List<float>(weight.Length);
        for (int r = 0; r + 1 < start.Length; r++)
        {
            for (int k = start[r]; k < start[r + 1]; k++)
                if (!float.IsNaN(weight[k])) { f.Add(feature[k]); w.Add(weight[k]); }
            s[r + 1] = f.Count;
        }
        return new CsrRows(s, f.ToArray(), w.ToArray());
    }
}
