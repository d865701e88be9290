using System.Globalization;
using System.Text;
using ModelLaw.Documents;

namespace ModelLaw.Drafting.Renumbering;

/// <summary>The numbering style of a sibling list, read from its first number: arabic, latin or Cyrillic letters, roman.</summary>
internal enum NumberStyle { Arabic, LatinLower, LatinUpper, CyrillicLower, RomanUpper, RomanLower }

/// <summary>Formats the n-th number of a style and rewrites a written number ("Article 5" → "Article 6", "(b)" → "(c)").</summary>
internal static class NumberSequence
{
    // Russian drafting letters skip ё, з, й, ъ, ы, ь (as in Federal laws: а, б, в, г, д, е, ж, и, к, ...)
    private const string Cyrillic = "абвгдежиклмнопрстуфхцчшщэюя";

    public static NumberStyle StyleOf(ProvisionNumber number, ProvisionKind kind)
    {
        var v = number.Value;
        if (v.Length == 0 || char.IsDigit(v[0])) return NumberStyle.Arabic;
        if (Cyrillic.Contains(char.ToLowerInvariant(v[0]))) return NumberStyle.CyrillicLower;
        var token = Token(number.Written);
        bool romanLetters = token.Length > 0 && token.All(c => "ivxlcdm".Contains(char.ToLowerInvariant(c)));
        if (romanLetters && (kind.IsDivision() || kind == ProvisionKind.Annex))
            return char.IsUpper(token[0]) ? NumberStyle.RomanUpper : NumberStyle.RomanLower;
        if (romanLetters && kind == ProvisionKind.Subpoint) return NumberStyle.RomanLower;
        return token.Length > 0 && char.IsUpper(token[0]) ? NumberStyle.LatinUpper : NumberStyle.LatinLower;
    }

    public static string Format(NumberStyle style, int n) => style switch
    {
        NumberStyle.Arabic => n.ToString(CultureInfo.InvariantCulture),
        NumberStyle.LatinLower => Letters(n, 'a', 26),
        NumberStyle.LatinUpper => Letters(n, 'A', 26),
        NumberStyle.CyrillicLower => n <= Cyrillic.Length ? Cyrillic[n - 1].ToString() : n.ToString(CultureInfo.InvariantCulture),
        NumberStyle.RomanUpper => Roman(n),
        NumberStyle.RomanLower => Roman(n).ToLowerInvariant(),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The value used in eIds for the n-th number of the style (roman divisions become arabic, as the readers do).</summary>
    public static string Value(NumberStyle style, ProvisionKind kind, int n) =>
        style is NumberStyle.RomanUpper or NumberStyle.RomanLower && (kind.IsDivision() || kind == ProvisionKind.Annex)
            ? n.ToString(CultureInfo.InvariantCulture)
            : Format(style, n).ToLowerInvariant();

    /// <summary>Replaces the number token in a written number, keeping label and punctuation ("Article 10 bis" → "Article 11", "(b)" → "(c)").</summary>
    public static string Rewrite(string written, string newToken)
    {
        var (start, end) = TokenRange(written);
        if (written[start..end].ToLowerInvariant() is "bis" or "ter" or "quater" or "quinquies" or "sexies")
        {
            // "10 bis": the number is the run before the Latin suffix; both give way to the new token
            int e = start;
            while (e > 0 && written[e - 1] == ' ') e--;
            int s = e;
            while (s > 0 && char.IsLetterOrDigit(written[s - 1])) s--;
            return written[..s] + newToken + written[end..];
        }
        return written[..start] + newToken + written[end..];
    }

    /// <summary>The number token of a written number ("Article 5." → "5", "(b)" → "b").</summary>
    public static string Token(string written)
    {
        var (start, end) = TokenRange(written);
        return written[start..end];
    }

    private static (int Start, int End) TokenRange(string written)
    {
        int end = written.Length;
        while (end > 0 && !char.IsLetterOrDigit(written[end - 1])) end--;
        int start = end;
        while (start > 0 && char.IsLetterOrDigit(written[start - 1])) start--;
        return (start, end);
    }

    private static string Letters(int n, char first, int size)
    {
        var sb = new StringBuilder();
        while (n > 0) { n--; sb.Insert(0, (char)(first + n % size)); n /= size; }
        return sb.ToString();
    }

    private static string Roman(int n)
    {
        (int v, string s)[] map = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var sb = new StringBuilder();
        foreach (var (v, s) in map) while (n >= v) { sb.Append(s); n -= v; }
        return sb.ToString();
    }
}
