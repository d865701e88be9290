using ModelLaw.Tests.Packaging;

namespace ModelLaw.Tests.Samples;

/// <summary>
/// The researcher samples in samples/ are .NET 10 file-based programs; each runs here exactly as README shows it
/// (`dotnet run samples/NAME.cs`), from the repository root, in the configuration the tests were built in.
/// </summary>
[NonParallelizable]
[Category("Samples")]
public class SampleProgramTests
{
    private static string Repo => TestPaths.RepoRoot;

    private static ShellResult RunSample(string name, params string[] args)
    {
        var arguments = new List<string> { "run", $"samples/{name}", "-c", Shell.Configuration };
        if (args.Length > 0) arguments.Add("--");
        arguments.AddRange(args);
        return Shell.Run("dotnet", arguments, Repo);
    }

    private static IReadOnlyList<string> NationalTexts() =>
        Directory.GetFiles(Path.Combine(TestPaths.Corpus, "national"))
            .Where(f => Path.GetExtension(f) is ".txt" or ".md")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal).ToList()!;

    [Test]
    public void Gap_analysis_prints_an_article_matrix_and_a_principle_matrix_with_a_column_per_national_text()
    {
        var result = RunSample("gap-analysis.cs");

        result.ExitCode.Should().Be(0, result.ToString());
        var lines = result.StdOut.Split('\n').Select(l => l.TrimEnd()).ToList();
        var articleHeader = lines.Single(l => l.StartsWith("Article ", StringComparison.Ordinal));
        articleHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Should().Equal(NationalTexts());
        lines.Should().Contain(l => l.StartsWith("37 ", StringComparison.Ordinal), "the model has 37 articles, one row each");
        var principleRows = lines.SkipWhile(l => !l.StartsWith("Principle", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.StartsWith("gaps", StringComparison.Ordinal)).ToList();
        principleRows.Should().Contain(l => l.StartsWith("human-oversight ", StringComparison.Ordinal));
        principleRows.Should().OnlyContain(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).All(c => c == "#" || c == "+" || c == "."));
    }

    [Test]
    public void Readme_shows_the_sample_commands_these_tests_run()
    {
        var block = Readme.ReadmeCommandTests.Blocks().Single(b => b.Marker == "<!-- readme-test: SampleProgramTests -->");
        Readme.ReadmeCommandTests.Commands(block).Select(c => c.Split('#')[0].Trim())
            .Should().Equal("dotnet run samples/gap-analysis.cs", "dotnet run samples/export-concordance.cs");
    }

    [Test]
    public void Tour_runs_the_readme_library_code_and_writes_a_redline()
    {
        var result = RunSample("tour.cs");

        result.ExitCode.Should().Be(0, result.ToString());
        result.StdOut.Should().Contain("Article 1 → Article 1").And.Contain("gap: ").And.Contain("wrote out/arcadia.redline.docx");
        File.Exists(Path.Combine(Repo, "out", "arcadia.redline.docx")).Should().BeTrue();
    }

    [Test]
    public void Export_concordance_writes_one_tidy_csv_with_a_row_per_model_article_of_every_national_text()
    {
        var dir = Shell.TempFolder("modellaw-concordance");
        try
        {
            var csvPath = Path.Combine(dir, "concordance.csv");
            var result = RunSample("export-concordance.cs", "corpus", csvPath);

            result.ExitCode.Should().Be(0, result.ToString());
            var lines = File.ReadAllLines(csvPath);
            lines[0].Should().Be("national,language,model_article,model_citation,national_citations,relation,similarity");
            var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
            rows.Select(r => r[0]).Distinct().Should().BeEquivalentTo(NationalTexts());
            foreach (var text in NationalTexts())
                rows.Where(r => r[0] == text && r[2] != "").Select(r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture))
                    .Distinct().Should().HaveCount(37, $"{text}: every model article appears in its concordance");
            rows.Select(r => r[^2]).Distinct().Should().BeSubsetOf(
                ["identical", "equivalent", "modified", "renumbered", "moved", "split", "merged", "omitted", "added"]);
            result.StdOut.Should().Contain($"from {NationalTexts().Count} national texts");
        }
        finally { Shell.DeleteFolder(dir); }
    }
}
