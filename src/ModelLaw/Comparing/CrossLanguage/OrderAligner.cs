namespace ModelLaw.Comparing.CrossLanguage;

/// <summary>
/// The monotone order assignment: of all chains of pairs increasing on both sides, the one whose summed score above a
/// floor is highest (an edit-distance style dynamic programme over the two lists). A pair below the floor never links;
/// a pair above it links when no better-scoring chain passes through its row and column in order.
/// </summary>
internal static class OrderAligner
{
    /// <summary>The pairs (i, j) of the best chain, in order; <paramref name="score"/> is model × national.</summary>
    public static List<(int I, int J)> Chain(double[,] score, double floor)
    {
        int n = score.GetLength(0), m = score.GetLength(1);
        var best = new double[n + 1, m + 1];
        var move = new byte[n + 1, m + 1]; // 0 skip model, 1 skip national, 2 take the pair
        for (int i = 1; i <= n; i++)
            for (int j = 1; j <= m; j++)
            {
                double up = best[i - 1, j], left = best[i, j - 1];
                double gain = score[i - 1, j - 1] - floor;
                double take = gain > 0 ? best[i - 1, j - 1] + gain : double.NegativeInfinity;
                if (take >= up && take >= left) { best[i, j] = take; move[i, j] = 2; }
                else if (up >= left) { best[i, j] = up; move[i, j] = 0; }
                else { best[i, j] = left; move[i, j] = 1; }
            }
        var pairs = new List<(int, int)>();
        for (int i = n, j = m; i > 0 && j > 0;)
        {
            switch (move[i, j])
            {
                case 2: pairs.Add((i - 1, j - 1)); i--; j--; break;
                case 0: i--; break;
                default: j--; break;
            }
        }
        pairs.Reverse();
        return pairs;
    }

    /// <summary>For each row the best column and score, and for each column the best row and score.</summary>
    public static (int[] RowBest, int[] ColBest) Best(double[,] score)
    {
        int n = score.GetLength(0), m = score.GetLength(1);
        var row = new int[n];
        var col = new int[m];
        Array.Fill(row, -1);
        Array.Fill(col, -1);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++)
            {
                if (row[i] < 0 || score[i, j] > score[i, row[i]]) row[i] = j;
                if (col[j] < 0 || score[i, j] > score[col[j], j]) col[j] = i;
            }
        return (row, col);
    }
}
