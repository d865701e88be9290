using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Reading.Citations;
using ModelLaw.Reading.PlainText;

namespace ModelLaw.Tests.Reading;

/// <summary>
/// Heading forms that used to fold whole articles into the paragraph before them: abbreviations, inserted numbers,
/// footnote and amendment markers, repealed units, and the lines that look like headings but are not.
/// </summary>
public class HeadingVariantTests
{
    private static readonly TextParser Parser = TextParser.CreateDefault();

    private static LegalDocument Parse(string text, string lang = "en") => Parser.Parse(text, ReadOptions.Default with { Language = lang });

    [TestCase("Art. 4. Safety requirements", "4", "Safety requirements")]
    [TestCase("ARTICLE 4 — SAFETY REQUIREMENTS", "4", "SAFETY REQUIREMENTS")]
    [TestCase("Article 4: Safety requirements", "4", "Safety requirements")]
    [TestCase("Article 5A. Registers", "5A", "Registers")]
    [TestCase("Article 5.1 — Registers", "5.1", "Registers")]
    [TestCase("Article 5-1. Registers", "5-1", "Registers")]
    [TestCase("Article 5 bis — Registers", "5a", "Registers")]
    public void English_heading_variants_are_articles(string heading, string value, string title)
    {
        var doc = Parse($"Model Law on Registers\n\nArticle 1\nScope\n\n1. This Law applies.\n\n{heading}\n\n1. Providers shall keep a register.\n");
        doc.Articles.Should().HaveCount(2);
        var second = doc.Articles.Last();
        second.Number!.Value.Should().Be(value);
        second.Heading.Should().Be(title);
        second.Children.Single().Content.Should().Be("Providers shall keep a register.");
    }

    [TestCase("Article 5 [1]", "[1]")]
    [TestCase("Article 5 <*>", "<*>")]
    [TestCase("Article 5*", "*")]
    [TestCase("Article 5¹", "¹")]
    [TestCase("Article 5 (as amended by Act No. 12 of 2019)", "(as amended by Act No. 12 of 2019)")]
    public void Footnote_and_amendment_markers_are_notes_not_heading_words(string heading, string note)
    {
        var doc = Parse($"Model Law\n\nArticle 4\nScope\n\nThis Law applies.\n\n{heading}\nRegisters\n\nProviders shall keep a register.\n");
        var art = doc.Articles.Last();
        art.Number!.Value.Should().Be("5");
        art.Notes.Should().Equal(note);
        art.Heading.Should().Be("Registers");
        art.IsRepealed.Should().BeFalse();
    }

    [TestCase("Статья 68 <*>", "ru")]
    [TestCase("Artículo 68 [1]", "es")]
    [TestCase("Article 68 *", "fr")]
    public void Markers_in_other_languages_keep_the_article(string heading, string lang)
    {
        var keyword = heading.Split(' ')[0];
        var doc = Parse($"{keyword} 67\n\n1. Texte.\n\n{heading}\n\n1. Texte.\n", lang);
        doc.Articles.Select(a => a.Number!.Value).Should().Equal("67", "68");
        doc.Articles.Last().Notes.Should().ContainSingle();
    }

    [TestCase("Article 6 (repealed)", "en")]
    [TestCase("Article 6 [Repealed]", "en")]
    [TestCase("Article 6. Repealed.", "en")]
    [TestCase("Статья 6. Утратила силу.", "ru")]
    [TestCase("Article 6 (abrogé)", "fr")]
    public void Repealed_articles_stay_as_repealed_units(string heading, string lang)
    {
        var keyword = heading.Split(' ')[0];
        var doc = Parse($"{keyword} 5\n\n1. Text.\n\n{heading}\n\n{keyword} 7\n\n1. Text.\n", lang);
        doc.Articles.Select(a => a.Number!.Value).Should().Equal("5", "6", "7");
        var repealed = doc.Articles.ElementAt(1);
        repealed.IsRepealed.Should().BeTrue();
        repealed.Heading.Should().BeNull();
        repealed.Notes.Should().ContainSingle();
        repealed.HasChildren.Should().BeFalse();
    }

