using System.Globalization;
using ModelLaw.Documents;
using ModelLaw.Text;

namespace ModelLaw.Reading.PlainText.Languages.Chinese;

/// <summary>
/// Chinese headings "第一编", "第一章 总则", "第一节", "第一条 …": 第 + a numeral (Chinese or digits) + 编/章/节/条, then an
/// ASCII or ideographic space (U+3000) or the end of the line. A chapter's name follows on the line; an article's first
/// paragraph (款) does. "第三十六条规定的…" (no space) is a reference in running text, not a heading. Stateless.
/// </summary>
public sealed class ChineseHeadingMatcher : IHeadingMatcher
{
    /// <summary>The shared instance.</summary>
    public static ChineseHeadingMatcher Instance { get; } = new();

    /// <inheritdoc />
    public bool TryMatch(string line, LanguageProfile profile, out HeadingMatch? match)
    {
        match = null;
        if (line.Length < 3 || line[0] != '第') return false;
        int i = 1;
        while (i < line.Length && (ChineseNumerals.IsNumeral(line[i]) || char.IsAsciiDigit(line[i]))) i++;
        if (i == 1 || i >= line.Length) return false;
        var numeral = line[1..i];
        int value;
        if (numeral.All(char.IsAsciiDigit))
        {
            if (numeral.Length > 4) return false;
            value = int.Parse(numeral, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else if (!ChineseNumerals.TryParse(numeral, out value)) return false;

        ProvisionKind kind;
        switch (line[i])
        {
            case '编': kind = ProvisionKind.Part; break;
            case '章': kind = ProvisionKind.Chapter; break;
            case '节': kind = ProvisionKind.Section; break;
            case '条': kind = ProvisionKind.Article; break;
            default: return false;
        }
        int end = i + 1;
        if (end < line.Length && !char.IsWhiteSpace(line[end])) return false;
        var rest = end < line.Length ? line[end..].Trim() : "";
        var written = line[..end];
        var v = value.ToString(CultureInfo.InvariantCulture);
        match = kind == ProvisionKind.Article
            ? new HeadingMatch(kind, written, v, value, null, Body: rest)
            : new HeadingMatch(kind, written, v, value, rest.Length == 0 ? null : CollapseSpaces(rest));
        return true;
    }

    /// <summary>"总  则" → "总则": spacing inside a short Chinese title is typographic.</summary>
    private static string CollapseSpaces(string s) =>
        s.Any(c => c > '\u2E80') ? string.Concat(s.Where(c => !char.IsWhiteSpace(c))) : s;
}
