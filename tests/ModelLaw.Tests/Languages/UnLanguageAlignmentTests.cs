using FluentAssertions;
using ModelLaw.Workflows.Evaluation;
using ModelLaw.Documents;
using ModelLaw.Reading;
using NUnit.Framework;

namespace ModelLaw.Tests.Languages;

/// <summary>
/// Alignment of the Spanish, Arabic and Chinese adaptations of the corpus model law against their ground truth
/// (corpus/national/*.mapping.json), scored with the comparison's evaluation harness.
/// </summary>
public class UnLanguageAlignmentTests
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();

    public static IEnumerable<TestCaseData> Adaptations()
    {
        yield return new TestCaseData("es", "aldara").SetName("Aldara (es) aligns with the Spanish model");
        yield return new TestCaseData("ar", "alwaha").SetName("Al-Waha (ar) aligns with the Arabic model");
        yield return new TestCaseData("zh", "haicheng").SetName("Haicheng (zh) aligns with the Chinese model");
    }

    internal static (LegalDocument Model, LegalDocument National, GoldMapping Gold) Load(string language, string state)
    {
        var gold = GoldMapping.Load(Path.Combine(TestPaths.Corpus, "national", state + ".mapping.json"));
        var model = Read(gold.ModelFile!, language);
        var national = Read(gold.NationalFile!, language);
        return (model, national, gold);
    }

    private static LegalDocument Read(string relative, string language)
    {
        var path = Path.Combine(TestPaths.RepoRoot, relative);
        return Engine.Parse(File.ReadAllText(path), new ReadOptions { SourceName = relative, Language = language });
    }

    [TestCaseSource(nameof(Adaptations))]
    public void Adaptation_aligns_with_its_model_at_article_and_paragraph_level(string language, string state)
    {
        var (model, national, gold) = Load(language, state);
        var comparison = Engine.Compare(model, national);
        var result = AlignmentEvaluator.Evaluate(model, national, AlignmentEvaluator.FromComparison(comparison), gold);
        TestContext.Out.WriteLine($"{state}.{language}: article {result.Article}; paragraph {result.Paragraph}; omission {result.Omission}");
        result.Article.F1.Should().BeGreaterThan(0.9);
        result.Paragraph.F1.Should().BeGreaterThan(0.85);
    }

    [TestCaseSource(nameof(Adaptations))]
    public void Every_citation_of_the_ground_truth_names_a_provision_of_the_parsed_texts(string language, string state)
    {
        var (model, national, gold) = Load(language, state);
        var modelKeys = AlignmentEvaluator.Keys(model).Select(k => k.K).ToHashSet();
        var nationalKeys = AlignmentEvaluator.Keys(national).Select(k => k.K).ToHashSet();
        foreach (var pair in gold.Pairs)
        {
            CitationKey.Parse(pair.Model).Should().ContainSingle().Which.Should().BeOneOf(modelKeys, $"model {pair.Model}");
            foreach (var n in pair.National)
                CitationKey.Parse(n).Should().ContainSingle().Which.Should().BeOneOf(nationalKeys, $"national {n}");
        }
    }
}
