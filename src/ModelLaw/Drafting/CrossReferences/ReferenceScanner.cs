using System.Text.RegularExpressions;
using ModelLaw.Documents;

namespace ModelLaw.Drafting.CrossReferences;

/// <summary>What a qualifier says about the references it binds.</summary>
internal enum QualifierKind
{
    /// <summary>"of this Act": the document itself.</summary>
    ThisAct,
    /// <summary>"of this Article": a provision of the document that encloses the reference.</summary>
    Anchor,
    /// <summary>"of Directive X", "TFEU", "thereof": another instrument.</summary>
    Act,
}

/// <summary>A qualifier found next to a reference.</summary>
internal sealed record Qualifier(QualifierKind Kind, ProvisionKind? AnchorKind = null, string? Act = null);

/// <summary>One level word with its numbers ("Articles 5 and 6"), or an unnumbered level cited by ordinal ("the first subparagraph").</summary>
/// <param name="Start">Where the segment starts in the text.</param>
/// <param name="End">Where it ends.</param>
/// <param name="Kind">The level; null for a sentence, which names no provision.</param>
/// <param name="Items">Each number as a path.</param>
/// <param name="Plural">The level word is plural ("articles 31, paragraphes 2 à 4, et 32": more articles may follow).</param>
/// <param name="SplitAt">Position of ", and" before an item that may be of the outer level, or -1.</param>
/// <param name="SplitIndex">Index of that item.</param>
/// <param name="Word">The level word as written ("titles", "Article").</param>
internal sealed record Segment(int Start, int End, ProvisionKind? Kind, List<List<ReferenceStep>> Items, bool Plural = false, int SplitAt = -1, int SplitIndex = -1, string Word = "");

/// <summary>Segments read as one reference ("point (c) of Article 4(2)"), with the qualifier that binds it.</summary>
internal sealed class Chain
{
    public required List<Segment> Segments { get; init; }
    public int Start => Segments[0].Start;
    /// <summary>End of the reference as written, with its own qualifier.</summary>
    public int End { get; set; }
    /// <summary>The qualifier written with this reference, or borrowed from the last member of its coordinated list.</summary>
    public Qualifier? Qualifier { get; set; }
    /// <summary>Outer levels taken from the previous member of the list ("article 32, paragraphes 2 à 6 et paragraphes 8 et 9").</summary>
    public List<ReferenceStep> Prefix { get; set; } = new();
}

