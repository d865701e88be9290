namespace ModelLaw.Benchmarks;

/// <summary>Where the benchmark inputs live: the repository (corpus/) and the shared real texts next to it.</summary>
internal static class Inputs
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ModelLaw.sln"))) dir = dir.Parent;
        // BenchmarkDotNet runs a copy of the project under bin/; fall back to the working directory's ancestors
        dir ??= new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ModelLaw.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ModelLaw.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (the folder holding ModelLaw.sln).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>../shared/real-texts seen from the repository root.</summary>
    public static string RealTexts => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "real-texts"));

    /// <summary>The MiFID I (model) and MiFID II (national) English texts.</summary>
    public static (string Model, string National) Mifid()
    {
        var dir = Path.Combine(RealTexts, "eu-mifid-2004-39-to-2014-65-en");
        var model = Path.Combine(dir, "model.txt");
        var national = Path.Combine(dir, "national.txt");
        if (!File.Exists(model) || !File.Exists(national))
            throw new FileNotFoundException("the MiFID pair is missing: expected ../shared/real-texts/eu-mifid-2004-39-to-2014-65-en next to the repository", model);
        return (model, national);
    }

    /// <summary>The model and national texts of a case folder of ../shared/real-texts ("eu-prospectus-2003-71-to-2017-1129-en").</summary>
    public static (string Model, string National) Case(string name)
    {
        var dir = Path.Combine(RealTexts, name);
        var model = Path.Combine(dir, "model.txt");
        var national = Path.Combine(dir, "national.txt");
        if (!File.Exists(model) || !File.Exists(national))
            throw new FileNotFoundException($"no model.txt and national.txt in {dir}", model);
        return (model, national);
    }

    /// <summary>Every plain-text real text (relative names such as "eu-mifid-2004-39-to-2014-65-en/national.txt").</summary>
    public static IEnumerable<string> RealPlainTexts()
    {
        if (!Directory.Exists(RealTexts)) yield break;
        foreach (var f in Directory.EnumerateFiles(RealTexts, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            yield return Path.GetRelativePath(RealTexts, f).Replace('\\', '/');
    }
}
