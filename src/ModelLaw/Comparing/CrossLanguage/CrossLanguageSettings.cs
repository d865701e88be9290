namespace ModelLaw.Comparing.CrossLanguage;

/// <summary>
/// The thresholds of the cross-language aligner. Set once on the visible pairs rebuilt across languages and the
/// corpus; the same for every pair of languages. Cosines here are of folded character 4-grams, so a faithful
/// translation scores far below 1.
/// </summary>
internal sealed record CrossLanguageSettings
{
    public static CrossLanguageSettings Default { get; } = new();

    /// <summary>How many nearest neighbours set the local level of a provision's scores (cross-domain local scaling).</summary>
    public int NeighbourCount { get; init; } = 3;

    /// <summary>
    /// Weight of the shape and length agreement of two units when the scripts share letters. Zero: measured at 0.02
    /// and 0.05 it moved MiFID EN→FR by +0.02 and Prospectus EN→FR by -0.015, so n-grams and numbers decide alone.
    /// </summary>
    public double ShapeWeight { get; init; }

    /// <summary>Weight of the relative position of two units when the scripts share letters (zero, as the shape).</summary>
    public double UnitPositionWeight { get; init; }

    /// <summary>Weight of shape and length when the scripts share no letters (then numbers and structure are all there is).</summary>
    public double ShapeWeightOtherScript { get; init; } = 0.3;

    /// <summary>Weight of the relative position when the scripts share no letters.</summary>
    public double UnitPositionWeightOtherScript { get; init; } = 0.3;

    /// <summary>Fewest linked definition pairs for the second pass with defined terms as anchors (0: no second pass).</summary>
    public int MinTermPairs { get; init; } = 2;

    /// <summary>A unit split part must lie within this many units of the partner it joins.</summary>
    public int SplitWindow { get; init; } = 2;

    /// <summary>A unit pair on the order chain must score above this.</summary>
    public double UnitFloor { get; init; } = 0.0;

    /// <summary>Bonus of two units with the same number.</summary>
    public double UnitNumberBonus { get; init; } = 0.03;

    /// <summary>Lowest score of a unit pair linked out of order (it must also be the best of both units).</summary>
    public double MoveFloor { get; init; } = 0.1;

    /// <summary>Lowest score of a national unit joining a linked model unit as a part of a split.</summary>
    public double SplitFloor { get; init; } = 0.0;

    /// <summary>A split part must score at least this share of the model unit's score with its partner.</summary>
    public double SplitRatio { get; init; } = 0.8;

    /// <summary>A child pair inside linked parents must score above this.</summary>
    public double ChildFloor { get; init; } = 0.08;

    /// <summary>Bonus of two children with the same number.</summary>
    public double ChildNumberBonus { get; init; } = 0.05;

    /// <summary>Weight of the relative position of two children in their lists.</summary>
    public double PositionWeight { get; init; } = 0.05;

    /// <summary>Lowest score of a paragraph linked across articles by the document-wide look.</summary>
    public double RescueFloor { get; init; } = 0.3;
}
