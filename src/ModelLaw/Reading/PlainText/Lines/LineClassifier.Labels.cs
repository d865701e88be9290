using System.Globalization;
using ModelLaw.Reading.PlainText.Numbering;

namespace ModelLaw.Reading.PlainText.Lines;

/// <summary>List labels at the start of a line: "(a)", "1.", "а)", "3 bis.", "1.º", "(1.1)", "(a)(1)".</summary>
internal sealed partial class LineClassifier
{
    private readonly List<(INumberingScheme, SchemeNumber)> _candidates = new(8);

    public bool TryLabel(TextSlice line, ReadOnlySpan<char> folded, out ItemLabel? label, out TextSlice rest)
    {
        label = null; rest = default;
        if (folded.Length < 2) return false;
        Span<char> made = stackalloc char[16];
        scoped ReadOnlySpan<char> token;
        char form;
        int after;
        if (folded[0] == '(')
        {
            int close = folded[1..].IndexOf(')') + 1;
            if (close < 2 || close > 9) return false;
            token = folded[1..close];
            if (token.Contains('.') && TryDecimalLabel(token, folded, close, line, out label, out rest)) return true;
            int space = token.IndexOf(' ');
            if (space >= 0 && token[(space + 1)..].IndexOf(' ') < 0 && IsAsciiDigits(token[..space])
                && index.TryInsertionWord(token[(space + 1)..], out var insP))
                token = Inserted(token[..space], insP, made); // "(3 bis)"
            form = '(';
            after = close + 1;
        }
        else if (!TryBareLabel(folded, made, out token, out form, out after)) return false;
        // Chinese runs on without a space: "（一）确立…"; "(a)(1)" joins two labels in section reading
        if (after < folded.Length && !char.IsWhiteSpace(folded[after]) && Profile.Script != Script.Han
            && !(sections && form == '(' && folded[after] == '(')) return false;
        foreach (var c in token) if (char.IsWhiteSpace(c)) return false;

        var found = _candidates;
        found.Clear();
        // "(aa)", "(bb)": the items of the United States Code, a list of their own below "(I)"
        if (sections && form == '(' && LetterScheme.LatinDoubled.TryParse(token, out var doubled)) found.Add((LetterScheme.LatinDoubled, doubled));
        foreach (var scheme in Profile.ItemSchemes)
            if (scheme.TryParse(token, out var number)) found.Add((scheme, number));
        if (found.Count == 0) return false;
        rest = line.From(after).Trim();
        label = new ItemLabel(_strings.Get(line.Span[..after]), form, found.ToArray());
        return true;
    }

    /// <summary>"1.", "a)", "3 bis.", "1.º": a label with no opening bracket.</summary>
    private bool TryBareLabel(ReadOnlySpan<char> folded, Span<char> made, out ReadOnlySpan<char> token, out char form, out int after)
    {
        form = ' '; after = 0;
        int i = 0;
        while (i < folded.Length && i < 9 && char.IsLetterOrDigit(folded[i])) i++;
        token = folded[..i];
        if (i == 0 || i >= folded.Length) return false;
        if (folded[i] == ' ' && IsAsciiDigits(token))
        {
            // "3 bis." / "3 bis)"
            int j = i + 1;
            while (j < folded.Length && j < i + 12 && char.IsLetter(folded[j])) j++;
            if (j < folded.Length && j > i + 1 && folded[j] is '.' or ')' && index.TryInsertionWord(folded[(i + 1)..j], out var ins))
            {
                token = Inserted(token, ins, made);
                i = j;
            }
        }
        if (folded[i] == '.' && i + 1 < folded.Length && Profile.OrdinalIndicators.Contains(folded[i + 1]) && IsAsciiDigits(token))
        {
            form = folded[i + 1]; // "1.º", "1.ª": a list of its own
            i++;
        }
        else if (folded[i] != '(' && Profile.ItemLabelTerminators.Contains(folded[i])) form = folded[i];
        else return false;
        after = i + 1;
        return true;
    }

    /// <summary>"3" and bis → "3a", written into <paramref name="made"/>.</summary>
    private static ReadOnlySpan<char> Inserted(ReadOnlySpan<char> number, int insertion, Span<char> made)
    {
        number.CopyTo(made);
        made[number.Length] = (char)('a' + insertion - 1);
        return made[..(number.Length + 1)];
    }

    /// <summary>
    /// "(1.1)", "(a.01)", "(d.21)": a number inserted after "(1)" or "(a)" (Canadian drafting). The part after the dot is a
    /// decimal fraction, so (a) &lt; (a.01) &lt; (a.1) &lt; (a.2) &lt; (a.21) &lt; (b).
    /// </summary>
    private bool TryDecimalLabel(ReadOnlySpan<char> token, ReadOnlySpan<char> folded, int close, TextSlice line, out ItemLabel? label, out TextSlice rest)
    {
        label = null; rest = default;
        int dot = token.IndexOf('.');
        var fraction = token[(dot + 1)..];
        if (dot == 0 || fraction.Length is 0 or > 3 || fraction.IndexOfAnyExceptInRange('0', '9') >= 0) return false;
        if (close + 1 < folded.Length && !char.IsWhiteSpace(folded[close + 1])) return false;
        int scaled = int.Parse(fraction, NumberStyles.None, CultureInfo.InvariantCulture);
        for (int k = fraction.Length; k < 3; k++) scaled *= 10;
        var candidates = new List<(INumberingScheme, SchemeNumber)>();
        foreach (var scheme in Profile.ItemSchemes)
            if (scheme.TryParse(token[..dot], out var n) && n.Insertion == 0)
                candidates.Add((scheme, new SchemeNumber(n.Ordinal, scaled, n.Value + "." + fraction.ToString())));
        if (candidates.Count == 0) return false;
        rest = line.From(close + 1).Trim();
        label = new ItemLabel(_strings.Get(line.Span[..(close + 1)]), '(', candidates);
        return true;
    }

    private static bool IsAsciiDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
