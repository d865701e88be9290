namespace ModelLaw.Comparing.Alignment.Signals;

/// <summary>Cosine of the TF-IDF rows (terms and pairs of consecutive terms) of the two full texts.</summary>
internal sealed class LexicalSimilarity : PairSignal
{
    public override string Name => "lexical";

    protected override float Value(LevelContext c, int m, int n) => (float)c.Model.Full.Dot(m, c.National.Full, n);
}
