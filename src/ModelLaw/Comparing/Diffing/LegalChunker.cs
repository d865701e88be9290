using DiffPlex;

namespace ModelLaw.Comparing.Diffing;

/// <summary>
/// Splits legal text into diff tokens that keep every character, so the runs of a diff rebuild both texts exactly:
/// words (with inner hyphens), runs of ordinary white space, each non-breaking or thin space on its own,
/// each punctuation mark on its own (« » — – ; :), and references such as "5(2)(a)", "2014/65/EU" or "1.5" as one token.
/// Chinese text, which has no spaces between words, is split into single characters.
/// Stateless and thread-safe.
/// </summary>
public sealed class LegalChunker : IChunker
{
    /// <summary>The shared instance.</summary>
    public static LegalChunker Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<string> Chunk(string text) => Tokenize(text);

    /// <summary>Splits <paramref name="text"/> into tokens; concatenating them gives the text back.</summary>
    public static string[] Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var spans = new List<DiffToken>(text.Length / 4 + 1);
        Scan(text, spans);
        var tokens = new string[spans.Count];
        for (int i = 0; i < spans.Count; i++) tokens[i] = text.Substring(spans[i].Start, spans[i].Length);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> as spans with their kind; no string is made.</summary>
    internal static void Scan(string text, List<DiffToken> tokens)
    {
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            char c = text[i];
            DiffTokenKind kind;
            if (IsGlueSpace(c)) { i++; kind = DiffTokenKind.Space; }
            else if (char.IsWhiteSpace(c))
            {
                while (i < text.Length && char.IsWhiteSpace(text[i]) && !IsGlueSpace(text[i])) i++;
                kind = DiffTokenKind.Space;
            }
            else if (char.IsDigit(c)) { i = ScanNumberOrReference(text, i); kind = DiffTokenKind.Number; }
            else if (Alignment.TextNormalizer.IsHan(c)) { i++; kind = DiffTokenKind.Word; } // Chinese has no spaces between words
            else if (char.IsLetter(c)) { i = ScanWord(text, i); kind = DiffTokenKind.Word; }
            else if (char.IsSurrogate(c) && i + 1 < text.Length) { i += 2; kind = DiffTokenKind.Word; }
            else { i++; kind = DiffTokenKind.Mark; }
            tokens.Add(new DiffToken(start, i - start, kind));
        }
    }

    /// <summary>Non-breaking and thin spaces are kept as tokens of their own: they bind what is around them.</summary>
    private static bool IsGlueSpace(char c) => c is '\u00A0' or '\u202F' or '\u2007' or '\u2009';

    private static int ScanWord(string s, int i)
    {
        while (i < s.Length)
        {
            if (Alignment.TextNormalizer.IsHan(s[i])) break;
            if (char.IsLetterOrDigit(s[i]) || char.GetUnicodeCategory(s[i]) is System.Globalization.UnicodeCategory.NonSpacingMark
                    or System.Globalization.UnicodeCategory.SpacingCombiningMark) { i++; continue; }
            // inner hyphen: "sub-paragraph", "non-résident"
            if (s[i] is '-' or '\u2011' && i + 1 < s.Length && char.IsLetter(s[i + 1])) { i++; continue; }
            break;
        }
        return i;
    }

    private static int ScanNumberOrReference(string s, int i)
    {
        while (i < s.Length)
        {
            if (Alignment.TextNormalizer.IsHan(s[i])) break;
            if (char.IsLetterOrDigit(s[i])) { i++; continue; }
            // 1.5 · 1,000 · 2014/65/EU · 12-3 : a separator followed by a digit (or by a letter after '/')
            if (s[i] is '.' or ',' or '/' or '-' && i + 1 < s.Length
                && (char.IsDigit(s[i + 1]) || (s[i] == '/' && char.IsLetter(s[i + 1])))) { i += 2; continue; }
            // 5(2)(a)(iv): short parenthesised components glued to the number
            if (s[i] == '(')
            {
                int j = i + 1;
                while (j < s.Length && j - i <= 6 && char.IsLetterOrDigit(s[j])) j++;
                if (j > i + 1 && j < s.Length && s[j] == ')') { i = j + 1; continue; }
            }
            break;
        }
        return i;
    }
}

/// <summary>What a diff token is: white space, a word, a number or reference, or a punctuation mark.</summary>
internal enum DiffTokenKind : byte { Space, Word, Number, Mark }

/// <summary>A token of a text as a span: where it starts, how long it is, and its kind.</summary>
internal readonly record struct DiffToken(int Start, int Length, DiffTokenKind Kind);
