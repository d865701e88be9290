using FluentAssertions.Execution;
using System.Globalization;
using ModelLaw.Coverage;
using ModelLaw.Coverage.Evaluation;
using ModelLaw.Documents;
using ModelLaw.Reading;

namespace ModelLaw.Tests.Coverage;

/// <summary>
/// Precision and recall of the analyzer against the hand-made labels of the corpus (corpus/labels/*.principles.json), at the
/// labels' own unit: a numbered paragraph, or the whole article when it has none (points fold into their paragraph).
/// A (unit, principle) pair is predicted when the analyzer finds evidence for the principle inside the unit, and expected
/// when the labels list the principle for it. Headings of provisions that are not units (chapters, articles with paragraphs)
/// are left out; everything else the analyzer flags outside labelled units counts as a false positive.
/// Set COVERAGE_EVAL_DETAILS=1 to print every false positive and false negative.
/// </summary>
[NonParallelizable]
public class LabelledEvaluationTests
{
    /// <summary>Floor of the pooled en+fr+ru figures (measured P 0.936, R 0.896).</summary>
    private const double OverallFloor = 0.89;

    internal static IEnumerable<string> LabelFiles(string dir) =>
        Directory.Exists(dir) ? Directory.GetFiles(dir, "*.principles.json").Order(StringComparer.Ordinal) : [];

    private static IEnumerable<string> LabelFiles() => LabelFiles(Path.Combine(TestPaths.Corpus, "labels"));

    internal static ModelLawEngine EngineWithReader()
    {
        var engine = ModelLawEngine.CreateDefault();
        try
        {
            engine.GetService<IDocumentLoader>();
        }
        catch (InvalidOperationException)
        {
            Assert.Ignore("no document reader registered yet: the labelled evaluation needs the text parser");
        }
        return engine;
    }

    internal static async Task<LabelledCoverageResult> Evaluate(ModelLawEngine engine, string labelFile)
    {
        var labels = PrincipleLabels.Load(labelFile);
        var path = Path.Combine(TestPaths.RepoRoot, labels.Document);
        var doc = await engine.ReadAsync(path, ReadOptions.Default with { Language = LanguageOf(labels, labelFile), SourceName = Path.GetFileName(path) });
        return engine.GetService<LabelledCoverageEvaluator>().Evaluate(doc, labels, Docs.Catalog);
    }

    /// <summary>Every label file of <paramref name="dir"/> scored, pooled per language; prints the figures (and, with COVERAGE_EVAL_DETAILS=1, every mistake).</summary>
    internal static async Task<SortedDictionary<string, LabelledCounts>> EvaluateAll(ModelLawEngine engine, string dir, string set)
    {
        var perLanguage = new SortedDictionary<string, LabelledCounts>(StringComparer.Ordinal);
        foreach (var file in LabelFiles(dir))
        {
            var r = await Evaluate(engine, file);
            TestContext.Out.WriteLine($"{set} {Path.GetFileName(file),-45} language {r.Language}: {r.Counts}");
            perLanguage[r.Language] = perLanguage.TryGetValue(r.Language, out var c) ? c + r.Counts : r.Counts;
            // citations the parser cannot resolve count as false negatives; list them so a parser gap stays visible
            foreach (var m in r.Mistakes.Where(m => m.Kind == LabelledMistakeKind.Unresolved || Details))
                TestContext.Out.WriteLine($"  {m.Kind} {m.Citation} {m.PrincipleId}: {m.Detail.ReplaceLineEndings(" ")}");
        }
        foreach (var (lang, c) in perLanguage) TestContext.Out.WriteLine($"{set} language {lang}: {c}");
        return perLanguage;
    }

    private static bool Details => Environment.GetEnvironmentVariable("COVERAGE_EVAL_DETAILS") == "1";

    /// <summary>
    /// The figures each language is held to on the corpus: what the analyzer measures (rounded down to three decimals), so a
    /// change that loses a single pair fails. Raise them when the analyzer improves.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, (double Precision, double Recall)> CorpusFloors = new Dictionary<string, (double, double)>
    {
        ["en"] = (0.940, 0.891), ["fr"] = (0.922, 0.890), ["ru"] = (0.945, 0.906),
        ["es"] = (0.934, 0.901), ["ar"] = (0.912, 0.902), ["zh"] = (0.906, 0.885),
    };

