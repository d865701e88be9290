using System.Text;
using System.Text.RegularExpressions;
using static ModelLaw.Tests.Docx.DocxBuilder;

namespace ModelLaw.Tests.Docx;

/// <summary>
/// Test-side generator: writes a plain-text law as a Word document the way a drafter's Word would hold it — every
/// number that automatic numbering can produce is taken out of the text and put into a multilevel list in
/// numbering.xml (divisions and articles as heading styles linked to list levels, paragraphs and points as direct
/// list paragraphs); numbers Word could not produce (10a, out of sequence) stay literal text. One Word paragraph per
/// text line; blank lines become one empty paragraph. The simulation of Word's counters here is deliberately
/// independent of the reader's resolver: it is the oracle.
/// </summary>
internal static partial class TextToDocx
{
    /// <summary>How a text became a document.</summary>
    public sealed record Result(byte[] Docx, int AutoNumbered, int Literal, int Paragraphs, int Restarts, IReadOnlyList<string> Lists);

    private sealed record Key(string Keyword, string Open, string Close, string Format, int? FixedRank = null)
    {
        public int Rank => FixedRank ?? KeywordRank(Keyword);
        public bool IsArticleLike => Rank is 4 or 5;
    }

    private sealed record Candidate(Key Key, int Value, string Rest, string Separator);

    /// <summary>One multilevel list: its levels, the list instance in use and Word's counters as Word would keep them.</summary>
    private sealed class ListState(int abstractId, int baseNumId, List<Key> keys)
    {
        public int AbstractId { get; } = abstractId;
        public int BaseNumId { get; } = baseNumId;
        public List<Key> Keys { get; } = keys;
        public int NumId { get; set; } = baseNumId;
        public int[] Counters { get; } = new int[keys.Count];
        public int[] Starts { get; } = keys.Select(_ => 1).ToArray();

        public int Level(Key k) => Keys.IndexOf(k);

        public bool Restarts(int level) => !(Keys[level].IsArticleLike || Keys[level].Rank == 0);

        public void Use(int level)
        {
            Counters[level]++;
            for (int m = level + 1; m < Counters.Length; m++)
                if (Restarts(m)) Counters[m] = Starts[m] - 1;
        }
    }

    public static Result Convert(string text, string language)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');

        // pass 1: the label families; divisions (keyword headings above articles) form one list ranked by keyword,
        // articles and the unlabelled families (1., (a), (i)...) another, in order of first appearance
        var keys = new List<Key>();
        foreach (var line in lines)
            if (Candidates(line.Trim()).OrderBy(c => Primary(c) ? 0 : 1).FirstOrDefault() is { } first && !keys.Contains(first.Key))
                keys.Add(first.Key);
        var divisions = keys.Where(k => k.Rank <= 3).OrderBy(k => k.Rank).Take(9).ToList();
        var body = keys.Where(k => k.IsArticleLike).Concat(keys.Where(k => k.Rank >= 9)).Take(9).ToList();
        var lists = new[] { new ListState(1, 1, divisions), new ListState(2, 2, body) }.Where(l => l.Keys.Count > 0).ToList();

        var b = new DocxBuilder().Language(language switch { "fr" => "fr-FR", "ru" => "ru-RU", "es" => "es-ES", "zh" => "zh-CN", "ar" => "ar-SA", _ => "en-GB" });
        foreach (var list in lists)
            b.AbstractNum(list.AbstractId, list.Keys.Select((k, i) => Lvl(i, k.Format, $"{k.Keyword}{k.Open}%{i + 1}{k.Close}",
                suff: k.Keyword == "第" ? "nothing" : k.Keyword.Length > 0 ? "space" : "tab",
                restart: list.Restarts(i) ? null : 0,
                pStyle: k.Keyword.Length > 0 ? StyleOf(k) : null)).ToArray());
        foreach (var list in lists) b.Num(list.BaseNumId, list.AbstractId);
        // divisions and articles are numbered through their own heading style (style-linked list levels), based on Heading n
        for (int h = 1; h <= 3; h++) b.ParagraphStyle($"Heading{h}", $"heading {h}");
        foreach (var list in lists)
            foreach (var k in list.Keys.Where(k => k.Keyword.Length > 0))
                b.ParagraphStyle(StyleOf(k), $"{k.Keyword.Trim()} heading {k.Format}", numId: list.BaseNumId, basedOn: $"Heading{HeadingLevel(k)}");

