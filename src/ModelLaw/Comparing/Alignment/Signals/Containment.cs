namespace ModelLaw.Comparing.Alignment.Signals;

/// <summary>Share of the model row's weighted words found in the national row (Σ min(count) × idf / mass): the model text went into it.</summary>
internal sealed class ModelContained : PairSignal
{
    public override string Name => "model-contained";

    protected override float Value(LevelContext c, int m, int n) =>
        c.Model.Mass[m] <= 0 ? 0 : (float)(c.Model.FullCounts.MinOverlap(m, c.National.FullCounts, n, c.Input.Idf) / c.Model.Mass[m]);
}

/// <summary>Share of the national row's weighted words found in the model row: the national text came from it.</summary>
internal sealed class NationalContained : PairSignal
{
    public override string Name => "national-contained";

    protected override float Value(LevelContext c, int m, int n) =>
        c.National.Mass[n] <= 0 ? 0 : (float)(c.National.FullCounts.MinOverlap(n, c.Model.FullCounts, m, c.Input.Idf) / c.National.Mass[n]);
}
