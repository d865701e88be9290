using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Reading.PlainText;
using Newtonsoft.Json.Linq;
using ModelLaw.Reading.Citations;

namespace ModelLaw.Tests.Reading;

/// <summary>Every English, French and Russian corpus text parses to the structure its facts file states.</summary>
public class CorpusParseTests
{
    private static readonly TextParser Parser = TextParser.CreateDefault();

    public static IEnumerable<TestCaseData> FactFiles()
    {
        var corpus = TestPaths.Corpus;
        if (!Directory.Exists(corpus)) yield break;
        foreach (var f in Directory.GetFiles(corpus, "*.facts.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lang = (string?)JObject.Parse(File.ReadAllText(f))["language"];
            if (lang is "en" or "fr" or "ru")
                yield return new TestCaseData(Path.GetRelativePath(corpus, f)).SetName(Path.GetFileName(f));
        }
    }

    private static (JObject Facts, LegalDocument Doc) Load(string relativeFacts)
    {
        var facts = JObject.Parse(File.ReadAllText(Path.Combine(TestPaths.Corpus, relativeFacts)));
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, (string)facts["document"]!));
        // no language given: detection must find it
        var doc = Parser.Parse(text, ReadOptions.Default with { SourceName = (string)facts["document"]! });
        return (facts, doc);
    }

    [TestCaseSource(nameof(FactFiles))]
    public void Counts_of_articles_chapters_annexes_and_recitals_are_as_stated(string factsFile)
    {
        var (facts, doc) = Load(factsFile);
        doc.Language.Should().Be((string)facts["language"]!);
        // the units: articles, or the sections of a common-law adaptation
        doc.Units.Should().HaveCount((int)facts["articles"]!);
        doc.Provisions.Count(p => p.Kind == ProvisionKind.Chapter).Should().Be((int?)facts["chapters"] ?? 0);
        doc.Provisions.Count(p => p.Kind == ProvisionKind.Part).Should().Be((int?)facts["parts"] ?? 0);
        doc.Provisions.Count(p => p.Kind == ProvisionKind.Annex).Should().Be((int?)facts["annexes"] ?? 0);
        doc.Provisions.Count(p => p.Kind == ProvisionKind.Recital).Should().Be((int?)facts["recitals"] ?? 0);
        doc.Diagnostics.Should().NotContain(d => d.Severity != DiagnosticSeverity.Info);
    }

    [TestCaseSource(nameof(FactFiles))]
    public void First_and_last_articles_are_as_stated(string factsFile)
    {
        var (facts, doc) = Load(factsFile);
        doc.Units.First().Number!.Written.Should().Be((string)facts["first_article"]!);
        doc.Units.Last().Number!.Written.Should().Be((string)facts["last_article"]!);
    }

    [TestCaseSource(nameof(FactFiles))]
    public void Definitions_article_holds_definitions(string factsFile)
    {
        var (facts, doc) = Load(factsFile);
        var article = doc.Resolve((string)facts["definitions_article"]!);
        article.Should().NotBeNull();
        article!.Descendants().Should().Contain(p => p.Kind == ProvisionKind.Definition);
        doc.Units.Where(a => !ReferenceEquals(a, article)).SelectMany(a => a.Descendants())
            .Should().NotContain(p => p.Kind == ProvisionKind.Definition);
    }

    [TestCaseSource(nameof(FactFiles))]
    public void Provisions_with_unnumbered_subparagraphs_have_them(string factsFile)
    {
        var (facts, doc) = Load(factsFile);
        foreach (var citation in facts["unnumbered_subparagraphs"]?.Values<string>() ?? [])
            doc.Resolve(citation!)!.Children.Should().Contain(c => c.Kind == ProvisionKind.Subparagraph, citation);
    }

    [TestCaseSource(nameof(FactFiles))]
    public void Inserted_articles_exist(string factsFile)
    {
        var (facts, doc) = Load(factsFile);
        foreach (var citation in facts["insertion_numbering"]?.Values<string>() ?? [])
            doc.Resolve(citation!).Should().NotBeNull(citation);
    }

    [TestCaseSource(nameof(FactFiles))]
    public void Spot_checked_citations_have_the_stated_heading_or_opening_words(string factsFile)
    {
        var (facts, doc) = Load(factsFile);
        foreach (var check in facts["checks"]?.Children<JObject>() ?? [])
        {
            var citation = (string)check["citation"]!;
            var p = doc.Resolve(citation);
            p.Should().NotBeNull(citation);
            if (check["heading"] is { } h) p!.Heading.Should().Be((string)h!, citation);
            if (check["starts_with"] is { } s) p!.Content.Should().StartWith((string)s!, citation);
        }
    }
}
