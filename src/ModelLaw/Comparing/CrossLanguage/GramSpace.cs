namespace ModelLaw.Comparing.CrossLanguage;

/// <summary>A sparse, L2-normalised vector: term ids ascending, with their weights.</summary>
internal sealed class GramVector
{
    public static GramVector Empty { get; } = new([], []);

    public GramVector(int[] ids, float[] weights)
    {
        Ids = ids;
        Weights = weights;
    }

    public int[] Ids { get; }
    public float[] Weights { get; }
    public bool IsEmpty => Ids.Length == 0;

    /// <summary>Cosine of two normalised vectors (a merge over the sorted ids).</summary>
    public double Dot(GramVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        var a = Ids; var b = other.Ids;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { sum += Weights[i] * other.Weights[j]; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return sum;
    }
}

/// <summary>
/// TF-IDF over the terms of two sets of texts, one per language: character 4-grams of folded words and whole numbers.
/// Only terms that occur on both sides count — a term of one language alone can never meet its translation, and
/// leaving it in the norm only dilutes every cosine of that text by the same amount.
/// </summary>
internal sealed class GramSpace
{
    /// <summary>Weight of a number or reference anchor against one character n-gram (numbers cross every language).</summary>
    public const double AnchorWeight = 3.0;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>Vectors of the model texts and of the national texts, in the order given.</summary>
    public (GramVector[] Model, GramVector[] National) Vectorise(IReadOnlyList<IReadOnlyList<string>> model, IReadOnlyList<IReadOnlyList<string>> national)
    {
        var m = model.Select(Count).ToList();
        var n = national.Select(Count).ToList();
        var dfM = DocumentFrequency(m);
        var dfN = DocumentFrequency(n);
        int docs = m.Count + n.Count;
        var idf = new Dictionary<int, double>();
        foreach (var (id, df) in dfM)
            if (dfN.TryGetValue(id, out var dfn)) idf[id] = Math.Log(1.0 + docs / (double)(df + dfn));
        return (m.Select(c => Weigh(c, idf)).ToArray(), n.Select(c => Weigh(c, idf)).ToArray());
    }

    private Dictionary<int, double> Count(IReadOnlyList<string> terms)
    {
        var tf = new Dictionary<int, double>();
        foreach (var t in terms)
        {
            if (!_ids.TryGetValue(t, out var id)) _ids[t] = id = _ids.Count;
            tf[id] = tf.GetValueOrDefault(id) + (t[0] == '#' ? AnchorWeight : 1.0);
        }
        return tf;
    }

    private static Dictionary<int, int> DocumentFrequency(List<Dictionary<int, double>> docs)
    {
        var df = new Dictionary<int, int>();
        foreach (var d in docs)
            foreach (var id in d.Keys) df[id] = df.GetValueOrDefault(id) + 1;
        return df;
    }

    private static GramVector Weigh(Dictionary<int, double> tf, Dictionary<int, double> idf)
    {
        var pairs = new List<(int Id, double W)>();
        double norm = 0;
        foreach (var (id, f) in tf)
        {
            if (!idf.TryGetValue(id, out var w)) continue;
            var x = (1 + Math.Log(f)) * w;
            pairs.Add((id, x));
            norm += x * x;
        }
        if (pairs.Count == 0 || norm <= 0) return GramVector.Empty;
        pairs.Sort((a, b) => a.Id.CompareTo(b.Id));
        norm = Math.Sqrt(norm);
        return new GramVector(pairs.Select(p => p.Id).ToArray(), pairs.Select(p => (float)(p.W / norm)).ToArray());
    }

    /// <summary>The terms of a text: a 4-gram of each folded word (a short word whole), and each number as an anchor.</summary>
    public static List<string> Terms(string? text, IEnumerable<string>? anchors = null)
    {
        var terms = new List<string>();
        foreach (var w in ScriptFolding.Words(text))
        {
            if (char.IsAsciiDigit(w[0])) { terms.Add("#" + w); continue; }
            var padded = " " + w + " ";
            if (padded.Length <= 4) { terms.Add(padded); continue; }
            for (int i = 0; i + 4 <= padded.Length; i++) terms.Add(padded.Substring(i, 4));
        }
        if (anchors is not null) terms.AddRange(anchors.Select(a => "#" + a));
        return terms;
    }
}
