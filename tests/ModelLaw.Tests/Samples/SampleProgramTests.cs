using System.Globalization;
using ModelLaw.Tests.Packaging;

namespace ModelLaw.Tests.Samples;

/// <summary>
/// The researcher samples in samples/ are .NET 10 file-based programs; each runs here exactly as README shows it
/// (`dotnet run samples/NAME.cs`), from the repository root, in the configuration the tests were built in.
/// Each sample runs once per fixture (a build check and a run); several tests read its output.
/// </summary>
[NonParallelizable]
[Category("Samples")]
public class SampleProgramTests
{
    private static readonly Dictionary<string, string> Codes = new()
    {
        ["identical"] = "=", ["equivalent"] = "~", ["modified"] = "M", ["renumbered"] = "R", ["moved"] = ">",
        ["split"] = "S", ["merged"] = "J", ["omitted"] = "-",
    };

    private string _dir = null!;
    private ShellResult? _gapAnalysis;
    private ShellResult? _export;

    private static string Repo => TestPaths.RepoRoot;

    private ShellResult GapAnalysis => _gapAnalysis ??= RunSample("gap-analysis.cs");

    private string CsvPath => Path.Combine(_dir, "concordance.csv");

    private ShellResult Export => _export ??= RunSample("export-concordance.cs", "corpus", CsvPath);

    [OneTimeSetUp]
    public void CreateOutputFolder() => _dir = Shell.TempFolder("modellaw-samples");

    [OneTimeTearDown]
    public void DeleteOutputFolder() => Shell.DeleteFolder(_dir);

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
        var result = GapAnalysis;

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
    public void Export_concordance_writes_one_tidy_csv_with_a_row_per_model_article_of_every_national_text()
    {
        var result = Export;

        result.ExitCode.Should().Be(0, result.ToString());
        var rows = ReadCsv(CsvPath);
        rows[0].Should().Equal("text", "language", "model", "article", "model_eid", "model_citation", "model_heading", "fate",
            "relation", "similarity", "national_citations", "national_eids");
        rows = rows.Skip(1).ToList();
        rows.Select(r => r[0]).Distinct().Should().BeEquivalentTo(NationalFiles());
        foreach (var text in NationalFiles())
            rows.Where(r => r[0] == text && r[3] != "").Select(r => int.Parse(r[3], CultureInfo.InvariantCulture))
                .Distinct().Should().HaveCount(37, $"{text}: every model article appears in its concordance");
        rows.Should().OnlyContain(r => r[2] == $"ai-ct-model-law.{r[1]}.txt", "each text is compared with the model in its language");
        rows.Select(r => r[8]).Distinct().Should().BeSubsetOf([.. Codes.Keys, "added"]);
        rows.Select(r => r[7]).Distinct().Should().BeSubsetOf(["kept", "modified", "moved", "split", "merged", "omitted", "added"]);
        result.StdOut.Should().Contain($"from {NationalTexts().Count} national texts");
    }

    [Test]
    public void Gap_analysis_article_matrix_agrees_with_the_exported_concordance()
    {
        Export.ExitCode.Should().Be(0, Export.ToString());
        GapAnalysis.ExitCode.Should().Be(0, GapAnalysis.ToString());

        var expected = ReadCsv(CsvPath).Skip(1)
            .Where(r => r[3] != "" && Codes.ContainsKey(r[8]))
            .ToDictionary(r => (Text: Path.GetFileNameWithoutExtension(r[0]), Article: r[3]), r => Codes[r[8]]);

        var lines = GapAnalysis.StdOut.Split('\n').Select(l => l.TrimEnd()).ToList();
        var texts = lines.Single(l => l.StartsWith("Article ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        var actual = new Dictionary<(string Text, string Article), string>();
        foreach (var cells in lines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(c => c.Length == texts.Count + 1 && int.TryParse(c[0], out _)))
            for (int i = 0; i < texts.Count; i++) actual[(texts[i], cells[0])] = cells[i + 1];

        actual.Should().HaveCount(37 * texts.Count);
        actual.Should().BeEquivalentTo(expected);
    }

    private static List<string[]> ReadCsv(string path)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(path) { TextFieldType = Microsoft.VisualBasic.FileIO.FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        return rows;
    }

    private static IReadOnlyList<string> NationalFiles() => NationalTexts().Select(n => n + ".txt").ToList();

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
}
