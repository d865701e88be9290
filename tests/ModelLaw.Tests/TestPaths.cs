namespace ModelLaw.Tests;

/// <summary>Locates the repository, the shipped corpus and the shared real texts from the test assembly.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ModelLaw.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ModelLaw.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (folder holding ModelLaw.sln).</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>The shipped corpus.</summary>
    public static string Corpus => Path.Combine(RepoRoot, "corpus");

    /// <summary>../shared/real-texts beside the repository (present in CI, absent in a user's fresh clone).</summary>
    public static string RealTexts => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "real-texts"));

    /// <summary>Ignores the calling test, with a clear reason, when ../shared/real-texts is absent.</summary>
    public static string RequireRealTexts()
    {
        if (!Directory.Exists(RealTexts))
            Assert.Ignore($"../shared/real-texts not found at {RealTexts}: real-text tests run only where the shared data sits beside the clone (CI has it).");
        return RealTexts;
    }

    /// <summary>The folders of the real-text cases that hold a model/national pair with a mapping.json.</summary>
    public static IEnumerable<string> RealPairCases() =>
        Directory.Exists(RealTexts)
            ? Directory.GetDirectories(RealTexts).Where(d => File.Exists(Path.Combine(d, "mapping.json"))).OrderBy(d => d, StringComparer.Ordinal)
            : Enumerable.Empty<string>();
}