        // pass 2: simulate Word's counters; where the text's number is not the next one, restart the list as Word's
        // "Set numbering value" does: a new list instance with startOverride (ancestors continue, this level jumps)
        int auto = 0, literal = 0, paragraphs = 0, restarts = 0, nextNumId = 3;
        var previousBlank = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (!previousBlank && paragraphs > 0) { b.P(""); paragraphs++; }
                previousBlank = true;
                continue;
            }
            previousBlank = false;
            paragraphs++;
            // Word puts one space (or a tab shown as one) after a number: other separators stay literal text
            var candidates = Candidates(line).Where(c => lists.Any(l => l.Level(c.Key) >= 0) && (c.Key.Keyword == "第" || c.Separator is "" or " ")).ToList();
            var hit = candidates.FirstOrDefault(c => lists.First(l => l.Level(c.Key) >= 0) is var l && l.Counters[l.Level(c.Key)] + 1 == c.Value)
                ?? candidates.OrderBy(c => Primary(c) ? 0 : 1).FirstOrDefault();
            if (hit is null)
            {
                b.P(line);
                literal++;
                continue;
            }
            var list = lists.First(l => l.Level(hit.Key) >= 0);
            var lvl = list.Level(hit.Key);
            if (list.Counters[lvl] + 1 != hit.Value)
            {
                var overrides = new StringBuilder();
                for (int m = 0; m < lvl; m++)
                {
                    list.Starts[m] = list.Counters[m] + 1;
                    overrides.Append(StartOverride(m, list.Starts[m]));
                }
                list.Starts[lvl] = hit.Value;
                overrides.Append(StartOverride(lvl, hit.Value));
                for (int m = lvl + 1; m < list.Starts.Length; m++) { list.Starts[m] = 1; list.Counters[m] = 0; }
                list.Counters[lvl] = hit.Value - 1;
                list.NumId = nextNumId++;
                b.Num(list.NumId, list.AbstractId, overrides.ToString());
                restarts++;
            }
            list.Use(lvl);
            if (hit.Key.Keyword.Length > 0 && list.NumId == list.BaseNumId) b.P(hit.Rest, style: StyleOf(hit.Key));
            else if (hit.Key.Keyword.Length > 0) b.P(hit.Rest, numId: list.NumId, ilvl: lvl, style: StyleOf(hit.Key));
            else b.P(hit.Rest, numId: list.NumId, ilvl: lvl);
            auto++;
        }
        return new Result(b.Build(), auto, literal, paragraphs, restarts,
            lists.Select(l => string.Join(" > ", l.Keys.Select(k => $"{k.Keyword}{k.Open}[{k.Format}]{k.Close}"))).ToList());
    }

    /// <summary>The reading a family is founded on: "I"/"i" open a list of numerals, any other single letter a list of letters.</summary>
    private static bool Primary(Candidate c) => c.Key.Format switch
    {
        "lowerRoman" or "upperRoman" => c.Value == 1 || c.Value > 3 && c.Value != 5 && c.Value != 10,
        _ => true,
    } && !(c.Key.Format is "lowerLetter" or "upperLetter" && c.Value == 9);

    private static string StyleOf(Key k)
    {
        ulong h = 14695981039346656037UL;
        foreach (var c in k.Keyword + k.Open + k.Close) { h ^= c; h *= 1099511628211UL; }
        return $"Law{string.Concat(k.Keyword.Where(char.IsAsciiLetter))}{k.Format}{h % 10000}Heading";
    }

    private static int HeadingLevel(Key k) => k.Rank switch { <= 2 => 1, 3 => 2, _ => 3 };

    private static int KeywordRank(string keyword) => keyword.Trim().ToUpperInvariant() switch
    {
        "ANNEX" or "ANNEXE" or "ПРИЛОЖЕНИЕ" => 0,
        "PART" or "PARTIE" or "TITLE" or "TITRE" or "РАЗДЕЛ" or "TÍTULO" => 1,
        "CHAPTER" or "CHAPITRE" or "ГЛАВА" or "CAPÍTULO" => 2,
        "SECTION" or "ПАРАГРАФ" => 3,
        "ARTICLE" or "СТАТЬЯ" or "ARTÍCULO" or "§" => 4, // "§ %1." numbers the sections of a code as Word would
        "" => 9,
        _ => 5,
    };

    /// <summary>Every way Word could have drawn the label at the start of a line (a lower-case i is a letter or a numeral).</summary>
    private static IEnumerable<Candidate> Candidates(string line)
    {
        // Chinese: 第十三条 (article), 第二章 (chapter), counted in Chinese numerals
        var zh = ChinesePattern().Match(line);
        if (zh.Success && ChineseValue(zh.Groups["num"].Value) is { } zv)
        {
            var unit = zh.Groups["unit"].Value;
            // suffix "nothing": the separator the text uses (often an ideographic space) stays in the paragraph text
            yield return new Candidate(new Key("第", "", unit, "chineseCounting", unit == "条" ? 4 : unit == "章" ? 2 : 3), zv,
                zh.Groups["sep"].Value + zh.Groups["rest"].Value, "");
            yield break;
        }
        var m = LabelPattern().Match(line);
        if (!m.Success) yield break;
        var keyword = m.Groups["kw"].Value;
        var open = m.Groups["open"].Value;
        var close = m.Groups["close"].Value;
        var token = m.Groups["num"].Value;
        var sep = m.Groups["sep"].Value;
        var rest = m.Groups["rest"].Value;
        if (keyword.Length == 0 && open.Length == 0 && close.Length == 0) yield break; // "I agree" is no label
        if (keyword.Length > 0 && rest.Length > 0 && !char.IsUpper(rest[0]) && !char.IsPunctuation(rest[0])) yield break; // "Article 5 of Directive..." is a sentence
        if (keyword.Length > 0) keyword += " ";
        if (open.Length > 0 && close != ")") yield break;

        foreach (var (format, value) in Readings(token))
            yield return new Candidate(new Key(keyword, open, close, format), value, rest, sep);
    }

    private static IEnumerable<(string Format, int Value)> Readings(string token)
    {
        if (token.All(char.IsAsciiDigit))
        {
            if (token.Length > 1 && token[0] == '0') yield break;
            if (int.TryParse(token, out var n)) yield return ("decimal", n);
            yield break;
        }
        if (token.Length == 1 && token[0] is >= 'a' and <= 'z') yield return ("lowerLetter", token[0] - 'a' + 1);
        if (token.Length == 1 && token[0] is >= 'A' and <= 'Z') yield return ("upperLetter", token[0] - 'A' + 1);
        if (RussianLower.IndexOf(token[0]) is var r and >= 0 && token.Length == 1) yield return ("russianLower", r + 1);
        if (Roman(token.ToLowerInvariant()) is { } v)
            yield return (char.IsUpper(token[0]) ? "upperRoman" : "lowerRoman", v);
    }

    private const string RussianLower = "абвгдежзиклмнопрстуфхцчшщэюя";

    private static int? Roman(string s)
    {
        if (s.Length == 0 || s.Any(c => "ivxlcdm".IndexOf(c) < 0)) return null;
        int total = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int v = Val(s[i]);
            total += i + 1 < s.Length && Val(s[i + 1]) > v ? -v : v;
        }
        // only canonical numerals: re-render and compare
        var sb = new StringBuilder();
        int n = total;
        foreach (var (val, sym) in new[] { (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i") })
            while (n >= val) { sb.Append(sym); n -= val; }
        return sb.ToString() == s && total > 0 ? total : null;

        static int Val(char c) => c switch { 'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, 'c' => 100, 'd' => 500, _ => 1000 };
    }

    private static int? ChineseValue(string s)
    {
        const string digits = "零一二三四五六七八九";
        int total = 0, current = 0;
        foreach (var c in s)
        {
            var d = digits.IndexOf(c);
            if (d >= 0) { current = d; continue; }
            var unit = c switch { '十' => 10, '百' => 100, _ => 0 };
            if (unit == 0) return null;
            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }
        total += current;
        return total > 0 ? total : null;
    }

    [GeneratedRegex(@"^第(?<num>[零一二三四五六七八九十百]{1,6})(?<unit>条|章|节)(?<sep>\s+|$)(?<rest>.*)$")]
    private static partial Regex ChinesePattern();

    [GeneratedRegex(@"^(?:(?<kw>Article|ARTICLE|Artículo|Статья|TITLE|TITRE|TÍTULO|CHAPTER|CHAPITRE|CAPÍTULO|Глава|ГЛАВА|Раздел|РАЗДЕЛ|Section|SECTION|PARTIE|PART|ANNEXE|ANNEX|Приложение|§)\s)?(?<open>\()?(?<num>\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7}|[a-zA-Z]|[а-я])(?<close>\)|\.)?(?<sep>\s+|$)(?<rest>.*)$")]
    private static partial Regex LabelPattern();
}
