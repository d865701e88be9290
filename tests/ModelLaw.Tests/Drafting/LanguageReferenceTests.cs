using ModelLaw.Documents;
using ModelLaw.Drafting.CrossReferences;
using ModelLaw.Drafting.Definitions;
using static ModelLaw.Tests.Drafting.DraftingTrees;

namespace ModelLaw.Tests.Drafting;

/// <summary>References and definitions in Russian, Spanish, Arabic and Chinese, on the texts at hand and on short drafts.</summary>
public class LanguageReferenceTests
{
    private static readonly CrossReferenceExtractor Extractor = new();
    private static readonly DefinitionExtractor Definitions = new();
    private static readonly ModelLawEngine Engine = RealActs.Engine;

    private static LegalDocument Corpus(string relative) =>
        RealActs.Parse(File.ReadAllText(Path.Combine(TestPaths.Corpus, relative)), relative);

    [Test]
    public void Russian_part_of_an_article_of_this_law_resolves()
    {
        // Severia: "ведет реестр, указанный в части 1 статьи 18 настоящего Закона"
        var r = Extractor.Extract(Corpus("national/severia.ru.txt")).First(x => x.Text.StartsWith("части 1 статьи 18", StringComparison.Ordinal));
        r.Status.Should().Be(ReferenceStatus.Resolved);
        r.Targets.Single().Should().EndWith("art_18__para_1");
    }

    [Test]
    public void Russian_qualifier_binds_both_articles_of_a_federal_law()
    {
        var doc = Document("ru", Article("Статья 1", "1", null,
            Para("1", "Обработка данных осуществляется в соответствии со статьями 5 и 7 Федерального закона «О персональных данных».")));
        var refs = Extractor.Extract(doc);
        refs.Should().HaveCount(2).And.OnlyContain(r => r.Status == ReferenceStatus.External && r.Instrument!.Contains("«О персональных данных»"));
    }

    [Test]
    public void Russian_definition_with_a_short_form_defines_both()
    {
        var doc = Document("ru",
            Article("Статья 2", "2", "Основные понятия", Para("1", "Для целей настоящего Закона используются следующие понятия:",
                Point("а", "«система искусственного интеллекта» (далее — «система ИИ») — машинная система, делающая выводы;", "{0})"))),
            Article("Статья 3", "3", null, Para("1", "Оператор регистрирует каждую систему ИИ.")));
        var term = Definitions.Extract(doc).Single(t => t.Term == "система искусственного интеллекта");
        term.Alternatives.Should().Equal("система ИИ");
        RealActs.Engine.Lint(doc).Findings.Should().NotContain(f => f.Code == "ML107", "the short form is used");
    }

    [Test]
    public void Spanish_paragraphs_of_an_article_and_the_comma_form()
    {
        var doc = RealActs.Read("es-constitucion-1978/text.txt");
        var refs = Extractor.Extract(doc);
        // "los apartados 2 y 4 del artículo 22"
        refs.Where(r => r.Text == "apartados 2 y 4 del artículo 22").SelectMany(r => r.Targets).Should().Equal(
            "title_1__chp_2__sec_1__art_22__para_2", "title_1__chp_2__sec_1__art_22__para_4");
        // "el artículo 161, 1, a)": in the comma form the second number is the paragraph
        refs.Where(r => r.Text.StartsWith("artículo 161, 1", StringComparison.Ordinal)).SelectMany(r => r.Targets).Should().Contain("title_9__art_161__para_1");
        refs.Should().NotContain(r => r.Status == ReferenceStatus.Unresolved);
    }

    [Test]
    public void Spanish_text_that_calls_itself_this_constitution_cites_itself_as_the_constitution()
    {
        // "lo establecido en el artículo 2 de la Constitución"
        var refs = Extractor.Extract(RealActs.Read("es-constitucion-1978/text.txt"));
        refs.Where(r => r.Text.EndsWith("de la Constitución", StringComparison.Ordinal)).Should().NotBeEmpty()
            .And.OnlyContain(r => r.Status == ReferenceStatus.Resolved);
    }

