namespace ModelLaw.Comparing.Alignment.Signals;

/// <summary>
/// 1 when both rows are of one kind and carry the same number ("Article 5" and "Article 5", "(2)" and "(2)"). Below the
/// units a number agrees only inside agreeing containers — units linked to each other, or units of the same number:
/// every article has a paragraph 1, so "(7)" of one article and "(7)" of an unrelated one is coincidence, not evidence
/// (Prospectus 13(7) → 25(7), an empowerment the table omits).
/// </summary>
internal sealed class SameNumber : PairSignal
{
    public override string Name => "same-number";

    protected override float Value(LevelContext c, int m, int n) =>
        c.Model.NumberKey[m] is { Length: > 0 } k && c.Model.Kind[m] == c.National.Kind[n] && c.National.NumberKey[n] == k && SameContainer(c, m, n) ? 1 : 0;

    private static bool SameContainer(LevelContext c, int m, int n)
    {
        int mu = c.Model.Unit[m], nu = c.National.Unit[n];
        if (mu == m || nu == n || mu < 0 || nu < 0 || c.Parents is null) return true;
        return c.Parents.Linked(mu, nu) || c.Model.NumberKey[mu] is { Length: > 0 } a && c.National.NumberKey[nu] == a;
    }
}

/// <summary>1 when both rows are of the same kind (an article and an annex, a paragraph and a point are not).</summary>
internal sealed class SameKind : PairSignal
{
    public override string Name => "same-kind";

    protected override float Value(LevelContext c, int m, int n) => c.Model.Kind[m] == c.National.Kind[n] ? 1 : 0;
}
