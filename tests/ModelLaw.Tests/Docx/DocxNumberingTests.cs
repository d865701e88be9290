using ModelLaw.Reading;
using static ModelLaw.Tests.Docx.DocxBuilder;

namespace ModelLaw.Tests.Docx;

/// <summary>Word automatic numbering: the numbers the reader shows must be the ones Word draws.</summary>
public class DocxNumberingTests
{
    private static DocxBuilder LegalList() => new DocxBuilder()
        .AbstractNum(1,
            Lvl(0, "decimal", "Article %1", suff: "space"),
            Lvl(1, "decimal", "%2."),
            Lvl(2, "lowerLetter", "(%3)"),
            Lvl(3, "lowerRoman", "(%4)"))
        .Num(1, 1);

    [Test]
    public void Level_text_composes_the_literal_words_and_the_counter()
    {
        var docx = LegalList().P("", 1, 0).P("Scope").Build();
        DocxTestRead.Display(docx).Should().Equal("Article 1", "Scope");
    }

    [Test]
    public void Deeper_levels_restart_after_a_higher_level()
    {
        var docx = LegalList()
            .P("", 1, 0).P("Member States shall ensure compliance.", 1, 1).P("They shall notify the Commission.", 1, 1)
            .P("", 1, 0).P("This Directive applies to investment firms.", 1, 1)
            .Build();
        DocxTestRead.Labels(docx).Should().Equal("Article 1", "1.", "2.", "Article 2", "1.");
    }

    [Test]
    public void Nested_lists_number_each_level_in_its_own_format()
    {
        var docx = LegalList()
            .P("", 1, 0)
            .P("This Directive shall not apply to:", 1, 1)
            .P("insurance undertakings;", 1, 2)
            .P("persons dealing on own account unless such persons:", 1, 2)
            .P("are market makers;", 1, 3)
            .P("apply a high-frequency algorithmic trading technique;", 1, 3)
            .P("collective investment undertakings.", 1, 2)
            .Build();
        DocxTestRead.Labels(docx).Should().Equal("Article 1", "1.", "(a)", "(b)", "(i)", "(ii)", "(c)");
    }

    [Test]
    public void Start_sets_the_first_value()
    {
        var docx = new DocxBuilder().AbstractNum(1, Lvl(0, "decimal", "Article %1", start: 5)).Num(1, 1)
            .P("Definitions", 1, 0).P("Scope", 1, 0).Build();
        DocxTestRead.Labels(docx).Should().Equal("Article 5", "Article 6");
    }

    [Test]
    public void Start_override_restarts_a_list_instance()
    {
        var docx = new DocxBuilder().AbstractNum(1, Lvl(0, "lowerLetter", "(%1)")).Num(1, 1).Num(2, 1, StartOverride(0, 1))
            .P("first point;", 1, 0).P("second point;", 1, 0).P("a new list begins;", 2, 0).P("and continues.", 2, 0)
            .Build();
        DocxTestRead.Labels(docx).Should().Equal("(a)", "(b)", "(a)", "(b)");
    }

    [Test]
    public void List_instances_of_one_abstract_definition_continue_each_other()
    {
        var docx = new DocxBuilder().AbstractNum(1, Lvl(0, "decimal", "Article %1")).Num(1, 1).Num(2, 1)
            .P("", 1, 0).P("", 2, 0).P("", 1, 0).Build();
        DocxTestRead.Labels(docx).Should().Equal("Article 1", "Article 2", "Article 3");
    }

    [Test]
    public void Level_override_replaces_the_level_definition()
    {
        var lvlOverride = "<w:lvlOverride w:ilvl=\"0\">" + Lvl(0, "upperRoman", "CHAPTER %1", start: 3) + "</w:lvlOverride>";
        var docx = new DocxBuilder().AbstractNum(1, Lvl(0, "decimal", "%1.")).Num(1, 1, lvlOverride)
            .P("Supervision", 1, 0).P("Sanctions", 1, 0).Build();
        DocxTestRead.Labels(docx).Should().Equal("CHAPTER III", "CHAPTER IV");
    }

    [Test]
    public void Lvl_restart_zero_keeps_counting_across_higher_levels()
    {
        var docx = new DocxBuilder()
            .AbstractNum(1, Lvl(0, "upperRoman", "CHAPTER %1"), Lvl(1, "decimal", "Article %2", restart: 0))
            .Num(1, 1)
            .P("", 1, 0).P("", 1, 1).P("", 1, 1).P("", 1, 0).P("", 1, 1).Build();
        DocxTestRead.Labels(docx).Should().Equal("CHAPTER I", "Article 1", "Article 2", "CHAPTER II", "Article 3");
    }

