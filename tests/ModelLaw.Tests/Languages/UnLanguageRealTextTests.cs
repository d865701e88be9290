using System.Text.Json;
using FluentAssertions;
using ModelLaw.Documents;
using ModelLaw.Reading;
using NUnit.Framework;

namespace ModelLaw.Tests.Languages;

/// <summary>
/// Real legislation in Spanish, Arabic and Chinese (../shared/real-texts, read in place): structure counts and traps
/// from each case's facts.json.
/// </summary>
public class UnLanguageRealTextTests
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();

    private static (LegalDocument Doc, JsonElement Facts) Read(string caseName)
    {
        var dir = Path.Combine(TestPaths.RequireRealTexts(), caseName);
        var facts = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "facts.json"))).RootElement.Clone();
        var doc = Engine.Parse(File.ReadAllText(Path.Combine(dir, "text.txt")), new ReadOptions { SourceName = caseName });
        return (doc, facts);
    }

    private static List<Provision> All(LegalDocument d, ProvisionKind kind) => d.Root.Descendants().Where(p => p.Kind == kind).ToList();

    // ---------------------------------------------------------------- Spanish Constitution (1978)

    [Test]
    public void Spanish_constitution_is_detected_as_spanish_and_has_169_articles_in_order()
    {
        var (doc, facts) = Read("es-constitucion-1978");
        doc.Language.Should().Be("es");
        var articles = All(doc, ProvisionKind.Article);
        articles.Should().HaveCount(facts.GetProperty("articles").GetInt32());
        articles.Select(a => a.Number!.Ordinal).Should().Equal(Enumerable.Range(1, 169).Select(i => (int?)i));
        articles[0].Number!.Written.Should().Be(facts.GetProperty("first_article").GetString());
        articles[^1].Number!.Written.Should().Be(facts.GetProperty("last_article").GetString());
    }

    [Test]
    public void Spanish_constitution_has_eleven_titulos_from_preliminar_and_eleven_capitulos()
    {
        var (doc, facts) = Read("es-constitucion-1978");
        var titles = All(doc, ProvisionKind.Title);
        titles.Should().HaveCount(facts.GetProperty("titles").GetInt32());
        titles[0].Number!.Written.Should().Be("TÍTULO PRELIMINAR");
        titles[1].Heading.Should().Be("De los derechos y deberes fundamentales");
        All(doc, ProvisionKind.Chapter).Should().HaveCount(facts.GetProperty("chapters").GetInt32());
    }

    [Test]
    public void Spanish_constitution_secciones_with_ordinal_indicator_sit_in_titulo_I_capitulo_II()
    {
        var (doc, _) = Read("es-constitucion-1978");
        var sections = All(doc, ProvisionKind.Section).Where(s => s.Number!.Written.StartsWith("SECCIÓN", StringComparison.Ordinal)).ToList();
        sections.Select(s => s.Number!.Written).Should().Equal("SECCIÓN 1.ª", "SECCIÓN 2.ª");
        sections[0].EId.Should().Be("title_1__chp_2__sec_1");
        sections[0].Heading.Should().Be("De los derechos fundamentales y de las libertades públicas");
    }

    [Test]
    public void Spanish_ordinal_points_of_article_148_1_are_22_points_of_its_first_apartado()
    {
        var (doc, _) = Read("es-constitucion-1978");
        var art = All(doc, ProvisionKind.Article).Single(a => a.Number!.Ordinal == 148);
        var para1 = art.Children.First(c => c.Kind == ProvisionKind.Paragraph);
        para1.Children.Where(c => c.Kind == ProvisionKind.Point).Should().HaveCount(22);
        para1.Children[0].Number!.Written.Should().Be("1.ª");
        art.Children.Count(c => c.Kind == ProvisionKind.Paragraph).Should().Be(2);
    }

    [Test]
    public void Spanish_final_provisions_with_BOE_markup_are_groups_of_numbered_dispositions()
    {
        var (doc, _) = Read("es-constitucion-1978");
        var groups = All(doc, ProvisionKind.Part);
        groups.Select(g => g.Number!.Written).Should().Equal(
            "DISPOSICIONES ADICIONALES", "DISPOSICIONES TRANSITORIAS", "DISPOSICIÓN DEROGATORIA", "DISPOSICIÓN FINAL");
        groups[0].Children.Should().HaveCount(4);
        groups[1].Children.Should().HaveCount(9);
        groups[1].Children[^1].Number!.Written.Should().Be("Novena");
    }

    // ---------------------------------------------------------------- Saudi counter-terrorism law

    [Test]
    public void Saudi_law_has_96_articles_numbered_by_ordinal_words_and_10_chapters()
    {
        var (doc, facts) = Read("ar-sa-counter-terrorism");
        doc.Language.Should().Be("ar");
        var articles = All(doc, ProvisionKind.Article);
        articles.Should().HaveCount(facts.GetProperty("articles").GetInt32());
        articles.Select(a => a.Number!.Ordinal).Should().Equal(Enumerable.Range(1, 96).Select(i => (int?)i));
        articles[0].Number!.Written.Should().Be(facts.GetProperty("first_article").GetString());
        articles[^1].Number!.Written.Should().Be(facts.GetProperty("last_article").GetString());
        All(doc, ProvisionKind.Chapter).Should().HaveCount(facts.GetProperty("chapters").GetInt32());
    }

    [Test]
    public void Saudi_chapter_heading_glued_into_an_article_puts_the_chapter_before_that_article()
    {
        var (doc, _) = Read("ar-sa-counter-terrorism");
        var chapters = All(doc, ProvisionKind.Chapter);
        chapters[1].Heading.Should().Be("أحكام عامة");
        var firstOfChapter2 = chapters[1].Children.First(c => c.Kind == ProvisionKind.Article);
        firstOfChapter2.Number!.Written.Should().Be("المادة الثانية");
        firstOfChapter2.Content.Should().NotBeEmpty();
        chapters[0].Children.Where(c => c.Kind == ProvisionKind.Article).Should().ContainSingle();
        doc.Diagnostics.Count(d => d.Code == "MLT010").Should().Be(10);
    }

    [Test]
    public void Saudi_heading_with_a_trailing_colon_is_still_an_article()
    {
        var (doc, _) = Read("ar-sa-counter-terrorism");
        var art90 = All(doc, ProvisionKind.Article).Single(a => a.Number!.Ordinal == 90);
        art90.Number!.Written.Should().Be("المادة التسعون");
        art90.FullText().Should().NotBeEmpty();
    }

    [Test]
    public void Saudi_running_text_that_uses_alfasl_for_adjudication_makes_no_chapter()
    {
        var (doc, _) = Read("ar-sa-counter-terrorism");
        All(doc, ProvisionKind.Chapter).Should().OnlyContain(c => c.Number!.Written.StartsWith("الفصل ", StringComparison.Ordinal) && c.Heading != null);
        doc.Root.Descendants().Any(p => p.Content.Contains("الفصل في", StringComparison.Ordinal)).Should().BeTrue();
    }

    [Test]
    public void Saudi_numbered_items_with_a_hyphen_are_paragraphs_of_the_definitions_article()
    {
        var (doc, _) = Read("ar-sa-counter-terrorism");
        var first = All(doc, ProvisionKind.Article)[0];
        first.Children.Where(c => c.Number is not null).Select(c => c.Number!.Ordinal).Should().StartWith([1, 2, 3]);
        first.Children[0].Number!.Written.Should().Be("1-");
    }

    // ---------------------------------------------------------------- Chinese Data Security Law

    [Test]
    public void Chinese_data_security_law_has_55_articles_in_7_chapters()
    {
        var (doc, facts) = Read("zh-data-security-law");
        doc.Language.Should().Be("zh");
        var articles = All(doc, ProvisionKind.Article);
        articles.Should().HaveCount(facts.GetProperty("articles").GetInt32());
        articles.Select(a => a.Number!.Ordinal).Should().Equal(Enumerable.Range(1, 55).Select(i => (int?)i));
        articles[0].Number!.Written.Should().Be(facts.GetProperty("first_article").GetString());
        articles[^1].Number!.Written.Should().Be(facts.GetProperty("last_article").GetString());
        All(doc, ProvisionKind.Chapter).Should().HaveCount(facts.GetProperty("chapters").GetInt32());
    }

    [Test]
    public void Chinese_chapter_titles_lose_their_typographic_spaces()
    {
        var (doc, _) = Read("zh-data-security-law");
        var chapters = All(doc, ProvisionKind.Chapter);
        chapters[0].Heading.Should().Be("总则");
        chapters[^1].Heading.Should().Be("附则");
    }

    [Test]
    public void Chinese_article_keeps_its_first_paragraph_on_the_heading_line_and_counts_further_paragraphs()
    {
        var (doc, _) = Read("zh-data-security-law");
        var articles = All(doc, ProvisionKind.Article);
        articles[0].Content.Should().StartWith("为了规范数据处理活动");
        var art2 = articles[1];
        art2.Children.Select(c => c.Kind).Should().Equal(ProvisionKind.Paragraph, ProvisionKind.Paragraph);
        art2.Children[1].Citation.Should().Be("第二条(2)");
        art2.Children[1].Content.Should().StartWith("在中华人民共和国境外开展数据处理活动");
    }

    [Test]
    public void Chinese_inline_references_to_other_articles_are_not_headings()
    {
        var (doc, _) = Read("zh-data-security-law");
        var texts = doc.Root.Descendants().Select(p => p.Content).ToList();
        texts.Should().Contain(t => t.Contains("第三十六条", StringComparison.Ordinal));
        All(doc, ProvisionKind.Article).Select(a => a.Number!.Written).Should().OnlyHaveUniqueItems();
    }
}
