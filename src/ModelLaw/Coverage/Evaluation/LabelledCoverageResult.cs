using System.Collections.Immutable;
using System.Globalization;

namespace ModelLaw.Coverage.Evaluation;

/// <summary>True positives, false positives and false negatives of (unit, principle) pairs, with precision and recall.</summary>
/// <param name="TruePositives">Pairs the analyzer found and the labels list.</param>
/// <param name="FalsePositives">Pairs the analyzer found that the labels do not list.</param>
/// <param name="FalseNegatives">Pairs the labels list that the analyzer missed (a citation naming no provision counts as one).</param>
public sealed record LabelledCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>No pairs.</summary>
    public static LabelledCounts Zero { get; } = new(0, 0, 0);

    /// <summary>tp / (tp + fp); 1 when nothing was predicted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>tp / (tp + fn); 1 when nothing was expected.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The sum of two counts (pooling texts).</summary>
    public static LabelledCounts operator +(LabelledCounts a, LabelledCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
    }

    /// <summary>The sum of two counts (for languages without operators).</summary>
    public static LabelledCounts Add(LabelledCounts a, LabelledCounts b) => a + b;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P={Precision:0.000} R={Recall:0.000} (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})");
}

/// <summary>What kind of mistake a <see cref="LabelledMistake"/> is.</summary>
public enum LabelledMistakeKind
{
    /// <summary>The analyzer found a principle the labels do not give the unit.</summary>
    FalsePositive,
    /// <summary>The labels give the unit a principle the analyzer did not find.</summary>
    FalseNegative,
    /// <summary>A labelled citation names no provision of the parsed text.</summary>
    Unresolved,
}

/// <summary>One disagreement between the analyzer and the labels.</summary>
/// <param name="Kind">False positive, false negative or unresolved citation.</param>
/// <param name="Citation">Citation of the unit (or the unresolved citation as the labels write it).</param>
/// <param name="PrincipleId">The principle; empty for an unresolved citation.</param>
/// <param name="Detail">For a false positive the matched phrases and sentence, for a false negative the start of the unit's text.</param>
public sealed record LabelledMistake(LabelledMistakeKind Kind, string Citation, string PrincipleId, string Detail);

/// <summary>The analyzer scored against one label file.</summary>
/// <param name="Labels">The labels.</param>
/// <param name="Language">Language the text was analysed in.</param>
/// <param name="Counts">The counts at the labels' unit.</param>
/// <param name="Mistakes">Every false positive, false negative and unresolved citation, in that order.</param>
public sealed record LabelledCoverageResult(PrincipleLabels Labels, string Language, LabelledCounts Counts,
    ImmutableArray<LabelledMistake> Mistakes);