    [Test]
    public void Lvl_restart_names_the_level_after_which_a_level_restarts()
    {
        // points restart only after an article (level 1), not after a paragraph (level 2)
        var docx = new DocxBuilder()
            .AbstractNum(1, Lvl(0, "decimal", "Article %1"), Lvl(1, "decimal", "%2."), Lvl(2, "lowerLetter", "%3)", restart: 1))
            .Num(1, 1)
            .P("", 1, 0).P("", 1, 2).P("", 1, 1).P("", 1, 2).P("", 1, 0).P("", 1, 2).Build();
        DocxTestRead.Labels(docx).Should().Equal("Article 1", "a)", "1.", "b)", "Article 2", "a)");
    }

    [Test]
    public void Multilevel_text_composes_every_referenced_level()
    {
        var docx = new DocxBuilder()
            .AbstractNum(1, Lvl(0, "decimal", "%1."), Lvl(1, "decimal", "%1.%2."), Lvl(2, "decimal", "%1.%2.%3."))
            .Num(1, 1)
            .P("", 1, 0).P("", 1, 1).P("", 1, 2).P("", 1, 2).P("", 1, 1).P("", 1, 0).P("", 1, 1).Build();
        DocxTestRead.Labels(docx).Should().Equal("1.", "1.1.", "1.1.1.", "1.1.2.", "1.2.", "2.", "2.1.");
    }

    [Test]
    public void Is_lgl_shows_every_level_of_the_composed_number_in_decimal()
    {
        var docx = new DocxBuilder()
            .AbstractNum(1, Lvl(0, "upperRoman", "TITLE %1"), Lvl(1, "decimal", "%1.%2", isLgl: true))
            .Num(1, 1)
            .P("", 1, 0).P("", 1, 0).P("", 1, 1).Build();
        DocxTestRead.Labels(docx).Should().Equal("TITLE I", "TITLE II", "2.1");
    }

    [Test]
    public void A_level_used_before_its_parent_shows_the_parent_as_zero_like_word()
    {
        var docx = new DocxBuilder().AbstractNum(1, Lvl(0, "decimal", "%1."), Lvl(1, "decimal", "%1.%2")).Num(1, 1)
            .P("", 1, 1).P("", 1, 0).Build();
        DocxTestRead.Labels(docx).Should().Equal("0.1", "1.");
    }

    [Test]
    public void Numbering_comes_from_the_paragraph_style()
    {
        var docx = new DocxBuilder()
            .AbstractNum(1, Lvl(0, "decimal", "Article %1", pStyle: "ArticleHeading"))
            .Num(1, 1)
            .ParagraphStyle("ArticleHeading", "Article Heading", numId: 1)
            .P("Scope", style: "ArticleHeading").P("Definitions", style: "ArticleHeading").Build();
        DocxTestRead.Display(docx).Should().Equal("Article 1 Scope", "Article 2 Definitions");
    }

    [Test]
    public void Style_linked_level_is_found_through_the_level_pstyle()
    {
        var docx = new DocxBuilder()
            .AbstractNum(1, Lvl(0, "upperRoman", "CHAPTER %1", pStyle: "Heading1"), Lvl(1, "decimal", "Article %2", pStyle: "Heading2", restart: 0))
            .Num(1, 1)
            .ParagraphStyle("Heading1", "heading 1", numId: 1)
            .ParagraphStyle("Heading2", "heading 2", numId: 1)
            .P("General provisions", style: "Heading1").P("Scope", style: "Heading2").P("Definitions", style: "Heading2")
            .P("Obligations", style: "Heading1").P("Transparency", style: "Heading2")
            .Build();
        DocxTestRead.Display(docx).Should().Equal(
            "CHAPTER I General provisions", "Article 1 Scope", "Article 2 Definitions", "CHAPTER II Obligations", "Article 3 Transparency");
    }

    [Test]
    public void Numbering_is_inherited_through_based_on_chains()
    {
        var docx = new DocxBuilder()
            .AbstractNum(1, Lvl(0, "lowerLetter", "(%1)"))
            .Num(1, 1)
            .ParagraphStyle("PointBase", "Point Base", numId: 1, ilvl: 0)
            .ParagraphStyle("PointEn", "Point (English)", basedOn: "PointBase")
            .P("insurance undertakings;", style: "PointEn").P("pension funds.", style: "PointEn").Build();
        DocxTestRead.Labels(docx).Should().Equal("(a)", "(b)");
    }

    [Test]
    public void Num_id_zero_turns_off_numbering_a_style_would_give()
    {
        var docx = new DocxBuilder()
            .AbstractNum(1, Lvl(0, "decimal", "%1."))
            .Num(1, 1)
            .ParagraphStyle("Numbered", "Numbered", numId: 1, ilvl: 0)
            .P("First paragraph.", style: "Numbered").P("Unnumbered subparagraph.", numId: 0, style: "Numbered")
            .P("Second paragraph.", style: "Numbered").Build();
        DocxTestRead.Display(docx).Should().Equal("1. First paragraph.", "Unnumbered subparagraph.", "2. Second paragraph.");
    }

