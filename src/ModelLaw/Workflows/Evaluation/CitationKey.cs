using System.Text.RegularExpressions;
using ModelLaw.Comparing.Alignment;
using ModelLaw.Documents;
using ModelLaw.Comparing;
using ModelLaw.Reading.Citations;

namespace ModelLaw.Workflows.Evaluation;

/// <summary>
/// Where a provision sits, reduced to what concordance tables print: the article (or annex), the paragraph and the
/// point, each as a comparable number key ("10a", "10ter", "1" for "1er"). Equal keys mean the same place.
/// </summary>
/// <param name="Article">"art:10a" or "annex:1"; empty when the provision is outside any article.</param>
/// <param name="Paragraph">Paragraph number key, or null.</param>
/// <param name="Point">Point number key (the topmost point), or null.</param>
internal sealed record CitationKey(string Article, string? Paragraph, string? Point)
{
    /// <summary>The key cut to article and paragraph.</summary>
    public CitationKey ToParagraph() => Point is null ? this : this with { Point = null };

    /// <summary>The key cut to the article.</summary>
    public CitationKey ToArticle() => Paragraph is null && Point is null ? this : new CitationKey(Article, null, null);

    /// <summary>True when this key is <paramref name="other"/> or lies inside it.</summary>
    public bool IsWithin(CitationKey other) =>
        Article == other.Article
        && (other.Paragraph is null || other.Paragraph == Paragraph)
        && (other.Point is null || other.Point == Point);

    /// <inheritdoc />
    public override string ToString() => Article + (Paragraph is null ? "" : $"({Paragraph})") + (Point is null ? "" : $"[{Point}]");

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant; // short inputs, linear patterns, with a timeout

    private static readonly Regex Head = new(
        @"^\s*(?<kind>articles?|art\.|annexe?s?|annex|artículos?|articulos?|anexo|статья|стат\.|приложение|المادة|الملحق)\s+(?<num>\d+[a-z]?|[ivxlc]+|premier|première)(?:\s*(?<suf>er|" + Text.LatinInsertions.Pattern + @"))?(?![a-z0-9])",
        Opts, Timeout);
    private static readonly Regex ParenGroups = new(@"^\s*(?<g>\((?<v>[0-9a-z]{1,6})\))+", Opts, Timeout);
    private static readonly Regex AndMore = new(@"^\s*(?:and|et|и|to|à)\s+\((?<v>[0-9a-z]{1,6})\)", Opts, Timeout);
    private static readonly Regex FrParagraph = new(
        @"(?:paragraphes?|apartados?|الفقرة)\s+(?<v>\d+(?:\s*(?:bis|ter|quater))?)(?:\s*(?:et|à|y)\s+(?<w>\d+(?:\s*(?:bis|ter|quater))?))?", Opts, Timeout);
    private static readonly Regex FrPoint = new(@"(?:\bpoints?|\bletras?|пункт)\s+(?<v>[0-9a-zа-я]{1,6})\)|البند\s+\((?<v>[^)]{1,6})\)", Opts, Timeout);
    private static readonly Regex Chinese = new(@"^\s*第(?<a>[〇零一二三四五六七八九十百千0-9]+)条(?:之(?<s>[一二三四五六七八九十]+))?(?:第(?<p>[〇零一二三四五六七八九十百0-9]+)款)?(?:第[（(](?<i>[〇零一二三四五六七八九十百0-9]+)[）)]项)?", Opts, Timeout);
    private static readonly Regex EnPoint = new(@"\bpoints?\s+\((?<v>[0-9a-z]{1,6})\)", Opts, Timeout);
    private static readonly Regex RuPart = new(@"(?:част[ьи]|пункт)\s+(?<v>\d+)", Opts, Timeout);

