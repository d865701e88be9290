using ModelLaw.Reading.Docx.Numbering;

namespace ModelLaw.Tests.Docx;

public class NumberFormatterTests
{
    [TestCase(1, "1")]
    [TestCase(10, "10")]
    [TestCase(0, "0")]
    public void Decimal_renders_arabic_digits(int value, string expected) =>
        NumberFormatter.Format("decimal", value).Should().Be(expected);

    [TestCase(1, "01")]
    [TestCase(9, "09")]
    [TestCase(10, "10")]
    [TestCase(123, "123")]
    public void DecimalZero_pads_values_below_ten(int value, string expected) =>
        NumberFormatter.Format("decimalZero", value).Should().Be(expected);

    [TestCase(1, "a")]
    [TestCase(8, "h")]
    [TestCase(9, "i")]
    [TestCase(26, "z")]
    [TestCase(27, "aa")]
    [TestCase(28, "bb")]
    [TestCase(53, "aaa")]
    public void LowerLetter_repeats_the_letter_after_z_as_word_does(int value, string expected) =>
        NumberFormatter.Format("lowerLetter", value).Should().Be(expected);

    [TestCase(1, "A")]
    [TestCase(27, "AA")]
    public void UpperLetter_uses_capitals(int value, string expected) =>
        NumberFormatter.Format("upperLetter", value).Should().Be(expected);

    [TestCase(1, "i")]
    [TestCase(4, "iv")]
    [TestCase(9, "ix")]
    [TestCase(14, "xiv")]
    [TestCase(40, "xl")]
    [TestCase(1999, "mcmxcix")]
    public void LowerRoman_renders_subtractive_numerals(int value, string expected) =>
        NumberFormatter.Format("lowerRoman", value).Should().Be(expected);

    [TestCase(2, "II")]
    [TestCase(12, "XII")]
    public void UpperRoman_renders_capitals(int value, string expected) =>
        NumberFormatter.Format("upperRoman", value).Should().Be(expected);

    [TestCase(1, "а")]
    [TestCase(6, "е")]
    [TestCase(9, "и")]
    [TestCase(10, "к")]   // й is skipped, as in Word and in printed Russian laws
    [TestCase(28, "я")]
    [TestCase(29, "аа")]
    public void RussianLower_skips_letters_not_used_for_numbering(int value, string expected) =>
        NumberFormatter.Format("russianLower", value).Should().Be(expected);

    [TestCase(1, "А")]
    [TestCase(10, "К")]
    public void RussianUpper_uses_cyrillic_capitals(int value, string expected) =>
        NumberFormatter.Format("russianUpper", value).Should().Be(expected);

    [TestCase(1, "أ")]
    [TestCase(3, "ت")]
    [TestCase(28, "ي")]
    public void ArabicAlpha_follows_hijai_order(int value, string expected) =>
        NumberFormatter.Format("arabicAlpha", value).Should().Be(expected);

    [TestCase(1, "أ")]
    [TestCase(3, "ج")]
    [TestCase(4, "د")]
    [TestCase(10, "ي")]
    public void ArabicAbjad_follows_abjad_order(int value, string expected) =>
        NumberFormatter.Format("arabicAbjad", value).Should().Be(expected);

    [TestCase(7, "٧")]
    [TestCase(15, "١٥")]
    public void HindiNumbers_uses_arabic_indic_digits(int value, string expected) =>
        NumberFormatter.Format("hindiNumbers", value).Should().Be(expected);

    [TestCase(1, "一")]
    [TestCase(10, "十")]
    [TestCase(11, "十一")]
    [TestCase(23, "二十三")]
    [TestCase(55, "五十五")]
    [TestCase(105, "一百零五")]
    [TestCase(110, "一百一十")]
    public void ChineseCounting_renders_article_numbers_of_chinese_laws(int value, string expected) =>
        NumberFormatter.Format("chineseCounting", value).Should().Be(expected);

    [TestCase(1, "壹")]
    [TestCase(12, "壹拾贰")]
    [TestCase(30, "叁拾")]
    public void ChineseLegalSimplified_uses_financial_numerals(int value, string expected) =>
        NumberFormatter.Format("chineseLegalSimplified", value).Should().Be(expected);

    [TestCase(1, "甲")]
    [TestCase(10, "癸")]
    [TestCase(11, "甲")]
    public void IdeographTraditional_cycles_through_the_heavenly_stems(int value, string expected) =>
        NumberFormatter.Format("ideographTraditional", value).Should().Be(expected);

    [TestCase(1, "en", "1st")]
    [TestCase(2, "en", "2nd")]
    [TestCase(3, "en", "3rd")]
    [TestCase(11, "en", "11th")]
    [TestCase(22, "en", "22nd")]
    [TestCase(1, "fr", "1er")]
    [TestCase(2, "fr", "2e")]
    [TestCase(5, "ru", "5-й")]
    public void Ordinal_adds_the_language_suffix(int value, string language, string expected) =>
        NumberFormatter.Format("ordinal", value, language).Should().Be(expected);

    [TestCase(1, "en", "One")]
    [TestCase(21, "en", "Twenty-one")]
    [TestCase(105, "en", "One hundred five")]
    [TestCase(21, "fr", "Vingt et un")]
    [TestCase(80, "fr", "Quatre-vingts")]
    [TestCase(97, "fr", "Quatre-vingt-dix-sept")]
    [TestCase(2, "ru", "Два")]
    [TestCase(45, "ru", "Сорок пять")]
    public void CardinalText_spells_the_number(int value, string language, string expected) =>
        NumberFormatter.Format("cardinalText", value, language).Should().Be(expected);

    [TestCase(1, "en", "First")]
    [TestCase(12, "en", "Twelfth")]
    [TestCase(20, "en", "Twentieth")]
    [TestCase(1, "fr", "Premier")]
    [TestCase(5, "fr", "Cinquième")]
    [TestCase(9, "fr", "Neuvième")]
    [TestCase(4, "fr", "Quatrième")]
    [TestCase(1, "ru", "Первый")]
    [TestCase(21, "ru", "Двадцать первый")]
    [TestCase(40, "ru", "Сороковой")]
    public void OrdinalText_spells_the_ordinal(int value, string language, string expected) =>
        NumberFormatter.Format("ordinalText", value, language).Should().Be(expected);

    [Test]
    public void None_renders_nothing() => NumberFormatter.Format("none", 3).Should().BeEmpty();

    [Test]
    public void Unknown_format_falls_back_to_decimal_like_word() =>
        NumberFormatter.Format("thaiCounting", 4).Should().Be("4");

    [Test]
    public void Every_supported_format_renders_the_first_ten_values_without_failing() =>
        NumberFormatter.SupportedFormats.Where(f => f is not "bullet" and not "none")
            .SelectMany(f => Enumerable.Range(1, 10).Select(v => NumberFormatter.Format(f, v, "fr")))
            .Should().NotContain(string.Empty);
}
