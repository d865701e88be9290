namespace ModelLaw.Comparing.Alignment.Signals;

/// <summary>1 when either row says text its document says again elsewhere (a standard empowerment, a boilerplate duty).</summary>
internal sealed class Boilerplate : PairSignal
{
    public override string Name => "repeated-text";

    protected override float Value(LevelContext c, int m, int n) => c.Facts.ModelRepeated[m] || c.Facts.NationalRepeated[n] ? 1 : 0;
}

/// <summary>1 when both rows (or the units holding them) are final provisions of the same role (entry into force, repeal...).</summary>
internal sealed class FinalProvisionRole : PairSignal
{
    public override string Name => "same-role";

    protected override float Value(LevelContext c, int m, int n) => Roles.Same(c, m, n) ? 1 : 0;
}
