using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Reading.PlainText;
using Newtonsoft.Json.Linq;

namespace ModelLaw.Tests.Reading;

/// <summary>
/// The two common-law acts in ../shared/real-texts (Canada's PIPEDA, 44 U.S.C. chapter 35) read in sections: exactly the
/// units their headings name (facts.json), with the levels below them counted as the official XML counts them.
/// </summary>
public class CommonLawRealTextTests
{
    private static readonly TextParser Parser = TextParser.CreateDefault();
    private static readonly Dictionary<string, LegalDocument> Cache = new();

    private static LegalDocument Load(string name)
    {
        var root = TestPaths.RequireRealTexts();
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var doc))
                Cache[name] = doc = Parser.Parse(File.ReadAllText(Path.Combine(root, name, "text.txt")), ReadOptions.Default with { SourceName = "text.txt" });
            return doc;
        }
    }

    private static JObject Facts(string name) => JObject.Parse(File.ReadAllText(Path.Combine(TestPaths.RequireRealTexts(), name, "facts.json")));

    private static int Count(LegalDocument doc, ProvisionKind kind) => doc.Provisions.Count(p => p.Kind == kind);

    [TestCase("ca-pipeda-2000")]
    [TestCase("us-usc-44-ch35")]
    public void Reads_exactly_the_sections_its_headings_name_in_order(string name)
    {
        var doc = Load(name);
        var facts = Facts(name);
        doc.Articles.Should().BeEmpty();
        doc.Units.Should().HaveCount((int)facts["articles"]!).And.OnlyContain(u => u.Kind == ProvisionKind.ActSection);
        doc.Units.First().Number!.Written.Should().EndWith(((string)facts["first_article"]!).TrimStart('§', ' '));
        doc.Units.Last().Number!.Written.Should().EndWith(((string)facts["last_article"]!).TrimStart('§', ' '));
        doc.Provisions.Select(p => p.EId).Should().OnlyHaveUniqueItems();
        doc.Diagnostics.Should().NotContain(d => d.Severity == DiagnosticSeverity.Warning && d.Code != "MLT016");
    }

    [Test]
    public void Pipeda_has_its_parts_divisions_schedules_and_the_levels_the_xml_counts()
    {
        var doc = Load("ca-pipeda-2000");
        var facts = Facts("ca-pipeda-2000");
        Count(doc, ProvisionKind.Part).Should().Be((int)facts["parts"]!);
        Count(doc, ProvisionKind.Division).Should().Be((int)facts["divisions"]!);
        Count(doc, ProvisionKind.Annex).Should().Be((int)facts["schedules"]!);
        // "XML counts in the body: 142 Subsection, 240 Paragraph, 30 Subparagraph, 23 Definition"
        var body = doc.Provisions.Where(p => p.Kind != ProvisionKind.Annex && !p.EId.StartsWith("annex_", StringComparison.Ordinal)).ToList();
        body.Count(p => p.Kind == ProvisionKind.ActSubsection).Should().Be(142);
        body.Count(p => p.Kind == ProvisionKind.ActParagraph).Should().Be(240);
        body.Count(p => p.Kind == ProvisionKind.ActSubparagraph).Should().Be(30);
        body.Count(p => p.Kind == ProvisionKind.Definition).Should().Be(23);
    }

    [Test]
    public void Pipeda_inserted_sections_keep_their_order_and_marginal_notes_become_headings()
    {
        var doc = Load("ca-pipeda-2000");
        var numbers = doc.Units.Select(u => u.Number!.Value).ToList();
        numbers.Should().ContainInOrder("4", "4.01", "4.1", "5", "27", "27.1", "28");
        var first = doc.Units.First();
        first.Heading.Should().Be("Short title");
        first.Content.Should().StartWith("This Act may be cited");
        var two = doc.Units.Single(u => u.Number!.Value == "2");
        two.Heading.Should().Be("Definitions");
        two.Children[0].Kind.Should().Be(ProvisionKind.ActSubsection);
        two.Children[0].Citation.Should().Be("Section 2(1)");
        two.Children[1].Heading.Should().Be("Notes in Schedule 1");
        doc.FindByEId("part_1__crossheading_3__sec_4__subsec_1-1")!.Heading.Should().Be("Application");
        doc.Provisions.Single(p => p.Kind == ProvisionKind.CrossHeading && p.Heading == "Interpretation" && p.EId.StartsWith("part_1")).Children
            .Should().ContainSingle(c => c.Kind == ProvisionKind.ActSection);
    }

    [Test]
    public void Pipeda_repealed_paragraphs_and_amendment_ranges_are_kept_as_notes_not_text()
    {
        var doc = Load("ca-pipeda-2000");
        var repealed = doc.Provisions.Where(p => p.IsRepealed).ToList();
        repealed.Should().Contain(p => p.Number!.Written == "(h.2)" && p.Content.Length == 0 && p.Notes.Single().StartsWith("[Repealed", StringComparison.Ordinal));
        var range = doc.Units.Single(u => u.Number!.Written == "52 to 57");
        range.Notes.Should().Equal("[Amendments]");
        range.EId.Should().EndWith("sec_52-57");
    }

    [Test]
    public void Pipeda_schedule_clauses_that_look_like_sections_stay_in_the_schedule_with_a_reason()
    {
        var doc = Load("ca-pipeda-2000");
        var schedule = doc.Provisions.First(p => p.Kind == ProvisionKind.Annex);
        schedule.Descendants().Should().NotContain(p => p.Kind.IsUnit());
        schedule.FullText().Should().Contain("4.1 Principle 1");
        doc.Diagnostics.Should().Contain(d => d.Code == "MLT013" && d.Message.Contains("inside a schedule"));
    }

    [Test]
    public void Usc_has_its_subchapters_parts_and_the_six_levels_the_xml_counts()
    {
        var doc = Load("us-usc-44-ch35");
        Count(doc, ProvisionKind.Subchapter).Should().Be(3);
        Count(doc, ProvisionKind.Part).Should().Be(4);
        doc.Provisions.Where(p => p.Kind == ProvisionKind.Part).Select(p => p.Number!.Value).Should().Equal("a", "b", "c", "d");
        doc.Provisions.Where(p => p.Kind == ProvisionKind.Part).Should().OnlyContain(p => p.EId.StartsWith("chp_35__subchp_3__part_", StringComparison.Ordinal));
        // "XML counts: 134 subsections, 350 paragraphs, 257 subparagraphs, 132 clauses, 35 subclauses, 6 items"
        Count(doc, ProvisionKind.ActSubsection).Should().Be(134);
        (Count(doc, ProvisionKind.ActParagraph) + Count(doc, ProvisionKind.Definition)).Should().Be(350);
        Count(doc, ProvisionKind.ActSubparagraph).Should().Be(257);
        Count(doc, ProvisionKind.Clause).Should().Be(132);
        Count(doc, ProvisionKind.Subclause).Should().Be(35);
        Count(doc, ProvisionKind.Item).Should().Be(6);
    }

    [Test]
    public void Usc_joined_labels_run_in_headings_inserted_and_repealed_sections()
    {
        var doc = Load("us-usc-44-ch35");
        var s3504 = doc.Units.Single(u => u.Number!.Value == "3504");
        s3504.Citation.Should().Be("§ 3504");
        s3504.Heading.Should().Be("Authority and functions of Director");
        var a = s3504.Children[0];
        a.Number!.Written.Should().Be("(a)");
        a.Content.Should().BeEmpty();
        a.Children[0].Citation.Should().Be("§ 3504(a)(1)");
        a.Children[0].Content.Should().StartWith("The Director shall oversee");
        doc.Units.Should().Contain(u => u.Number!.Value == "3520A" && u.EId.EndsWith("sec_3520A"));
        var range = doc.Units.Single(u => u.Number!.Written == "§§ 3531 to 3549");
        range.IsRepealed.Should().BeTrue();
        range.Notes.Single().Should().StartWith("[Repealed.");
        doc.Provisions.Should().Contain(p => p.Heading == "In General" && p.Content.StartsWith("The head of each agency", StringComparison.Ordinal));
    }
}
