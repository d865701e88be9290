namespace ModelLaw.Comparing.Alignment.Signals;

/// <summary>1 when the national unit names the model unit explicitly ("Article 7 of the Model Law").</summary>
internal sealed class ExplicitReference : PairSignal
{
    public override string Name => "explicit-reference";

    protected override float Value(LevelContext c, int m, int n)
    {
        int mu = c.Model.Unit[m], nu = c.National.Unit[n];
        if (mu < 0 || nu < 0 || c.Facts.ExplicitRefs[nu] is not { } refs) return 0;
        return c.Model.NumberKey[mu] is { Length: > 0 } k && refs.Contains(k) ? 1 : 0;
    }
}
