using System.Globalization;
using System.Text.RegularExpressions;
using ModelLaw.Documents;
using ModelLaw.Text;

namespace ModelLaw.Drafting.CrossReferences;

/// <summary>
/// Cited numbers read into paths: "5(2)(a)" → Article 5, Paragraph 2, Point a; "149.1.18.ª" → Article 149, Paragraph 1,
/// Point 18; "paragraph 7(3)(c)" in a section-style text → Section 7, Subsection 3, Paragraph c; ranges expanded.
/// Values are normalised the same way on both sides ("(a)" → "a", "10 bis" → "10a", "II" → "2" for divisions, "premier" → "1").
/// </summary>
internal static class ReferenceNumbers
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly string[] Latin = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies"];
    private static readonly Regex LatinSuffix = new(@"^(\d+)\s*(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)$", RegexOptions.None, Timeout);
    private static readonly Regex Roman = new("^[ivxlc]+$", RegexOptions.None, Timeout);
    private static readonly Regex BareLabel = new(@"^\s*(?:\(\s*[0-9a-zA-Zа-я.]{1,6}\s*\)|[a-zа-я]{1,5}\))\s*$", RegexOptions.None, Timeout);
    private static readonly Regex Parens = new(@"\(\s*([^)]+?)\s*\)", RegexOptions.None, Timeout);

    /// <summary>Normalises a cited or written number for comparison.</summary>
    public static string Normalise(string raw, ProvisionKind kind)
    {
        var s = new string(raw.Trim().Trim('(', ')', '（', '）', '[', ']', '.', ' ', 'ª', 'º', '°').Trim().ToLowerInvariant().Replace('ё', 'е')
            .Select(c => c is >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9' ? ArabicText.FoldLetter(c) : c).ToArray());
        if (s is "premier" or "première" or "1er" or "ier") return "1";
        if (s.Length > 0 && ChineseNumerals.IsNumeral(s[0]) && ChineseNumerals.TryParse(s, out var zh)) return Str(zh);
        if (s.Any(c => c is >= '\u0621' and <= '\u064A')) return ArabicValue(s);
        var m = LatinSuffix.Match(s);
        if (m.Success) return m.Groups[1].Value + (char)('a' + Array.IndexOf(Latin, m.Groups[2].Value));
        if ((kind.IsDivision() || kind == ProvisionKind.Annex) && Roman.IsMatch(s) && RomanToInt(s) > 0)
            return Str(RomanToInt(s));
        return s.Replace(" ", "", StringComparison.Ordinal);
    }

    private static string ArabicValue(string s)
    {
        var folded = ArabicText.Normalize(s).Trim();
        if (folded.Length == 1) return folded;
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.EndsWith("ين", StringComparison.Ordinal) && w.Length > 4 ? w[..^2] + "ون" : w).ToList();
        return ArabicText.ReadOrdinal(words, 0, out var n) == words.Count && n > 0 ? Str(n) : folded;
    }

    /// <summary>True when a normalised value is a number this reader understands (not a stray word).</summary>
    public static bool IsValue(string value) =>
        value.Length > 0 && value.Length <= 12 && (value[0] is >= '0' and <= '9' || value.Length <= 5 && value.All(c => char.IsLetter(c) && c < '\u0600')
                                                   || value[0] is >= '\u0621' and <= '\u064A' && value.Length == 1);

    internal static string Str(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static int RomanToInt(string s)
    {
        int total = 0, prev = 0;
        for (int i = s.Length - 1; i >= 0; i--)
        {
            int v = char.ToLowerInvariant(s[i]) switch { 'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, 'c' => 100, _ => 0 };
            total += v < prev ? -v : v;
            prev = Math.Max(prev, v);
        }
        return total;
    }

    /// <summary>The level below a level in a cited composite number ("Article 5(2)": paragraph; "section 7(3)": subsection).</summary>
    public static ProvisionKind Below(ProvisionKind kind, bool sectionStyle) => kind switch
    {
        ProvisionKind.ActSection => ProvisionKind.ActSubsection,
        ProvisionKind.ActSubsection => ProvisionKind.ActParagraph,
        ProvisionKind.ActParagraph => ProvisionKind.ActSubparagraph,
        ProvisionKind.ActSubparagraph => ProvisionKind.Clause,
        ProvisionKind.Clause => ProvisionKind.Subclause,
        ProvisionKind.Subclause => ProvisionKind.Item,
        ProvisionKind.Article or ProvisionKind.Section when sectionStyle => ProvisionKind.ActSubsection,
        ProvisionKind.Subsection => ProvisionKind.Paragraph,
        ProvisionKind.Article or ProvisionKind.Annex or ProvisionKind.Section => ProvisionKind.Paragraph,
        ProvisionKind.Paragraph => ProvisionKind.Point,
        _ => ProvisionKind.Subpoint,
    };

    /// <summary>
    /// The items of a segment's number list, each as a path; ranges expanded, unreadable items left out. A list stops
    /// where its scheme changes ("paragraphe 2, et vii)": the "vii)" is a point of the text, not a paragraph).
    /// <see cref="NumberList.SplitAt"/> marks the first item after a comma and a conjunction (", et 32"), which may be
    /// a number of the outer level ("articles 31, paragraphes 2 à 4, et 32").
    /// </summary>
    public static NumberList ParseItems(CompiledVocabulary v, ProvisionKind kind, string nums, bool sectionStyle, bool plural = true)
    {
        var items = new List<List<ReferenceStep>>();
        var matches = v.Number.Matches(nums).Cast<Match>().Where(m => m.Length > 0).ToList();
        List<ReferenceStep>? parent = null; // "Section C – 5, 6": the numbers are points of Section C
        (int Offset, int Index)? split = null;
        int end = nums.Length;
        for (int k = 0; k < matches.Count; k++)
        {
            var path = Composite(v, matches[k].Value, kind, sectionStyle);
            if (path is null)
            {
                // a word that only looked like a number ends the list
                if (k > 0) end = matches[k - 1].Index + matches[k - 1].Length;
                break;
            }
            var sep = k > 0 ? nums[(matches[k - 1].Index + matches[k - 1].Length)..matches[k].Index] : "";
            var word = v.ListSplit.Match(sep) is { Success: true } w ? w.Groups["w"].Value.Trim().ToLowerInvariant() : "";
            bool range = v.Source.RangeWords.Contains(word);
            if (k > 0 && range && IsLetter(matches[k - 1].Value.Trim('(', ')', ' ')) && char.IsDigit(matches[k].Value[0]) && path.Count == 1 && items.Count > 0)
            {
                parent = items[^1];
                items.RemoveAt(items.Count - 1);
                range = false;
            }
            else if (k > 0 && !range && SchemeOf(matches[k].Value) is var now && SchemeOf(matches[k - 1].Value) is var before && now != before && now != '?' && before != '?')
            {
                end = matches[k - 1].Index + matches[k - 1].Length;
                break;
            }
            if (k > 0 && split is null && sep.Contains(',', StringComparison.Ordinal) && word.Length > 1 && !range)
                split = (matches[k - 1].Index + matches[k - 1].Length, items.Count);
            // "artículo 161, 1": in Spanish a bare comma after one article names its paragraph
            if (k > 0 && v.Source.DottedPaths && !plural && word == "," && items.Count > 0 && path.Count == 1)
                path = [.. items[0], new ReferenceStep(Below(items[0][^1].Kind, sectionStyle), path[0].Value)];
            if (parent is not null && path.Count == 1)
                path = [.. parent, new ReferenceStep(Below(parent[^1].Kind, sectionStyle), path[0].Value)];
            // "Article 12(4) and (5)", "paragraph 7(1)(d), (2)(c.1)": bare labels continue the previous item's deepest levels
            else if (k > 0 && Labels(matches[k].Value) is { Count: > 0 } labels && items.Count > 0 && items[^1].Count > labels.Count)
            {
                var keep = items[^1].Count - labels.Count;
                path = [.. items[^1].Take(keep), .. labels.Select((l, i) => new ReferenceStep(items[^1][keep + i].Kind, Normalise(l, items[^1][keep + i].Kind)))];
            }
            if (range && items.Count > 0)
                items.AddRange(ExpandRange(items[^1], path));
            items.Add(path);
        }
        return new NumberList(items, end, split?.Offset, split?.Index ?? -1);
    }

    // digits, letters, roman numerals; 'i', 'v', 'x' and "(i)" may be either of the last two
    private static char SchemeOf(string written)
    {
        var t = written.Trim().Trim('(', ')', ' ').ToLowerInvariant();
        if (t.Length == 0) return '?';
        if (char.IsDigit(t[0])) return 'd';
        if (t is "i" or "v" or "x" or "c" or "l") return '?';
        if (t.All(c => "ivxlc".Contains(c))) return 'r';
        return t.All(char.IsLetter) && t.Length <= 2 ? 'l' : '?';
    }

    // "(5)" → [5]; "(2)(c.1)" → [2, c.1]; "iii)" → [iii]; anything else → none
    private static List<string> Labels(string written)
    {
        var t = written.Trim();
        if (BareLabel.IsMatch(t)) return [t];
        if (!t.StartsWith('(')) return [];
        var parts = Parens.Matches(t).Select(m => m.Groups[1].Value).ToList();
        return string.Concat(parts.Select(p => $"({p})")) == t.Replace(" ", "", StringComparison.Ordinal) ? parts : [];
    }

    private static bool IsLetter(string value) => value.Length == 1 && char.IsLetter(value[0]);

    private static List<ReferenceStep>? Composite(CompiledVocabulary v, string written, ProvisionKind kind, bool sectionStyle)
    {
        var head = written.Trim();
        var subs = new List<string>();
        bool parenthesised = head.StartsWith('(');
        var paren = head.IndexOf('(');
        var close = head.IndexOf(')');
        if (paren == 0 && Labels(head) is { Count: > 1 } groups)
        {
            // "paragraph (3)(d.21)", "paragraph (1)(B)(iii)": the first label and the levels below it
            head = groups[0];
            subs.AddRange(groups.Skip(1));
        }
        else if (paren < 0 && close > 0 && close < head.Length - 1)
        {
            // French "i) iii)": a point and its sub-point
            var parts = head.Split(')', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            head = parts[0];
            subs.AddRange(parts.Skip(1));
        }
        else if (paren > 0)
        {
            subs.AddRange(Parens.Matches(head[paren..]).Select(m => m.Groups[1].Value));
            head = head[..paren];
        }
        else if (v.Source.DottedPaths && head.Contains('.', StringComparison.Ordinal))
        {
            var parts = head.Trim('.', ' ', 'ª', 'º').Split('.', StringSplitOptions.RemoveEmptyEntries);
            head = parts[0];
            subs.AddRange(parts.Skip(1));
        }
        var value = v.OrdinalOf(head) is { } o && o > 0 ? Str(o) : Normalise(head, kind);
        if (!IsValue(value)) return null;
        // "paragraph 7(3)(c)": a common-law citation starts from the section whatever level it names
        var k = sectionStyle && subs.Count > 0 && !parenthesised && char.IsDigit(value[0]) && kind.IsActLevel() ? ProvisionKind.ActSection : kind;
        var steps = new List<ReferenceStep> { new(k, value) };
        foreach (var s in subs)
        {
            k = Below(k, sectionStyle);
            steps.Add(new ReferenceStep(k, Normalise(s, k)));
        }
        return steps;
    }

    private static int Rank(ProvisionKind kind) => CrossReferenceExtractor.Rank(kind);

    // "Articles 5 to 8" → 6, 7 (5 and 8 are added by the caller); "points (a) to (d)" → b, c
    private static IEnumerable<List<ReferenceStep>> ExpandRange(List<ReferenceStep> from, List<ReferenceStep> to)
    {
        if (from.Count != to.Count || from.Count == 0) yield break;
        var a = from[^1].Value;
        var b = to[^1].Value;
        var prefix = from.Take(from.Count - 1).ToList();
        if (int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var x) && int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && y > x && y - x <= 200)
        {
            for (int n = x + 1; n < y; n++)
                yield return [.. prefix, new ReferenceStep(from[^1].Kind, Str(n))];
        }
        else if (Roman.IsMatch(a) && Roman.IsMatch(b))
        {
            // "(i) to (iv)" counts in roman numerals; "(i) to (v)" could be letters too, so only its ends are named
            if (a.Length == 1 && b.Length == 1) yield break;
            for (int n = RomanToInt(a) + 1; n < RomanToInt(b) && n - RomanToInt(a) <= 50; n++)
                yield return [.. prefix, new ReferenceStep(from[^1].Kind, Reading.PlainText.Numbering.RomanScheme.ToRoman(n).ToLowerInvariant())];
        }
        else if (a.Length == 1 && b.Length == 1 && char.IsLetter(a[0]) && b[0] > a[0] && b[0] - a[0] <= 30)
        {
            for (char c = (char)(a[0] + 1); c < b[0]; c++)
                yield return [.. prefix, new ReferenceStep(from[^1].Kind, c.ToString())];
        }
    }
}

/// <summary>A segment's numbers read as paths.</summary>
/// <param name="Items">One path per number named.</param>
/// <param name="End">Where the list ends in the numbers' text (before a change of scheme).</param>
/// <param name="SplitAt">Offset in the numbers' text of the words ", and" before the first item that may belong to the outer level, or null.</param>
/// <param name="SplitIndex">Index in <paramref name="Items"/> of that item.</param>
internal sealed record NumberList(List<List<ReferenceStep>> Items, int End, int? SplitAt, int SplitIndex);
