using System.Reflection;
using ModelLaw.Comparing;
using ModelLaw.Comparing.Diffing;

namespace ModelLaw.Tests.Comparing.Randomized;

/// <summary>
/// The aligners a randomized case is scored with: the default comparer, and the staged pipeline of issue 17 while it
/// sits behind its migration switch (the comparer's internal constructor over <c>AlignmentPipeline.Default</c>, found
/// by reflection so this compiles before and after the pipeline lands; no environment variable is touched).
/// </summary>
internal static class Aligners
{
    /// <summary>The comparer every user gets today.</summary>
    public static IDocumentComparer Default() => new DocumentComparer();

    /// <summary>The staged pipeline, or null when this build has none.</summary>
    public static IDocumentComparer? Staged()
    {
        var pipeline = typeof(DocumentComparer).Assembly.GetType("ModelLaw.Comparing.Alignment.AlignmentPipeline");
        var instance = pipeline?.GetProperty("Default", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)?.GetValue(null);
        var ctor = pipeline is null ? null
            : typeof(DocumentComparer).GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, [typeof(WordDiffer), pipeline]);
        return instance is null || ctor is null ? null : (IDocumentComparer)ctor.Invoke([new WordDiffer(), instance]);
    }

    /// <summary>The comparers by name: "default", and "staged" when the build has it.</summary>
    public static IReadOnlyList<(string Name, IDocumentComparer Comparer)> Available()
    {
        var list = new List<(string, IDocumentComparer)> { ("default", Default()) };
        if (Staged() is { } staged) list.Add(("staged", staged));
        return list;
    }
}
