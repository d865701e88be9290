using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace ModelLaw.Reading.Docx.Numbering;

/// <summary>
/// Renders one counter value the way Word renders a <c>w:numFmt</c>. One small subclass per family of formats;
/// <see cref="For"/> picks the formatter of a <c>numFmt</c> value. Stateless and thread-safe.
/// </summary>
internal abstract class NumberFormatter
{
    /// <summary>Renders <paramref name="value"/> (Word counters may be 0 or larger; negative values render as decimal).</summary>
    public abstract string Format(int value);

    private static readonly NumberFormatter Decimal = new DecimalFormatter();

    private static readonly FrozenDictionary<string, NumberFormatter> Formatters = new Dictionary<string, NumberFormatter>(StringComparer.Ordinal)
    {
        ["decimal"] = Decimal,
        ["decimalZero"] = new DecimalZeroFormatter(),
        ["decimalFullWidth"] = new DigitSetFormatter("０１２３４５６７８９"),
        ["decimalFullWidth2"] = new DigitSetFormatter("０１２３４５６７８９"),
        ["decimalHalfWidth"] = Decimal,
        ["hindiNumbers"] = new DigitSetFormatter("٠١٢٣٤٥٦٧٨٩"),
        ["arabicAlpha"] = new RepeatedLetterFormatter("أبتثجحخدذرزسشصضطظعغفقكلمنهوي"),
        ["arabicAbjad"] = new RepeatedLetterFormatter("أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"),
        ["lowerLetter"] = new RepeatedLetterFormatter("abcdefghijklmnopqrstuvwxyz"),
        ["upperLetter"] = new RepeatedLetterFormatter("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        // Word's Russian sequences skip ё, й, ъ, ы and ь (28 letters), as printed Russian laws do.
        ["russianLower"] = new RepeatedLetterFormatter("абвгдежзиклмнопрстуфхцчшщэюя"),
        ["russianUpper"] = new RepeatedLetterFormatter("АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ"),
        ["lowerRoman"] = new RomanFormatter(upper: false),
        ["upperRoman"] = new RomanFormatter(upper: true),
        ["chineseCounting"] = new ChineseCountingFormatter(ChineseCountingFormatter.Simplified),
        ["chineseCountingThousand"] = new ChineseCountingFormatter(ChineseCountingFormatter.Simplified),
        ["taiwaneseCounting"] = new ChineseCountingFormatter(ChineseCountingFormatter.Simplified),
        ["taiwaneseCountingThousand"] = new ChineseCountingFormatter(ChineseCountingFormatter.Simplified),
        ["japaneseCounting"] = new ChineseCountingFormatter(ChineseCountingFormatter.Simplified),
        ["chineseLegalSimplified"] = new ChineseCountingFormatter(ChineseCountingFormatter.Legal),
        ["ideographDigital"] = new DigitSetFormatter("〇一二三四五六七八九"),
        ["ideographTraditional"] = new CyclicFormatter("甲乙丙丁戊己庚辛壬癸"),
        ["ideographZodiac"] = new CyclicFormatter("子丑寅卯辰巳午未申酉戌亥"),
        ["ideographLegalTraditional"] = new ChineseCountingFormatter(ChineseCountingFormatter.LegalTraditional),
        ["taiwaneseDigital"] = new DigitSetFormatter("〇一二三四五六七八九"),
        ["decimalEnclosedCircle"] = new EnclosedFormatter('\u2460', 20),
        ["decimalEnclosedCircleChinese"] = new EnclosedFormatter('\u2460', 20),
        ["ideographEnclosedCircle"] = new EnclosedFormatter('\u3280', 10),
        ["decimalEnclosedParen"] = new EnclosedFormatter('\u2474', 20),
        ["decimalEnclosedFullstop"] = new EnclosedFormatter('\u2488', 20),
        ["ordinal"] = new OrdinalFormatter(),
        ["cardinalText"] = new WordsFormatter(ordinal: false),
        ["ordinalText"] = new WordsFormatter(ordinal: true),
        ["none"] = new NoneFormatter(),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The numFmt values rendered exactly (anything else renders as decimal, with a diagnostic).</summary>
    public static IEnumerable<string> SupportedFormats => Formatters.Keys.Append("bullet").Order(StringComparer.Ordinal);

    /// <summary>True when <paramref name="numFmt"/> has a dedicated formatter.</summary>
    public static bool IsSupported(string numFmt) => numFmt == "bullet" || Formatters.ContainsKey(numFmt);

    /// <summary>The formatter for a numFmt value; decimal for unknown values (Word's own fallback).</summary>
    public static NumberFormatter For(string? numFmt) =>
        numFmt is not null && Formatters.TryGetValue(numFmt, out var f) ? f : Decimal;

    /// <summary>Renders <paramref name="value"/> in a numFmt, with the language used by the text formats (en, fr, ru).</summary>
    public static string Format(string? numFmt, int value, string? language = null) =>
        For(numFmt) is ILanguageAware aware ? aware.Format(value, language) : For(numFmt).Format(value);
}

/// <summary>Formats whose output depends on the document language.</summary>
internal interface ILanguageAware
{
    /// <summary>Renders a value in a language (en when null or unknown).</summary>
    string Format(int value, string? language);
}

internal sealed class DecimalFormatter : NumberFormatter
{
    public override string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}

internal sealed class DecimalZeroFormatter : NumberFormatter
{
    public override string Format(int value) =>
        value is >= 0 and < 10 ? "0" + value.ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
}

internal sealed class NoneFormatter : NumberFormatter
{
    public override string Format(int value) => "";
}

/// <summary>Decimal digits drawn from another script (Arabic-Indic, full-width, ideographic digits).</summary>
internal sealed class DigitSetFormatter(string digits) : NumberFormatter
{
    public override string Format(int value)
    {
        var s = value.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s) sb.Append(c is >= '0' and <= '9' ? digits[c - '0'] : c);
        return sb.ToString();
    }
}

/// <summary>
/// Word's letter sequences: a..z, then aa..zz, aaa..., the same letter repeated (not bijective base 26).
/// Value 0 renders as an empty string, as in Word.
/// </summary>
internal sealed class RepeatedLetterFormatter(string alphabet) : NumberFormatter
{
    public override string Format(int value)
    {
        if (value <= 0) return value == 0 ? "" : value.ToString(CultureInfo.InvariantCulture);
        var n = alphabet.Length;
        var letter = alphabet[(value - 1) % n];
        var count = (value - 1) / n + 1;
        return new string(letter, Math.Min(count, 64));
    }
}

/// <summary>
/// Enclosed numbers from one Unicode run (①..⑳, ⑴..⒇, ⒈..⒛, ㊀..㊉); values past the run fall back to decimal, as Word does.
/// </summary>
internal sealed class EnclosedFormatter(char first, int count) : NumberFormatter
{
    public override string Format(int value) =>
        value >= 1 && value <= count ? ((char)(first + value - 1)).ToString() : value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A cycle of symbols (heavenly stems, earthly branches): wraps around after the last one.</summary>
internal sealed class CyclicFormatter(string symbols) : NumberFormatter
{
    public override string Format(int value) =>
        value <= 0 ? value.ToString(CultureInfo.InvariantCulture) : symbols[(value - 1) % symbols.Length].ToString();
}

internal sealed class RomanFormatter(bool upper) : NumberFormatter
{
    public override string Format(int value) =>
        value <= 0 ? value.ToString(CultureInfo.InvariantCulture)
        : upper ? Text.RomanNumerals.ToUpper(value) : Text.RomanNumerals.ToLower(value);
}

/// <summary>Chinese counting numerals: 一, 十, 十一, 二十三, 一百零五; or the financial (legal) forms 壹, 拾, 贰拾叁.</summary>
internal sealed class ChineseCountingFormatter(ChineseCountingFormatter.Glyphs glyphs) : NumberFormatter
{
    internal sealed record Glyphs(string Digits, char Ten, char Hundred, char Thousand, char Myriad, bool ShortTen);

