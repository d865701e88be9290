using ModelLaw.Comparing;
using ModelLaw.Workflows.Evaluation;
using ModelLaw.Documents;
using ModelLaw.Reading;

namespace ModelLaw.Tests.Comparing;

/// <summary>
/// The aligner against the official correlation tables of ../shared/real-texts and the corpus mappings, with the same
/// default options for every case. The floors are what the aligner reaches today (see the compare helper's report);
/// raise them as it improves, never lower them.
/// </summary>
[NonParallelizable]
public class RealTextAlignmentTests
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();

    // case folder → (article F1 floor, paragraph F1 floor)
    private static readonly Dictionary<string, (double Article, double Paragraph)> Floors = new(StringComparer.Ordinal)
    {
        ["eu-mifid-2004-39-to-2014-65-en"] = (0.945, 0.92),
        ["eu-mifid-2004-39-to-2014-65-fr"] = (0.93, 0.91),
        ["eu-prospectus-2003-71-to-2017-1129-en"] = (0.87, 0.76),
        ["eu-prospectus-2003-71-to-2017-1129-fr"] = (0.845, 0.74),
    };

    public static IEnumerable<string> RealCases() => Floors.Keys;

    private static (EvaluationResult Ours, EvaluationResult Baseline) Evaluate(EvaluationCase c)
    {
        var gold = GoldMapping.Load(c.MappingPath);
        var options = ReadOptions.Default with { Language = gold.Language };
        var model = Engine.ReadAsync(c.ModelPath, options).GetAwaiter().GetResult();
        var national = Engine.ReadAsync(c.NationalPath, options).GetAwaiter().GetResult();
        var comparison = Engine.Compare(model, national);
        return (AlignmentEvaluator.Evaluate(model, national, AlignmentEvaluator.FromComparison(comparison), gold),
                AlignmentEvaluator.Evaluate(model, national, AlignmentEvaluator.SameNumberBaseline(model, national), gold));
    }

    [TestCaseSource(nameof(RealCases))]
    public void Alignment_reaches_its_floor_on_the_official_correlation_table(string caseName)
    {
        var root = TestPaths.RequireRealTexts();
        var dir = Path.Combine(root, caseName);
        if (!Directory.Exists(dir)) Assert.Ignore($"{caseName} is not in {root}");

        var (ours, baseline) = Evaluate(EvaluationCase.Resolve(dir).Single());

        TestContext.Out.WriteLine($"{caseName}: article {ours.Article}, paragraph {ours.Paragraph}, omission {ours.Omission}; same-number baseline article {baseline.Article}");
        ours.Article.F1.Should().BeGreaterThanOrEqualTo(Floors[caseName].Article);
        ours.Paragraph.F1.Should().BeGreaterThanOrEqualTo(Floors[caseName].Paragraph);
        ours.Article.F1.Should().BeGreaterThan(baseline.Article.F1 + 0.3, "the aligner must beat linking by equal numbers by far");
    }

    [Test]
    public void Alignment_recovers_the_corpus_adaptation_written_from_the_english_model()
    {
        var mapping = Path.Combine(TestPaths.Corpus, "national", "arcadia.mapping.json");
        if (!File.Exists(mapping)) Assert.Ignore("corpus/national/arcadia.mapping.json is absent");

        var (ours, _) = Evaluate(EvaluationCase.Resolve(mapping).Single());

        ours.Article.F1.Should().BeGreaterThanOrEqualTo(0.97);
        ours.Paragraph.F1.Should().BeGreaterThanOrEqualTo(0.95);
        ours.Omission.Recall.Should().BeGreaterThanOrEqualTo(0.9);
    }

    [Test]
    public void Every_model_provision_of_mifid_appears_in_exactly_one_link()
    {
        var root = TestPaths.RequireRealTexts();
        var dir = Path.Combine(root, "eu-mifid-2004-39-to-2014-65-en");
        if (!Directory.Exists(dir)) Assert.Ignore("MiFID case absent");
        var options = ReadOptions.Default with { Language = "en" };
        var model = Engine.ReadAsync(Path.Combine(dir, "model.txt"), options).GetAwaiter().GetResult();
        var national = Engine.ReadAsync(Path.Combine(dir, "national.txt"), options).GetAwaiter().GetResult();

        var comparison = Engine.Compare(model, national);

        var counts = new Dictionary<Provision, int>(ReferenceEqualityComparer.Instance);
        foreach (var p in comparison.AllLinks().SelectMany(l => l.Model)) counts[p] = counts.GetValueOrDefault(p) + 1;
        model.Provisions.Should().OnlyContain(p => counts.ContainsKey(p) && counts[p] == 1);
        comparison.Summary.ModelUnits.Should().Be(model.Provisions.Count(p => p.Kind == ProvisionKind.Article || p.Kind == ProvisionKind.Annex));
    }
}
