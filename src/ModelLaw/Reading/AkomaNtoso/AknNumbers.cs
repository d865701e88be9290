using System.Globalization;
using System.Text;
using ModelLaw.Documents;

namespace ModelLaw.Reading.AkomaNtoso;

/// <summary>
/// Derives the normalised value and ordinal of a number written in a foreign AKN file's <c>num</c> ("Article 5" → 5,
/// "(2)" → 2, "b)" → b/2, "Chapter IV" → 4/4, "10 bis" → 10a/10). ModelLaw's own output carries them exactly
/// (<c>ml:value</c>, <c>ml:ordinal</c>), so this heuristic only serves files written by other tools.
/// </summary>
internal static class AknNumbers
{

    public static ProvisionNumber Derive(string written, ProvisionKind kind)
    {
        var tokens = written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Strip).Where(t => t.Length > 0).ToList();
        if (tokens.Count == 0) return new ProvisionNumber(written, "", null);

        var last = tokens[^1];
        string? suffix = null;
        if (Text.LatinInsertions.Ordinal(last) is { } latin && tokens.Count >= 2)
        {
            suffix = Text.LatinInsertions.Letter(latin).ToString();
            last = tokens[^2];
        }

        string value = last;
        int? ordinal = null;
        if (LeadingDigits(last) is { } digits)
        {
            ordinal = digits;
            value = last;
        }
        else if ((kind.IsDivision() || kind is ProvisionKind.Annex || kind is ProvisionKind.Article) && Roman(last, upperOnly: true) is { } roman)
        {
            ordinal = roman;
            value = roman.ToString(CultureInfo.InvariantCulture);
        }
        else if (kind is ProvisionKind.Subpoint && Roman(last, upperOnly: false) is { } smallRoman)
        {
            ordinal = smallRoman;
        }
        else if (last.Length == 1 && char.IsLetter(last[0]))
        {
            ordinal = LetterPosition(last[0]);
        }
        if (suffix is not null) value += suffix;
        return new ProvisionNumber(written, value, ordinal);
    }

    private static string Strip(string token)
    {
        int start = 0, end = token.Length;
        while (start < end && !char.IsLetterOrDigit(token[start])) start++;
        while (end > start && !char.IsLetterOrDigit(token[end - 1])) end--;
        return token[start..end];
    }

    private static int? LeadingDigits(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s)
        {
            if (char.IsDigit(c)) sb.Append((char)('0' + (int)char.GetNumericValue(c)));
            else break;
        }
        return sb.Length is > 0 and < 9 ? int.Parse(sb.ToString(), CultureInfo.InvariantCulture) : null;
    }

    private static int LetterPosition(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower is >= 'a' and <= 'z') return lower - 'a' + 1;
        if (lower is >= 'а' and <= 'я') return lower - 'а' + 1;
        return 1;
    }

    private static int? Roman(string s, bool upperOnly) =>
        s.Length is 0 or > 12 || upperOnly && s.Any(char.IsLower) ? null : Text.RomanNumerals.Lenient(s) is > 0 and var v ? v : null;
}