    internal static readonly Glyphs Simplified = new("零一二三四五六七八九", '十', '百', '千', '万', ShortTen: true);
    internal static readonly Glyphs Legal = new("零壹贰叁肆伍陆柒捌玖", '拾', '佰', '仟', '萬', ShortTen: false);
    internal static readonly Glyphs LegalTraditional = new("零壹貳參肆伍陸柒捌玖", '拾', '佰', '仟', '萬', ShortTen: false);

    public override string Format(int value)
    {
        if (value < 0) return value.ToString(CultureInfo.InvariantCulture);
        if (value == 0) return glyphs.Digits[0].ToString();
        if (value >= 100_000_000) return value.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        if (value >= 10_000)
        {
            sb.Append(BelowMyriad(value / 10_000, leading: true)).Append(glyphs.Myriad);
            value %= 10_000;
            if (value == 0) return sb.ToString();
            if (value < 1000) sb.Append(glyphs.Digits[0]);
            sb.Append(BelowMyriad(value, leading: false));
            return sb.ToString();
        }
        return BelowMyriad(value, leading: true);
    }

    private string BelowMyriad(int value, bool leading)
    {
        var units = new[] { glyphs.Thousand, glyphs.Hundred, glyphs.Ten };
        var divisors = new[] { 1000, 100, 10 };
        var sb = new StringBuilder();
        var pendingZero = false;
        for (int i = 0; i < 3; i++)
        {
            var d = value / divisors[i];
            value %= divisors[i];
            if (d == 0)
            {
                if (sb.Length > 0) pendingZero = true;
                continue;
            }
            if (pendingZero) { sb.Append(glyphs.Digits[0]); pendingZero = false; }
            // 十一 rather than 一十一 when the number starts with the tens (simplified counting only)
            var shortTen = glyphs.ShortTen && leading && i == 2 && sb.Length == 0 && d == 1;
            if (!shortTen) sb.Append(glyphs.Digits[d]);
            sb.Append(units[i]);
        }
        if (value > 0)
        {
            if (pendingZero) sb.Append(glyphs.Digits[0]);
            sb.Append(glyphs.Digits[value]);
        }
        return sb.ToString();
    }
}

/// <summary>Ordinal numbers with a suffix: 1st, 2nd (en); 1er, 2e (fr); 1-й (ru).</summary>
internal sealed class OrdinalFormatter : NumberFormatter, ILanguageAware
{
    public override string Format(int value) => Format(value, "en");

