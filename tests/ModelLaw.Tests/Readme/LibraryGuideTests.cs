using ModelLaw.Tests.Packaging;

namespace ModelLaw.Tests.Readme;

/// <summary>
/// docs/library.md cannot rot: its C# blocks, in order, are written out as one .NET 10 file-based program over the
/// library project and run from the repository root, as a reader would run them; the output shows every step did its work.
/// </summary>
[NonParallelizable]
[Category("Readme")]
public class LibraryGuideTests
{
    private static readonly string Guide = Path.Combine(TestPaths.RepoRoot, "docs", "library.md");
    private ShellResult? _run;

    private static string Repo => TestPaths.RepoRoot;

    /// <summary>The fenced csharp blocks of the guide, in order.</summary>
    internal static IReadOnlyList<string[]> CSharpBlocks()
    {
        var lines = File.ReadAllLines(Guide);
        var blocks = new List<string[]>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal)) continue;
            int end = i + 1;
            while (end < lines.Length && !lines[end].StartsWith("```", StringComparison.Ordinal)) end++;
            if (lines[i].Trim() == "```csharp") blocks.Add(lines[(i + 1)..end]);
            i = end;
        }
        return blocks;
    }

    /// <summary>The directives of the guide's file-based program (its first fenced block), which the test's program starts with too.</summary>
    internal static IReadOnlyList<string> Header()
    {
        var lines = File.ReadAllLines(Guide);
        int start = Array.FindIndex(lines, l => l.TrimEnd() == "```") + 1;
        return lines.Skip(start).TakeWhile(l => l.StartsWith("#:", StringComparison.Ordinal)).ToList();
    }

    // one run per fixture: written under the test's own output folder (inside the repository, so the repository's build
    // rules, warnings as errors included, apply to the guide as to samples/)
    private ShellResult Run => _run ??= RunGuide();

    private static ShellResult RunGuide()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "library-guide");
        Directory.CreateDirectory(dir);
        var program = Path.Combine(dir, "guide.cs");
        var library = Path.Combine(Repo, "src", "ModelLaw", "ModelLaw.csproj");
        var header = Header().Select(l => l.StartsWith("#:package ModelLaw@", StringComparison.Ordinal) ? $"#:project {library}" : l);
        File.WriteAllLines(program, [.. header, .. CSharpBlocks().SelectMany(b => b)]);
        return Shell.Run("dotnet", ["run", program, "-c", Shell.Configuration], Repo, TimeSpan.FromMinutes(10));
    }

    [Test]
    public void The_guide_has_a_block_for_each_step_and_readme_links_it()
    {
        CSharpBlocks().Should().HaveCountGreaterThanOrEqualTo(8, "engine, reading, comparing, model set, links, matrix, coverage, writing, progress");
        File.ReadAllText(Path.Combine(Repo, "README.md")).Should().Contain("](docs/library.md)");
    }

    [Test]
    public void The_guide_names_the_package_at_the_version_the_repository_builds()
    {
        var version = System.Xml.Linq.XDocument.Load(Path.Combine(Repo, "Directory.Build.props")).Descendants("ModelLawVersion").Single().Value;
        Header().Should().Contain($"#:package ModelLaw@{version}");
    }

    [Test]
    public void The_guide_runs_as_one_program_and_each_step_prints_its_result()
    {
        var result = Run;

        result.ExitCode.Should().Be(0, result.ToString());
        var texts = BatchFolderTexts();
        result.StdOut.Should().Contain("COUNTER-TERRORISM").And.Contain(" articles")
            .And.Contain("not read: ").And.Contain("of the model's text kept")
            .And.Contain("model set: ar en es fr ru zh").And.Contain("compared with LOI TYPE")
            .And.Contain("across languages: 37 model articles, ").And.Contain("linked through the 'zh' version")
            .And.Contain(" → ").And.Contain("omitted articles: Article")
            .And.Contain($"× {texts} texts").And.Contain("gap: ").And.Contain("evidence: ")
            .And.Contain("comparison formats: ").And.Contain("concordance CSV: ")
            .And.Contain("cancelled: no result").And.Contain($"batch: {texts} texts, 0 failed", result.ToString());
    }

    [Test]
    public void The_guide_writes_the_files_it_names()
    {
        Run.ExitCode.Should().Be(0, Run.ToString());

        foreach (var file in new[] { "arcadia.compare.json", "arcadia.redline.docx", "arcadia.akn.xml", "concordance.csv", "gap-matrix.md", "batch/batch-summary.csv" })
            new FileInfo(Path.Combine(Repo, "out", "guide", file)).Length.Should().BeGreaterThan(0, file);
    }

    private static int BatchFolderTexts() => ModelLaw.Workflows.Batch.BatchComparer.FindTexts(Path.Combine(TestPaths.Corpus, "national")).Count;
}
