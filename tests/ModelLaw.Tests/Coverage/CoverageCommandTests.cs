using System.Text.Json;
using ModelLaw.Cli;

namespace ModelLaw.Tests.Coverage;

[NonParallelizable]
public class CoverageCommandTests
{
    private static string Catalog => Path.Combine(TestPaths.Corpus, "principles", "ai-counter-terrorism.json");
    private static string National => Path.Combine(TestPaths.Corpus, "national");

    private static string TempFile(string ext) => Path.Combine(Path.GetTempPath(), $"modellaw-coverage-{Guid.NewGuid():N}.{ext}");

    [Test]
    public void Folder_expands_to_its_texts_and_the_csv_matrix_has_a_column_per_text()
    {
        var texts = Directory.GetFiles(National).Where(f => f.EndsWith(".txt", StringComparison.Ordinal)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        if (texts.Count == 0) Assert.Ignore("no national texts in the corpus");
        var output = TempFile("csv");
        try
        {
            CliApp.Run(["coverage", National, "--principles", Catalog, "--format", "csv", "-o", output]).Should().Be(CliApp.Ok);
            var header = File.ReadAllLines(output)[0];
            header.Should().Be("principle,name," + string.Join(",", texts));
            File.ReadAllLines(output).Should().HaveCount(1 + 18);
        }
        finally { File.Delete(output); }
    }

    [Test]
    public void Json_output_is_the_same_bytes_on_every_run()
    {
        var text = Directory.GetFiles(National, "*.en.txt").FirstOrDefault();
        if (text is null) Assert.Ignore("no English national text in the corpus");
        var a = TempFile("json");
        var b = TempFile("json");
        try
        {
            CliApp.Run(["coverage", text, "--principles", Catalog, "--format", "json", "-o", a]).Should().Be(CliApp.Ok);
            CliApp.Run(["coverage", text, "--principles", Catalog, "--format", "json", "-o", b]).Should().Be(CliApp.Ok);
            File.ReadAllBytes(a).Should().Equal(File.ReadAllBytes(b));
            using var doc = JsonDocument.Parse(File.ReadAllText(a));
            doc.RootElement.GetProperty("principles").GetArrayLength().Should().Be(18);
        }
        finally { File.Delete(a); File.Delete(b); }
    }

    [Test]
    public void Model_with_labels_adds_the_derived_status()
    {
        var model = Path.Combine(TestPaths.Corpus, "models", "ai-ct-model-law.en.txt");
        var text = Directory.GetFiles(National, "*.en.txt").FirstOrDefault();
        if (text is null || !File.Exists(model)) Assert.Ignore("corpus model or English national text missing");
        var output = TempFile("json");
        try
        {
            CliApp.Run(["coverage", text, "--principles", Catalog, "--model", model, "--format", "json", "-o", output]).Should().Be(CliApp.Ok);
            using var doc = JsonDocument.Parse(File.ReadAllText(output));
            doc.RootElement.GetProperty("principles").EnumerateArray()
                .Select(p => p.GetProperty("cells")[0].TryGetProperty("derivedStatus", out var d) ? d.GetString() : null)
                .Should().OnlyContain(s => s == "covered" || s == "partial" || s == "absent");
        }
        finally { File.Delete(output); }
    }

    [Test]
    public void Texts_in_other_languages_are_compared_with_the_model_in_their_own_language()
    {
        // --model names the English model; the Russian and French texts use ai-ct-model-law.ru.txt and .fr.txt beside it
        var model = Path.Combine(TestPaths.Corpus, "models", "ai-ct-model-law.en.txt");
        var texts = Directory.GetFiles(National, "*.ru.txt").Concat(Directory.GetFiles(National, "*.fr.txt")).Order(StringComparer.Ordinal).ToList();
        if (texts.Count == 0 || !File.Exists(model)) Assert.Ignore("corpus model or Russian/French national texts missing");
        var output = TempFile("json");
        try
        {
            CliApp.Run(["coverage", .. texts, "--principles", Catalog, "--model", model, "--format", "json", "-o", output]).Should().Be(CliApp.Ok);
            using var doc = JsonDocument.Parse(File.ReadAllText(output));
            doc.RootElement.GetProperty("texts").GetArrayLength().Should().Be(texts.Count);
            foreach (var principle in doc.RootElement.GetProperty("principles").EnumerateArray())
                principle.GetProperty("cells").EnumerateArray().Select(c => c.TryGetProperty("derivedStatus", out var d) ? d.GetString() : null)
                    .Should().OnlyContain(s => s == "covered" || s == "partial" || s == "absent");
        }
        finally { File.Delete(output); }
    }

    [Test]
    public void Language_versions_of_a_model_are_its_siblings_with_another_language_code()
    {
        var model = Path.Combine(TestPaths.Corpus, "models", "ai-ct-model-law.en.txt");
        if (!File.Exists(model)) Assert.Ignore("corpus model missing");
        ModelLaw.Cli.Commands.CoverageCommand.LanguageVersions(model).Select(Path.GetFileName)
            .Should().Contain(["ai-ct-model-law.fr.txt", "ai-ct-model-law.ru.txt"]).And.NotContain("ai-ct-model-law.en.txt")
            .And.OnlyContain(f => f!.EndsWith(".txt", StringComparison.Ordinal));
    }

    [Test]
    public void Fail_on_absent_exits_with_findings_when_a_principle_is_missing()
    {
        var file = TempFile("txt");
        File.WriteAllText(file, "Article 1\nThis Law enters into force on the day of its publication.\n");
        try
        {
            CliApp.Run(["coverage", file, "--principles", Catalog, "--fail-on", "absent", "-o", TempFile("md")]).Should().Be(CliApp.Findings);
        }
        finally { File.Delete(file); }
    }

    [Test]
    public void Missing_catalogue_is_an_input_error_and_missing_option_a_usage_error()
    {
        var text = Directory.GetFiles(National, "*.txt").FirstOrDefault();
        if (text is null) Assert.Ignore("no national texts in the corpus");
        CliApp.Run(["coverage", text, "--principles", Path.Combine(Path.GetTempPath(), "no-such-catalogue.json")]).Should().Be(CliApp.InputError);
        CliApp.Run(["coverage", text]).Should().Be(CliApp.UsageError);
        CliApp.Run(["coverage", text, "--principles", Catalog, "--format", "xml"]).Should().Be(CliApp.UsageError);
    }
}
