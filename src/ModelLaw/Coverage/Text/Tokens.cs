namespace ModelLaw.Coverage.Text;

/// <summary>One word of a sentence.</summary>
/// <param name="Start">Offset of the word in the sentence.</param>
/// <param name="Length">Length in the sentence.</param>
/// <param name="Folded">The folded form (lower case, accents removed).</param>
/// <param name="Stem">The stem of the folded form.</param>
/// <param name="IsStop">True for function words that phrase matching skips.</param>
/// <param name="ClauseBreakBefore">True when a clause break (';', ':', Chinese '，') stands between this word and the previous one.</param>
/// <param name="AltStem">The stem read without a leading clitic (Arabic "لحقوق" → "حقوق"), or null.</param>
/// <param name="Bare">The folded form without prefixed article and clitic, which trailing-* patterns also try (Arabic "والتدريب" →
/// "تدريب" for "تدريب*"), or null where the language has none.</param>
/// <param name="AltBare">The same without a leading clitic ("لتدريب" → "تدريب"), or null.</param>
/// <param name="IsDisjunction">True for "or" ("or", "ou", "или", "o", "أو", "或"): the words of a phrase are never read across it.</param>
internal readonly record struct Token(int Start, int Length, string Folded, string Stem, bool IsStop, bool ClauseBreakBefore,
    string? AltStem = null, string? Bare = null, string? AltBare = null, bool IsDisjunction = false);

/// <summary>Splits text into words: runs of letters and digits; apostrophes, hyphens and punctuation separate words.</summary>
internal static class Tokenizer
{
    /// <summary>Tokenises a sentence with the rules of a language.</summary>
    public static List<Token> Tokenize(string text, LanguageRules rules)
    {
        var tokens = new List<Token>();
        bool clauseBreak = false;
        int i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsWordChar(c))
            {
                if (rules.ClauseBreaks.Contains(c)) clauseBreak = true;
                i++;
                continue;
            }
            int start = i;
            i = WordEnd(text, i);
            var folded = TextNormalizer.Fold(text[start..i]);
            var (altStem, bare, altBare) = CliticReadings(folded, rules);
            tokens.Add(new Token(start, i - start, folded, rules.Stemmer.Stem(folded), rules.StopWords.Contains(folded), clauseBreak,
                altStem, bare, altBare, rules.Disjunctions.Contains(folded)));
            clauseBreak = false;
        }
        return tokens;
    }

    // the readings without the article and without a leading clitic, in languages that write them onto the word
    private static (string?, string?, string?) CliticReadings(string folded, LanguageRules rules)
    {
        if (rules.Proclitics.Length == 0) return (null, null, null);
        var bare = ArabicLightStemmer.StripPrefixes(folded);
        foreach (var p in rules.Proclitics)
            if (folded.Length >= p.Length + 3 && folded.StartsWith(p, StringComparison.Ordinal))
            {
                var rest = folded[p.Length..];
                return (rules.Stemmer.Stem(rest), bare, ArabicLightStemmer.StripPrefixes(rest));
            }
        return (null, bare, null);
    }

    /// <summary>End of the word starting at <paramref name="start"/>: Chinese has no spaces, so each Han character is a word.</summary>
    internal static int WordEnd(string s, int start)
    {
        if (IsHan(s[start])) return start + 1;
        int i = start;
        while (i < s.Length && IsWordChar(s[i]) && !IsHan(s[i])) i++;
        return i;
    }

    /// <summary>True for a CJK unified ideograph (basic block, extension A, compatibility).</summary>
    internal static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    internal static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
