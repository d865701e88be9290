using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Reading.PlainText;
using Newtonsoft.Json.Linq;
using ModelLaw.Reading.Citations;

namespace ModelLaw.Tests.Reading;

/// <summary>The EU texts in ../shared/real-texts parse with exactly their articles and annexes, and every citation in their mappings resolves.</summary>
public class RealTextParseTests
{
    private static readonly TextParser Parser = TextParser.CreateDefault();

    public static IEnumerable<TestCaseData> Texts()
    {
        // (case, side, articles, annexes)
        var expected = new (string Case, int ModelArticles, int ModelAnnexes, int NationalArticles, int NationalAnnexes)[]
        {
            ("eu-mifid-2004-39-to-2014-65", 78, 2, 97, 3),
            ("eu-prospectus-2003-71-to-2017-1129", 36, 4, 49, 5),
        };
        foreach (var e in expected)
            foreach (var lang in new[] { "en", "fr" })
            {
                yield return new TestCaseData($"{e.Case}-{lang}", "model", e.ModelArticles, e.ModelAnnexes).SetName($"{e.Case}-{lang} model");
                yield return new TestCaseData($"{e.Case}-{lang}", "national", e.NationalArticles, e.NationalAnnexes).SetName($"{e.Case}-{lang} national");
            }
    }

    private static readonly Dictionary<string, LegalDocument> Cache = new();

    private static LegalDocument Load(string caseName, string side)
    {
        var root = TestPaths.RequireRealTexts();
        lock (Cache)
        {
            var key = caseName + "/" + side;
            if (!Cache.TryGetValue(key, out var doc))
            {
                var text = File.ReadAllText(Path.Combine(root, caseName, side + ".txt"));
                doc = Parser.Parse(text, ReadOptions.Default with { SourceName = side + ".txt" });
                Cache[key] = doc;
            }
            return doc;
        }
    }

    private static JObject Mapping(string caseName) =>
        JObject.Parse(File.ReadAllText(Path.Combine(TestPaths.RequireRealTexts(), caseName, "mapping.json")));

    [TestCaseSource(nameof(Texts))]
    public void Parses_exactly_the_expected_articles_numbered_without_gaps_or_repeats(string caseName, string side, int articles, int annexes)
    {
        var doc = Load(caseName, side);
        doc.Articles.Should().HaveCount(articles);
        doc.Provisions.Where(p => p.Kind == ProvisionKind.Annex).Should().HaveCount(annexes);
        doc.Articles.Select(a => a.Number!.Value).Should().OnlyHaveUniqueItems();
        doc.Provisions.Select(p => p.EId).Should().OnlyHaveUniqueItems();
        doc.Language.Should().Be(caseName[^2..]);
    }

    [TestCaseSource(nameof(Texts))]
    public void Every_article_and_annex_named_in_the_mapping_exists(string caseName, string side, int articles, int annexes)
    {
        var doc = Load(caseName, side);
        var named = Citations(Mapping(caseName), side)
            .Select(c => CitationParser.Default.Parse(c)?.Steps.FirstOrDefault())
            .OfType<CitationStep>()
            .Where(s => s.Kind == CitationStepKind.Heading)
            .Distinct()
            .ToList();
        named.Should().NotBeEmpty();
        var missing = named.Where(s => doc.Provisions.All(p => p.Kind != s.ProvisionKind || p.Number?.Value != s.Value)).ToList();
        missing.Should().BeEmpty();
    }

    /// <summary>
    /// Citations whose target is not a provision of its own in the text: the text runs it inline inside another
    /// provision's line (the real-texts README says inline sub-points may stay as text).
    /// </summary>
    private static readonly Dictionary<string, string> NotSeparateInText = new()
    {
        ["Article 4(1)(35)(b)"] = "point (b) of definition (35) of MiFID II stands inline in the line of (35)",
        ["Article 4, paragraphe 1, point 35) b)"] = "point b) of definition 35) of MiFID II stands inline in the line of 35)",
        ["Article 5(4), second subparagraph"] = "the consolidated Prospectus Directive runs this subparagraph on in the line of point (b)",
        ["Article 5, paragraphe 4, deuxième alinéa"] = "the consolidated Prospectus Directive runs this alinéa on in the line of point b)",
        ["Article 5(4), third subparagraph, first sentence"] = "the consolidated Prospectus Directive runs this subparagraph on in the line of point (b)",
        ["Article 5(4), third subparagraph, second sentence"] = "the consolidated Prospectus Directive runs this subparagraph on in the line of point (b)",
        ["Article 5, paragraphe 4, troisième alinéa, première phrase"] = "the consolidated Prospectus Directive runs this alinéa on in the line of point b)",
        ["Article 5, paragraphe 4, troisième alinéa, deuxième phrase"] = "the consolidated Prospectus Directive runs this alinéa on in the line of point b)",
    };

    [TestCaseSource(nameof(Texts))]
    public void Every_citation_in_the_mapping_resolves_to_a_provision(string caseName, string side, int articles, int annexes)
    {
        var doc = Load(caseName, side);
        var citations = Citations(Mapping(caseName), side).Distinct().Where(c => !NotSeparateInText.ContainsKey(c)).ToList();
        var unresolved = citations.Where(c => doc.ResolveAll(c).Count == 0 || CitationParser.Default.ParseAll(c).Any(p => doc.Resolve(p) is null)).ToList();
        unresolved.Should().BeEmpty();
    }

    [Test]
    public void Citations_excluded_as_inline_are_really_absent_as_provisions_but_their_container_exists()
    {
        var doc = Load("eu-mifid-2004-39-to-2014-65-en", "national");
        doc.Resolve("Article 4(1)(35)(b)").Should().BeNull();
        doc.Resolve("Article 4(1)(35)")!.Content.Should().Contain("(b) ‘control’ which means");
    }

    /// <summary>The citations of one side of a mapping: model → pairs[].model, omitted, moved; national → pairs[].national[], added.</summary>
    private static IEnumerable<string> Citations(JObject mapping, string side)
    {
        if (side == "model")
        {
            foreach (var p in mapping["pairs"]!) yield return (string)p["model"]!;
            foreach (var o in mapping["omitted_in_national"] ?? new JArray()) yield return o.Type == JTokenType.String ? (string)o! : (string)o["model"]!;
            foreach (var m in mapping["moved_to_other_instrument"] ?? new JArray()) yield return (string)m["model"]!;
        }
        else
        {
            foreach (var p in mapping["pairs"]!) foreach (var n in p["national"]!) yield return (string)n!;
            foreach (var a in mapping["added_in_national"] ?? new JArray()) yield return a.Type == JTokenType.String ? (string)a! : (string)a["national"]!;
        }
    }
}