    /// <summary>
    /// Parses a printed citation into keys: "Article 4(1)(7)", "Article 6(1) and (2)" (two keys),
    /// "Article 1(5), first subparagraph, point (i)", "Article 4, paragraphe 1, point 7)", "Article 1er, paragraphe 5",
    /// "Article 6, paragraphes 1 et 2", "Annex I", "Статья 5". Returns an empty list when it is not a citation.
    /// </summary>
    public static IReadOnlyList<CitationKey> Parse(string citation)
    {
        var result = new List<CitationKey>();
        if (string.IsNullOrWhiteSpace(citation)) return result;
        // Spanish, Arabic and Chinese forms (with the point letters as the readers number them) first, then the language
        // profiles' citation grammar, this class's own patterns as the fallback
        var un = UnCitationForms.Parse(citation);
        if (un.Count > 0) return un;
        foreach (var path in CitationParser.Default.ParseAll(citation))
            if (FromPath(path) is { } k && !result.Contains(k)) result.Add(k);
        if (result.Count > 0) return result;
        var zh = Chinese.Match(citation);
        if (zh.Success)
        {
            var art = ChineseNumber(zh.Groups["a"].Value).ToString(System.Globalization.CultureInfo.InvariantCulture);
            result.Add(new CitationKey("art:" + art,
                zh.Groups["p"].Success ? ChineseNumber(zh.Groups["p"].Value).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                zh.Groups["i"].Success ? ChineseNumber(zh.Groups["i"].Value).ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
            return result;
        }
        var head = Head.Match(citation);
        if (!head.Success) return result;
        var kind = head.Groups["kind"].Value.ToLowerInvariant();
        bool annex = kind.StartsWith("anex", StringComparison.Ordinal) || kind.StartsWith("прил", StringComparison.Ordinal) || kind == "الملحق";
        var num = head.Groups["num"].Value + head.Groups["suf"].Value;
        var article = ArticleKey(annex, num);
        var rest = citation[(head.Index + head.Length)..];

        var paragraphs = new List<string>();
        string? point = null;
        var groups = ParenGroups.Match(rest);
        if (groups.Success)
        {
            var caps = groups.Groups["v"].Captures.Select(c => c.Value).ToList();
            // a first group in digits is a paragraph ("1", or "1a" inserted after it); a first group in letters is a point
            // of an article without paragraphs
            if (StartsWithDigit(caps[0]))
            {
                paragraphs.Add(Aligner.NumberKey(caps[0]));
                if (caps.Count > 1) point = Aligner.NumberKey(caps[1]);
            }
            else point = Aligner.NumberKey(caps[0]);
            var after = rest[(groups.Index + groups.Length)..];
            var more = AndMore.Match(after);
            if (more.Success && paragraphs.Count == 1 && point is null) paragraphs.Add(Aligner.NumberKey(more.Groups["v"].Value));
            if (point is null && paragraphs.Count > 0)
            {
                var p = EnPoint.Match(after);
                if (p.Success) point = Aligner.NumberKey(p.Groups["v"].Value);
            }
        }
        else
        {
            var fp = FrParagraph.Match(rest);
            if (fp.Success)
            {
                paragraphs.Add(Aligner.NumberKey(fp.Groups["v"].Value));
                if (fp.Groups["w"].Success) paragraphs.Add(Aligner.NumberKey(fp.Groups["w"].Value));
            }
            else
            {
                var ru = RuPart.Match(rest);
                if (ru.Success) paragraphs.Add(Aligner.NumberKey(ru.Groups["v"].Value));
            }
            var pt = FrPoint.Match(rest);
            if (pt.Success) point = Aligner.NumberKey(pt.Groups["v"].Value);
            else
            {
                var ep = EnPoint.Match(rest);
                if (ep.Success) point = Aligner.NumberKey(ep.Groups["v"].Value);
            }
        }
        if (paragraphs.Count == 0) result.Add(new CitationKey(article, null, point));
        else foreach (var p in paragraphs) result.Add(new CitationKey(article, p, paragraphs.Count > 1 ? null : point));
        return result;
    }

    private static bool StartsWithDigit(string v) => v.Length > 0 && char.IsDigit(v[0]);

    private static CitationKey? FromPath(CitationPath path)
    {
        string? article = null, paragraph = null, point = null;
        foreach (var step in path.Steps)
        {
            if (step.Kind == CitationStepKind.Heading)
            {
                // "Section 2(1)(a)" of a common-law text keys as its unit does: the section is the article's peer
                if (step.ProvisionKind is ProvisionKind.Article or ProvisionKind.Annex or ProvisionKind.Section)
                {
                    article = ArticleKey(step.ProvisionKind == ProvisionKind.Annex, step.Value ?? "");
                    paragraph = null; point = null;
                }
                continue;
            }
            if (step.Kind != CitationStepKind.Numbered || article is null || point is not null || step.Value is null) continue;
            var v = Aligner.NumberKey(step.Value);
            bool isPoint = step.ProvisionKind is ProvisionKind.Point or ProvisionKind.Subpoint or ProvisionKind.Definition
                || (step.ProvisionKind is null && paragraph is null && !StartsWithDigit(v));
            if (isPoint || paragraph is not null) point = v;
            else paragraph = v;
        }
        return article is null ? null : new CitationKey(article, paragraph, point);
    }

    /// <summary>The key of a provision of a tree, given the chain of its ancestors (outermost first, the provision last).</summary>
    public static CitationKey? Of(IReadOnlyList<Provision> chain)
    {
        string? article = null, paragraph = null, point = null;
        foreach (var p in chain)
        {
            switch (p.Kind)
            {
                case ProvisionKind.Article or ProvisionKind.ActSection:
                    article = ArticleKey(false, p.Number?.Value ?? p.Citation);
                    paragraph = null; point = null;
                    break;
                case ProvisionKind.Annex:
                    article = ArticleKey(true, p.Number?.Value ?? p.Citation);
                    paragraph = null; point = null;
                    break;
                case ProvisionKind.Paragraph or ProvisionKind.ActSubsection when article is not null && paragraph is null && point is null:
                    paragraph = Aligner.NumberKey(p.Number?.Value);
                    break;
                case ProvisionKind.Point or ProvisionKind.Definition or ProvisionKind.ActParagraph when article is not null && point is null:
                    point = Aligner.NumberKey(p.Number?.Value);
                    break;
            }
        }
        return article is null ? null : new CitationKey(article, string.IsNullOrEmpty(paragraph) ? null : paragraph, string.IsNullOrEmpty(point) ? null : point);
    }

    private static string ArticleKey(bool annex, string number)
    {
        var key = Aligner.NumberKey(number);
        if (annex && key.Length > 0 && key.All(c => "ivxlc".Contains(c))) key = (Text.RomanNumerals.Lenient(key) ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!annex && key.All(c => "ivxlc".Contains(c)) && key.Length > 0 && key != "c") key = (Text.RomanNumerals.Lenient(key) ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (annex ? "annex:" : "art:") + key;
    }

    /// <summary>Chinese numerals (一 … 九十九, with 百) or ASCII digits to an integer.</summary>
    internal static int ChineseNumber(string s)
    {
        if (s.All(char.IsAsciiDigit)) return int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        int total = 0, current = 0;
        foreach (var c in s)
        {
            int d = "〇一二三四五六七八九".IndexOf(c);
            if (c == '零') d = 0;
            if (d >= 0) { current = d; continue; }
            int unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0) continue;
            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }
        return total + current;
    }

}
