namespace ModelLaw.Comparing.Alignment;

/// <summary>A sparse vector over term ids, sorted by id. Immutable once built.</summary>
internal sealed class SparseVector
{
    public static readonly SparseVector Empty = new([], []);

    public SparseVector(int[] ids, float[] values)
    {
        Ids = ids;
        Values = values;
    }

    public int[] Ids { get; }
    public float[] Values { get; }
    public int Count => Ids.Length;
    public bool IsEmpty => Ids.Length == 0;

    /// <summary>Builds a sorted vector from a dictionary of id → value.</summary>
    public static SparseVector From(Dictionary<int, float> values)
    {
        if (values.Count == 0) return Empty;
        var ids = new int[values.Count];
        var vals = new float[values.Count];
        int k = 0;
        foreach (var (id, v) in values) { ids[k] = id; vals[k] = v; k++; }
        Array.Sort(ids, vals);
        return new SparseVector(ids, vals);
    }

    /// <summary>Sum of two count vectors (merge of sorted arrays).</summary>
    public static SparseVector Add(SparseVector a, SparseVector b)
    {
        if (a.IsEmpty) return b;
        if (b.IsEmpty) return a;
        var ids = new int[a.Count + b.Count];
        var vals = new float[a.Count + b.Count];
        int i = 0, j = 0, k = 0;
        while (i < a.Count && j < b.Count)
        {
            int x = a.Ids[i], y = b.Ids[j];
            if (x == y) { ids[k] = x; vals[k++] = a.Values[i++] + b.Values[j++]; }
            else if (x < y) { ids[k] = x; vals[k++] = a.Values[i++]; }
            else { ids[k] = y; vals[k++] = b.Values[j++]; }
        }
        while (i < a.Count) { ids[k] = a.Ids[i]; vals[k++] = a.Values[i++]; }
        while (j < b.Count) { ids[k] = b.Ids[j]; vals[k++] = b.Values[j++]; }
        Array.Resize(ref ids, k);
        Array.Resize(ref vals, k);
        return new SparseVector(ids, vals);
    }

    /// <summary>Dot product (cosine when both are unit vectors).</summary>
    public static double Dot(SparseVector a, SparseVector b)
    {
        double s = 0;
        int i = 0, j = 0;
        var ai = a.Ids; var bi = b.Ids;
        while (i < ai.Length && j < bi.Length)
        {
            int x = ai[i], y = bi[j];
            if (x == y) { s += a.Values[i++] * b.Values[j++]; }
            else if (x < y) i++;
            else j++;
        }
        return s;
    }

    /// <summary>Σ min(a, b) over shared ids, each term weighted by <paramref name="weight"/>.</summary>
    public static double MinOverlap(SparseVector a, SparseVector b, float[] weight)
    {
        double s = 0;
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            int x = a.Ids[i], y = b.Ids[j];
            if (x == y) { s += Math.Min(a.Values[i++], b.Values[j++]) * weight[x]; }
            else if (x < y) i++;
            else j++;
        }
        return s;
    }

    /// <summary>Σ value × weight.</summary>
    public double WeightedSum(float[] weight)
    {
        double s = 0;
        for (int i = 0; i < Ids.Length; i++) s += Values[i] * weight[Ids[i]];
        return s;
    }
}
