using FluentAssertions;
using ModelLaw.Reading.Docx.Numbering;
using NUnit.Framework;

namespace ModelLaw.Tests.Languages;

/// <summary>Word numbering formats as Spanish, Arabic and Chinese legislation prints them.</summary>
public class UnLanguageNumberFormatTests
{
    [TestCase(1, "1.º")]
    [TestCase(23, "23.º")]
    public void Spanish_ordinal_takes_the_masculine_ordinal_indicator(int value, string expected) =>
        NumberFormatter.Format("ordinal", value, "es").Should().Be(expected);

    [TestCase(1, "Primero")]
    [TestCase(11, "Undécimo")]
    [TestCase(21, "Vigésimo primero")]
    [TestCase(169, "Centésimo sexagésimo noveno")]
    public void Spanish_ordinal_text_spells_article_numbers_as_in_older_spanish_laws(int value, string expected) =>
        NumberFormatter.Format("ordinalText", value, "es-ES").Should().Be(expected);

    [TestCase(1, "Uno")]
    [TestCase(16, "Dieciséis")]
    [TestCase(21, "Veintiuno")]
    [TestCase(45, "Cuarenta y cinco")]
    [TestCase(100, "Cien")]
    [TestCase(105, "Ciento cinco")]
    public void Spanish_cardinal_text_spells_numbers(int value, string expected) =>
        NumberFormatter.Format("cardinalText", value, "es").Should().Be(expected);

    [TestCase(1, "الأول")]
    [TestCase(10, "العاشر")]
    [TestCase(11, "الحادي عشر")]
    [TestCase(21, "الحادي والعشرون")]
    [TestCase(96, "السادس والتسعون")]
    public void Arabic_ordinal_text_gives_chapter_ordinals(int value, string expected) =>
        NumberFormatter.Format("ordinalText", value, "ar-SA").Should().Be(expected);

    [TestCase(3, "ثلاثة")]
    [TestCase(21, "واحد وعشرون")]
    [TestCase(105, "مائة وخمسة")]
    public void Arabic_cardinal_text_reads_units_before_tens(int value, string expected) =>
        NumberFormatter.Format("cardinalText", value, "ar").Should().Be(expected);

    [TestCase(1, "第一")]
    [TestCase(23, "第二十三")]
    [TestCase(110, "第一百一十")]
    public void Chinese_ordinal_text_prefixes_di(int value, string expected) =>
        NumberFormatter.Format("ordinalText", value, "zh-CN").Should().Be(expected);

    [TestCase(12, "壹拾貳")]
    [TestCase(30, "參拾")]
    public void IdeographLegalTraditional_uses_traditional_financial_numerals(int value, string expected) =>
        NumberFormatter.Format("ideographLegalTraditional", value).Should().Be(expected);

    [TestCase("decimalEnclosedCircleChinese", 1, "①")]
    [TestCase("decimalEnclosedCircleChinese", 20, "⑳")]
    [TestCase("decimalEnclosedCircleChinese", 21, "21")]
    [TestCase("decimalEnclosedParen", 3, "⑶")]
    [TestCase("ideographEnclosedCircle", 2, "㊁")]
    [TestCase("taiwaneseDigital", 105, "一〇五")]
    public void Enclosed_and_digital_formats_render_as_word_shows_them(string numFmt, int value, string expected) =>
        NumberFormatter.Format(numFmt, value).Should().Be(expected);

    [TestCase("arabicAbjad", 5, "ه")]
    [TestCase("arabicAbjad", 11, "ك")]
    [TestCase("hindiNumbers", 96, "٩٦")]
    [TestCase("chineseCounting", 55, "五十五")]
    [TestCase("chineseCountingThousand", 1001, "一千零一")]
    public void Formats_of_the_three_languages_are_supported_by_name(string numFmt, int value, string expected)
    {
        NumberFormatter.IsSupported(numFmt).Should().BeTrue();
        NumberFormatter.Format(numFmt, value).Should().Be(expected);
    }
}