    [Test]
    public void Spanish_organic_law_is_another_instrument()
    {
        var doc = Document("es", Article("Artículo 1", "1", null, Para("1", "Se aplicará el artículo 5 de la Ley Orgánica 3/2018.")));
        Extractor.Extract(doc).Should().ContainSingle().Which.Should().Match<CrossReference>(r => r.Status == ReferenceStatus.External && r.Instrument == "Ley Orgánica 3/2018");
    }

    [Test]
    public void Arabic_article_named_by_an_ordinal_word_resolves()
    {
        var refs = Extractor.Extract(RealActs.Read("ar-sa-counter-terrorism/text.txt"));
        // "المادة (السبعين) من النظام": the article seventy of the Law, which calls itself "هذا النظام"
        refs.Single(r => r.Text.Contains("(السبعين)", StringComparison.Ordinal)).Targets.Single().Should().EndWith("art_70");
        // "الفقرتين (1) و(2) من هذه المادة"
        refs.Where(r => r.Text.StartsWith("الفقرتين", StringComparison.Ordinal)).SelectMany(r => r.Targets).Should().Equal("chp_3__art_24__para_1", "chp_3__art_24__para_2");
        refs.Should().NotContain(r => r.Status == ReferenceStatus.Unresolved);
    }

    [Test]
    public void Arabic_reference_to_another_law_is_external()
    {
        var doc = Document("ar", Article("المادة 1", "1", null, Para("1", "مع مراعاة المادة 5 من نظام مكافحة غسل الأموال.")));
        Extractor.Extract(doc).Should().ContainSingle().Which.Status.Should().Be(ReferenceStatus.External);
    }

    [Test]
    public void Arabic_and_chinese_definitions_are_extracted()
    {
        Definitions.Extract(Corpus("models/ai-ct-model-law.ar.txt")).Select(t => t.Term).Should().Contain("نظام الذكاء الاصطناعي");
        Definitions.Extract(Corpus("models/ai-ct-model-law.zh.txt")).Select(t => t.Term).Should().Contain("人工智能系统");
        // "本法所称数据，是指"
        Definitions.Extract(RealActs.Read("zh-data-security-law/text.txt")).Select(t => t.Term).Should().Contain("数据");
    }

    [Test]
    public void Chinese_list_of_articles_of_this_law_resolves()
    {
        // "不履行本法第二十七条、第二十九条、第三十条规定的数据安全保护义务"
        var refs = Extractor.Extract(RealActs.Read("zh-data-security-law/text.txt")).Where(r => r.SourceCitation.StartsWith("第四十五条", StringComparison.Ordinal));
        refs.SelectMany(r => r.Targets).Should().Equal("chp_4__art_27", "chp_4__art_29", "chp_4__art_30");
    }

    [Test]
    public void Chinese_act_named_first_binds_the_list_after_it()
    {
        var doc = Document("zh",
            Article("第一条", "1", null, Para("1", "依照《中华人民共和国网络安全法》第二十一条、第二十二条的规定履行义务。")),
            Article("第二条", "2", null, Para("1", "违反本法第一条规定的，依法处理。"), Para("2", "前款规定不适用于国家机关。")));
        var refs = Extractor.Extract(doc);
        refs.Where(r => r.SourceCitation.StartsWith("第一条", StringComparison.Ordinal)).Should().HaveCount(2)
            .And.OnlyContain(r => r.Status == ReferenceStatus.External && r.Instrument == "《中华人民共和国网络安全法》");
        refs.Where(r => r.SourceCitation.StartsWith("第二条", StringComparison.Ordinal)).Should().HaveCount(2).And.OnlyContain(r => r.Status == ReferenceStatus.Resolved);
    }
}