    [Test]
    public void A_line_that_looks_like_a_heading_but_goes_on_as_a_sentence_is_reported_with_its_line_and_reason()
    {
        var doc = Parse("Model Law\n\nArticle 1\nScope\n\nArticle 4 of Directive 2016/680 applies to these registers.\n");
        doc.Articles.Should().ContainSingle();
        var d = doc.Diagnostics.Single(x => x.Code == "MLT012");
        d.Message.Should().Contain("Line 6").And.Contain("goes on as a sentence");
        d.Span!.Value.Start.Should().Be(6);
    }

    [Test]
    public void A_text_without_any_unit_says_so()
    {
        var doc = Parse("Guidance note\n\n(1) Providers should keep registers.\n\n(2) Registers should be public.\n\n(3) Authorities should publish them.\n\n(4) Reports are annual.\n\n(5) Data is open.\n");
        doc.Units.Should().BeEmpty();
        doc.Diagnostics.Should().Contain(d => d.Code == "MLT014" && d.Severity == DiagnosticSeverity.Warning);
    }

    [Test]
    public void Many_heading_lines_read_as_text_warn_that_the_structure_collapsed()
    {
        var lines = string.Join("\n\n", Enumerable.Range(2, 12).Select(n => $"Article {n}/5 Registers of providers"));
        var doc = Parse("Model Law\n\nArticle 1\nScope\n\n" + lines + "\n");
        doc.Diagnostics.Count(d => d.Code == "MLT012").Should().Be(12);
        doc.Diagnostics.Should().Contain(d => d.Code == "MLT015" && d.Severity == DiagnosticSeverity.Warning);
    }

    [Test]
    public void An_eu_section_that_holds_articles_stays_a_grouping()
    {
        var doc = Parse("Directive\n\nCHAPTER I\nScope\n\nSection 1\nGeneral\n\nArticle 1\nSubject matter\n\n1. This Directive applies.\n\nSection 2\nAuthorisation\n\nArticle 2\nAuthorisation\n\n1. Member States shall authorise.\n");
        doc.Provisions.Where(p => p.Kind == ProvisionKind.Section).Select(s => s.Children.Single().Kind).Should().Equal(ProvisionKind.Article, ProvisionKind.Article);
        doc.Provisions.Should().NotContain(p => p.Kind == ProvisionKind.ActSection);
    }

    [TestCase("§ 1501. Purpose and scope of application\n(a) The purpose of this chapter is to provide for a register.\n§ 1502. Definitions\n(a) In this chapter the term “register” means the public list.\n", "§ 1501", "Purpose and scope of application")]
    [TestCase("SECTION 1. SHORT TITLE. This [act] may be cited as the Uniform Registers Act.\nSECTION 2. DEFINITIONS. In this [act]:\n(1) “Register” means the public list.\n", "Section 1", "SHORT TITLE")]
    [TestCase("Sec. 1. Short title.\nThis Act may be cited as the Registers Act.\nSec. 2. Definitions.\nIn this Act, register means the public list.\n", "Section 1", "Short title")]
    [TestCase("PART 1\nPRELIMINARY\n1. Short title and commencement\n(1) This Ordinance may be cited as the Registers Ordinance.\n2. Interpretation\n(1) In this Ordinance register means the public list.\n", "Section 1", "Short title and commencement")]
    [TestCase("PART 1\nOverview\n1 Overview\n(1) This Act is about registers.\n2 Meaning of register\n(1) A register is the public list.\n", "Section 1", "Overview")]
    [TestCase("Registers Act\n\nShort title.\n1. This Act may be cited as the Registers Act.\nInterpretation.\n2. In this Act register means the public list.\n", "Section 1", "Short title")]
    public void Common_law_forms_read_as_sections(string text, string citation, string heading)
    {
        var doc = Parse(text);
        doc.Units.Should().HaveCount(2).And.OnlyContain(u => u.Kind == ProvisionKind.ActSection);
        var first = doc.Units.First();
        first.Citation.Should().Be(citation);
        first.Heading.Should().Be(heading);
        first.FullText().Should().NotBeEmpty();
    }

