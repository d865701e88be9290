using System.Globalization;

namespace ModelLaw.Text.Analysis;

/// <summary>
/// The one tokenizer of the library: splits legal text into <see cref="Token"/>s that keep every character, so the
/// tokens rebuild the text exactly. Words keep inner hyphens and combining marks; a number keeps its subdivisions and
/// separators ("5(2)(a)", "2014/65/EU", "1.5", "8,000,000"), so a diff never cuts "Article 36" into "3" and "6";
/// each non-breaking or thin space, each punctuation mark (« » — –) is a token of its own; each Han character too.
/// Works on spans and allocates nothing but the caller's list. Stateless and thread-safe.
/// </summary>
internal static class LegalTokenizer
{
    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="into"/>; offsets are relative to the span.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> into)
    {
        int i = 0;
        while (i < text.Length)
        {
            int end = Next(text, i, out var kind);
            into.Add(new Token(i, end - i, kind));
            i = end;
        }
    }

    /// <summary>The tokens of <paramref name="text"/>.</summary>
    public static Token[] Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var list = new List<Token>(text.Length / 4 + 1);
        Tokenize(text.AsSpan(), list);
        return list.ToArray();
    }

    /// <summary>The end of the token that starts at <paramref name="i"/>, and its kind.</summary>
    public static int Next(ReadOnlySpan<char> s, int i, out TokenKind kind)
    {
        char c = s[i];
        if (IsGlueSpace(c)) { kind = TokenKind.GlueSpace; return i + 1; }
        if (char.IsWhiteSpace(c))
        {
            kind = TokenKind.Space;
            i++;
            while (i < s.Length && char.IsWhiteSpace(s[i]) && !IsGlueSpace(s[i])) i++;
            return i;
        }
        if (char.IsDigit(c)) return ScanNumber(s, i, out kind);
        if (HanScript.IsHan(c)) { kind = TokenKind.Han; return i + 1; }
        if (char.IsLetter(c)) { kind = TokenKind.Word; return ScanWord(s, i); }
        kind = TokenKind.Mark;
        return char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? i + 2 : i + 1;
    }

    /// <summary>Non-breaking and thin spaces are kept as tokens of their own: they bind what is around them.</summary>
    public static bool IsGlueSpace(char c) => c is '\u00A0' or '\u202F' or '\u2007' or '\u2009';

    /// <summary>Characters that sit inside a word without being letters: combining accents, Arabic harakat, zero-width joiners, soft hyphens.</summary>
    public static bool IsInWordMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format;

    private static int ScanWord(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length)
        {
            char c = s[i];
            if (HanScript.IsHan(c)) break;
            if (char.IsLetterOrDigit(c) || IsInWordMark(c)) { i++; continue; }
            // inner hyphen: "sub-paragraph", "non-résident"
            if (c is '-' or '\u2011' && i + 1 < s.Length && char.IsLetter(s[i + 1]) && !HanScript.IsHan(s[i + 1])) { i++; continue; }
            break;
        }
        return i;
    }

    private static int ScanNumber(ReadOnlySpan<char> s, int i, out TokenKind kind)
    {
        int start = i;
        bool digitsOnly = true;
        while (i < s.Length)
        {
            char c = s[i];
            if (HanScript.IsHan(c)) break;
            if (char.IsDigit(c)) { i++; continue; }
            if (char.IsLetter(c) || IsInWordMark(c)) { i++; digitsOnly = false; continue; }
            // 1.5 · 1,000 · 2014/65/EU · 12-3 : a separator followed by a digit (or by a letter after '/')
            if (c is '.' or ',' or '/' or '-' && i + 1 < s.Length
                && (char.IsDigit(s[i + 1]) || (c == '/' && char.IsLetter(s[i + 1]) && !HanScript.IsHan(s[i + 1]))))
            {
                i += 2;
                digitsOnly = false;
                continue;
            }
            // 5(2)(a)(iv): short parenthesised components glued to the number
            if (c == '(' && ParenthesisedPart(s, i) is > 0 and var end)
            {
                i = end;
                digitsOnly = false;
                continue;
            }
            break;
        }
        kind = digitsOnly ? TokenKind.Number : TokenKind.Reference;
        return i > start ? i : start + 1;
    }

    /// <summary>The end of "(2)", "(a)", "(iv)" at <paramref name="i"/> (at most five letters or digits inside), or 0.</summary>
    private static int ParenthesisedPart(ReadOnlySpan<char> s, int i)
    {
        int j = i + 1;
        while (j < s.Length && j - i <= 6 && char.IsLetterOrDigit(s[j]) && !HanScript.IsHan(s[j])) j++;
        return j > i + 1 && j < s.Length && s[j] == ')' ? j + 1 : 0;
    }
}
