using System.Text.Json;
using ModelLaw.Coverage;
using ModelLaw.Documents;
using ModelLaw.Reading;

namespace ModelLaw.Tests.Coverage;

/// <summary>Elements of a principle: a partial status says what the text shows and what it leaves out.</summary>
public class PrincipleElementTests
{
    private static LegalDocument Recital(string language, string text)
    {
        var root = new ProvisionBuilder(ProvisionKind.Document);
        var preamble = root.Add(new ProvisionBuilder(ProvisionKind.Preamble));
        preamble.Add(new ProvisionBuilder(ProvisionKind.Recital) { Content = text });
        return new LegalDocument(root.Build(), "Law", language);
    }

    [TestCase("en", "Every output of the system should be subject to human review.")]
    [TestCase("fr", "Toute décision devrait faire l'objet d'un examen humain.")]
    [TestCase("es", "Toda decisión debería ser objeto de una revisión humana.")]
    [TestCase("ru", "Каждое решение подлежит пересмотру человеком.")]
    [TestCase("ar", "ينبغي أن تخضع كل مخرجات النظام للمراجعة البشرية.")]
    [TestCase("zh", "系统的每项输出均经过人工审核。")]
    public void A_partial_principle_names_the_elements_present_and_missing(string language, string text)
    {
        var c = new CoverageAnalyzer().Analyze(Recital(language, text), Docs.Catalog).For("human-oversight")!;

        c.Status.Should().Be(CoverageStatus.Partial);
        c.Elements.Select(e => e.Element.Id).Should().Equal("review", "intervention", "no-solely-automated-decision");
        c.Elements.Where(e => e.Present).Select(e => e.Element.Id).Should().Equal("review");
        c.MissingElements.Select(e => e.Element.Id).Should().Equal("intervention", "no-solely-automated-decision");
        GapMatrixFormatter.ElementSummary(c).Should().StartWith("present: Human review or verification of outputs (")
            .And.EndWith("missing: Power to intervene, override or stop the system; No decision based solely on automated processing");
    }

    [Test]
    public void Oversight_without_a_right_to_contest_is_explained_element_by_element()
    {
        var doc = Docs.Document("en",
            Docs.Article(1, "Human oversight", "The competent authority shall ensure that every output is subject to human review and that an operator can override it."),
            Docs.Article(2, null, "The purpose of remedies under this Law is to offer compensation."));
        var report = new CoverageAnalyzer().Analyze(doc, Docs.Catalog);

        var oversight = report.For("human-oversight")!;
        oversight.Elements.Where(e => e.Present).Select(e => (e.Element.Id, string.Join(",", e.Citations)))
            .Should().Equal(("review", "Article 1"), ("intervention", "Article 1"));
        var remedies = report.For("remedies")!;
        remedies.Elements.Single(e => e.Element.Id == "complaint").Present.Should().BeFalse("nothing lets a person contest a decision");
    }

    [Test]
    public void A_phrase_that_names_a_prohibited_practice_shows_its_element_even_under_a_negation()
    {
        // "based solely on automated" is not negatable as an indicator: "no decision ... based solely on automated processing" provides the safeguard
        var c = new CoverageAnalyzer().Analyze(Docs.Sentence("en",
            "No decision producing legal effects for a person shall be based solely on automated processing."), Docs.Catalog).For("human-oversight")!;
        c.Elements.Single(e => e.Element.Id == "no-solely-automated-decision").Present.Should().BeTrue();
    }

    [Test]
    public void Gap_matrix_outputs_carry_the_elements_of_a_partial_principle()
    {
        var report = new CoverageAnalyzer().Analyze(Recital("en", "Every output of the system should be subject to human review."), Docs.Catalog);
        var matrix = GapMatrix.From(Docs.Catalog, [report], ["law.txt"]);

        GapMatrixFormatter.ToMarkdown(matrix).Should().Contain("Partial coverage explained")
            .And.Contain("- law.txt, Human oversight and meaningful human control: present: Human review or verification of outputs (");
        using var json = JsonDocument.Parse(GapMatrixFormatter.ToJson(matrix));
        var oversight = json.RootElement.GetProperty("reports")[0].GetProperty("principles").EnumerateArray()
            .Single(p => p.GetProperty("id").GetString() == "human-oversight");
        oversight.GetProperty("elements").EnumerateArray().Select(e => (e.GetProperty("id").GetString(), e.GetProperty("present").GetBoolean()))
            .Should().Equal(("review", true), ("intervention", false), ("no-solely-automated-decision", false));
    }

    [Test]
    public async Task A_real_law_that_publishes_and_informs_but_never_explains_is_partial_for_that_reason()
    {
        // PRC Data Security Law: art. 41 makes state organs publish government data, art. 29 makes processors inform users of
        // incidents; nothing requires an explanation of an automated output
        var path = Path.Combine(TestPaths.RequireRealTexts(), "zh-data-security-law", "text.txt");
        var engine = LabelledEvaluationTests.EngineWithReader();
        var doc = await engine.ReadAsync(path, ReadOptions.Default with { Language = "zh" });
        var c = new CoverageAnalyzer().Analyze(doc, Docs.Catalog).For("transparency")!;

        c.Status.Should().Be(CoverageStatus.Partial);
        c.Elements.Single(e => e.Element.Id == "public-disclosure").Citations.Should().Contain("第四十一条");
        c.Elements.Single(e => e.Element.Id == "informing-persons").Citations.Should().Contain("第二十九条");
        c.MissingElements.Select(e => e.Element.Id).Should().Equal("explanation");
    }

    [Test]
    public void Every_element_of_the_shipped_catalogue_has_phrases_in_all_six_languages()
    {
        var elements = Docs.Catalog.Principles.SelectMany(p => p.Elements.Select(e => (p.Id, e))).ToList();
        elements.Should().HaveCountGreaterThanOrEqualTo(20);
        foreach (var (id, e) in elements)
            foreach (var lang in new[] { "en", "fr", "ru", "es", "ar", "zh" })
                e.IndicatorsFor(lang).Should().NotBeEmpty($"{id}/{e.Id} in {lang}");
    }

    [TestCase("""[{ "id": "a", "name": "A", "indicators": { "en": ["x"] } }, { "id": "a", "name": "B", "indicators": { "en": ["y"] } }]""", "duplicate element id 'a'")]
    [TestCase("""[{ "id": "a", "name": "A", "indicators": { "en": [] } }]""", "no phrases")]
    [TestCase("""[{ "id": "A b", "name": "A", "indicators": { "en": ["x"] } }]""", "must be lower-case words")]
    [TestCase("""{ "id": "a" }""", "'elements' must be an array")]
    public void A_malformed_element_is_refused_with_a_clear_message(string elements, string message)
    {
        var json = """
            { "schemaVersion": 1, "id": "c", "title": "C", "version": "1",
              "principles": [ { "id": "p", "name": "P", "definition": "D", "indicators": { "en": [ { "phrase": "x", "weight": 1 } ] }, "elements": ELEMENTS } ] }
            """.Replace("ELEMENTS", elements, StringComparison.Ordinal);
        var act = () => PrincipleCatalog.Parse(json, "c.json");
        act.Should().Throw<InvalidConfigurationException>().WithMessage($"*{message}*");
    }
}
