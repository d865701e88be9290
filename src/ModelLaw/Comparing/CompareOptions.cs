namespace ModelLaw.Comparing;

/// <summary>Options of the comparison: thresholds and weights of the alignment. Immutable; defaults tuned on the real texts.</summary>
public sealed record CompareOptions
{
    /// <summary>The defaults.</summary>
    public static CompareOptions Default { get; } = new();
}
