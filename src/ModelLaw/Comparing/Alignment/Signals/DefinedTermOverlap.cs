using ModelLaw.Comparing.Alignment.Input;

namespace ModelLaw.Comparing.Alignment.Signals;

/// <summary>For two definitions: 1 when they define the same term, else 0.</summary>
internal sealed class DefinedTermOverlap : PairSignal
{
    public override string Name => "defined-term";

    protected override float Value(LevelContext c, int m, int n)
    {
        var a = c.Model.DefinedTerm[m];
        var b = c.National.DefinedTerm[n];
        return a.Length > 0 && b.Length > 0 && a.AsSpan().SequenceEqual(b) ? 1 : 0;
    }
}

/// <summary>
/// 1 when two definitions define different terms but sit between the same neighbours: the definitions just before and
/// just after each define the same terms (one neighbour is enough at either end of the list). That is a renamed term
/// (the national name of the competent authority in place of the model's placeholder), which correlation tables of
/// recasts never show: its weight is set by definition, not fitted.
/// </summary>
internal sealed class RenamedDefinition : PairSignal
{
    public override string Name => "renamed-definition";

    protected override float Value(LevelContext c, int m, int n)
    {
        var a = c.Model.DefinedTerm[m];
        var b = c.National.DefinedTerm[n];
        if (a.Length == 0 || b.Length == 0 || a.AsSpan().SequenceEqual(b)) return 0;
        var (mp, mn) = Neighbours(c.Model, m);
        var (np, nn) = Neighbours(c.National, n);
        bool before = mp >= 0 && np >= 0 && Same(c.Model.DefinedTerm[mp], c.National.DefinedTerm[np]);
        bool after = mn >= 0 && nn >= 0 && Same(c.Model.DefinedTerm[mn], c.National.DefinedTerm[nn]);
        bool first = mp < 0 && np < 0, last = mn < 0 && nn < 0;
        return (before || first) && (after || last) && (before || after) ? 1 : 0;
    }

    private static bool Same(int[] a, int[] b) => a.Length > 0 && a.AsSpan().SequenceEqual(b);

    /// <summary>The sibling rows just before and just after <paramref name="r"/> (−1 when none).</summary>
    private static (int Before, int After) Neighbours(UnitTable t, int r)
    {
        int parent = t.Parent[r], before = -1;
        if (parent < 0) return (-1, -1);
        bool seen = false;
        foreach (var s in t.Children(parent))
        {
            if (seen) return (before, s);
            if (s == r) seen = true; else before = s;
        }
        return (before, -1);
    }
}
