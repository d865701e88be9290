namespace ModelLaw.Comparing.CrossLanguage;

/// <summary>
/// Cross-domain similarity local scaling (CSLS, from bilingual lexicon induction): each score less the mean of the
/// k best scores of its row and of its column, doubled. Across languages some provisions resemble everything (a long
/// article full of shared terms) and others nothing (a short one in rewritten words); what tells a pair is how far it
/// stands above what each of its provisions usually scores, not the raw cosine.
/// </summary>
internal static class LocalScaling
{
    public static double[,] Scale(double[,] score, int k)
    {
        int n = score.GetLength(0), m = score.GetLength(1);
        var row = new double[n];
        var col = new double[m];
        for (int i = 0; i < n; i++) row[i] = TopMean(Enumerable.Range(0, m).Select(j => score[i, j]), k);
        for (int j = 0; j < m; j++) col[j] = TopMean(Enumerable.Range(0, n).Select(i => score[i, j]), k);
        var scaled = new double[n, m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) scaled[i, j] = 2 * score[i, j] - row[i] - col[j];
        return scaled;
    }

    private static double TopMean(IEnumerable<double> values, int k)
    {
        var top = values.OrderByDescending(v => v).Take(Math.Max(1, k)).ToList();
        return top.Count == 0 ? 0 : top.Average();
    }
}
