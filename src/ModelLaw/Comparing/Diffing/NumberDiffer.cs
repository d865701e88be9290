using System.Collections.Immutable;

namespace ModelLaw.Comparing.Diffing;

/// <summary>
/// Diffs of provision numbers. A number changes whole: a shared label is kept ("Article <del>3</del><ins>4</ins>",
/// "Статья <del>5</del><ins>6</ins>"), and numbers without one are replaced whole ("<del>1.</del><ins>(1)</ins>"), which
/// reads better than a diff of their punctuation. With <see cref="DiffOptions.IgnoreLabelStyle"/>, "1." and "(1)" are the same label.
/// </summary>
internal static class NumberDiffer
{
    public static TextDiff Diff(string? oldNumber, string? newNumber, DiffOptions o)
    {
        oldNumber ??= "";
        newNumber ??= "";
        if (oldNumber == newNumber) return oldNumber.Length == 0 ? TextDiff.Empty : Equal(newNumber, null);
        if (oldNumber.Length == 0) return One(DiffOperation.Insert, newNumber);
        if (newNumber.Length == 0) return One(DiffOperation.Delete, oldNumber);
        var comparison = o.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (string.Equals(oldNumber, newNumber, comparison)
            || (o.IgnoreLabelStyle && Core(oldNumber).Equals(Core(newNumber), comparison)))
            return Equal(newNumber, oldNumber);
        int a = oldNumber.LastIndexOf(' '), b = newNumber.LastIndexOf(' ');
        if (a > 0 && a == b && string.Compare(oldNumber, 0, newNumber, 0, a + 1, comparison) == 0)
        {
            var label = newNumber[..(b + 1)];
            return new TextDiff(ImmutableArray.Create(
                new DiffRun(DiffOperation.Equal, label) { ModelText = oldNumber[..(a + 1)] == label ? null : oldNumber[..(a + 1)] },
                new DiffRun(DiffOperation.Delete, oldNumber[(a + 1)..]),
                new DiffRun(DiffOperation.Insert, newNumber[(b + 1)..])));
        }
        return new TextDiff(ImmutableArray.Create(new DiffRun(DiffOperation.Delete, oldNumber), new DiffRun(DiffOperation.Insert, newNumber)));
    }

    /// <summary>The number without the marks of its label style: "(1)", "1.", "1)", "1-" → "1".</summary>
    private static ReadOnlySpan<char> Core(string label) =>
        label.AsSpan().Trim().Trim("()[].:-–—)");

    private static TextDiff Equal(string text, string? model) =>
        new(ImmutableArray.Create(new DiffRun(DiffOperation.Equal, text) { ModelText = model }));

    private static TextDiff One(DiffOperation op, string text) => new(ImmutableArray.Create(new DiffRun(op, text)));
}
