using System.Globalization;
using System.Text;
using ModelLaw.Text;
using ModelLaw.Text.Analysis;

namespace ModelLaw.Comparing.CrossLanguage;

/// <summary>
/// Folds text of any script into words that can meet across languages: lower case, no accents, Cyrillic and Greek
/// transliterated to Latin, Arabic-Indic and full-width digits to ASCII, Chinese numerals before 条/款/项 to digits.
/// Everything that is not a letter or a digit becomes a word break.
/// </summary>
/// <remarks>
/// The Cyrillic table aims at cognates, not at a romanisation standard: к → c and -ция → -tion make "конституция"
/// "constitution" and "информация" "information", which is what a character n-gram can then match.
/// </remarks>
internal static class ScriptFolding
{
    /// <summary>The folded words of <paramref name="text"/>, in order.</summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        var sb = new StringBuilder();
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        for (int i = 0; i < decomposed.Length; i++)
        {
            char c = decomposed[i];
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format || ArabicText.IsDiacritic(c) || c == ArabicText.Tatweel) continue;
            if (HanScript.IsHan(c))
            {
                Flush(sb, words);
                if (c == '第') continue; // 第 marks the ordinal that follows
                if (ChineseNumerals.IsNumeral(c) && i > 0 && decomposed[i - 1] == '第' && TryChineseNumber(decomposed, ref i, words)) continue;
                words.Add(c.ToString()); // a Han character is a word of its own: n-grams of Han text are characters
                continue;
            }
            if (char.IsDigit(c)) { sb.Append((char)('0' + (int)char.GetNumericValue(c))); continue; }
            if (!char.IsLetter(c)) { Flush(sb, words); continue; }
            AppendLetter(sb, char.ToLowerInvariant(c));
        }
        Flush(sb, words);
        return words;
    }

    private static void Flush(StringBuilder sb, List<string> words)
    {
        if (sb.Length == 0) return;
        words.Add(CyrillicEndings(sb.ToString()));
        sb.Clear();
    }

    // "第三十七条" → "37": Chinese laws cite articles with numerals the other side writes in digits
    private static bool TryChineseNumber(string s, ref int i, List<string> words)
    {
        int end = i;
        while (end < s.Length && ChineseNumerals.IsNumeral(s[end])) end++;
        if (!ChineseNumerals.TryParse(s[i..end], out var value)) return false;
        words.Add(value.ToString(CultureInfo.InvariantCulture));
        i = end - 1;
        return true;
    }

    private static void AppendLetter(StringBuilder sb, char c)
    {
        if (c is >= 'а' and <= 'я' or 'ё' or 'і' or 'ї' or 'є' or 'ґ' or 'ў' or 'қ' or 'ғ' or 'ү' or 'ұ' or 'ң' or 'ө' or 'һ' or 'ә')
        {
            sb.Append(Cyrillic(c));
            return;
        }
        if (c is >= 'α' and <= 'ω') { sb.Append(Greek(c)); return; }
        if (c is 'ß') { sb.Append("ss"); return; }
        if (c is 'æ') { sb.Append("ae"); return; }
        if (c is 'œ') { sb.Append("oe"); return; }
        if (c is 'ø') { sb.Append('o'); return; }
        if (c is 'ł') { sb.Append('l'); return; }
        if (c is 'đ') { sb.Append('d'); return; }
        if (c >= 0x0600 && c <= 0x06FF) { sb.Append(ArabicText.FoldLetter(c)); return; }
        sb.Append(c);
    }

    private static string Cyrillic(char c) => c switch
    {
        'а' => "a", 'б' => "b", 'в' => "v", 'г' or 'ґ' or 'ғ' => "g", 'д' => "d", 'е' or 'ё' or 'є' or 'э' or 'ә' => "e",
        'ж' => "zh", 'з' => "z", 'и' or 'і' or 'ї' or 'й' => "i", 'к' or 'қ' => "c", 'л' => "l", 'м' => "m",
        'н' or 'ң' => "n", 'о' or 'ө' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' or 'ў' or 'ү' or 'ұ' => "u",
        'ф' => "f", 'х' or 'һ' => "h", 'ц' => "c", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch", 'ъ' or 'ь' => "",
        'ы' => "y", 'ю' => "iu", 'я' => "ia",
        _ => c.ToString(),
    };

    private static string Greek(char c) => c switch
    {
        'α' => "a", 'β' => "b", 'γ' => "g", 'δ' => "d", 'ε' => "e", 'ζ' => "z", 'η' => "i", 'θ' => "th", 'ι' => "i",
        'κ' => "k", 'λ' => "l", 'μ' => "m", 'ν' => "n", 'ξ' => "x", 'ο' => "o", 'π' => "p", 'ρ' => "r", 'σ' or 'ς' => "s",
        'τ' => "t", 'υ' => "y", 'φ' => "f", 'χ' => "ch", 'ψ' => "ps", 'ω' => "o",
        _ => c.ToString(),
    };

    // transliterated -ция/-ции/-цию/-цией ("ciia", "cii", "ciiu", "ciei") meet the Latin -tion/-cion
    private static string CyrillicEndings(string w)
    {
        foreach (var (ending, latin) in Endings)
            if (w.Length > ending.Length + 2 && w.EndsWith(ending, StringComparison.Ordinal))
                return string.Concat(w.AsSpan(0, w.Length - ending.Length), latin);
        return w;
    }

    private static readonly (string Ending, string Latin)[] Endings =
        [("ciiami", "tion"), ("ciiah", "tion"), ("ciiam", "tion"), ("ciei", "tion"), ("ciiu", "tion"), ("ciia", "tion"), ("cii", "tion"), ("izm", "ism"), ("izma", "ism")];
}
