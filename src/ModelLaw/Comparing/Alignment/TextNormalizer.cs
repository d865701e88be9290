using System.Globalization;
using System.Text;

namespace ModelLaw.Comparing.Alignment;

/// <summary>
/// Language-aware normalisation of legal text for similarity: lower case, accents folded on Latin letters
/// (French "réglementé" = "reglemente"), "ё" folded to "е" (Russian), Arabic-Indic and other decimal digits to ASCII,
/// punctuation and spacing dropped. Stateless and thread-safe.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Splits <paramref name="text"/> into normalised word tokens (letters or digits), in order.</summary>
    public static List<string> Words(string? text, string? language = null)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        var sb = new StringBuilder(24);
        foreach (var raw in text)
        {
            if (char.IsLetterOrDigit(raw))
            {
                AppendFolded(sb, raw);
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
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
