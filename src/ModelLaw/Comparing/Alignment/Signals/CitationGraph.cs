namespace ModelLaw.Comparing.Alignment.Signals;

/// <summary>
/// Share of the articles the model row cites whose units were linked, at the level above, to an article the
/// national row cites: "as referred to in Article 7" became "as referred to in Article 9" when 7 became 9.
/// 0 without a level above or without citations.
/// </summary>
internal sealed class CitationGraph : PairSignal
{
    public override string Name => "citations";

    protected override float Value(LevelContext c, int m, int n)
    {
        if (c.Parents is null) return 0;
        var mc = c.Model.Cites[m];
        var nc = c.National.Cites[n];
        if (mc.Length == 0 || nc.Length == 0) return 0;
        int kept = 0;
        foreach (var key in mc)
        {
            if (!c.Facts.ModelUnitByNumber.TryGetValue(key, out var mu)) continue;
            foreach (var nkey in nc)
                if (c.Facts.NationalUnitByNumber.TryGetValue(nkey, out var nu) && c.Parents.Linked(mu, nu)) { kept++; break; }
        }
        return (float)kept / mc.Length;
    }
}
