using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ModelLaw.Documents;

namespace ModelLaw.Drafting.CrossReferences;

/// <summary>
/// Finds cross-references in provision texts ("Article 5(2)(a)", "paragraph 3 of this Article", "Articles 5 to 7",
/// "l'article 5, paragraphe 2", "частью 2 настоящей статьи", "Article 7 of the Model Law") and resolves internal ones
/// to eIds, relative references from where they stand. Stateless and thread-safe.
/// </summary>
public sealed class CrossReferenceExtractor
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // A number as cited: 5, 10a, 10 bis, 5(2)(a), (a), a), II, premier.
    private const string Num =
        @"(?:\b1er\b|\bpremier\b|\bIer\b|\d+(?:[a-z](?![\p{L}]))?(?:\s(?:bis|ter|quater|quinquies|sexies|septies|octies)\b)?(?:\(\s*[0-9a-zа-я]{1,5}\s*\))*" +
        @"|\(\s*[0-9a-zа-яё]{1,6}\s*\)|(?<![\p{L}])[a-zа-яё]\)|\b[IVXLC]{1,7}\b)";

    private static readonly Regex QuotedAmendment = new(@"(?:^[ \t]*|:[ \t]*)[‘“«„""'].*$", RegexOptions.Multiline | RegexOptions.CultureInvariant, Timeout);

    private static readonly FrozenDictionary<string, CompiledVocabulary> Vocabularies = new[]
    {
        ReferenceVocabulary.English, ReferenceVocabulary.French, ReferenceVocabulary.Russian,
    }.ToFrozenDictionary(v => v.Language, v => new CompiledVocabulary(v));

    /// <summary>Extracts and resolves every cross-reference in the document.</summary>
    public ImmutableArray<CrossReference> Extract(LegalDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var vocab = Vocabularies.GetValueOrDefault(document.Language) ?? Vocabularies["en"];
        var index = new ProvisionIndex(document);
        var result = ImmutableArray.CreateBuilder<CrossReference>();
        foreach (var p in index.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Scan(p, p.Content, vocab, index, result);
            if (p.WrapUp is { } w) Scan(p, w, vocab, index, result);
        }
        return result.ToImmutable();
    }

    private static void Scan(Provision source, string text, CompiledVocabulary v, ProvisionIndex index, ImmutableArray<CrossReference>.Builder output)
    {
        if (string.IsNullOrEmpty(text)) return;
        // a line opening with a quotation mark is text inserted into another act by an amending provision:
        // its references point into that act, not this one
        var masked = QuotedAmendment.Replace(text, m => new string(' ', m.Length));
        var segments = v.Segment.Matches(masked).Cast<Match>().ToList();
        int i = 0;
        while (i < segments.Count)
        {
            // group segments joined by connectors: "paragraph 2 of Article 5", "статьи 5 части 2", "article 5, paragraphe 2"
            var group = new List<Match> { segments[i] };
            var kinds = new HashSet<ProvisionKind> { v.KindOf(segments[i].Groups["lvl"].Value) };
            int j = i + 1;
            while (j < segments.Count)
            {
                var gap = text[(group[^1].Index + group[^1].Length)..segments[j].Index];
                var kind = v.KindOf(segments[j].Groups["lvl"].Value);
                if (!v.Connector.IsMatch(gap) || !kinds.Add(kind)) break;
                group.Add(segments[j]);
                j++;
            }
            i = j;
            EmitGroup(source, text, group, v, index, output);
        }

        foreach (Match m in v.Relative.Matches(masked))
        {
            // "the following point is added:" introduces new text, it does not refer to a provision
            if (v.IntroducesText.IsMatch(masked[(m.Index + m.Length)..])) continue;
            var kind = v.KindOf(m.Groups["lvl"].Value);
            var preceding = v.Preceding.IsMatch(m.Groups["dir"].Value);
            var anchor = index.Enclosing(source, kind);
            var target = anchor is null ? null : preceding ? index.PreviousSibling(anchor) : index.NextSibling(anchor);
            // "the previous subparagraph" from the first unnumbered subparagraph is the introductory text of its parent
            if (target is null && preceding && anchor is { Kind: ProvisionKind.Subparagraph } && index.Parent(anchor) is { Content.Length: > 0 } intro)
                target = intro;
            output.Add(new CrossReference
            {
                SourceEId = source.EId, SourceCitation = source.Citation, Text = m.Value, Offset = m.Index, Span = source.Span,
                Status = target is null ? ReferenceStatus.Unresolved : ReferenceStatus.Resolved,
                Targets = target is null ? ImmutableArray<string>.Empty : [target.EId],
            });
        }
    }

    private static void EmitGroup(Provision source, string text, List<Match> group, CompiledVocabulary v, ProvisionIndex index,
        ImmutableArray<CrossReference>.Builder output)
    {
        var start = group[0].Index;
        var end = group[^1].Index + group[^1].Length;
        var tail = text[end..Math.Min(text.Length, end + 160)];
        string? externalAct = null;
        Provision? anchor = null;
        var anchorMatch = v.ThisAnchor.Match(tail);
        if (anchorMatch.Success)
        {
            anchor = index.Enclosing(source, v.KindOf(anchorMatch.Groups["lvl"].Value));
            end += anchorMatch.Length;
        }
        else if (!v.ThisAct.IsMatch(tail) && v.ExternalAct.Match(tail) is { Success: true } ext)
        {
            externalAct = ext.Groups["act"].Value.Trim();
            end += ext.Length;
        }

        // outer levels first: "paragraph 2 of Article 5" and "Article 5, paragraph 2" give the same path
        // an annex is cited as the outermost level of its own parts and sections ("Section C of Annex I")
        var ordered = group.OrderBy(m => v.KindOf(m.Groups["lvl"].Value) == ProvisionKind.Annex ? -1 : Rank(v.KindOf(m.Groups["lvl"].Value))).ToList();
        var prefix = new List<ReferenceStep>();
        foreach (var m in ordered.Take(ordered.Count - 1))
            prefix.AddRange(v.ParseItems(m).FirstOrDefault() ?? []);
        var written = text[start..end];
        foreach (var item in v.ParseItems(ordered[^1]))
        {
            var path = prefix.Concat(item).ToImmutableArray();
            if (path.IsEmpty) continue;
            Provision? target = externalAct is null ? Resolve(path, source, anchor, index) : null;
            // sub-points printed inline in their point's text ("(j) persons: (i) dealing ...; or (ii) providing ...")
            if (target is null && externalAct is null && path.Length == 1 && path[0].Kind is ProvisionKind.Point or ProvisionKind.Subpoint
                && source.Content.Contains($"({path[0].Value})", StringComparison.Ordinal))
                target = source;
            output.Add(new CrossReference
            {
                SourceEId = source.EId, SourceCitation = source.Citation, Text = written, Offset = start, Span = source.Span, Path = path,
                ExternalAct = externalAct,
                Status = externalAct is not null ? ReferenceStatus.External : target is null ? ReferenceStatus.Unresolved : ReferenceStatus.Resolved,
                Targets = target is null ? ImmutableArray<string>.Empty : [target.EId],
            });
        }
    }

    internal static int Rank(ProvisionKind kind) => kind switch
    {
        ProvisionKind.Part => 0, ProvisionKind.Title => 1, ProvisionKind.Chapter => 2, ProvisionKind.Section => 3,
        ProvisionKind.Subsection => 4, ProvisionKind.Annex => 5, ProvisionKind.Article => 6, ProvisionKind.Paragraph => 7,
        ProvisionKind.Subparagraph => 8, ProvisionKind.Point => 9, ProvisionKind.Definition => 9, ProvisionKind.Subpoint => 10,
        ProvisionKind.Indent => 11, _ => 12,
    };

    /// <summary>Resolves a path from where the reference stands; null when it points nowhere.</summary>
    private static Provision? Resolve(ImmutableArray<ReferenceStep> path, Provision source, Provision? anchor, ProvisionIndex index)
    {
        var first = path[0];
        IEnumerable<Provision> starts;
        if (anchor is not null)
        {
            starts = [anchor];
        }
        else if (Rank(first.Kind) <= Rank(ProvisionKind.Article))
        {
            // absolute: prefer a match inside the enclosing chapter (sections repeat their numbers per chapter)
            var candidates = index.All.Where(p => p.Kind == first.Kind && ValueMatches(p, first)).ToList();
            // "section 6" of a common-law act names its unit (ActSection) when no grouping has that number
            if (candidates.Count == 0 && first.Kind == ProvisionKind.Section)
                candidates = index.All.Where(p => p.Kind == ProvisionKind.ActSection && ValueMatches(p, first)).ToList();
            var chapter = index.Enclosing(source, ProvisionKind.Chapter);
            var best = candidates.FirstOrDefault(c => chapter is not null && index.Ancestors(c).Contains(chapter)) ?? candidates.FirstOrDefault();
            if (best is null) return null;
            return Descend(best, path.AsSpan()[1..]);
        }
        else
        {
            // relative: a paragraph of the enclosing article, a point of the enclosing paragraph (then article)
            starts = index.AncestorsAndSelf(source)
                .Where(a => a.Kind is ProvisionKind.Paragraph or ProvisionKind.Article or ProvisionKind.Annex or ProvisionKind.Point
                            && Rank(a.Kind) < Rank(first.Kind))
                .Append(index.Document.Root);
        }
        foreach (var s in starts)
            if (Descend(s, path.AsSpan()) is { } found) return found;
        return null;
    }

    private static Provision? Descend(Provision from, ReadOnlySpan<ReferenceStep> steps)
    {
        var current = from;
        foreach (var step in steps)
        {
            // an annex kept as plain text cannot be checked below its own level: the annex is the best target
            if (current.Kind == ProvisionKind.Annex && !current.HasChildren) return current;
            var next = FindBelow(current, step);
            if (next is null) return null;
            current = next;
        }
        return current;
    }

    // nearest level first; at one level prefer the kind named, then any kind with that number (Russian "пункт" vs "часть")
    private static Provision? FindBelow(Provision node, ReferenceStep step)
    {
        var level = new List<Provision>(node.Children);
        for (int depth = 0; depth < 3 && level.Count > 0; depth++)
        {
            var matches = level.Where(p => ValueMatches(p, step)).ToList();
            if (matches.Count > 0) return matches.FirstOrDefault(m => m.Kind == step.Kind) ?? matches[0];
            level = level.Where(p => p.Kind is ProvisionKind.Subparagraph or ProvisionKind.Paragraph or ProvisionKind.Point or ProvisionKind.Definition
                                     || p.Kind.IsDivision() || p.Kind.IsActLevel())
                         .SelectMany(p => p.Children).ToList();
        }
        return null;
    }

    private static bool ValueMatches(Provision p, ReferenceStep step) =>
        p.Number is { } n && NormaliseValue(n.Value, p.Kind) == step.Value;

    /// <summary>Normalises a cited or written number: "(a)" → "a", "10 bis" → "10a", "II" → "2" for divisions and annexes, "premier" → "1".</summary>
    internal static string NormaliseValue(string raw, ProvisionKind kind)
    {
        var s = raw.Trim().Trim('(', ')', '.', ' ').ToLowerInvariant().Replace('ё', 'е');
        if (s is "premier" or "1er" or "ier" or "première") return "1";
        var m = Regex.Match(s, @"^(\d+)\s*(bis|ter|quater|quinquies|sexies|septies|octies)$", RegexOptions.None, Timeout);
        if (m.Success)
            return m.Groups[1].Value + (char)('a' + Array.IndexOf(Latin, m.Groups[2].Value));
        if ((kind.IsDivision() || kind == ProvisionKind.Annex) && Regex.IsMatch(s, "^[ivxlc]+$", RegexOptions.None, Timeout))
            return RomanToInt(s).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return s.Replace(" ", "", StringComparison.Ordinal);
    }

    private static readonly string[] Latin = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies"];

    private static int RomanToInt(string s)
    {
        int total = 0, prev = 0;
        for (int i = s.Length - 1; i >= 0; i--)
        {
            int v = s[i] switch { 'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, 'c' => 100, _ => 0 };
            total += v < prev ? -v : v;
            prev = Math.Max(prev, v);
        }
        return total;
    }

    /// <summary>A vocabulary turned into regular expressions once.</summary>
    private sealed class CompiledVocabulary
    {
        private readonly ReferenceVocabulary _v;
        private readonly (Regex Pattern, ProvisionKind Kind)[] _levels;
        private readonly Regex _item;
        private readonly Regex _listSplit;

        public CompiledVocabulary(ReferenceVocabulary v)
        {
            _v = v;
            const RegexOptions ci = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
            _levels = v.Levels.Select(l => (new Regex($"^(?:{l.Pattern})$", ci, Timeout), l.Kind)).ToArray();
            var levelAlt = string.Join("|", v.Levels.Select(l => l.Pattern));
            var numList = $@"{Num}(?:\s*(?:{v.ListWords})\s*{Num})*";
            Segment = new Regex($@"(?<![\p{{L}}])(?<lvl>(?i:{levelAlt}))\s+(?<nums>{numList})", RegexOptions.CultureInvariant, Timeout);
            Connector = new Regex($"^(?:{v.Connector})$", ci, Timeout);
            ThisAnchor = new Regex(v.ThisAnchor, ci, Timeout);
            ThisAct = new Regex(v.ThisAct, ci, Timeout);
            ExternalAct = new Regex(v.ExternalAct, ci, Timeout);
            Relative = new Regex(v.Relative, ci, Timeout);
            Preceding = new Regex($"^(?:{v.PrecedingWords})", ci, Timeout);
            IntroducesText = new Regex($"^(?:{v.IntroducesText})", ci, Timeout);
            _item = new Regex(Num, RegexOptions.CultureInvariant, Timeout);
            _listSplit = new Regex($@"^\s*(?<w>{v.ListWords})\s*$", ci, Timeout);
        }

        public Regex Segment { get; }
        public Regex Connector { get; }
        public Regex ThisAnchor { get; }
        public Regex ThisAct { get; }
        public Regex ExternalAct { get; }
        public Regex Relative { get; }
        public Regex Preceding { get; }
        public Regex IntroducesText { get; }

        public ProvisionKind KindOf(string levelWord)
        {
            var w = levelWord.Trim();
            foreach (var (pattern, kind) in _levels)
                if (pattern.IsMatch(w)) return kind;
            // "стать" etc. matched by prefix in Relative patterns
            foreach (var (pattern, kind) in _levels)
                if (pattern.ToString().Contains(w.ToLowerInvariant(), StringComparison.Ordinal)) return kind;
            return ProvisionKind.Article;
        }

        /// <summary>The items of a segment's number list, each as a path ("5(2)(a)" → Article 5, Paragraph 2, Point a); ranges expanded.</summary>
        public List<List<ReferenceStep>> ParseItems(Match segment)
        {
            var kind = KindOf(segment.Groups["lvl"].Value);
            var nums = segment.Groups["nums"].Value;
            var items = new List<List<ReferenceStep>>();
            var matches = _item.Matches(nums).Cast<Match>().ToList();
            for (int k = 0; k < matches.Count; k++)
            {
                var path = ParseComposite(matches[k].Value, kind);
                // "Article 12(4) and (5)", "Article 8(b) to (d)": a bare (x) continues the previous item's deepest level
                if (k > 0 && matches[k].Value.TrimStart().StartsWith('(') && items.Count > 0 && items[^1].Count > 1)
                    path = [.. items[^1].Take(items[^1].Count - 1), new ReferenceStep(items[^1][^1].Kind, NormaliseValue(matches[k].Value, items[^1][^1].Kind))];
                if (k > 0)
                {
                    var sep = nums[(matches[k - 1].Index + matches[k - 1].Length)..matches[k].Index];
                    var w = _listSplit.Match(sep);
                    if (w.Success && _v.RangeWords.Contains(w.Groups["w"].Value.Trim().ToLowerInvariant()) && items.Count > 0)
                        items.AddRange(ExpandRange(items[^1], path));
                }
                items.Add(path);
            }
            return items;
        }

        private List<ReferenceStep> ParseComposite(string written, ProvisionKind kind)
        {
            var steps = new List<ReferenceStep>();
            var head = written;
            var subs = new List<string>();
            var paren = written.IndexOf('(');
            if (paren > 0)
            {
                head = written[..paren];
                subs.AddRange(Regex.Matches(written[paren..], @"\(\s*([^)]+?)\s*\)", RegexOptions.None, Timeout).Select(m => m.Groups[1].Value));
            }
            var value = _v.OrdinalWords.TryGetValue(head.Trim().ToLowerInvariant(), out var o) ? o : head;
            steps.Add(new ReferenceStep(kind, NormaliseValue(value, kind)));
            var k = kind;
            foreach (var s in subs)
            {
                k = k switch
                {
                    ProvisionKind.Article or ProvisionKind.Annex => ProvisionKind.Paragraph,
                    ProvisionKind.Paragraph => ProvisionKind.Point,
                    _ => ProvisionKind.Subpoint,
                };
                steps.Add(new ReferenceStep(k, NormaliseValue(s, k)));
            }
            return steps;
        }

        // "Articles 5 to 8" → 6, 7 (5 and 8 are added by the caller); "points (a) to (d)" → b, c
        private static IEnumerable<List<ReferenceStep>> ExpandRange(List<ReferenceStep> from, List<ReferenceStep> to)
        {
            if (from.Count != to.Count || from.Count == 0) yield break;
            var a = from[^1].Value;
            var b = to[^1].Value;
            var prefix = from.Take(from.Count - 1).ToList();
            if (int.TryParse(a, out var x) && int.TryParse(b, out var y) && y > x && y - x <= 200)
            {
                for (int n = x + 1; n < y; n++)
                    yield return [.. prefix, new ReferenceStep(from[^1].Kind, n.ToString(System.Globalization.CultureInfo.InvariantCulture))];
            }
            else if (a.Length == 1 && b.Length == 1 && char.IsLetter(a[0]) && b[0] > a[0] && b[0] - a[0] <= 30)
            {
                for (char c = (char)(a[0] + 1); c < b[0]; c++)
                    yield return [.. prefix, new ReferenceStep(from[^1].Kind, c.ToString())];
            }
        }
    }
}