    [Test]
    public void Num_style_link_takes_the_levels_of_the_linked_list()
    {
        var docx = new DocxBuilder()
            .AbstractNumXml(1, "<w:styleLink w:val=\"LegalList\"/>" + Lvl(0, "decimal", "Article %1"))
            .AbstractNumXml(2, "<w:numStyleLink w:val=\"LegalList\"/>")
            .Num(1, 1).Num(2, 2)
            .NumberingStyle("LegalList", 1)
            .P("", 2, 0).P("", 2, 0).Build();
        DocxTestRead.Labels(docx).Should().Equal("Article 1", "Article 2");
    }

    [TestCase("tab", "1. This Directive applies.")]
    [TestCase("space", "1. This Directive applies.")]
    [TestCase("nothing", "1.This Directive applies.")]
    public void Suffix_decides_what_separates_number_and_text(string suff, string expected)
    {
        var docx = new DocxBuilder().AbstractNum(1, Lvl(0, "decimal", "%1.", suff: suff)).Num(1, 1)
            .P("This Directive applies.", 1, 0).Build();
        DocxTestRead.Display(docx).Single().Should().Be(expected);
    }

    [Test]
    public void Bullet_levels_show_their_symbol_in_unicode()
    {
        var docx = new DocxBuilder().AbstractNum(1, Lvl(0, "bullet", "\uF0B7")).Num(1, 1)
            .P("for each of those cases individually;", 1, 0).Build();
        DocxTestRead.Display(docx).Single().Should().Be("• for each of those cases individually;");
    }

    [Test]
    public void None_format_shows_only_the_literal_level_text()
    {
        var docx = new DocxBuilder().AbstractNum(1, Lvl(0, "none", "—")).Num(1, 1).P("indent text;", 1, 0).Build();
        DocxTestRead.Display(docx).Single().Should().Be("— indent text;");
    }

    [Test]
    public void Unknown_num_id_shows_no_number()
    {
        var docx = new DocxBuilder().AbstractNum(1, Lvl(0, "decimal", "%1.")).Num(1, 1).P("Orphan paragraph.", 7, 0).Build();
        DocxTestRead.Lines(docx).Single().Label.Should().BeNull();
    }

    [Test]
    public void Russian_points_use_cyrillic_letters()
    {
        var docx = new DocxBuilder().Language("ru-RU")
            .AbstractNum(1, Lvl(0, "decimal", "Статья %1", suff: "space"), Lvl(1, "decimal", "%2."), Lvl(2, "russianLower", "%3)"))
            .Num(1, 1)
            .P("Сфера действия", 1, 0)
            .P("Настоящий Закон применяется к:", 1, 1)
            .P("операторам систем искусственного интеллекта;", 1, 2)
            .P("поставщикам;", 1, 2)
            .Build();
        DocxTestRead.Display(docx).Should().Equal(
            "Статья 1 Сфера действия", "1. Настоящий Закон применяется к:", "а) операторам систем искусственного интеллекта;", "б) поставщикам;");
    }

    [Test]
    public void French_ordinal_text_follows_the_document_language()
    {
        var docx = new DocxBuilder().Language("fr-FR")
            .AbstractNum(1, Lvl(0, "ordinalText", "TITRE %1", suff: "space"))
            .Num(1, 1)
            .P("Dispositions générales", 1, 0).P("Obligations", 1, 0).Build();
        DocxTestRead.Display(docx).Should().Equal("TITRE Premier Dispositions générales", "TITRE Deuxième Obligations");
    }

    [Test]
    public void Read_options_language_overrides_the_document_language_for_spelt_numbers()
    {
        var docx = new DocxBuilder().Language("en-GB").AbstractNum(1, Lvl(0, "cardinalText", "Article %1")).Num(1, 1).P("", 1, 0).Build();
        DocxTestRead.Labels(docx, new ReadOptions { Language = "ru" }).Single().Should().Be("Article Один");
    }

    [Test]
    public void Arabic_articles_use_arabic_indic_digits_and_abjad_points()
    {
        var docx = new DocxBuilder().Language("ar-SA")
            .AbstractNum(1, Lvl(0, "hindiNumbers", "المادة (%1)", suff: "space"), Lvl(1, "arabicAbjad", "(%2)"))
            .Num(1, 1)
            .P("", 1, 0).P("الإرهاب:", 1, 1).P("التمويل:", 1, 1).P("الجريمة:", 1, 1).Build();
        DocxTestRead.Labels(docx).Should().Equal("المادة (١)", "(أ)", "(ب)", "(ج)");
    }

    [Test]
    public void Chinese_articles_use_chinese_counting()
    {
        var docx = new DocxBuilder().Language("zh-CN")
            .AbstractNum(1, Lvl(0, "chineseCounting", "第%1条", start: 10, suff: "space")).Num(1, 1)
            .P("", 1, 0).P("", 1, 0).Build();
        DocxTestRead.Labels(docx).Should().Equal("第十条", "第十一条");
    }

    [Test]
    public void Paragraph_indexes_count_every_paragraph_including_empty_ones()
    {
        var docx = LegalList().P("", 1, 0).P("").P("Scope").Build();
        DocxTestRead.Lines(docx).Select(l => l.FirstParagraph).Should().Equal(0, 2);
    }
}
