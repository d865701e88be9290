using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using ModelLaw.Comparing.Alignment.Candidates;

namespace ModelLaw.Comparing.Alignment.Scoring;

/// <summary>One signal's part in a pair's score: the feature and its weight × feature.</summary>
internal readonly record struct SignalEvidence(string Signal, float Feature, float Contribution);

/// <summary>The weights of one level: a bias and one weight per signal name (a signal without a weight counts 0).</summary>
internal sealed record LevelWeights(float Bias, ImmutableDictionary<string, float> Weights)
{
    public float Of(string signal) => Weights.GetValueOrDefault(signal);
}

/// <summary>
/// A logistic model over the signal columns, one set of weights per level: p = σ(bias + Σ weight × feature). The
/// weights are data (an embedded JSON with the fit's provenance), and they are also the explanation: the evidence of a
/// link is the weight × feature of each signal, as Lucene's Explanation is built from the quantities it scores with.
/// Immutable and thread-safe.
/// </summary>
internal sealed class ScoreModel
{
    private const string Resource = "ModelLaw.Comparing.Alignment.Scoring.ScoreModel.default.json";
    private static readonly Lazy<ScoreModel> Embedded = new(() =>
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"embedded resource {Resource} is missing");
        return Parse(s);
    });

    public ScoreModel(ImmutableDictionary<AlignmentLevel, LevelWeights> levels, string provenance)
    {
        Levels = levels;
        Provenance = provenance;
    }

    /// <summary>The shipped model (hand-set until a fit holds on the corpus and the randomized cases; see its provenance).</summary>
    public static ScoreModel Default => Embedded.Value;

    public ImmutableDictionary<AlignmentLevel, LevelWeights> Levels { get; }

    /// <summary>Where the weights come from (the fit's data, date and method), as written in the JSON.</summary>
    public string Provenance { get; }

    public LevelWeights For(AlignmentLevel level) =>
        Levels.TryGetValue(level, out var w) ? w : Levels.GetValueOrDefault(AlignmentLevel.Part) ?? new LevelWeights(0, ImmutableDictionary<string, float>.Empty);

    /// <summary>The probability of every pair of <paramref name="pairs"/>.</summary>
    public float[] Probabilities(AlignmentLevel level, CandidateSet pairs)
    {
        var w = For(level);
        var z = new float[pairs.Count];
        Array.Fill(z, w.Bias);
        for (int c = 0; c < pairs.Columns; c++)
        {
            float weight = w.Of(pairs.Names[c]);
            if (weight == 0) continue;
            var col = pairs.Feature(c);
            for (int i = 0; i < z.Length; i++) z[i] += weight * col[i];
        }
        for (int i = 0; i < z.Length; i++) z[i] = 1 / (1 + MathF.Exp(-z[i]));
        return z;
    }

    /// <summary>Weight × feature of each signal for one pair (signals of weight 0 left out).</summary>
    public ImmutableArray<SignalEvidence> Explain(AlignmentLevel level, CandidateSet pairs, int pair)
    {
        var w = For(level);
        var b = ImmutableArray.CreateBuilder<SignalEvidence>();
        for (int c = 0; c < pairs.Columns; c++)
        {
            float weight = w.Of(pairs.Names[c]);
            if (weight != 0) b.Add(new SignalEvidence(pairs.Names[c], pairs.Feature(c, pair), weight * pairs.Feature(c, pair)));
        }
        return b.ToImmutable();
    }

    /// <summary>Reads a model: <c>{"provenance": {...}, "levels": {"unit": {"bias": b, "weights": {"lexical": w, ...}}, ...}}</c>.</summary>
    public static ScoreModel Parse(Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var levels = ImmutableDictionary.CreateBuilder<AlignmentLevel, LevelWeights>();
        foreach (var level in root.GetProperty("levels").EnumerateObject())
        {
            var weights = ImmutableDictionary.CreateBuilder<string, float>(StringComparer.Ordinal);
            foreach (var w in level.Value.GetProperty("weights").EnumerateObject()) weights[w.Name] = w.Value.GetSingle();
            levels[Enum.Parse<AlignmentLevel>(level.Name, ignoreCase: true)] = new LevelWeights(level.Value.GetProperty("bias").GetSingle(), weights.ToImmutable());
        }
        var provenance = root.TryGetProperty("provenance", out var p) ? p.GetRawText() : "{}";
        return new ScoreModel(levels.ToImmutable(), provenance);
    }
}
