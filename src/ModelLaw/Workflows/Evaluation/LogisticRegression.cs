namespace ModelLaw.Workflows.Evaluation;

/// <summary>
/// L2-regularised logistic regression fitted by Newton's method (a dozen features: the Hessian is tiny). Deterministic:
/// same rows, same weights.
/// </summary>
internal static class LogisticRegression
{
    /// <summary>
    /// Fits bias and weights to rows <paramref name="x"/> (one array per row) and labels <paramref name="y"/>. A weight
    /// with a sign in <paramref name="signs"/> (+1: evidence for, −1: evidence against, 0: either) is kept on that side:
    /// one that the data would push across is held at 0 (an active set), so that correlated signals cannot trade
    /// places and make evidence for a link count against it. <paramref name="rowWeights"/> (default 1 each) lets every
    /// training case count the same whatever its number of candidate rows.
    /// </summary>
    public static (double Bias, double[] Weights, double LogLoss) Fit(IReadOnlyList<float[]> x, IReadOnlyList<bool> y, int[]? signs = null, double lambda = 1.0, int iterations = 60,
        IReadOnlyList<double>? rowWeights = null)
    {
        int d = x.Count == 0 ? 0 : x[0].Length, k = d + 1; // last coordinate: the bias (not regularised)
        var w = new double[k];
        var held = new bool[k];
        for (int it = 0; it < iterations; it++)
        {
            var g = new double[k];
            var h = new double[k, k];
            for (int i = 0; i < x.Count; i++)
            {
                double p = Sigmoid(Dot(w, x[i]));
                double r = rowWeights?[i] ?? 1;
                double e = r * (p - (y[i] ? 1 : 0)), s = r * Math.Max(p * (1 - p), 1e-9);
                for (int a = 0; a < k; a++)
                {
                    double xa = a < d ? x[i][a] : 1;
                    g[a] += e * xa;
                    for (int b = 0; b <= a; b++) h[a, b] += s * xa * (b < d ? x[i][b] : 1);
                }
            }
            for (int a = 0; a < k; a++)
            {
                for (int b = 0; b < a; b++) h[b, a] = h[a, b];
                if (a < d) { g[a] += lambda * w[a]; h[a, a] += lambda; }
                else h[a, a] += 1e-6;
                if (!held[a]) continue;
                // a held weight stays 0: its row and column of the system become the identity
                for (int b = 0; b < k; b++) { h[a, b] = 0; h[b, a] = 0; }
                h[a, a] = 1;
                g[a] = 0;
            }
            var step = Solve(h, g);
            double size = 0;
            bool changed = false;
            for (int a = 0; a < k; a++)
            {
                w[a] -= step[a];
                size = Math.Max(size, Math.Abs(step[a]));
                if (a < d && signs is not null && signs[a] != 0 && Math.Sign(w[a]) == -signs[a]) { w[a] = 0; held[a] = true; changed = true; }
            }
            if (size < 1e-7 && !changed) break;
        }
        double loss = 0;
        for (int i = 0; i < x.Count; i++)
        {
            double p = Sigmoid(Dot(w, x[i]));
            loss -= Math.Log(Math.Max(1e-12, y[i] ? p : 1 - p));
        }
        return (w[d], w[..d], x.Count == 0 ? 0 : loss / x.Count);
    }

    private static double Dot(double[] w, float[] x)
    {
        double z = w[^1];
        for (int a = 0; a < x.Length; a++) z += w[a] * x[a];
        return z;
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>Gaussian elimination with partial pivoting.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        int n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (int c = 0; c < n; c++)
        {
            int p = c;
            for (int r = c + 1; r < n; r++) if (Math.Abs(m[r, c]) > Math.Abs(m[p, c])) p = r;
            if (p != c)
            {
                for (int j = 0; j < n; j++) (m[c, j], m[p, j]) = (m[p, j], m[c, j]);
                (v[c], v[p]) = (v[p], v[c]);
            }
            if (Math.Abs(m[c, c]) < 1e-12) continue;
            for (int r = c + 1; r < n; r++)
            {
                double f = m[r, c] / m[c, c];
                if (f == 0) continue;
                for (int j = c; j < n; j++) m[r, j] -= f * m[c, j];
                v[r] -= f * v[c];
            }
        }
        var x = new double[n];
        for (int r = n - 1; r >= 0; r--)
        {
            double s = v[r];
            for (int j = r + 1; j < n; j++) s -= m[r, j] * x[j];
            x[r] = Math.Abs(m[r, r]) < 1e-12 ? 0 : s / m[r, r];
        }
        return x;
    }
}
