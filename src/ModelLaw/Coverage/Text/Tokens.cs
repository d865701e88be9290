namespace ModelLaw.Coverage.Text;

/// <summary>One word of a sentence.</summary>
/// <param name="Start">Offset of the word in the sentence.</param>
/// <param name="Length">Length in the sentence.</param>
/// <param name="Folded">The folded form (lower case, accents removed).</param>
/// <param name="Stem">The stem of the folded form.</param>
/// <param name="IsStop">True for function words that phrase matching skips.</param>
/// <param name="ClauseBreakBefore">True when a ';' or ':' stands between this word and the previous one.</param>
internal readonly record struct Token(int Start, int Length, string Folded, string Stem, bool IsStop, bool ClauseBreakBefore);

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
                if (c is ';' or ':') clauseBreak = true;
                i++;
                continue;
            }
            int start = i;
            i = WordEnd(text, i);
            var folded = TextNormalizer.Fold(text[start..i]);
            tokens.Add(new Token(start, i - start, folded, rules.Stemmer.Stem(folded), rules.StopWords.Contains(folded), clauseBreak));
            clauseBreak = false;
        }
        return tokens;
    }

    /// <summary>End of the word starting at <paramref name="start"/>: Chinese has no spaces, so each Han character is a word.</summary>
    internal static int WordEnd(string s, int start)
    {
        if (Comparing.Alignment.TextNormalizer.IsHan(s[start])) return start + 1;
        int i = start;
        while (i < s.Length && IsWordChar(s[i]) && !Comparing.Alignment.TextNormalizer.IsHan(s[i])) i++;
        return i;
    }

    internal static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