    /// <summary>The catalogue's original three languages, also held to a pooled floor.</summary>
    private static readonly string[] AssertedLanguages = ["en", "fr", "ru"];

    /// <summary>
    /// The languages whose texts must come out covered exactly for the principles their labels use: the three asserted ones,
    /// and Spanish and Arabic, whose thinner indicator lists still get every status right (Chinese does not yet: Haicheng
    /// keeps "不歧视" in its list of rights at risk and comes out covered for non-discrimination).
    /// </summary>
    private static readonly string[] StatusLanguages = ["en", "fr", "ru", "es", "ar"];

    // "arcadia.en.principles.json" → "en" when the labels do not say
    private static string? LanguageOf(PrincipleLabels labels, string file) =>
        labels.Language ?? Path.GetFileName(file).Split('.') switch { [_, var lang, "principles", "json"] => lang, _ => null };

    [Test]
    public async Task Analyzer_keeps_the_measured_precision_and_recall_in_every_language_of_the_corpus()
    {
        if (!LabelFiles().Any()) Assert.Ignore("no labels in corpus/labels");
        var perLanguage = await EvaluateAll(EngineWithReader(), Path.Combine(TestPaths.Corpus, "labels"), "corpus");
        var overall = perLanguage.Where(kv => AssertedLanguages.Contains(kv.Key)).Select(kv => kv.Value).Aggregate(LabelledCounts.Zero, (a, b) => a + b);
        TestContext.Out.WriteLine($"overall ({string.Join(", ", AssertedLanguages)}): {overall}");

        using (new AssertionScope())
        {
            perLanguage.Keys.Should().BeEquivalentTo(CorpusFloors.Keys, "every language of the catalogue has labelled corpus texts");
            foreach (var (lang, c) in perLanguage)
            {
                var (p, r) = CorpusFloors[lang];
                c.Precision.Should().BeGreaterThanOrEqualTo(p - 0.0005, $"precision in {lang} ({c})");
                c.Recall.Should().BeGreaterThanOrEqualTo(r - 0.0005, $"recall in {lang} ({c})");
            }
            overall.Precision.Should().BeGreaterThanOrEqualTo(OverallFloor, "overall precision");
            overall.Recall.Should().BeGreaterThanOrEqualTo(OverallFloor, "overall recall");
        }
    }

    [Test]
    public async Task Document_status_is_covered_exactly_for_the_principles_the_labels_use()
    {
        // the corpus drops some principles from each national adaptation on purpose (Arcadia: IHL and stakeholder engagement;
        // Valmont: early warning and capacity building; Severia: non-discrimination and robustness): they must not come out covered
        var engine = EngineWithReader();
        int checkedTexts = 0;
        using (new AssertionScope())
        {
            foreach (var file in LabelFiles())
            {
                var labels = PrincipleLabels.Load(file);
                var language = LanguageOf(labels, file);
                if (language is null || !StatusLanguages.Contains(language)) continue;
                var path = Path.Combine(TestPaths.RepoRoot, labels.Document);
                var doc = await engine.ReadAsync(path, ReadOptions.Default with { Language = language, SourceName = Path.GetFileName(path) });
                var report = new CoverageAnalyzer().Analyze(doc, Docs.Catalog);
                var used = labels.PrincipleIds.ToHashSet(StringComparer.Ordinal);
                foreach (var p in report.Principles)
                {
                    if (used.Contains(p.Principle.Id)) p.Status.Should().Be(CoverageStatus.Covered, $"{Path.GetFileName(path)} addresses {p.Principle.Id}");
                    else p.Status.Should().NotBe(CoverageStatus.Covered, $"{Path.GetFileName(path)} leaves out {p.Principle.Id}");
                }
                checkedTexts++;
            }
        }
        if (checkedTexts == 0) Assert.Ignore("no en/fr/ru/es/ar labels in corpus/labels");
    }
}
