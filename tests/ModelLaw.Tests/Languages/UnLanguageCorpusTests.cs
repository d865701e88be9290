using System.Text.Json;
using FluentAssertions;
using ModelLaw.Workflows.Evaluation;
using ModelLaw.Documents;
using ModelLaw.Reading;
using NUnit.Framework;

namespace ModelLaw.Tests.Languages;

/// <summary>The Spanish, Arabic and Chinese texts of the corpus parse to the structure their facts.json states.</summary>
public class UnLanguageCorpusTests
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();

    public static IEnumerable<TestCaseData> Texts()
    {
        foreach (var (file, lang) in new[]
                 {
                     ("models/ai-ct-model-law.es", "es"), ("models/ai-ct-model-law.ar", "ar"), ("models/ai-ct-model-law.zh", "zh"),
                     ("national/aldara.es", "es"), ("national/alwaha.ar", "ar"), ("national/haicheng.zh", "zh"),
                 })
            yield return new TestCaseData(file, lang).SetName($"Corpus {file} matches its facts");
    }

    [TestCaseSource(nameof(Texts))]
    public void Corpus_text_parses_to_the_structure_of_its_facts(string file, string language)
    {
        var facts = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Corpus, file + ".facts.json"))).RootElement;
        var text = File.ReadAllText(Path.Combine(TestPaths.Corpus, file + ".txt"));
        var doc = Engine.Parse(text, new ReadOptions { SourceName = file });

        doc.Language.Should().Be(language, "the language is detected from the text");
        var articles = doc.Root.Descendants().Where(p => p.Kind == ProvisionKind.Article).ToList();
        articles.Should().HaveCount(facts.GetProperty("articles").GetInt32());
        doc.Root.Descendants().Count(p => p.Kind == ProvisionKind.Chapter).Should().Be(facts.GetProperty("chapters").GetInt32());
        articles[0].Number!.Written.Should().Be(facts.GetProperty("first_article").GetString());
        articles[^1].Number!.Written.Should().Be(facts.GetProperty("last_article").GetString());
        doc.Diagnostics.Should().NotContain(d => d.Severity == DiagnosticSeverity.Warning);

        var keys = AlignmentEvaluator.Keys(doc);
        foreach (var check in facts.GetProperty("checks").EnumerateArray())
        {
            var citation = check.GetProperty("citation").GetString()!;
            var key = CitationKey.Parse(citation).Should().ContainSingle().Subject;
            var provision = keys.First(k => k.K == key).P;
            if (check.TryGetProperty("heading", out var heading))
                provision.Heading!.TrimEnd('.').Should().Be(heading.GetString(), citation);
            if (check.TryGetProperty("starts_with", out var start))
                provision.Content.Should().StartWith(start.GetString(), citation);
        }
    }
}
