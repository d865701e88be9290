namespace ModelLaw.Comparing.Alignment.Assignment;

/// <summary>The bars of the assignment rule, the same at every level (probabilities of the score model).</summary>
/// <param name="Link">Lowest probability of a pair on the chain of anchors in document order.</param>
/// <param name="Move">Lowest probability of a pair off the chain (a move); it must also be the mutual best.</param>
/// <param name="Window">Lowest probability of a pair between two anchors, in order with them.</param>
/// <param name="CoverageGain">Least share of a provision's weighted words a part must add to its link to join it (split or merge).</param>
internal sealed record AssignmentOptions(float Link, float Move, float Window, float CoverageGain)
{
    public static AssignmentOptions Default { get; } = new(Link: 0.5f, Move: 0.7f, Window: 0.2f, CoverageGain: 0.25f);
}
