using System.Globalization;
using System.Text;
using ModelLaw.Text;

namespace ModelLaw.Coverage.Text;

/// <summary>
/// Folds text for matching: lower case, accents removed from Latin letters (é → e, ç → c), ligatures opened (œ → oe),
/// typographic apostrophes unified, Cyrillic ё → е. Cyrillic letters keep their own marks (й stays й).
/// </summary>
internal static class TextNormalizer
{
    private const char Fathatan = '\u064B';

    /// <summary>Normalises one word or a whole string.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            // Arabic accusative "ـاً": the alef only carries the tanween, so "تقييماً" folds to "تقييم" like "تقييم"
            if (text[i] == 'ا' && i + 1 < text.Length && text[i + 1] == Fathatan) { i++; continue; }
            if (text[i] == Fathatan && i + 1 < text.Length && text[i + 1] == 'ا') { i++; continue; }
            Append(sb, text[i]);
        }
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, char c)
    {
        if (c is >= '\u0600' and <= '\u06FF')
        {
            // Arabic: tatweel and diacritics dropped, alef forms, ta marbuta and alef maqsura folded
            var a = ModelLaw.Text.ArabicText.FoldLetter(c);
            if (a != '\0') sb.Append(a);
            return;
        }
        if (c is >= '\u0400' and <= '\u04FF')
        {
            sb.Append(c is 'ё' or 'Ё' ? 'е' : char.ToLowerInvariant(c));
            return;
        }
        if (c < 128)
        {
            sb.Append(char.ToLowerInvariant(c));
            return;
        }
        switch (c)
        {
            case 'œ' or 'Œ': sb.Append("oe"); return;
            case 'æ' or 'Æ': sb.Append("ae"); return;
            case 'ß': sb.Append("ss"); return;
            case '\u2019' or '\u2018' or '\u02BC' or '\u00B4': sb.Append('\''); return;
            case '\u00A0' or '\u202F' or '\u2009': sb.Append(' '); return;
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                sb.Append(char.ToLowerInvariant(d));
    }
}