    public string Format(int value, string? language)
    {
        var n = value.ToString(CultureInfo.InvariantCulture);
        switch (NumberWords.Lang(language))
        {
            case "fr": return value == 1 ? "1er" : n + "e";
            case "ru": return n + "-й";
            case "es": return n + ".º";
            case "ar": return NumberWords.ArabicOrdinal(value);
            case "zh": return "第" + NumberWords.Chinese(value);
            default:
                var lastTwo = value % 100;
                var suffix = lastTwo is >= 11 and <= 13 ? "th" : (value % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
                return n + suffix;
        }
    }
}

/// <summary>Numbers spelt out, capitalised as Word shows them: "One", "Twenty-one", "First", "Premier", "Первый".</summary>
internal sealed class WordsFormatter(bool ordinal) : NumberFormatter, ILanguageAware
{
    public override string Format(int value) => Format(value, "en");

    public string Format(int value, string? language)
    {
        if (value < 0 || value > 9999) return value.ToString(CultureInfo.InvariantCulture);
        var words = NumberWords.Lang(language) switch
        {
            "fr" => ordinal ? NumberWords.FrenchOrdinal(value) : NumberWords.French(value),
            "ru" => ordinal ? NumberWords.RussianOrdinal(value) : NumberWords.Russian(value),
            "es" => ordinal ? NumberWords.SpanishOrdinal(value) : NumberWords.Spanish(value),
            "ar" => ordinal ? NumberWords.ArabicOrdinal(value) : NumberWords.Arabic(value),
            "zh" => ordinal ? "第" + NumberWords.Chinese(value) : NumberWords.Chinese(value),
            _ => ordinal ? NumberWords.EnglishOrdinal(value) : NumberWords.English(value),
        };
        return words.Length == 0 ? words : char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }
}
