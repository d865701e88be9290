namespace ModelLaw.Comparing.Alignment.Assignment;

/// <summary>The bars of the assignment rule, the same at every level (probabilities of the score model).</summary>
/// <param name="Link">Lowest probability of a pair on the chain of anchors in document order.</param>
/// <param name="Move">Lowest probability of a pair off the chain (a move); it must also be the mutual best.</param>
/// <param name="Window">Lowest probability of a pair between two anchors, in order with them.</param>
/// <param name="CoverageGain">Least share of a provision's weighted words a part must add to its link to join it (split or merge).</param>
internal sealed record AssignmentOptions(float Link, float Move, float Window, float CoverageGain)
{
    /// <summary>
    /// The bars of the shipped (hand-set) score model. A window pair needs as much as an anchor (0.5): at 0.2 the window
    /// linked final and boilerplate paragraphs the tables omit (MiFID article F1 0.963 → 0.970 en, 0.963 → 0.977 fr;
    /// Prospectus 0.835 → 0.844 en, 0.844 → 0.864 fr; corpus unchanged, measured with 'evalmodel').
    /// </summary>
    public static AssignmentOptions Default { get; } = new(Link: 0.5f, Move: 0.7f, Window: 0.5f, CoverageGain: 0.25f);
}
