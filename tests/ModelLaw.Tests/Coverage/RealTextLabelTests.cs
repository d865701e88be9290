using FluentAssertions.Execution;
using ModelLaw.Coverage;

namespace ModelLaw.Tests.Coverage;

/// <summary>
/// Precision and recall on real laws: hand labels in corpus/labels/real-texts/ point to texts in ../shared/real-texts by path
/// and article (the texts are never copied here), each label with its reason and each principle left out with why. Scored
/// like the corpus labels (<see cref="LabelledEvaluationTests"/>) and reported per language, apart from the corpus figures.
/// Skipped with a visible reason when ../shared is absent. COVERAGE_EVAL_DETAILS=1 prints every false positive and negative.
/// </summary>
[NonParallelizable]
public class RealTextLabelTests
{
    private static string[] LabelFiles()
    {
        var dir = Path.Combine(TestPaths.Corpus, "labels", "real-texts");
        return Directory.Exists(dir) ? Directory.GetFiles(dir, "*.principles.json").Order(StringComparer.Ordinal).ToArray() : [];
    }

    [Test]
    public async Task Real_text_labels_resolve_and_are_scored_per_language()
    {
        TestPaths.RequireRealTexts();
        var files = LabelFiles();
        files.Should().NotBeEmpty("corpus/labels/real-texts holds the real-text labels");
        var engine = LabelledEvaluationTests.EngineWithReader();
        using var scope = new AssertionScope();
        foreach (var file in files)
        {
            var labels = PrincipleLabels.Load(file);
            labels.Document.Should().StartWith("../shared/real-texts/", "real-text labels point to the shared texts, never to a copy");
            var (lang, counts, details) = await LabelledEvaluationTests.Evaluate(engine, file);
            TestContext.Out.WriteLine($"real text {Path.GetFileName(file),-45} language {lang}: {counts}");
            details.Where(d => d.StartsWith("UNRESOLVED", StringComparison.Ordinal)).Should().BeEmpty("every labelled article exists in the text");
            if (Environment.GetEnvironmentVariable("COVERAGE_EVAL_DETAILS") == "1")
                foreach (var d in details) TestContext.Out.WriteLine(d);
            counts.TruePositives.Should().BeGreaterThan(0, $"the analyzer finds some labelled principle in {Path.GetFileName(file)}");
        }
    }
}
