using System.Buffers;
using System.Text;

namespace ModelLaw.Reading.PlainText;

/// <summary>
/// Removes invisible formatting characters that hide structure from the line classifier ("\u200FArticle 1",
/// "Article\u200B 1") and carry no words: bidirectional marks and embeddings/isolates (U+200E, U+200F, U+061C,
/// U+202A–U+202E, U+2066–U+2069), zero-width space (U+200B), word joiner (U+2060) and byte-order marks (U+FEFF).
/// Zero-width joiner and non-joiner (U+200D, U+200C) shape Persian, Arabic and Indic words, so they are kept between two
/// letters and removed elsewhere. Pure and thread-safe.
/// </summary>
internal static class InvisibleCharacters
{
    // the same set as IsInvisible, for a vectorised scan of the (usually clean) text
    private static readonly SearchValues<char> Invisible = SearchValues.Create(
        "\u200B\u200C\u200D\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069\uFEFF");

    /// <summary>True for a character that <see cref="Strip"/> may remove.</summary>
    public static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C'
        or (>= '\u202A' and <= '\u202E') or '\u2060' or (>= '\u2066' and <= '\u2069') or '\uFEFF';

    /// <summary>The text without invisible formatting characters; <paramref name="removed"/> counts them.</summary>
    public static string Strip(string text, out int removed)
    {
        ArgumentNullException.ThrowIfNull(text);
        removed = 0;
        int first = -1;
        for (int i = text.AsSpan().IndexOfAny(Invisible); i >= 0 && i < text.Length;)
        {
            if (!KeptJoiner(text, i)) { first = i; break; }
            int next = text.AsSpan(i + 1).IndexOfAny(Invisible);
            i = next < 0 ? -1 : i + 1 + next;
        }
        if (first < 0) return text;

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            if (IsInvisible(text[i]) && !KeptJoiner(text, i)) removed++;
            else sb.Append(text[i]);
        }
        return sb.ToString();
    }

    private static bool KeptJoiner(string text, int i) =>
        text[i] is '\u200C' or '\u200D' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
}
