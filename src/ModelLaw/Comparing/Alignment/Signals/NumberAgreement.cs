namespace ModelLaw.Comparing.Alignment.Signals;

/// <summary>1 when both rows are of one kind and carry the same number ("Article 5" and "Article 5", "(2)" and "(2)").</summary>
internal sealed class SameNumber : PairSignal
{
    public override string Name => "same-number";

    protected override float Value(LevelContext c, int m, int n) =>
        c.Model.NumberKey[m] is { Length: > 0 } k && c.Model.Kind[m] == c.National.Kind[n] && c.National.NumberKey[n] == k ? 1 : 0;
}

/// <summary>1 when both rows are of the same kind (an article and an annex, a paragraph and a point are not).</summary>
internal sealed class SameKind : PairSignal
{
    public override string Name => "same-kind";

    protected override float Value(LevelContext c, int m, int n) => c.Model.Kind[m] == c.National.Kind[n] ? 1 : 0;
}
