using System.Collections.Immutable;
using System.Globalization;
using ModelLaw.Documents;

namespace ModelLaw.Reading.PlainText.Headings;

/// <summary>How a section heading line is written.</summary>
internal enum SectionForm
{
    /// <summary>A bare number: "1 Short title", "2 (1) …", "12.—(1) …", "4.01 …" (Commonwealth, UK, Canada).</summary>
    Bare,
    /// <summary>With the section sign: "§ 3501. Purposes", "[§§ 3531 to 3549. Repealed. …]".</summary>
    Sign,
    /// <summary>With a keyword: "Sec. 2.", "SECTION 3. TITLE."</summary>
    Keyword,
}

/// <summary>A section heading line read by <see cref="SectionHeadings"/>.</summary>
/// <param name="Match">The heading (kind <see cref="ProvisionKind.ActSection"/>).</param>
/// <param name="Form">How it is written.</param>
/// <param name="Strong">True for forms only a common-law text has (everything but "1. A sentence."): two of them turn section reading on.</param>
/// <param name="Last">The last number of a range line ("57" of "52 to 57 [Amendments]"), else the number.</param>
internal sealed record SectionLine(HeadingMatch Match, SectionForm Form, bool Strong, string Last);

/// <summary>
/// Reads the first line of a common-law section. Whether such a line really starts a section (numbers that go up, not
/// inside a schedule) is for the tree assembler to decide; this only reads the shape.
/// </summary>
internal static class SectionHeadings
{
    public static SectionLine? TryMatch(ReadOnlySpan<char> line, LanguageProfile profile)
    {
        var s = line;
        bool bracketed = s.Length > 2 && s[0] == '[';
        if (bracketed) s = s[1..];
        var form = SectionForm.Bare;
        int pos = 0;
        foreach (var k in profile.SectionKeywords)
        {
            if (!s.StartsWith(k, StringComparison.OrdinalIgnoreCase)) continue;
            int after = k.Length;
            if (after < s.Length && s[after] == ' ') after++;
            else if (k[0] != '§') continue;
            if (after >= s.Length || !char.IsAsciiDigit(s[after])) continue;
            form = k[0] == '§' ? SectionForm.Sign : SectionForm.Keyword;
            pos = after;
            break;
        }
        if (form == SectionForm.Bare && bracketed) return null;
        int numStart = pos;
        if (!ReadNumber(s, ref pos)) return null;
        var number = s[numStart..pos];
        var last = number;
        int writtenEnd = pos;
        // "52 to 57 [Amendments]", "58 and 59", "§§ 3531 to 3549."
        foreach (var joiner in (ReadOnlySpan<string>)[" to ", " and ", "–", "-"])
        {
            if (!s[pos..].StartsWith(joiner, StringComparison.Ordinal)) continue;
            int p = pos + joiner.Length, start = p;
            if (!ReadNumber(s, ref p)) continue;
            last = s[start..p];
            pos = writtenEnd = p;
            break;
        }
        bool dot = pos < s.Length && s[pos] == '.';
        if (dot) pos++;
        bool dash = pos < s.Length && s[pos] is '—' or '–';
        if (dash) pos++;
        if (pos < s.Length && !dash && s[pos] != ' ') return null; // "1.5%", "3rd"
        var rest = s[pos..].Trim();
        if (bracketed && rest.EndsWith(']')) rest = rest[..^1].TrimEnd();
        if (rest.Length == 0 && form == SectionForm.Bare) return null; // a bare number alone on its line is a page or item number
        return Read(s, form, number, last, writtenEnd, rest, bracketed, dot, dash);
    }

    /// <summary>The words after the number: a note in brackets, a heading, the section's first words, or both.</summary>
    private static SectionLine? Read(ReadOnlySpan<char> s, SectionForm form, ReadOnlySpan<char> number, ReadOnlySpan<char> last,
        int writtenEnd, ReadOnlySpan<char> rest, bool bracketed, bool dot, bool dash)
    {
        var notes = ImmutableArray<string>.Empty;
        bool repealed = false;
        string? heading = null, body = null;
        bool strong = form != SectionForm.Bare || dash || !dot;

        if (rest.Length == 0) { }
        else if (bracketed || rest[0] == '[' || HeadingMarkers.IsRepeal(rest))
        {
            repealed = HeadingMarkers.IsRepeal(rest);
            notes = [bracketed ? "[" + rest.ToString() + "]" : rest.ToString()];
        }
        else if (form != SectionForm.Bare)
        {
            (heading, body) = SplitKeywordHeading(rest);
        }
        else if (dash || rest[0] == '(')
        {
            body = rest.ToString();
            strong = true;
        }
        else
        {
            if (!char.IsUpper(rest[0])) return null; // "5 per cent", "2 000 euros"
            int runIn = rest.IndexOf(".—", StringComparison.Ordinal);
            if (runIn > 0 && IsHeadingText(rest[..runIn]))
            {
                heading = rest[..runIn].ToString(); // "1. Short title.—(1) This Act …"
                body = rest[(runIn + 2)..].TrimStart().ToString();
                strong = true;
            }
            else if (IsHeadingText(rest))
            {
                heading = rest.ToString();
                strong = true;
            }
            else body = rest.ToString();
        }
        var lastText = last.ToString();
        var value = last.SequenceEqual(number) ? lastText : $"{number}-{last}";
        var match = new HeadingMatch(ProvisionKind.ActSection, s[..writtenEnd].ToString(), value, LeadingInt(number), heading, body)
        {
            Notes = notes,
            IsRepealed = repealed,
        };
        return new SectionLine(match, form, strong, lastText);
    }

