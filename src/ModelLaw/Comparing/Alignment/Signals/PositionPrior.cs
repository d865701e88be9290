namespace ModelLaw.Comparing.Alignment.Signals;

/// <summary>
/// 1 − the distance between the two rows' relative positions in their texts (0 at the start, 1 at the end): laws
/// mostly keep the order of what they adopt, so a pair far off the diagonal needs more evidence.
/// </summary>
internal sealed class PositionPrior : PairSignal
{
    public override string Name => "position";

    protected override float Value(LevelContext c, int m, int n)
    {
        int mc = c.Rows.ModelRows.Length, nc = c.Rows.NationalRows.Length;
        float pm = mc <= 1 ? 0 : (float)c.Rows.ModelSlot(m) / (mc - 1);
        float pn = nc <= 1 ? 0 : (float)c.Rows.NationalSlot(n) / (nc - 1);
        return 1 - Math.Abs(pm - pn);
    }
}
