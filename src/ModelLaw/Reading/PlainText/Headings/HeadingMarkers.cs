using System.Collections.Immutable;

namespace ModelLaw.Reading.PlainText.Headings;

/// <summary>
/// Footnote, amendment and repeal markers that consolidated texts print on a heading line ("Article 5 [1]",
/// "Статья 68 &lt;*&gt;", "Article 7*", "Article 5¹", "Article 6 (repealed)", "Статья 9. Утратила силу"): read off as notes
/// so that they neither stop the line from being a heading nor become the heading's words.
/// </summary>
internal static class HeadingMarkers
{
    // lower case; a heading that starts with one of these says the provision is repealed
    private static readonly string[] RepealWords =
    [
        "repealed", "revoked", "deleted", "omitted", "abrogé", "abrogée", "abrogés", "supprimé", "supprimée", "derogado", "derogada",
        "suprimido", "suprimida", "sin contenido", "утратила силу", "утратил силу", "утратило силу", "исключена", "исключен",
        "ملغاة", "ملغى", "ملغاه", "废止", "删除",
    ];

    /// <summary>True when <paramref name="text"/> starts with a repeal word ("Repealed.", "[Repealed, 2015, c. 32, s. 6]", "Утратила силу").</summary>
    public static bool IsRepeal(ReadOnlySpan<char> text)
    {
        text = text.TrimStart("([ ").TrimStart();
        foreach (var w in RepealWords)
            if (text.StartsWith(w, StringComparison.OrdinalIgnoreCase)
                && (text.Length == w.Length || !char.IsLetter(text[w.Length]))) return true;
        return false;
    }

    /// <summary>
    /// Splits trailing markers off a number token ("7*" → "7" + "*", "5¹" → "5" + "¹"); the token is unchanged when it has none.
    /// </summary>
    public static ReadOnlySpan<char> SplitTokenMarker(ReadOnlySpan<char> token, out string? marker)
    {
        marker = null;
        int end = token.Length;
        while (end > 1 && (token[end - 1] == '*' || IsSuperscriptDigit(token[end - 1]))) end--;
        if (end == token.Length || !char.IsLetterOrDigit(token[end - 1])) return token;
        marker = token[end..].ToString();
        return token[..end];
    }

    /// <summary>
    /// Reads the markers at the start of the rest of a heading line ("[1] Scope", "&lt;*&gt;", "(as amended by Act 5 of 2019)",
    /// "(repealed)"), adds them to <paramref name="notes"/> (made on the first) and returns what follows them.
    /// </summary>
    public static ReadOnlySpan<char> TakeLeadingMarkers(ReadOnlySpan<char> rest, scoped ref ImmutableArray<string>.Builder? notes, scoped ref bool repealed)
    {
        while (rest.Length > 0)
        {
            int len = MarkerLength(rest);
            if (len == 0) break;
            var marker = rest[..len];
            if (IsRepeal(marker)) repealed = true;
            (notes ??= ImmutableArray.CreateBuilder<string>()).Add(marker.ToString());
            rest = rest[len..].TrimStart();
        }
        return rest;
    }

    private static int MarkerLength(ReadOnlySpan<char> s)
    {
        if (s.StartsWith("<*>", StringComparison.Ordinal)) return 3;
        if (s[0] == '*') { int i = 1; while (i < s.Length && s[i] == '*') i++; return i; }
        if (IsSuperscriptDigit(s[0])) { int i = 1; while (i < s.Length && IsSuperscriptDigit(s[i])) i++; return i; }
        if (s[0] is '[' or '(')
        {
            char close = s[0] == '[' ? ']' : ')';
            int end = s.IndexOf(close);
            if (end < 0) return IsRepeal(s) ? s.Length : 0;
            var inner = s.Slice(1, end - 1).Trim();
            // "[1]", "[12]": a footnote; "(as amended ...)", "(repealed)", "[Repealed, …]": an amendment or repeal note
            if (inner.Length is > 0 and <= 3 && IsAllDigits(inner)) return end + 1;
            if (IsRepeal(inner) || inner.StartsWith("as amended", StringComparison.OrdinalIgnoreCase)
                || inner.StartsWith("amended", StringComparison.OrdinalIgnoreCase)
                || inner.StartsWith("в редакции", StringComparison.OrdinalIgnoreCase)
                || inner.StartsWith("modifié", StringComparison.OrdinalIgnoreCase)
                || inner.StartsWith("modificado", StringComparison.OrdinalIgnoreCase)) return end + 1;
        }
        return 0;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static bool IsSuperscriptDigit(char c) => c is '¹' or '²' or '³' or (>= '⁰' and <= '⁹');
}