    /// <summary>"Purposes" → heading; "DEFINITIONS. In this [act]:" → heading and body (uniform acts run the text on).</summary>
    private static (string? Heading, string? Body) SplitKeywordHeading(ReadOnlySpan<char> rest)
    {
        int stop = rest.IndexOf(". ", StringComparison.Ordinal);
        if (stop > 0 && IsUpperText(rest[..stop])) return (rest[..stop].ToString(), rest[(stop + 2)..].TrimStart().ToString());
        var heading = rest.EndsWith('.') ? rest[..^1].TrimEnd() : rest;
        return (heading.Length == 0 ? null : heading.ToString(), null);
    }

    /// <summary>Short, starting with a capital, and not ending as a sentence does: a heading, not the text of the section.</summary>
    internal static bool IsHeadingText(ReadOnlySpan<char> s)
    {
        if (s.Length is 0 or > 100 || !char.IsUpper(s[0])) return false;
        if (s.EndsWith(" etc.", StringComparison.Ordinal)) s = s[..^1]; // "Collection of electronic addresses, etc."
        if (s[^1] is '.' or ';' or ':' or ',' or '?' or '!' or '—' or '–' or '-') return false;
        int words = 1;
        foreach (var c in s) if (c == ' ' && ++words > 12) return false;
        return true;
    }

    private static bool IsUpperText(ReadOnlySpan<char> s)
    {
        bool any = false;
        foreach (var c in s)
            if (char.IsLetter(c)) { if (!char.IsUpper(c)) return false; any = true; }
        return any;
    }

    /// <summary>Reads "3501", "3520A", "4.01", "27.1", "12-304", "5A"; false when no digit stands at <paramref name="pos"/>.</summary>
    private static bool ReadNumber(ReadOnlySpan<char> s, ref int pos)
    {
        int p = pos, digits = 0;
        while (p < s.Length && char.IsAsciiDigit(s[p]) && digits < 6) { p++; digits++; }
        if (digits == 0 || (p < s.Length && char.IsAsciiDigit(s[p]))) return false;
        int letters = 0;
        while (p < s.Length && char.IsAsciiLetterUpper(s[p]) && letters < 2) { p++; letters++; }
        if (letters > 0 && p < s.Length && char.IsLetter(s[p])) return false; // "1st", "2ABC"
        while (p + 1 < s.Length && s[p] is '.' or '-' && char.IsAsciiDigit(s[p + 1]))
        {
            int q = p + 1, d = 0;
            while (q < s.Length && char.IsAsciiDigit(s[q]) && d < 4) { q++; d++; }
            if (q < s.Length && char.IsAsciiDigit(s[q])) return false;
            while (q < s.Length && char.IsAsciiLetterUpper(s[q]) && q - p < 7) q++;
            p = q;
        }
        pos = p;
        return true;
    }

    private static int LeadingInt(ReadOnlySpan<char> number)
    {
        int i = 0;
        while (i < number.Length && char.IsAsciiDigit(number[i])) i++;
        return int.Parse(number[..i], NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Orders section numbers part by part: 4 &lt; 4.01 &lt; 4.1 &lt; 4.2 &lt; 5, 3520 &lt; 3520A &lt; 3521, 12-9 &lt; 12-304. Parts after a dot
    /// are decimal fractions (d.2 &lt; d.21 &lt; d.3), parts after a hyphen whole numbers.
    /// </summary>
    public static int Compare(string a, string b)
    {
        int i = 0, j = 0;
        bool fractionA = false, fractionB = false;
        while (true)
        {
            var pa = NextPart(a, ref i, ref fractionA);
            var pb = NextPart(b, ref j, ref fractionB);
            if (pa.Length == 0 || pb.Length == 0) return pa.Length.CompareTo(pb.Length) is var c && c != 0 ? c : 0;
            int cmp = ComparePart(pa, pb, fractionA && fractionB);
            if (cmp != 0) return cmp;
        }
    }

    private static ReadOnlySpan<char> NextPart(string s, ref int i, ref bool fraction)
    {
        if (i >= s.Length) return default;
        if (s[i] is '.' or '-') { fraction = s[i] == '.'; i++; }
        int start = i;
        bool digit = i < s.Length && char.IsAsciiDigit(s[i]);
        while (i < s.Length && s[i] is not ('.' or '-') && char.IsAsciiDigit(s[i]) == digit) i++;
        return s.AsSpan(start, i - start);
    }

    private static int ComparePart(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool fraction)
    {
        bool da = char.IsAsciiDigit(a[0]), db = char.IsAsciiDigit(b[0]);
        if (da != db) return da ? -1 : 1;
        if (!da) return a.CompareTo(b, StringComparison.Ordinal);
        if (fraction)
        {
            for (int k = 0; k < Math.Max(a.Length, b.Length); k++)
            {
                char x = k < a.Length ? a[k] : '0', y = k < b.Length ? b[k] : '0';
                if (x != y) return x.CompareTo(y);
            }
            return a.Length.CompareTo(b.Length);
        }
        var ia = long.Parse(a, NumberStyles.None, CultureInfo.InvariantCulture);
        var ib = long.Parse(b, NumberStyles.None, CultureInfo.InvariantCulture);
        return ia.CompareTo(ib);
    }
}
