using ModelLaw.Comparing;
using ModelLaw.Documents;
namespace ModelLaw.Workflows.Evaluation;

/// <summary>
/// One evaluation case: a model text, a national text and the ground-truth mapping between them.
/// </summary>
/// <param name="Name">Short name for reports (the case folder, or the mapping file name).</param>
/// <param name="ModelPath">The model text.</param>
/// <param name="NationalPath">The national text.</param>
/// <param name="MappingPath">The mapping file.</param>
public sealed record EvaluationCase(string Name, string ModelPath, string NationalPath, string MappingPath)
{
    /// <summary>
    /// Finds the cases a path names:
    /// <list type="bullet">
    /// <item>a folder holding <c>model.txt</c>, <c>national.txt</c> and <c>mapping.json</c> (the layout of ../shared/real-texts);</item>
    /// <item>a mapping file (<c>corpus/national/arcadia.mapping.json</c>) whose <c>model_file</c> / <c>national_file</c> name
    /// the texts, relative to the mapping's folder or to any folder above it (the repository root);</item>
    /// <item>a folder holding such <c>*.mapping.json</c> files: one case each.</item>
    /// </list>
    /// Throws <see cref="InvalidConfigurationException"/> when the path names no case.
    /// </summary>
    public static IReadOnlyList<EvaluationCase> Resolve(string path)
    {
        if (Directory.Exists(path))
        {
            var dir = Path.GetFullPath(path);
            var mapping = Path.Combine(dir, "mapping.json");
            if (File.Exists(mapping)) return [FromMapping(mapping, Path.GetFileName(dir.TrimEnd(Path.DirectorySeparatorChar)))];
            var files = Directory.GetFiles(dir, "*.mapping.json").OrderBy(f => f, StringComparer.Ordinal).ToList();
            if (files.Count == 0)
                throw new InvalidConfigurationException($"no mapping.json nor *.mapping.json in {path}", new SourceLocation(path));
            return files.Select(f => FromMapping(f, Path.GetFileName(f)[..^".mapping.json".Length])).ToList();
        }
        if (File.Exists(path)) return [FromMapping(Path.GetFullPath(path), Path.GetFileNameWithoutExtension(path))];
        throw new InvalidConfigurationException($"no such case folder or mapping file: {path}", new SourceLocation(path));
    }

    private static EvaluationCase FromMapping(string mappingPath, string name)
    {
        var gold = GoldMapping.Load(mappingPath);
        var dir = Path.GetDirectoryName(mappingPath)!;
        var model = gold.ModelFile is { } mf ? Locate(dir, mf) : Path.Combine(dir, "model.txt");
        var national = gold.NationalFile is { } nf ? Locate(dir, nf) : Path.Combine(dir, "national.txt");
        if (model is null || !File.Exists(model))
            throw new InvalidConfigurationException($"model text not found for {mappingPath} ({gold.ModelFile ?? "model.txt"})", new SourceLocation(mappingPath));
        if (national is null || !File.Exists(national))
            throw new InvalidConfigurationException($"national text not found for {mappingPath} ({gold.NationalFile ?? "national.txt"})", new SourceLocation(mappingPath));
        return new EvaluationCase(name, model, national, mappingPath);
    }

    private static string? Locate(string start, string relative)
    {
        if (Path.IsPathRooted(relative)) return relative;
        for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, relative);
            if (File.Exists(candidate)) return candidate;
        }
        var beside = Path.Combine(start, Path.GetFileName(relative));
        return File.Exists(beside) ? beside : null;
    }
}
