using ModelLaw.Documents;
using ModelLaw.Text.Analysis;

namespace ModelLaw.Comparing.Alignment.Input;

/// <summary>
/// Both documents analysed once, over one shared vocabulary: the input of every later stage (candidates, signals,
/// relation tests). Immutable once built.
/// </summary>
internal sealed class ComparisonInput
{
    private ComparisonInput(FeatureVocabulary vocabulary, float[] idf, bool[] isPair, UnitTable model, UnitTable national)
    {
        Vocabulary = vocabulary;
        Idf = idf;
        IsPair = isPair;
        Model = model;
        National = national;
    }

    /// <summary>Terms and features of both texts.</summary>
    public FeatureVocabulary Vocabulary { get; }

    /// <summary>Inverse document frequency of each feature over the unit tier of both texts.</summary>
    public float[] Idf { get; }

    /// <summary>True for the features that are pairs of terms.</summary>
    public bool[] IsPair { get; }

    /// <summary>The model text.</summary>
    public UnitTable Model { get; }

    /// <summary>The national text.</summary>
    public UnitTable National { get; }

    /// <summary>The table of one side.</summary>
    public UnitTable Side(bool national) => national ? National : Model;

    /// <summary>Analyses both trees (model first: feature ids follow first sight, model rows before national rows).</summary>
    public static ComparisonInput Build(Provision model, Provision national, string? language, double termWeight, double pairWeight, CancellationToken ct, bool legacyUnits = false)
    {
        var vocabulary = new FeatureVocabulary();
        var builder = new UnitTableBuilder(vocabulary, TextAnalyzer.For(language), termWeight, pairWeight, legacyUnits);
        var m = builder.Analyse(model, ct);
        var n = builder.Analyse(national, ct);
        var idf = InverseDocumentFrequencies(vocabulary.Count, m, n);
        var isPair = vocabulary.PairFlags();
        return new ComparisonInput(vocabulary, idf, isPair, builder.Weigh(m, idf, isPair), builder.Weigh(n, idf, isPair));
    }

    /// <summary>log((units + 1) / df) over the unit rows of both texts; log(units + 1) for a feature no unit holds.</summary>
    private static float[] InverseDocumentFrequencies(int features, params UnitTableBuilder.Draft[] drafts)
    {
        var df = new int[features];
        int units = 0;
        foreach (var d in drafts)
            for (int r = 0; r < d.Rows.Length; r++)
            {
                if (d.Unit[r] != r) continue;
                units++;
                foreach (var f in d.FullCounts.Features(r)) df[f]++;
            }
        var idf = new float[features];
        for (int i = 0; i < idf.Length; i++)
            idf[i] = df[i] == 0 ? (float)Math.Log(units + 1.0) : (float)Math.Log((units + 1.0) / df[i]);
        return idf;
    }
}
