using System.Globalization;
using System.Text;
using ModelLaw.Text;

namespace ModelLaw.Comparing.Alignment;

/// <summary>
/// Language-aware normalisation of legal text for similarity: lower case, accents folded on Latin letters
/// (French "réglementé" = "reglemente", Spanish "protección" = "proteccion"), "ё" folded to "е" (Russian), Arabic-Indic
/// and other decimal digits to ASCII, punctuation and spacing dropped. Arabic: tatweel and diacritics dropped, alef forms,
/// ta marbuta and alef maqsura folded, and a light stem (the article "ال" and the conjunction "و" before it, a few plural
/// endings). Chinese (any run of Han characters): overlapping character bigrams, since the text has no spaces between
/// words. Stateless and thread-safe.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>Splits <paramref name="text"/> into normalised word tokens (letters or digits), in order.</summary>
    public static List<string> Words(string? text, string? language = null)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        var sb = new StringBuilder(24);
        var han = new StringBuilder();
        foreach (var raw in text)
        {
            if (IsHan(raw))
            {
                Flush(words, sb);
                han.Append(raw);
                continue;
            }
            FlushHan(words, han);
            if (char.IsLetterOrDigit(raw))
            {
                AppendFolded(sb, raw);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(raw) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
            {
                // Arabic harakat, Latin combining accents, zero-width joiners: inside the word, dropped
            }
            else
            {
                Flush(words, sb);
            }
        }
        Flush(words, sb);
        FlushHan(words, han);
        return words;
    }

    private static void Flush(List<string> words, StringBuilder sb)
    {
        if (sb.Length == 0) return;
        var w = sb.ToString();
        sb.Clear();
        if (w.Length > 0 && w[0] is >= '\u0621' and <= '\u064A') w = ArabicLightStem(w);
        if (w.Length > 0) words.Add(w);
    }

    /// <summary>A run of Han characters becomes its overlapping bigrams ("数据安全" → 数据, 据安, 安全); one character stays itself.</summary>
    private static void FlushHan(List<string> words, StringBuilder han)
    {
        if (han.Length == 0) return;
        if (han.Length == 1) words.Add(han.ToString());
        else for (int i = 0; i + 1 < han.Length; i++) words.Add(string.Concat(han[i], han[i + 1]));
        han.Clear();
    }

    /// <summary>CJK unified ideographs (with extension A and compatibility ideographs).</summary>
    internal static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    private static readonly string[] ArabicPrefixes = ["وال", "بال", "كال", "فال", "لل", "ال"];
    private static readonly string[] ArabicSuffixes = ["ات", "ون", "ين", "ان", "ها", "هم"];

    /// <summary>Light stemming of a folded Arabic word (after Larkey's light10, without the single-letter suffixes).</summary>
    internal static string ArabicLightStem(string w)
    {
        foreach (var p in ArabicPrefixes)
            if (w.Length - p.Length >= 2 && w.StartsWith(p, StringComparison.Ordinal)) { w = w[p.Length..]; break; }
        foreach (var s in ArabicSuffixes)
            if (w.Length - s.Length >= 3 && w.EndsWith(s, StringComparison.Ordinal)) { w = w[..^s.Length]; break; }
        return w;
    }

    /// <summary>
    /// The text reduced to its words, joined by single spaces: two texts with the same <see cref="Key"/> have the same
    /// words modulo case, accents, spacing and punctuation.
    /// </summary>
    public static string Key(string? text, string? language = null) => string.Join(' ', Words(text, language));

    private static void AppendFolded(StringBuilder sb, char c)
    {
        if (char.IsDigit(c))
        {
            var v = CharUnicodeInfo.GetDecimalDigitValue(c);
            sb.Append(v >= 0 ? (char)('0' + v) : c);
            return;
        }
        c = char.ToLowerInvariant(c);
        if (c < 0x80) { sb.Append(c); return; }
        if (c is >= '\u0600' and <= '\u06FF')
        {
            var a = ModelLaw.Text.ArabicText.FoldLetter(c);
            if (a != '\0') sb.Append(a);
            return;
        }
        switch (c)
        {
            case 'ё': sb.Append('е'); return;
            case 'œ': sb.Append("oe"); return;
            case 'æ': sb.Append("ae"); return;
            case 'ß': sb.Append("ss"); return;
        }
        // fold accents of Latin letters only: Cyrillic "й" keeps its breve, Arabic keeps its letters
        if (c is >= '\u00C0' and <= '\u024F')
        {
            sb.Append(LatinFold[c - '\u00C0']);
            return;
        }
        sb.Append(c);
    }

    // Latin-1 Supplement and Latin Extended-A/B folded to their base letters, computed once (immutable after start-up)
    private static readonly char[] LatinFold = BuildLatinFold();

    private static char[] BuildLatinFold()
    {
        var table = new char[0x24F - 0xC0 + 1];
        for (int i = 0; i < table.Length; i++)
        {
            var c = (char)(0xC0 + i);
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            table[i] = d.Length > 0 && d[0] < 0x80 ? char.ToLowerInvariant(d[0]) : c;
        }
        return table;
    }
}
