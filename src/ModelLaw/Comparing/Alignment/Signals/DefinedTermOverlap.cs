namespace ModelLaw.Comparing.Alignment.Signals;

/// <summary>
/// For two definitions: 1 when they define the same term, −1 when both define a term and the terms differ (a renamed
/// definition then rests on its place among the definitions), 0 when either defines none.
/// </summary>
internal sealed class DefinedTermOverlap : PairSignal
{
    public override string Name => "defined-term";

    protected override float Value(LevelContext c, int m, int n)
    {
        var a = c.Model.DefinedTerm[m];
        var b = c.National.DefinedTerm[n];
        if (a.Length == 0 || b.Length == 0) return 0;
        return a.AsSpan().SequenceEqual(b) ? 1 : -1;
    }
}
