namespace ModelLaw.Coverage.Text;

/// <summary>
/// Splits legal text into sentences: at line breaks, at the Chinese full stop '。' (and '！', '？'), and at '.', '!', '?' or '؟'
/// followed by a space and a capital letter, a letter of a script without case (Arabic), a digit, quote or bracket, except after
/// legal abbreviations ("Art.", "para.", "No.", "ст.", "п.", "ч.", "al.", "núm.", "apdo.") and single letters.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        // English
        "art", "arts", "para", "paras", "subpara", "no", "nos", "p", "pp", "cf", "etc", "al", "vol", "sec", "ch", "chap", "reg",
        "dir", "mr", "mrs", "ms", "dr", "st", "eg", "ie", "viz", "approx", "incl", "op", "cit", "ibid", "ed", "fig", "ann",
        // French
        "alin", "par", "ex", "mme", "mlle", "pt", "ss", "suiv", "chap", "tit", "sect",
        // Russian
        "ст", "п", "пп", "ч", "подп", "гл", "разд", "прим", "см", "т", "е", "д", "г", "гг", "им", "др", "пр", "тыс", "млн",
        "руб", "коп", "абз", "стр", "рис", "прил", "ред", "изм", "утв", "федер", "ф", "з",
        // Spanish
        "num", "apdo", "apdos", "pag", "sra", "sres", "dna", "excmo", "ilmo", "disp", "adic", "trans",
    };

    /// <summary>The sentences of <paramref name="text"/>, trimmed, without empty ones.</summary>
    public static List<string> Split(string text)
    {
        var result = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return result;
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(result, text, start, i);
                start = i + 1;
                continue;
            }
            if (c is '。' or '！' or '？')
            {
                Add(result, text, start, i + 1);
                start = i + 1;
                continue;
            }
            if (c is not ('.' or '!' or '?' or '؟')) continue;
            if (!EndsSentence(text, i)) continue;
            Add(result, text, start, i + 1);
            start = i + 1;
        }
        Add(result, text, start, text.Length);
        return result;
    }

    private static bool EndsSentence(string text, int dot)
    {
        // the next non-space character must open a sentence; at the end of the text the dot ends it
        int j = dot + 1;
        if (j < text.Length && !char.IsWhiteSpace(text[j]) && text[j] is not ('»' or '"' or '\u201D' or ')')) return false;
        while (j < text.Length && (char.IsWhiteSpace(text[j]) || text[j] is '»' or '"' or '\u201D' or ')') && text[j] is not ('\n' or '\r')) j++;
        if (j < text.Length && text[j] is not ('\n' or '\r'))
        {
            var n = text[j];
            bool caseless = char.IsLetter(n) && !char.IsUpper(n) && !char.IsLower(n);
            if (!(char.IsUpper(n) || caseless || char.IsDigit(n) || n is '«' or '"' or '\u201C' or '(' or '[' or '\'' or '—' or '-')) return false;
        }
        if (text[dot] != '.') return true;
        // the word before the dot
        int k = dot - 1;
        while (k >= 0 && Tokenizer.IsWordChar(text[k])) k--;
        var word = text[(k + 1)..dot];
        if (word.Length == 0) return true;
        if (word.Length == 1 && char.IsLetter(word[0])) return false; // initials, "e.g.", "т.е."
        return !Abbreviations.Contains(TextNormalizer.Fold(word));
    }

    private static void Add(List<string> result, string text, int start, int end)
    {
        if (end <= start) return;
        var s = text[start..end].Trim();
        if (s.Length > 0) result.Add(s);
    }
}
