using System.Text.RegularExpressions;
using ModelLaw.Comparing.Alignment;
using ModelLaw.Reading.PlainText.Languages.Chinese;
using ModelLaw.Comparing;
using ModelLaw.Documents;
using ModelLaw.Text;

namespace ModelLaw.Workflows.Evaluation;

/// <summary>
/// Citation forms of Spanish, Arabic and Chinese concordance tables, read into <see cref="CitationKey"/>s:
/// "Artículo 4, apartado 1, letra a)", "المادة 4، الفقرة 1، البند (أ)", "第四条第一款第（一）项", "第十八条第（一）项".
/// </summary>
internal static class UnCitationForms
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Regex Spanish = new(
        @"^\s*art(?:ículo|iculo|\.)\s+(?<art>\d+)(?:\.?\s*[º°])?(?:\s+(?<ins>bis|ter|quater))?(?:,?\s*apartado\s+(?<para>\d+))?(?:,?\s*letra\s+(?<pt>[a-zñ]{1,2})\))?",
        Opts, Timeout);
    private static readonly Regex Arabic = new(
        @"^\s*المادة\s+\(?(?<art>\d+)\)?(?:\s*[،,]\s*الفقرة\s+\(?(?<para>\d+)\)?)?(?:\s*[،,]\s*البند\s+\(?(?<pt>[\u0621-\u064A\u0640]{1,3}|\d+)\)?)?",
        Opts, Timeout);
    private static readonly Regex Chinese = new(
        @"^\s*第(?<art>[〇零一二三四五六七八九十百千\d]+)条(?:第(?<para>[一二三四五六七八九十\d]+)款)?(?:第[（(](?<pt>[一二三四五六七八九十\d]+)[)）]项)?",
        Opts, Timeout);

    /// <summary>Keys of a citation in one of the three forms; an empty list when it is in none.</summary>
    public static IReadOnlyList<CitationKey> Parse(string citation)
    {
        var m = Spanish.Match(citation);
        if (m.Success)
        {
            var art = m.Groups["art"].Value + (m.Groups["ins"].Success ? m.Groups["ins"].Value.ToLowerInvariant() : "");
            return [Key(art, m.Groups["para"], m.Groups["pt"], s => s)];
        }
        m = Arabic.Match(citation);
        if (m.Success) return [Key(m.Groups["art"].Value, m.Groups["para"], m.Groups["pt"], ArabicLetter)];
        m = Chinese.Match(citation);
        if (m.Success && Number(m.Groups["art"].Value) is { } a)
            return [Key(a, m.Groups["para"], m.Groups["pt"], s => Number(s) ?? s)];
        return [];
    }

    private static CitationKey Key(string art, Group para, Group point, Func<string, string> pointValue)
    {
        string? p = para.Success ? Aligner.NumberKey(Number(para.Value) ?? para.Value) : null;
        string? pt = point.Success ? Aligner.NumberKey(pointValue(point.Value)) : null;
        return new CitationKey("art:" + Aligner.NumberKey(art), p, pt);
    }

    private static string? Number(string s)
    {
        if (s.All(char.IsAsciiDigit)) return s;
        return ChineseNumerals.TryParse(s, out var v) ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>"هـ" and "ه" are one label; "ا" with or without hamza too (as the Arabic letter scheme reads them).</summary>
    private static string ArabicLetter(string s)
    {
        var t = s.Replace("\u0640", "", StringComparison.Ordinal);
        return t is "ا" or "إ" or "آ" ? "أ" : t == "ة" ? "ه" : t;
    }
}