    [Test]
    public void A_commonwealth_section_run_on_with_its_first_subsection_and_an_inserted_section()
    {
        var doc = Parse("PART 1\nPRELIMINARY\nPowers of the Minister\n12.—(1) The Minister may make regulations.\n(2) Regulations shall be published.\nLead agency\n12A. The Minister shall designate a lead agency.\nOffences\n13.—(1) A person who breaches section 12A commits an offence.\n");
        doc.Units.Select(u => u.Number!.Value).Should().Equal("12", "12A", "13");
        var twelve = doc.Units.First();
        twelve.Heading.Should().Be("Powers of the Minister");
        twelve.Children.Select(c => c.Citation).Should().Equal("Section 12(1)", "Section 12(2)");
        twelve.Children.Should().OnlyContain(c => c.Kind == ProvisionKind.ActSubsection);
        doc.Units.ElementAt(1).EId.Should().Be("part_1__sec_12A");
        doc.Units.ElementAt(1).Content.Should().Be("The Minister shall designate a lead agency.");
    }

    [TestCase("section 12(2)", "Section 12(2)")]
    [TestCase("Section 12A", "Section 12A")]
    [TestCase("Section 12, subsection (2)", "Section 12(2)")]
    [TestCase("subsection (2) of section 12", "Section 12(2)")]
    [TestCase("subsection (2) of section 12 of this Act", "Section 12(2)")]
    public void Section_citations_resolve(string citation, string expected)
    {
        var doc = Parse("Registers Act\nPowers of the Minister\n12.—(1) The Minister may make regulations.\n(2) Regulations shall be published.\nLead agency\n12A. The Minister shall designate a lead agency.\n");
        doc.Resolve(citation)!.Citation.Should().Be(expected);
    }

    [Test]
    public void Us_section_citations_resolve_through_joined_labels()
    {
        var doc = Parse("§ 3504. Authority and functions of Director\n(a)(1) The Director shall oversee the use of information resources.\n(2) The authority of the Director shall be exercised consistently.\n(b) With respect to policy, the Director shall—\n(1) develop policies;\n(2) foster sharing.\n§ 3505. Assignment of tasks\n(a) In General.—The Director shall assign tasks.\n");
        doc.Resolve("§ 3504(a)(2)")!.Content.Should().StartWith("The authority");
        doc.Resolve("section 3504(b)(1)")!.Content.Should().Be("develop policies;");
        doc.Resolve("§ 3505(a)")!.Heading.Should().Be("In General");
        CitationParser.Default.Parse("§ 3504(a)(2)")!.Steps.Should().HaveCount(3);
        doc.Resolve("paragraph (1) of subsection (b) of section 3504 of this title")!.Content.Should().Be("develop policies;");
        doc.Resolve("paragraph (2) of subsection (a) of section 3504")!.Content.Should().StartWith("The authority");
    }

    [TestCase("paragraph 1 of Article 5", "Article 5(1)")]
    [TestCase("point (a) of paragraph 2 of Article 5", "Article 5(2)(a)")]
    [TestCase("subparagraph (ii) of paragraph (a) of subsection (1) of section 3", "section 3(1)(a)(ii)")]
    public void A_citation_written_from_its_smallest_unit_up_reads_as_the_same_path(string backwards, string forwards)
    {
        var parser = CitationParser.Default;
        parser.Parse(backwards)!.Steps.Select(s => s.Value).Should().Equal(parser.Parse(forwards)!.Steps.Select(s => s.Value));
    }

    [TestCase("Article 5 of Directive 2014/65/EU")]
    [TestCase("paragraph 2")]
    [TestCase("paragraph 2 of the Annex")]
    public void A_citation_not_written_from_its_smallest_unit_up_is_read_as_before(string citation)
    {
        var steps = CitationParser.Default.ParseAll(citation).SelectMany(p => p.Steps).Select(s => s.Value).ToList();
        if (citation.StartsWith("Article", StringComparison.Ordinal)) steps.Should().Equal("5");
        else steps.Should().BeEmpty();
    }
}
