using ModelLaw.Text.Analysis;

namespace ModelLaw.Comparing.Alignment.Input;

/// <summary>
/// The features of the similarity rows: single terms and pairs of consecutive terms, numbered together in first-seen
/// order (so a word and the pairs around it get neighbouring ids, as they are met). Pairs are keyed by their two term
/// ids: no string per pair. One per comparison, frozen after analysis.
/// </summary>
internal sealed class FeatureVocabulary
{
    private readonly List<int> _featureOfTerm = new();
    private readonly Dictionary<long, int> _pairs = new();
    private readonly List<bool> _isPair = new();

    /// <summary>The term table the single-term features come from.</summary>
    public TermTable Terms { get; } = new();

    /// <summary>Number of features.</summary>
    public int Count => _isPair.Count;

    /// <summary>True for the features that are pairs of terms.</summary>
    public bool IsPair(int feature) => _isPair[feature];

    /// <summary>A copy of the pair flags, indexed by feature.</summary>
    public bool[] PairFlags() => _isPair.ToArray();

    /// <summary>The feature of a single term.</summary>
    public int OfTerm(int term)
    {
        while (_featureOfTerm.Count <= term) _featureOfTerm.Add(-1);
        var f = _featureOfTerm[term];
        if (f >= 0) return f;
        f = _isPair.Count;
        _featureOfTerm[term] = f;
        _isPair.Add(false);
        return f;
    }

    /// <summary>The feature of two consecutive terms, given their single-term features.</summary>
    public int OfPair(int first, int second)
    {
        long key = ((long)first << 32) | (uint)second;
        if (_pairs.TryGetValue(key, out var f)) return f;
        f = _isPair.Count;
        _pairs[key] = f;
        _isPair.Add(true);
        return f;
    }
}