/// <summary>
/// Finds references in one text and decides what binds each: its own qualifier, or the qualifier after the coordinated
/// list it belongs to ("Article 53(2), 59(2) or Article 63(1) of Directive X": all three to that
/// directive; "point (c) of Article 4(2) and point (c) of Article 5(2) of Y": both). Stateless.
/// </summary>
internal static class ReferenceScanner
{
    // two or more capitalised words ending in an act's type word, and nothing but spaces after them
    private static readonly Regex TableCellAct = new(@"(?<act>(?:\p{Lu}[\p{L}\-]*\s+(?:(?:of|and|the|on|for)\s+)*)+(?:Act|Code|Regulations?|Rules|Ordinance|Statute))[\t ]+$",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static List<Chain> Scan(string text, CompiledVocabulary v, bool sectionStyle)
    {
        var segments = Segments(text, v, sectionStyle);
        var chains = new List<Chain>();
        int i = 0;
        while (i < segments.Count)
        {
            var chain = new Chain { Segments = [segments[i]] };
            int j = i + 1;
            while (j < segments.Count && Joins(text, chain, segments, j, v))
            {
                chain.Segments.Add(segments[j++]);
                SplitOuter(text, chain, segments, j);
            }
            chain.End = chain.Segments[^1].End;
            chain.Qualifier = QualifierAfter(text, chain, v, sectionStyle) ?? QualifierBefore(text, chain, v, sectionStyle);
            chains.Add(chain);
            // level words inside the qualifier's name ("Chapter II of Regulation ...") are part of it
            i = j;
            while (i < segments.Count && segments[i].Start < chain.End) i++;
        }
        Coordinate(text, chains, v);
        return chains;
    }

    private static List<Segment> Segments(string text, CompiledVocabulary v, bool sectionStyle)
    {
        var found = new List<Segment>();
        foreach (Match m in v.Segment.Matches(text))
        {
            if (v.KindOf(m.Groups["lvl"].Value) is not { } named) continue;
            var kind = CrossReferenceExtractor.InStyle(named, sectionStyle);
            var nums = m.Groups["nums"];
            var level = m.Groups["lvl"].Value;
            bool plural = level.EndsWith('s') || level.EndsWith('x');
            var list = ReferenceNumbers.ParseItems(v, kind, nums.Value, sectionStyle, plural);
            var end = list.End >= nums.Length ? m.Index + m.Length : nums.Index + list.End;
            if (list.Items.Count > 0)
                found.Add(new Segment(m.Index, end, kind, list.Items, Plural: plural,
                    SplitAt: list.SplitAt is { } at ? nums.Index + at : -1, SplitIndex: list.SplitIndex, Word: level));
        }
        if (v.OrdinalSegment is { } ordinal)
            foreach (Match m in ordinal.Matches(text))
            {
                var kind = v.KindOf(m.Groups["lvl"].Value) is { } k ? CrossReferenceExtractor.InStyle(k, sectionStyle) : (ProvisionKind?)null;
                var n = v.OrdinalOf(m.Groups["ord"].Value) ?? 1;
                var items = kind is null ? [] : new List<List<ReferenceStep>> { new() { new ReferenceStep(kind.Value, ReferenceNumbers.Str(n)) } };
                found.Add(new Segment(m.Index, m.Index + m.Length, kind, items));
            }
        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = new List<Segment>();
        foreach (var s in found)
            if (kept.Count == 0 || s.Start >= kept[^1].End) kept.Add(s);
        return kept;
    }

    /// <summary>Outer to inner: an annex holds its own parts and sections ("Section C of Annex I"); a sentence is innermost.</summary>
    internal static int ChainRank(ProvisionKind? kind) => kind switch
    {
        null => 15,
        ProvisionKind.Annex => -1,
        { } k => CrossReferenceExtractor.Rank(k),
    };

    private static int Outermost(Segment s) => s.Items.Count > 0 ? ChainRank(s.Items[0][0].Kind) : ChainRank(s.Kind);
    private static int Deepest(Segment s) => s.Items.Count > 0 ? ChainRank(s.Items[0][^1].Kind) : ChainRank(s.Kind);

    private static bool Joins(string text, Chain chain, List<Segment> segments, int j, CompiledVocabulary v)
    {
        var last = chain.Segments[^1];
        var next = segments[j];
        if (chain.Segments.Any(s => s.Kind == next.Kind && next.Kind is not null)) return false;
        var gap = text[last.End..next.Start];
        // "point (c) of Article 4(2)": the next segment is the outer level
        if (v.OfConnector.IsMatch(gap))
        {
            // "section 552a of title 5": an instrument, not a division of this text
            if (v.ActAfter.Match(text, last.End, Math.Min(text.Length - last.End, 240)) is { Success: true } act && act.Index + act.Length > next.Start) return false;
            return Outermost(next) < chain.Segments.Min(Outermost);
        }
        // "Article 5, paragraph 2", "第三十条第二款": the next segment is the inner level, unless it belongs to what follows it
        // ("Article 46(1), points (a) and (b) of Article 46(2)" keeps its points for Article 46(2))
        if (v.InnerConnector.IsMatch(gap) && Outermost(next) > chain.Segments.Max(Deepest))
        {
            var after = j + 1 < segments.Count ? text[next.End..segments[j + 1].Start] : "";
            if (after.Length > 0 && !after.TrimStart().StartsWith(',') && v.OfConnector.IsMatch(after) && Outermost(segments[j + 1]) < Outermost(next)) return false;
            return true;
        }
        return false;
    }

    // "articles 31, paragraphes 2 à 4, et 32": the "32" after ", et" is the next article, not a paragraph
    private static void SplitOuter(string text, Chain chain, List<Segment> segments, int next)
    {
        var outer = chain.Segments[0];
        var inner = chain.Segments[^1];
        if (chain.Segments.Count != 2 || !outer.Plural || outer.Items.Count != 1 || inner.SplitAt < 0 || outer.Kind is not { } kind) return;
        var moved = inner.Items.Skip(inner.SplitIndex).Select(path => new List<ReferenceStep> { new(kind, path[0].Value) }).ToList();
        if (moved.Count == 0) return;
        chain.Segments[^1] = inner with { End = inner.SplitAt, Items = inner.Items.Take(inner.SplitIndex).ToList(), SplitAt = -1 };
        var start = inner.SplitAt;
        while (start < inner.End && !char.IsLetterOrDigit(text[start])) start++;
        while (start < inner.End && char.IsLetter(text[start]) && !char.IsDigit(text[start]) && text[start..inner.End].Contains(' ')) start = text.IndexOf(' ', start) + 1;
        segments.Insert(next, new Segment(start, inner.End, kind, moved, Plural: true));
    }

    private static Qualifier? QualifierAfter(string text, Chain chain, CompiledVocabulary v, bool sectionStyle)
    {
        var end = chain.End;
        var length = Math.Min(text.Length - end, 240);
        if (length <= 0) return null;
        if (v.ThisAnchor.Match(text, end, length) is { Success: true } anchor && anchor.Index == end)
        {
            chain.End = end + anchor.Length;
            return new Qualifier(QualifierKind.Anchor, Styled(v.KindOf(anchor.Groups["lvl"].Value), sectionStyle));
        }
        if (v.ThisAct.Match(text, end, length) is { Success: true } self && self.Index == end)
        {
            chain.End = end + self.Length;
            return new Qualifier(QualifierKind.ThisAct);
        }
        if (v.ActAfter.Match(text, end, length) is { Success: true } act && act.Index == end && act.Groups["act"].Value.Trim().Length > 0)
        {
            chain.End = end + act.Length;
            return new Qualifier(QualifierKind.Act, Act: act.Groups["act"].Value.Trim());
        }
        return null;
    }

    // languages that name the act first: "本法第三十六条", "《中华人民共和国网络安全法》第二十一条", "本条第一款"
    private static ProvisionKind? Styled(ProvisionKind? kind, bool sectionStyle) =>
        kind is { } k ? CrossReferenceExtractor.InStyle(k, sectionStyle) : null;

    private static Qualifier? QualifierBefore(string text, Chain chain, CompiledVocabulary v, bool sectionStyle)
    {
        // a table row, "2  Canada Labour Code  Subsection 254(1)": a named act in the cell just before
        var lineStart = text.LastIndexOf('\n', Math.Max(0, chain.Start - 1)) + 1;
        var row = text[lineStart..chain.Start];
        if (row.Length > 0 && char.IsWhiteSpace(row[^1]) && TableCellAct.Match(row) is { Success: true } cell && v.Instrument.Match(cell.Groups["act"].Value) is
            { Success: true } named && named.Length == cell.Groups["act"].Value.Length)
            return new Qualifier(QualifierKind.Act, Act: named.Value);
        if (v.Before is null) return null;
        var from = Math.Max(0, chain.Start - 100);
        var m = v.Before.Match(text[from..chain.Start]);
        if (!m.Success) return null;
        if (m.Groups["this"].Success) return new Qualifier(QualifierKind.ThisAct);
        if (m.Groups["anchor"].Success) return new Qualifier(QualifierKind.Anchor, Styled(v.KindOf(m.Groups["lvl"].Value), sectionStyle));
        return new Qualifier(QualifierKind.Act, Act: m.Groups["act"].Value);
    }

    // A qualifier after a list binds every member before it; a qualifier before it (Chinese) binds every member after it.
    private static void Coordinate(string text, List<Chain> chains, CompiledVocabulary v)
    {
        var pending = new List<Chain>();
        Qualifier? forward = null;
        for (int k = 0; k < chains.Count; k++)
        {
            var c = chains[k];
            if (k > 0)
            {
                var gap = text[chains[k - 1].End..c.Start];
                if (!(v.CoordinatingGap.IsMatch(gap) && v.ListWord.IsMatch(gap))) { pending.Clear(); forward = null; }
                else InheritOuter(text, chains[k - 1], c, v);
            }
            if (c.Qualifier is { } own)
            {
                if (v.Before is not null) { forward = own; pending.Clear(); continue; }
                // "of this Article" binds the paragraphs listed before it, not an article listed with them ("article 23 ou du paragraphe 1 du présent article");
                // "of that Schedule" names a provision cited before, so it binds nothing before it
                foreach (var p in pending)
                    if (own.Kind == QualifierKind.Act && !IsLevelAnaphora(own.Act!, v)
                        || own.Kind == QualifierKind.ThisAct
                        || own.Kind == QualifierKind.Anchor && own.AnchorKind is { } a && p.Segments.Min(Outermost) > ChainRank(a)) p.Qualifier = own;
                pending.Clear();
                continue;
            }
            if (forward is not null) c.Qualifier = forward;
            else pending.Add(c);
        }
    }

    private static bool IsLevelAnaphora(string act, CompiledVocabulary v) =>
        v.Anaphora.IsMatch(act.Trim()) && act.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } words && v.KindOf(words[^1]) is not null;

    // "article 32, paragraphes 2 à 6 et paragraphes 8 et 9", "article 1er, paragraphe 4, points f) à i), et paragraphe 5" (paragraph 5 of article 1er):
    // a list member that starts at an inner level written after its outer one keeps the outer levels of the member before
    private static void InheritOuter(string text, Chain previous, Chain current, CompiledVocabulary v)
    {
        var levels = previous.Segments.Where(s => s.Items.Count > 0).ToList();
        var head = current.Segments.FirstOrDefault(s => s.Items.Count > 0);
        if (levels.Count < 2 || head is null || current.Qualifier is not null || !v.ListSplit.IsMatch(text[previous.End..current.Start])) return;
        // the member before is written outer level first ("article 32, paragraphes 2 à 6") and names the level this one starts at
        if (ChainRank(levels[0].Kind) >= ChainRank(levels[^1].Kind) || !levels.Skip(1).Any(s => s.Kind == head.Kind)) return;
        var rank = Outermost(head);
        var outer = levels.Where(s => ChainRank(s.Kind) < rank).OrderBy(s => ChainRank(s.Kind)).SelectMany(s => s.Items[0]);
        current.Prefix = previous.Prefix.Concat(outer).ToList();
    }
}
