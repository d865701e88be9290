using FluentAssertions.Execution;
using ModelLaw.Coverage;
using ModelLaw.Coverage.Evaluation;

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
    private static string Dir => Path.Combine(TestPaths.Corpus, "labels", "real-texts");

    /// <summary>What the analyzer measures on each language's real-text labels (rounded down): a regression fails, an improvement raises them.</summary>
    private static readonly IReadOnlyDictionary<string, (double Precision, double Recall)> Floors = new Dictionary<string, (double, double)>
    {
        ["ar"] = (0.359, 0.711), ["es"] = (0.102, 0.361), ["zh"] = (0.562, 0.461),
    };

    [Test]
    public async Task Real_text_labels_resolve_and_point_to_the_shared_texts()
    {
        TestPaths.RequireRealTexts();
        var files = LabelledEvaluationTests.LabelFiles(Dir).ToList();
        files.Should().NotBeEmpty("corpus/labels/real-texts holds the real-text labels");
        var engine = LabelledEvaluationTests.EngineWithReader();
        using var scope = new AssertionScope();
        foreach (var file in files)
        {
            PrincipleLabels.Load(file).Document.Should().StartWith("../shared/real-texts/", "real-text labels point to the shared texts, never to a copy");
            var result = await LabelledEvaluationTests.Evaluate(engine, file);
            result.Mistakes.Where(m => m.Kind == LabelledMistakeKind.Unresolved).Should().BeEmpty($"every labelled article of {Path.GetFileName(file)} exists in the text");
            result.Counts.TruePositives.Should().BeGreaterThan(0, $"the analyzer finds some labelled principle in {Path.GetFileName(file)}");
        }
    }

    [Test]
    public async Task Analyzer_keeps_the_measured_precision_and_recall_on_the_real_texts_of_each_language()
    {
        TestPaths.RequireRealTexts();
        var perLanguage = await LabelledEvaluationTests.EvaluateAll(LabelledEvaluationTests.EngineWithReader(), Dir, "real text");
        using var scope = new AssertionScope();
        perLanguage.Keys.Should().BeEquivalentTo(Floors.Keys);
        foreach (var (lang, c) in perLanguage.Where(kv => Floors.ContainsKey(kv.Key)))
        {
            var (p, r) = Floors[lang];
            c.Precision.Should().BeGreaterThanOrEqualTo(p - 0.0005, $"precision on the {lang} real texts ({c})");
            c.Recall.Should().BeGreaterThanOrEqualTo(r - 0.0005, $"recall on the {lang} real texts ({c})");
        }
    }
}
