using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace ModelLaw.Drafting.Definitions;

/// <summary>
/// Inflection-tolerant matching of a defined term in running text: plural endings in English, French and Spanish
/// ("systems", "exploitants"), case endings in Russian ("оператора", "операторами"), the article and prepositions written
/// onto Arabic words ("للسلطة"), Chinese as written; optionally spacing and hyphenation variants ("AI-system" for "AI system").
/// </summary>
internal static class TermMatcher
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>A pattern matching the term with inflected words; with <paramref name="looseJoins"/>, words may also be joined by hyphens or nothing.</summary>
    public static Regex Build(string term, string language, bool looseJoins)
    {
        // Chinese is written without spaces: the term as it stands
        if (language == "zh") return new Regex(Regex.Escape(term), RegexOptions.CultureInvariant, Timeout);
        var words = term.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        var separator = looseJoins ? @"[\s\u00A0\-‐]?" : @"[\s\u00A0]+";
        var sb = new StringBuilder(@"(?<![\p{L}\p{N}])");
        for (int i = 0; i < words.Length; i++)
        {
            // an article inside a term may be dropped in use: "provider of an online platform" → "providers of online platforms"
            bool optional = i > 0 && i < words.Length - 1 && Articles.TryGetValue(language, out var articles) && articles.Contains(words[i].ToLowerInvariant());
            var part = (i > 0 ? separator : "") + Word(words[i], language);
            sb.Append(optional ? $"(?:{part})?" : part);
        }
        sb.Append(@"(?![\p{L}\p{N}])");
        return new Regex(sb.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    }

    private static readonly FrozenDictionary<string, FrozenSet<string>> Articles =
        new Dictionary<string, string[]>
        {
            ["en"] = ["a", "an", "the"],
            ["es"] = ["un", "una", "el", "la", "los", "las"],
            ["fr"] = ["un", "une", "le", "la", "les", "des"],
        }.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.Ordinal));

    private static string Word(string word, string language)
    {
        var w = word.ToLowerInvariant();
        if (language == "ar" && w.Any(c => c is >= '\u0621' and <= '\u064A'))
        {
            // the article and one-letter prepositions are written onto the word (بنظام، للسلطة، والمحتوى); feminine and plural endings vary
            var stem = w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 3 ? w[2..] : w;
            stem = Regex.Replace(stem, "(?:ة|ه|ات|ين|ون)$", "", RegexOptions.None, Timeout);
            return @"(?:[وف]?[بلك]?(?:ال|ل)?)" + Regex.Escape(stem) + @"(?:ة|ه|ات|ان|ين|ون|ي|ية)?";
        }
        if (language == "ru" && w.Length > 4 && IsCyrillic(w))
        {
            // strip a vowel/soft-sign ending and allow any short case ending
            var stem = Regex.Replace(w, "(?:[аеёиоуыэюяйь]{1,2})$", "", RegexOptions.None, Timeout);
            return Regex.Escape(stem) + @"[а-яё]{0,4}";
        }
        // plural and singular both count: "company" / "companies", "portefeuilles" / "portefeuille"
        if (w.Length > 3 && w.EndsWith('y') && language == "en") return Regex.Escape(w[..^1]) + @"(?:y|ies)";
        if (w.Length > 3 && (w.EndsWith('s') || w.EndsWith('x')) && !w.EndsWith("ss", StringComparison.Ordinal) && language is "en" or "fr" or "es")
            return Regex.Escape(w[..^1]) + @"(?:s|x)?";
        return Regex.Escape(w) + @"(?:s|es|x)?";
    }

    private static bool IsCyrillic(string s) => s.Any(c => c is >= 'а' and <= 'я' or 'ё');
}
