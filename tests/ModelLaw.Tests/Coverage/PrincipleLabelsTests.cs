using ModelLaw.Coverage;
using ModelLaw.Documents;

namespace ModelLaw.Tests.Coverage;

public class PrincipleLabelsTests
{
    private static LegalDocument Model() => Docs.Document("en",
        Docs.Article(5, "Human oversight", "High-risk systems shall be overseen by natural persons.", "No decision shall be based solely on automated processing."),
        Docs.Article(6, "Remedies", "Any person affected shall have an effective remedy."));

    private const string Json = """
        { "document": "corpus/models/test.en.txt", "catalog": "ai-counter-terrorism", "language": "en",
          "labels": { "Article 5(2)": ["human-oversight"], "Article 6": ["remedies", "human-rights"], "Article 9(1)": ["legality"] } }
        """;

    [Test]
    public void Labels_resolve_english_citations_to_eIds_and_report_the_unknown_ones()
    {
        var r = PrincipleLabels.Parse(Json, "test.principles.json").Resolve(Model());
        r.Labels.Select(l => l.Key).Should().Equal("art_5__para_2", "art_6");
        r.Labels[1].Value.Should().Equal("remedies", "human-rights");
        r.Unresolved.Should().Equal("Article 9(1)");
    }

    [TestCase("Article 5, paragraphe 2")]
    [TestCase("Статья 5, часть 2")]
    [TestCase("art_5__para_2")]
    [TestCase("第五条第二款")]
    [TestCase("المادة 5، الفقرة 2")]
    public void Labels_resolve_french_russian_chinese_arabic_and_eId_styles(string citation)
    {
        var json = $$"""{ "document": "x", "labels": { "{{citation}}": ["human-oversight"] } }""";
        PrincipleLabels.Parse(json).Resolve(Model()).Labels.Should().ContainSingle().Which.Key.Should().Be("art_5__para_2");
    }

    [Test]
    public void Applying_labels_tags_the_provisions_and_keeps_eIds()
    {
        var tagged = PrincipleLabels.Parse(Json, "test.principles.json").ApplyTo(Model());
        tagged.FindByEId("art_5__para_2")!.Tags.Should().Equal("human-oversight");
        tagged.FindByEId("art_6")!.Tags.Should().Equal("remedies", "human-rights");
        tagged.FindByEId("art_5__para_1")!.Tags.Should().BeEmpty();
        tagged.Diagnostics.Should().ContainSingle(d => d.Message.Contains("Article 9(1)"));
    }

    [Test]
    public void Labels_naming_a_principle_the_catalogue_lacks_are_refused()
    {
        var labels = PrincipleLabels.Parse("""{ "document": "x", "labels": { "Article 5": ["human-oversight", "world-peace"] } }""", "bad.json");
        var act = () => labels.Validate(Docs.Catalog);
        act.Should().Throw<InvalidConfigurationException>().WithMessage("*bad.json*world-peace*");
    }

    [TestCase("""{ "labels": {} }""", "missing required field 'document'")]
    [TestCase("""{ "document": "x" }""", "missing required field 'labels'")]
    [TestCase("""{ "document": "x", "labels": { "Article 1": "human-rights" } }""", "must be an array")]
    [TestCase("""[1, 2]""", "top level must be a JSON object")]
    [TestCase("""{ "document": """, "not valid JSON")]
    public void Malformed_labels_are_refused_with_the_file_name(string json, string reason)
    {
        var act = () => PrincipleLabels.Parse(json, "labels.json");
        act.Should().Throw<InvalidConfigurationException>().Where(e => e.Message.Contains("labels.json") && e.Message.Contains(reason));
    }

    [Test]
    public void Shipped_corpus_labels_use_only_catalogue_ids()
    {
        var dir = Path.Combine(TestPaths.Corpus, "labels");
        if (!Directory.Exists(dir)) Assert.Ignore("no corpus labels");
        foreach (var file in Directory.GetFiles(dir, "*.principles.json"))
        {
            var labels = PrincipleLabels.Load(file);
            labels.Validate(Docs.Catalog);
            labels.Catalog.Should().Be("ai-counter-terrorism", file);
        }
    }
}
