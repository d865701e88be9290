using ModelLaw.Coverage;

namespace ModelLaw.Tests.Coverage;

public class PrincipleCatalogTests
{
    private static readonly string[] ExpectedIds =
    [
        "human-rights", "ihl", "legality", "necessity-proportionality", "transparency", "accountability", "human-oversight",
        "data-protection", "non-discrimination", "robustness-security", "risk-assessment", "remedies", "independent-oversight",
        "international-cooperation", "early-warning", "capacity-building", "stakeholder-engagement", "criminalisation",
    ];

    private const string Minimal = """
        { "schemaVersion": 1, "id": "t", "title": "T", "version": "1",
          "principles": [ { "id": "human-oversight", "name": "Human oversight", "definition": "d",
                            "indicators": { "en": [ { "phrase": "human oversight", "weight": 1.0 } ] } } ] }
        """;

    [Test]
    public void Shipped_catalogue_holds_the_eighteen_agreed_principles_in_order()
    {
        Docs.Catalog.Principles.Select(p => p.Id).Should().Equal(ExpectedIds);
        Docs.Catalog.Id.Should().Be("ai-counter-terrorism");
        Docs.Catalog.SchemaVersion.Should().Be(1);
    }

    [Test]
    public void Every_shipped_principle_has_a_definition_pinpoint_sources_and_phrases_in_english_french_and_russian()
    {
        foreach (var p in Docs.Catalog.Principles)
        {
            p.Definition.Length.Should().BeGreaterThan(60, p.Id);
            p.Sources.Should().NotBeEmpty(p.Id);
            p.Sources.Should().OnlyContain(s => s.Pinpoint.Length > 0 && s.Instrument.Length > 0, p.Id);
            foreach (var lang in new[] { "en", "fr", "ru" })
                p.IndicatorsFor(lang).Length.Should().BeGreaterThanOrEqualTo(5, $"{p.Id} in {lang}");
        }
    }

    [Test]
    public void Shipped_catalogue_has_operational_markers_for_each_language()
    {
        foreach (var lang in new[] { "en", "fr", "ru" })
        {
            var m = Docs.Catalog.Operational[lang];
            m.Obligations.Should().NotBeEmpty();
            m.Authorities.Should().NotBeEmpty();
            m.Procedures.Should().NotBeEmpty();
        }
        Docs.Catalog.Operational["ru"].Obligations.Should().Contain("обязан*");
        Docs.Catalog.Operational["fr"].Obligations.Should().Contain("doit");
    }

    [Test]
    public void Minimal_catalogue_parses_with_defaults()
    {
        var c = PrincipleCatalog.Parse(Minimal, "mini.json");
        c.Principles.Should().ContainSingle();
        c.Principles[0].IndicatorsFor("en")[0].Should().Be(new IndicatorPhrase("human oversight", 1.0));
        c.Principles[0].IndicatorsFor("en")[0].Negatable.Should().BeTrue();
        c.SourceName.Should().Be("mini.json");
    }

    [Test]
    public void Regional_language_code_falls_back_to_its_primary_language()
    {
        var c = PrincipleCatalog.Parse(Minimal);
        c.Principles[0].IndicatorsFor("en-GB").Should().ContainSingle();
    }

    [TestCase("{ not json", "not valid JSON")]
    [TestCase("""{ "id": "t", "title": "T", "version": "1", "principles": [] }""", "missing required field 'schemaVersion'")]
    [TestCase("""{ "schemaVersion": 7, "id": "t", "title": "T", "version": "1", "principles": [] }""", "unknown schemaVersion 7")]
    [TestCase("""{ "schemaVersion": 1, "title": "T", "version": "1", "principles": [] }""", "missing required field 'id'")]
    [TestCase("""{ "schemaVersion": 1, "id": "t", "title": "T", "version": "1", "principles": [] }""", "'principles' is empty")]
    [TestCase("""{ "schemaVersion": 1, "id": "t", "title": "T", "version": "1", "principles": [ { "id": "a", "name": "A", "indicators": { "en": [ { "phrase": "x", "weight": 1 } ] } } ] }""", "missing required field 'definition'")]
    [TestCase("""{ "schemaVersion": 1, "id": "t", "title": "T", "version": "1", "principles": [ { "id": "a", "name": "A", "definition": "d", "indicators": { "en": [ { "phrase": "x", "weight": 1.5 } ] } } ] }""", "'weight' must be a number in (0, 1]")]
    [TestCase("""{ "schemaVersion": 1, "id": "t", "title": "T", "version": "1", "principles": [ { "id": "Bad Id", "name": "A", "definition": "d", "indicators": { "en": [ { "phrase": "x", "weight": 1 } ] } } ] }""", "lower-case words")]
    public void Invalid_catalogue_is_refused_with_the_file_name_and_the_reason(string json, string reason)
    {
        var act = () => PrincipleCatalog.Parse(json, "bad-catalogue.json");
        act.Should().Throw<InvalidConfigurationException>()
            .Where(e => e.Message.Contains("bad-catalogue.json") && e.Message.Contains(reason));
    }

    [Test]
    public void Duplicate_principle_ids_are_refused()
    {
        var json = """
            { "schemaVersion": 1, "id": "t", "title": "T", "version": "1", "principles": [
              { "id": "remedies", "name": "A", "definition": "d", "indicators": { "en": [ { "phrase": "remedy", "weight": 1 } ] } },
              { "id": "remedies", "name": "B", "definition": "d", "indicators": { "en": [ { "phrase": "appeal", "weight": 1 } ] } } ] }
            """;
        var act = () => PrincipleCatalog.Parse(json, "dup.json");
        act.Should().Throw<InvalidConfigurationException>().WithMessage("*dup.json*duplicate principle id 'remedies'*");
    }

    [Test]
    public void Loading_a_missing_file_names_it()
    {
        var act = () => PrincipleCatalog.Load(Path.Combine(Path.GetTempPath(), "no-such-catalogue-4711.json"));
        act.Should().Throw<InvalidConfigurationException>().WithMessage("*no-such-catalogue-4711.json*");
    }
}
