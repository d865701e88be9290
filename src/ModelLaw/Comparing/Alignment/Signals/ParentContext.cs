namespace ModelLaw.Comparing.Alignment.Signals;

/// <summary>1 when the units holding the two rows were linked to each other at the level above: the part stayed with its article.</summary>
internal sealed class ParentContext : PairSignal
{
    public override string Name => "parent-linked";

    protected override float Value(LevelContext c, int m, int n)
    {
        if (c.Parents is null) return 0;
        int mu = c.Model.Unit[m], nu = c.National.Unit[n];
        return mu >= 0 && nu >= 0 && c.Parents.Linked(mu, nu) ? 1 : 0;
    }
}
