using System.Globalization;
using ModelLaw.Documents;
using ModelLaw.Text;

namespace ModelLaw.Reading.PlainText.Languages.Arabic;

/// <summary>
/// Arabic headings: "المادة (1)", "المادة 1", "المادة الأولى", "المادة السادسة والتسعون:", "الفصل الأول: التعريفات",
/// "الباب الثاني", "الفرع الأول". The number is digits (Arabic-Indic digits are folded before) or an ordinal word; the heading
/// follows a colon or dash, or stands on the next line. "الفصل" also means "adjudication" in running text
/// ("تتولى المحكمة الفصل في…"), so a heading needs its number right after the keyword. Matching ignores tatweel,
/// diacritics and alef forms. Stateless and thread-safe.
/// </summary>
public sealed class ArabicHeadingMatcher : IHeadingMatcher
{
    /// <summary>The shared instance.</summary>
    public static ArabicHeadingMatcher Instance { get; } = new();

    private static readonly (string Keyword, ProvisionKind Kind)[] Keywords =
    [
        ("الماده", ProvisionKind.Article), ("الفصل", ProvisionKind.Chapter), ("الباب", ProvisionKind.Part),
        ("القسم", ProvisionKind.Title), ("الفرع", ProvisionKind.Section), ("الملحق", ProvisionKind.Annex),
    ];

    private static readonly char[] Separators = [':', '：', '-', '–', '—', '.'];

    /// <inheritdoc />
    public bool TryMatch(string line, LanguageProfile profile, out HeadingMatch? match)
    {
        match = null;
        var words = line.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return false;
        // words stripped of a trailing separator ("التسعون:") and folded for matching
        var norm = words.Select(w => ArabicText.Normalize(w.TrimEnd(Separators))).ToList();
        var found = Keywords.FirstOrDefault(k => k.Keyword == norm[0]);
        if (found.Keyword is null) return false;

        int value, taken;
        var second = words[1].TrimEnd(Separators).Trim('(', ')', '[', ']');
        if (second.Length > 0 && second.All(char.IsAsciiDigit) && second.Length <= 4)
        {
            value = int.Parse(second, NumberStyles.None, CultureInfo.InvariantCulture);
            taken = 1;
        }
        else
        {
            taken = ArabicText.ReadOrdinal(norm, 1, out value);
            if (taken == 0) return false;
        }

        // what follows the number: nothing, a separator and a heading, or (for divisions only) a short heading
        int lastNumberWord = taken; // index in words of the last word of the number
        bool separated = Separators.Any(s => words[lastNumberWord].EndsWith(s));
        var restWords = words.Skip(lastNumberWord + 1).ToArray();
        var rest = string.Join(' ', restWords).Trim();
        if (rest.Length > 0 && !separated && Separators.Contains(rest[0]))
        {
            separated = true;
            rest = rest[1..].Trim();
        }
        string? heading = null;
        string? body = null;
        if (rest.Length > 0)
        {
            if (separated) heading = rest;
            else if (found.Kind != ProvisionKind.Article && restWords.Length <= 8 && !rest.Contains('،') && !rest.EndsWith('.')) heading = rest;
            else return false; // "المادة 5 من هذا النظام …" is a sentence
        }
        else if (separated) body = ""; // "المادة التسعون:" with nothing after: no heading on the next line either

        var written = string.Join(' ', words.Take(lastNumberWord + 1)).TrimEnd(Separators).Trim();
        match = new HeadingMatch(found.Kind, written, value.ToString(CultureInfo.InvariantCulture), value, heading, body);
        return true;
    }
}
