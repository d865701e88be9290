using System.Globalization;
using ModelLaw.Cli;
using ModelLaw.Coverage.Evaluation;

namespace ModelLaw.Tests.Coverage;

[NonParallelizable]
public class CoverageEvalCommandTests
{
    private static string Catalog => Path.Combine(TestPaths.Corpus, "principles", "ai-counter-terrorism.json");
    private static string Labels(string name) => Path.Combine(TestPaths.Corpus, "labels", name);

    private static string TempFile() => Path.Combine(Path.GetTempPath(), $"modellaw-coverage-eval-{Guid.NewGuid():N}.md");

    [Test]
    public async Task The_table_gives_the_figures_of_the_library_evaluation_per_file_and_per_language()
    {
        var file = Labels("arcadia.en.principles.json");
        if (!File.Exists(file)) Assert.Ignore("corpus labels missing");
        var expected = (await LabelledEvaluationTests.Evaluate(LabelledEvaluationTests.EngineWithReader(), file)).Counts;
        var output = TempFile();
        try
        {
            CliApp.Run(["coverage-eval", file, "--principles", Catalog, "--details", "-o", output]).Should().Be(CliApp.Ok);
            var lines = File.ReadAllLines(output);
            var figures = string.Create(CultureInfo.InvariantCulture,
                $"| {expected.Precision:0.000} | {expected.Recall:0.000} | {expected.TruePositives} | {expected.FalsePositives} | {expected.FalseNegatives} |");
            lines.Should().Contain(l => l.Contains("| arcadia.en.principles.json | en " + figures, StringComparison.Ordinal));
            lines.Should().Contain(l => l.Contains("| en | 1 " + figures, StringComparison.Ordinal));
            lines.Count(l => l.StartsWith("- FP ", StringComparison.Ordinal)).Should().Be(expected.FalsePositives);
            lines.Count(l => l.StartsWith("- FN ", StringComparison.Ordinal)).Should().Be(expected.FalseNegatives);
        }
        finally { File.Delete(output); }
    }

    [Test]
    public void Labels_naming_a_missing_text_are_an_input_error_naming_it()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"modellaw-coverage-eval-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var labels = Path.Combine(dir, "atlantis.en.principles.json");
            File.WriteAllText(labels, """{ "document": "corpus/national/atlantis.en.txt", "labels": { "Article 1": ["legality"] } }""");
            var err = new StringWriter();
            var previous = Console.Error;
            Console.SetError(err);
            try
            {
                CliApp.Run(["coverage-eval", dir, "--principles", Catalog, "-o", Path.Combine(dir, "out.md")]).Should().Be(CliApp.InputError);
            }
            finally { Console.SetError(previous); }
            err.ToString().Should().Contain("atlantis.en.txt");
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Test]
    public void Counts_pool_by_sum_and_score_one_when_nothing_is_predicted_or_expected()
    {
        var a = new LabelledCounts(8, 2, 0);
        var b = new LabelledCounts(1, 0, 3);
        (a + b).Should().Be(new LabelledCounts(9, 2, 3));
        (a + b).Precision.Should().BeApproximately(9 / 11.0, 1e-12);
        (a + b).Recall.Should().BeApproximately(9 / 12.0, 1e-12);
        LabelledCounts.Zero.Precision.Should().Be(1);
        LabelledCounts.Zero.Recall.Should().Be(1);
    }
}
