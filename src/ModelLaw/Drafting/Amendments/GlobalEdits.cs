using System.Text;
using ModelLaw.Documents;

namespace ModelLaw.Drafting.Amendments;

/// <summary>How the number token of a label is written: digits (Latin or Arabic-Indic), letters, roman numerals, or another script kept as it is.</summary>
internal enum TokenStyle { Arabic, ArabicIndic, LatinLower, LatinUpper, CyrillicLower, RomanUpper, RomanLower, Other }

/// <summary>
/// The form of a written number: the words around its number token and the style of the token. Written as a pattern
/// with the first number in braces: "({a})" for (a), (b)...; "{1}." for 1., 2....; "Article {1}"; "{#}-" for a token of
/// another script, kept as it is.
/// </summary>
internal sealed record LabelForm(string Prefix, string Suffix, TokenStyle Style)
{
    private static readonly (TokenStyle Style, string Example)[] Examples =
    [
        (TokenStyle.Arabic, "1"), (TokenStyle.ArabicIndic, "\u0661"), (TokenStyle.LatinLower, "a"), (TokenStyle.LatinUpper, "A"),
        (TokenStyle.CyrillicLower, "\u0430"), (TokenStyle.RomanUpper, "I"), (TokenStyle.RomanLower, "i"), (TokenStyle.Other, "#"),
    ];

    public override string ToString() => $"{Prefix}{{{Examples.First(e => e.Style == Style).Example}}}{Suffix}";

    /// <summary>The form of a written number of a level, or null when it has no number token.</summary>
    public static LabelForm? Of(ProvisionNumber number, ProvisionKind kind)
    {
        var written = number.Written;
        int end = written.Length;
        while (end > 0 && !char.IsLetterOrDigit(written[end - 1])) end--;
        int start = end;
        while (start > 0 && char.IsLetterOrDigit(written[start - 1])) start--;
        if (start == end) return null;
        var token = written[start..end];
        return new LabelForm(written[..start], written[end..], StyleOf(token, kind));
    }

    // letters count as a numbering style when they are one or two (a, b, ..., aa) or roman numerals where those are used
    private static TokenStyle StyleOf(string token, ProvisionKind kind)
    {
        if (token.All(char.IsAsciiDigit)) return TokenStyle.Arabic;
        if (token.All(c => c is >= '\u0660' and <= '\u0669')) return TokenStyle.ArabicIndic;
        if (token.Length <= 2 && token.All(c => c is >= '\u0430' and <= '\u044f')) return TokenStyle.CyrillicLower;
        if (!token.All(char.IsAsciiLetter)) return TokenStyle.Other;
        bool upper = char.IsUpper(token[0]);
        if (token.All(c => "ivxlcdm".Contains(char.ToLowerInvariant(c))) && (kind.IsDivision() || kind is ProvisionKind.Annex or ProvisionKind.Subpoint))
            return upper ? TokenStyle.RomanUpper : TokenStyle.RomanLower;
        if (token.Length > 2) return TokenStyle.Other;
        return upper ? TokenStyle.LatinUpper : TokenStyle.LatinLower;
    }

    public static LabelForm? Parse(string? form)
    {
        if (form is null) return null;
        int open = form.IndexOf('{'), close = form.IndexOf('}', open + 1);
        if (open < 0 || close < 0) return null;
        var example = form[(open + 1)..close];
        var style = Examples.FirstOrDefault(e => e.Example == example);
        return style.Example is null ? null : new LabelForm(form[..open], form[(close + 1)..], style.Style);
    }

