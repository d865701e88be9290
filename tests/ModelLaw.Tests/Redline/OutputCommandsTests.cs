using System.IO.Compression;
using ModelLaw.Cli;

namespace ModelLaw.Tests.Redline;

/// <summary>The <c>redline</c> and <c>report</c> commands on the shipped corpus.</summary>
[NonParallelizable]
public sealed class OutputCommandsTests
{
    private string _dir = "";
    private static string Model => Path.Combine(TestPaths.Corpus, "models", "ai-ct-model-law.en.txt");
    private static string Arcadia => Path.Combine(TestPaths.Corpus, "national", "arcadia.en.txt");
    private static string Catalog => Path.Combine(TestPaths.Corpus, "principles", "ai-counter-terrorism.json");

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("modellaw-cli-").FullName;

    [TearDown]
    public void DeleteFolder()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    [Test]
    public void Redline_command_writes_a_reproducible_docx_with_the_given_author_and_date()
    {
        var a = Path.Combine(_dir, "a.docx");
        var b = Path.Combine(_dir, "b.docx");
        string[] Args(string o) => new[] { "redline", Model, Arcadia, "-o", o, "--coverage", Catalog, "--author", "Drafting Committee", "--date", "2026-03-01" };
        CliApp.Run(Args(a)).Should().Be(CliApp.Ok);
        CliApp.Run(Args(b)).Should().Be(CliApp.Ok);
        File.ReadAllBytes(b).Should().Equal(File.ReadAllBytes(a));
        using var zip = ZipFile.OpenRead(a);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();
        xml.Should().Contain("w:author=\"Drafting Committee\"").And.Contain("w:date=\"2026-03-01T00:00:00Z\"");
    }

    [Test]
    public void Redline_command_without_an_output_file_is_a_usage_error()
    {
        CliApp.Run(new[] { "redline", Model, Arcadia }).Should().Be(CliApp.UsageError);
    }

    [Test]
    public void Report_command_writes_one_html_file_with_the_coverage_heatmap()
    {
        var html = Path.Combine(_dir, "report.html");
        CliApp.Run(new[] { "report", Model, Arcadia, "-o", html, "--principles", Catalog }).Should().Be(CliApp.Ok);
        var text = File.ReadAllText(html);
        text.Should().Contain("id=\"coverage\"").And.Contain("<del>").And.Contain("<ins>");
        text.Should().Contain("<option value=\"ihl\">", "the model's labels feed the principle filter");
    }

    [Test]
    public void Report_command_with_a_missing_catalogue_is_an_input_error()
    {
        CliApp.Run(new[] { "report", Model, Arcadia, "-o", Path.Combine(_dir, "r.html"), "--principles", Path.Combine(_dir, "none.json") })
            .Should().Be(CliApp.InputError);
    }
}
