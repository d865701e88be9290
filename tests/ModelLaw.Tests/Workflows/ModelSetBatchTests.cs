using ModelLaw.Cli;
using ModelLaw.Workflows.Batch;
using ModelLaw.Workflows.Matrix;

namespace ModelLaw.Tests.Workflows;

/// <summary>
/// The corpus as it is laid out (one model in six languages, seven adaptations in one folder: one per UN language and the
/// English act in sections): batch, compare and report
/// compare each text with the model in its own language, and a wrong forced language fails loudly, naming the file.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class ModelSetBatchTests
{
    private string _dir = "";
    private static string Models => Path.Combine(TestPaths.Corpus, "models");
    private static string National => Path.Combine(TestPaths.Corpus, "national");

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("modellaw-set-batch-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task Batch_over_the_model_folder_compares_every_adaptation_in_its_own_language()
    {
        var batch = ModelLawEngine.CreateDefault().GetService<BatchComparer>();

        var result = await batch.RunAsync(Models, National, new BatchOptions { OutputDirectory = _dir });

        result.Items.Should().HaveCount(7).And.OnlyContain(i => i.Status == BatchItemStatus.Compared);
        result.Items.Should().OnlyContain(i => i.Model == $"ai-ct-model-law.{i.Language}.txt");
        result.Items.Should().OnlyContain(i => i.Summary!.Omitted < 6, "no State drops the model wholesale");
        result.Articles.Texts.Should().HaveCount(7);
        File.ReadAllLines(result.ArticleMatrixCsvPath)[0].Should().EndWith(",aldara.es.txt,alwaha.ar.txt,arcadia.en.txt,haicheng.zh.txt,kestrel.en.txt,severia.ru.txt,valmont.fr.txt");
        File.Exists(result.ArticleMatrixJsonPath).Should().BeTrue();
    }

    [Test]
    public async Task A_resumed_run_keeps_the_matrix_columns_of_the_texts_it_skips()
    {
        var batch = ModelLawEngine.CreateDefault().GetService<BatchComparer>();
        await batch.RunAsync(Models, National, new BatchOptions { OutputDirectory = _dir });

        var again = await batch.RunAsync(Models, National, new BatchOptions { OutputDirectory = _dir });

        again.UpToDate.Should().Be(7);
        again.Articles.Rows.Should().OnlyContain(r => r.Cells.All(c => c != null));
        again.Articles.Count(again.Articles.Texts.ToList().FindIndex(t => t.Name == "arcadia.en.txt"), ArticleFate.Omitted)
            .Should().BeGreaterThan(0);
    }

    [Test]
    public async Task A_forced_language_fails_every_text_it_contradicts_by_name_even_when_results_are_up_to_date()
    {
        var batch = ModelLawEngine.CreateDefault().GetService<BatchComparer>();
        await batch.RunAsync(Models, National, new BatchOptions { OutputDirectory = _dir });

        var result = await batch.RunAsync(Models, National, new BatchOptions { OutputDirectory = _dir, Language = "en" });

        result.Items.Where(i => i.Status != BatchItemStatus.Failed).Select(i => i.Name).Should().Equal("arcadia.en.txt", "kestrel.en.txt");
        result.Items.Where(i => i.Status == BatchItemStatus.Failed)
            .Should().HaveCount(5).And.OnlyContain(i => i.Error!.StartsWith(i.Name + ": the language was forced to 'en'", StringComparison.Ordinal));
    }

    [Test]
    public void The_cli_batch_over_the_model_folder_exits_0_and_the_help_example_is_that_command()
    {
        CliApp.Run(["batch", "--model", Models, "--national", National, "-o", _dir, "-q"]).Should().Be(CliApp.Ok);
        File.ReadAllLines(Path.Combine(_dir, BatchComparer.SummaryCsvName)).Skip(1).Should().HaveCount(7).And.OnlyContain(l => l.Contains(",compared,", StringComparison.Ordinal));

        CliApp.Run(["batch", "--model", Models, "--national", National, "-o", _dir, "--lang", "en", "-q"]).Should().Be(CliApp.Findings);
    }

    [Test]
    public void The_cli_compare_takes_the_model_folder_and_refuses_a_contradicting_language()
    {
        var output = Path.Combine(_dir, "valmont.csv");
        CliApp.Run(["compare", Models, Path.Combine(National, "valmont.fr.txt"), "--format", "csv", "-o", output]).Should().Be(CliApp.Findings);
        File.ReadAllText(output).Should().Contain("Article 2,");

        var err = new StringWriter();
        var old = Console.Error;
        Console.SetError(err);
        try
        {
            CliApp.Run(["compare", Models, Path.Combine(National, "valmont.fr.txt"), "--lang", "en"]).Should().Be(CliApp.InputError);
        }
        finally
        {
            Console.SetError(old);
        }
        err.ToString().Should().Contain("valmont.fr.txt: the language was forced to 'en' but the text reads as 'fr'");
    }

    [Test]
    public void The_cli_report_over_texts_in_two_languages_writes_one_report_per_language()
    {
        var output = Path.Combine(_dir, "report.html");

        CliApp.Run(["report", Models, Path.Combine(National, "arcadia.en.txt"), Path.Combine(National, "valmont.fr.txt"), "-o", output, "-q"])
            .Should().Be(CliApp.Ok);

        File.ReadAllText(Path.Combine(_dir, "report.en.html")).Should().Contain("ARCADIA");
        File.ReadAllText(Path.Combine(_dir, "report.fr.html")).Should().Contain("VALMONT");
    }
}