    /// <summary>The number written in this form, from a number written in <paramref name="from"/>; null when it cannot be (no ordinal to count from).</summary>
    public ProvisionNumber? Rewrite(ProvisionNumber number, LabelForm from, ProvisionKind kind)
    {
        var token = number.Written[from.Prefix.Length..(number.Written.Length - from.Suffix.Length)];
        if (Style == from.Style) return number with { Written = Prefix + token + Suffix };
        if (number.Ordinal is not { } n || n < 1 || Style == TokenStyle.Other) return null;
        var (newToken, value) = Style switch
        {
            TokenStyle.Arabic => (n.ToString(System.Globalization.CultureInfo.InvariantCulture), n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            TokenStyle.ArabicIndic => (string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('\u0660' + (d - '0')))),
                n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            _ => (Renumbering.NumberSequence.Format(Numbering(Style), n), Renumbering.NumberSequence.Value(Numbering(Style), kind, n)),
        };
        return number with { Written = Prefix + newToken + Suffix, Value = value };
    }

    /// <summary>An example of a number in this form ("(a)"), for the wording.</summary>
    public string Example(ProvisionNumber sample, LabelForm from, ProvisionKind kind) => Rewrite(sample, from, kind)?.Written ?? ToString();

    private static Renumbering.NumberStyle Numbering(TokenStyle style) => style switch
    {
        TokenStyle.LatinLower => Renumbering.NumberStyle.LatinLower,
        TokenStyle.LatinUpper => Renumbering.NumberStyle.LatinUpper,
        TokenStyle.CyrillicLower => Renumbering.NumberStyle.CyrillicLower,
        TokenStyle.RomanUpper => Renumbering.NumberStyle.RomanUpper,
        TokenStyle.RomanLower => Renumbering.NumberStyle.RomanLower,
        _ => Renumbering.NumberStyle.Arabic,
    };
}

/// <summary>
/// Instructions on the whole text, as drafters write them: "Throughout the text, the words 'this Law' are replaced by
/// 'this Act'" and "paragraph numbers written '1.' are written '(1)'" (or points lettered "а)" numbered "1)"). They apply to every provision in the text at that
/// moment (not to provisions inserted later).
/// </summary>
internal static class GlobalEdits
{
    public static void ReplaceThroughout(AmendedText state, string oldWords, string newWords)
    {
        foreach (var n in state.All())
        {
            n.Content = ReplaceWholeWords(n.Content, oldWords, newWords);
            if (n.Heading is { } h) n.Heading = ReplaceWholeWords(h, oldWords, newWords);
            if (n.WrapUp is { } w) n.WrapUp = ReplaceWholeWords(w, oldWords, newWords);
        }
    }

    public static void Relabel(AmendedText state, ProvisionKind level, LabelForm oldForm, LabelForm newForm)
    {
        foreach (var n in state.All())
            if (n.Kind == level && n.Number is { } num && LabelForm.Of(num, level) == oldForm && newForm.Rewrite(num, oldForm, level) is { } renumbered)
                n.Number = renumbered;
    }

    /// <summary>Occurrences of <paramref name="words"/> in <paramref name="text"/> as whole words (not inside a longer word).</summary>
    public static int CountWholeWords(string text, string words)
    {
        int n = 0;
        for (int i = NextWhole(text, words, 0); i >= 0; i = NextWhole(text, words, i + words.Length)) n++;
        return n;
    }

    public static string ReplaceWholeWords(string text, string oldWords, string newWords)
    {
        int i = NextWhole(text, oldWords, 0);
        if (i < 0) return text;
        var sb = new StringBuilder(text.Length);
        int from = 0;
        for (; i >= 0; i = NextWhole(text, oldWords, from))
        {
            sb.Append(text, from, i - from).Append(newWords);
            from = i + oldWords.Length;
        }
        return sb.Append(text, from, text.Length - from).ToString();
    }

    private static int NextWhole(string text, string words, int from)
    {
        if (words.Length == 0) return -1;
        for (int i = from <= text.Length ? text.IndexOf(words, from, StringComparison.Ordinal) : -1; i >= 0;
             i = i + 1 <= text.Length ? text.IndexOf(words, i + 1, StringComparison.Ordinal) : -1)
        {
            bool startOk = i == 0 || !IsWordChar(text[i - 1]) || !IsWordChar(words[0]);
            int end = i + words.Length;
            bool endOk = end == text.Length || !IsWordChar(text[end]) || !IsWordChar(words[^1]);
            if (startOk && endOk) return i;
        }
        return -1;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
}
