namespace ModelLaw.Comparing.Alignment.Signals;

/// <summary>Cosine of the two headings' TF-IDF rows; 0 when either has no heading (see <see cref="BothHeadings"/>).</summary>
internal sealed class HeadingSimilarity : PairSignal
{
    public override string Name => "heading";

    protected override float Value(LevelContext c, int m, int n) => (float)c.Model.Heading.Dot(m, c.National.Heading, n);
}

/// <summary>1 when both rows have a heading: with it, a heading cosine of 0 is evidence against the pair, not silence.</summary>
internal sealed class BothHeadings : PairSignal
{
    public override string Name => "both-headings";

    protected override float Value(LevelContext c, int m, int n) => c.Model.Heading.Length(m) > 0 && c.National.Heading.Length(n) > 0 ? 1 : 0;
}
