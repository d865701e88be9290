namespace ModelLaw.Comparing.Alignment.Input;

/// <summary>
/// Sparse rows in compressed sparse row form (struct of arrays): row r holds the features
/// <c>Feature[Start[r]..Start[r + 1])</c>, ascending, with their <c>Weight</c>s. Read-only once built.
/// </summary>
internal readonly struct CsrRows
{
    public CsrRows(int[] start, int[] feature, float[] weight)
    {
        Start = start;
        Feature = feature;
        Weight = weight;
    }

    /// <summary>Row offsets; one more than the number of rows.</summary>
    public int[] Start { get; }

    /// <summary>Feature ids of all rows, ascending inside each row.</summary>
    public int[] Feature { get; }

    /// <summary>Values of all rows (counts or weights).</summary>
    public float[] Weight { get; }

    /// <summary>Number of rows.</summary>
    public int Rows => Start.Length - 1;

    /// <summary>The feature ids of row <paramref name="r"/>.</summary>
    public ReadOnlySpan<int> Features(int r) => Feature.AsSpan(Start[r], Start[r + 1] - Start[r]);

    /// <summary>The values of row <paramref name="r"/>.</summary>
    public ReadOnlySpan<float> Weights(int r) => Weight.AsSpan(Start[r], Start[r + 1] - Start[r]);

    /// <summary>Number of features of row <paramref name="r"/>.</summary>
    public int Length(int r) => Start[r + 1] - Start[r];

    /// <summary>Dot product of row <paramref name="a"/> of this and row <paramref name="b"/> of <paramref name="other"/> (merge of sorted ids).</summary>
    public double Dot(int a, in CsrRows other, int b)
    {
        var fa = Features(a); var wa = Weights(a);
        var fb = other.Features(b); var wb = other.Weights(b);
        double s = 0;
        int i = 0, j = 0;
        while (i < fa.Length && j < fb.Length)
        {
            int x = fa[i], y = fb[j];
            if (x == y) s += wa[i++] * wb[j++];
            else if (x < y) i++;
            else j++;
        }
        return s;
    }

    /// <summary>Σ min(a, b) × weight over the features both rows hold.</summary>
    public double MinOverlap(int a, in CsrRows other, int b, float[] weight)
    {
        var fa = Features(a); var wa = Weights(a);
        var fb = other.Features(b); var wb = other.Weights(b);
        double s = 0;
        int i = 0, j = 0;
        while (i < fa.Length && j < fb.Length)
        {
            int x = fa[i], y = fb[j];
            if (x == y) s += Math.Min(wa[i++], wb[j++]) * weight[x];
            else if (x < y) i++;
            else j++;
        }
        return s;
    }
}
