using System.Collections.Immutable;
using ModelLaw.Comparing.Diffing;
using ModelLaw.Documents;

namespace ModelLaw.Comparing.Alignment;

/// <summary>Turns the aligner's work links into the immutable link tree, with relations, evidence, diffs, summary and concordance.</summary>
internal sealed class LinkTreeBuilder
{
    private readonly Aligner _a;
    private readonly CompareOptions _o;
    private readonly WordDiffer _differ;
    private readonly CancellationToken _ct;
    private readonly Dictionary<WorkLink, AlignmentLink> _done = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<WorkLink, List<WorkLink>> _children = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<WorkLink, (double Kept, double Words)> _kept = new(ReferenceEqualityComparer.Instance);

    public LinkTreeBuilder(Aligner aligner, CompareOptions options, WordDiffer differ, CancellationToken ct)
    {
        _a = aligner;
        _o = options;
        _differ = differ;
        _ct = ct;
    }

    public sealed record Result(ImmutableArray<AlignmentLink> Links, ComparisonSummary Summary,
        ImmutableArray<ConcordanceRow> Concordance, IReadOnlyList<AlignmentLink> TierLinks);

    public Result Build()
    {
        CloseModelSide();
        CloseNationalSide();

        var all = new List<WorkLink>();
        var seen = new HashSet<WorkLink>(ReferenceEqualityComparer.Instance);
        foreach (var n in _a.ModelNodes.Concat(_a.NationalNodes))
            if (n.Link is { } l && seen.Add(l)) all.Add(l);

        var top = new List<WorkLink>();
        foreach (var l in all)
        {
            var parent = ParentOf(l);
            if (parent is null) top.Add(l);
            else
            {
                if (!_children.TryGetValue(parent, out var list)) _children[parent] = list = new();
                list.Add(l);
            }
        }
        var links = Order(top).Select(Convert).ToImmutableArray();
        var tierLinks = new List<AlignmentLink>();
        foreach (var n in _a.ModelNodes.Where(n => n.IsTier)) if (n.Link is { } l && _done.TryGetValue(l, out var al)) tierLinks.Add(al);
        return new Result(links, Summary(), Concordance(), tierLinks);
    }

    // ------------------------------------------------------------------ closing: every model node in one link

    private void CloseModelSide()
    {
        // bottom-up, so that a free parent sees what became of its children
        for (int i = _a.ModelNodes.Count - 1; i >= 1; i--)
        {
            var n = _a.ModelNodes[i];
            if (n.Link is not null) continue;
            if (n.Tier is null) { Omit(n); continue; } // an unmatched division
            var targets = new List<Node>();
            foreach (var c in n.Children) CollectTargets(c, targets);
            if (targets.Count > 0)
            {
                var l = new WorkLink { Dispersed = true };
                l.M.Add(n);
                foreach (var t in targets.Distinct().Where(t => !targets.Any(o => !ReferenceEquals(o, t) && t.IsDescendantOf(o))).OrderBy(t => t.Order))
                    l.N.Add(t);
                l.TextSimilarity = n.Children.Where(c => c.Link is { N.Count: > 0 }).Select(c => c.Link!.TextSimilarity).DefaultIfEmpty(0).Max();
                n.Link = l;
            }
            else Omit(n);
        }

        static void Omit(Node n)
        {
            var l = new WorkLink();
            l.M.Add(n);
            n.Link = l;
        }
    }

    private static void CollectTargets(Node m, List<Node> targets)
    {
        if (m.Link is { } l && l.N.Count > 0) { targets.AddRange(l.N); return; }
        foreach (var c in m.Children) CollectTargets(c, targets);
    }

    private void CloseNationalSide()
    {
        for (int i = _a.NationalNodes.Count - 1; i >= 1; i--)
        {
            var n = _a.NationalNodes[i];
            if (n.Link is not null || n.Covered) continue;
            if (HasLinkedDescendant(n)) continue; // its parts were linked elsewhere: it is covered by them
            var l = new WorkLink();
            l.N.Add(n);
            n.Link = l;
        }

        static bool HasLinkedDescendant(Node n)
        {
            foreach (var c in n.Children)
                if (c.Link is { M.Count: > 0 } || HasLinkedDescendant(c)) return true;
            return false;
        }
    }

    private static WorkLink? ParentOf(WorkLink l)
    {
        if (l.M.Count > 0)
        {
            for (var p = l.M[0].Parent; p is not null; p = p.Parent)
                if (p.Link is { } pl && !ReferenceEquals(pl, l)) return pl;
            return null;
        }
        for (var p = l.N[0].Parent; p is not null; p = p.Parent)
            if (p.Link is { } pl && !ReferenceEquals(pl, l)) return pl;
        return null;
    }

    private static IEnumerable<WorkLink> Order(List<WorkLink> links) =>
        links.OrderBy(SortKey).ThenBy(l => l.N.Count > 0 ? l.N[0].Order : -1);

    private static double SortKey(WorkLink l)
    {
        if (l.M.Count > 0) return l.M[0].Order;
        // an added provision sits after the model provision linked to the national provision before it
        for (var n = Previous(l.N[0]); n is not null; n = Previous(n))
            if (n.Link is { M.Count: > 0 } pl) return pl.M[0].Order + 0.5;
        return -0.5;
    }

    private static Node? Previous(Node n)
    {
        if (n.Parent is null) return null;
        var sibs = n.Parent.Children;
        var i = Array.IndexOf(sibs, n);
        return i > 0 ? sibs[i - 1] : n.Parent;
    }

    // ------------------------------------------------------------------ conversion

    private AlignmentLink Convert(WorkLink l)
    {
        _ct.ThrowIfCancellationRequested();
        var relation = RelationOf(l);
        var children = _children.TryGetValue(l, out var kids) ? Order(kids).Select(Convert).ToImmutableArray() : ImmutableArray<AlignmentLink>.Empty;
        var similarity = relation switch
        {
            AlignmentRelation.Omitted or AlignmentRelation.Added => 0,
            AlignmentRelation.Identical => 1,
            _ => Math.Clamp(l.TextSimilarity, 0, 1),
        };
        var link = new AlignmentLink
        {
            Level = (l.M.Count > 0 ? l.M[0] : l.N[0]).P.Kind,
            Relation = relation,
            Similarity = Math.Round(similarity, 4),
            Model = l.M.Select(n => n.P).ToImmutableArray(),
            National = l.N.Select(n => n.P).ToImmutableArray(),
            Evidence = Evidence(l, relation),
            Diff = DiffOf(l, relation),
            Children = children,
        };
        _done[l] = link;
        return link;
    }

    private AlignmentRelation RelationOf(WorkLink l)
    {
        if (l.M.Count == 0) return AlignmentRelation.Added;
        if (l.N.Count == 0) return AlignmentRelation.Omitted;
        if (l.M.Count > 1) return AlignmentRelation.Merged;
        if (l.N.Count > 1) return AlignmentRelation.Split;
        if (l.Dispersed || l.OffChain) return AlignmentRelation.Moved;
        var m = l.M[0]; var n = l.N[0];
        if (m.P.ContentHash == n.P.ContentHash) return AlignmentRelation.Identical;
        // the word keys are built only when the word counts agree (equal keys have equal counts): most pairs differ
        bool sameWords = l.TextSimilarity >= _o.SameWordsSimilarity
            || (_a.SameWordCounts(m, n) && Input.TermSequences.SameWords(_a.Input.Model, m.Order, _a.Input.National, n.Order));
        if (sameWords) return l.SameNumber || (m.P.Number is null && n.P.Number is null) ? AlignmentRelation.Equivalent : AlignmentRelation.Renumbered;
        return AlignmentRelation.Modified;
    }

    private static ImmutableArray<AlignmentEvidence> Evidence(WorkLink l, AlignmentRelation relation)
    {
        var e = ImmutableArray.CreateBuilder<AlignmentEvidence>();
        if (relation is AlignmentRelation.Omitted or AlignmentRelation.Added) return e.ToImmutable();
        if (relation == AlignmentRelation.Identical) e.Add(new AlignmentEvidence(EvidenceKind.ContentHash, 1));
        e.Add(new AlignmentEvidence(EvidenceKind.TextSimilarity, Math.Round(Math.Clamp(l.TextSimilarity, 0, 1), 4)));
        if (l.HeadingSimilarity >= 0) e.Add(new AlignmentEvidence(EvidenceKind.Heading, Math.Round(Math.Clamp(l.HeadingSimilarity, 0, 1), 4)));
        if (l.SameNumber) e.Add(new AlignmentEvidence(EvidenceKind.Number, 1));
        if (l.ExplicitReference) e.Add(new AlignmentEvidence(EvidenceKind.ExplicitReference, 1, "the national text names the model article"));
        if (l.ByContainment) e.Add(new AlignmentEvidence(EvidenceKind.Containment, Math.Round(l.Containment, 4)));
        if (l.ByStructure) e.Add(new AlignmentEvidence(EvidenceKind.Structure, 1, "linked through the parent provisions"));
        if (l.Dispersed) e.Add(new AlignmentEvidence(EvidenceKind.Structure, 1, "its parts were found in the national provisions listed"));
        return e.ToImmutable();
    }

    private TextDiff? DiffOf(WorkLink l, AlignmentRelation relation)
    {
        if (l.M.Count == 0 || l.N.Count == 0)
        {
            // omitted or added: account the model words as lost
            if (l.M.Count > 0) _kept[l] = (0, l.M.Sum(m => WordCount(Aligner.OwnText(m.P))));
            return null;
        }
        if (l.Dispersed || (l.ByStructure && l.M.Any(m => m.P.Kind.IsDivision() || m.Parent?.Link is { } pl && pl.N.SequenceEqual(l.N))))
        {
            // a structure link repeats its parent's national text: the parent's diff already shows it
            if (!l.Dispersed) _kept[l] = (0, 0);
            else _kept[l] = (0, WordCount(Aligner.OwnText(l.M[0].P)));
            return null;
        }
        bool fullText = l.M.All(m => m.Children.Length == 0) != l.N.All(n => n.Children.Length == 0);
        string Text(Node n) => fullText ? n.P.FullText() : Aligner.OwnText(n.P);
        var oldText = string.Join("\n", l.M.Select(Text));
        var newText = string.Join("\n", l.N.Select(Text));
        double words = WordCount(oldText);
        if (relation == AlignmentRelation.Identical || string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            _kept[l] = (words, words);
            return _o.ComputeDiffs ? (oldText.Length == 0 ? TextDiff.Empty : new TextDiff([new DiffRun(DiffOperation.Equal, oldText)])) : null;
        }
        if (!_o.ComputeDiffs)
        {
            _kept[l] = (words * Math.Clamp(l.TextSimilarity, 0, 1), words);
            return null;
        }
        var diff = _differ.Diff(oldText, newText, _o.MaxWordDiffCells, _o.Diff);
        _kept[l] = (diff.Runs.Where(r => r.Operation == DiffOperation.Equal).Sum(r => WordCount(r.Text)), words);
        return diff;
    }

    private static int WordCount(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        int count = 0; bool inWord = false;
        foreach (var c in text)
        {
            bool w = char.IsLetterOrDigit(c);
            if (w && !inWord) count++;
            inWord = w;
        }
        return count;
    }

    // ------------------------------------------------------------------ summary and concordance

    private ComparisonSummary Summary()
    {
        int verbatim = 0, modified = 0, moved = 0, split = 0, merged = 0, omitted = 0;
        var tier = Counted(_a.ModelNodes);
        foreach (var n in tier)
        {
            if (n.Link is null || !_done.TryGetValue(n.Link, out var al)) continue;
            switch (al.Relation)
            {
                case AlignmentRelation.Identical or AlignmentRelation.Equivalent or AlignmentRelation.Renumbered: verbatim++; break;
                case AlignmentRelation.Modified: modified++; break;
                case AlignmentRelation.Moved: moved++; break;
                case AlignmentRelation.Split: split++; break;
                case AlignmentRelation.Merged: merged++; break;
                case AlignmentRelation.Omitted: omitted++; break;
            }
        }
        var nationalTier = Counted(_a.NationalNodes);
        int added = nationalTier.Count(n => n.Link is { M.Count: 0 });
        double kept = _kept.Values.Sum(v => v.Kept);
        double words = _kept.Values.Sum(v => v.Words);
        return new ComparisonSummary
        {
            ModelUnits = tier.Count,
            NationalUnits = nationalTier.Count,
            Verbatim = verbatim,
            Modified = modified,
            Moved = moved,
            Split = split,
            Merged = merged,
            Omitted = omitted,
            Added = added,
            ModelTextKept = words <= 0 ? (tier.Count == 0 ? 1 : 0) : Math.Round(Math.Clamp(kept / words, 0, 1), 4),
        };
    }

    /// <summary>Articles and annexes when the text has articles; else every provision of the article tier.</summary>
    private static List<Node> Counted(List<Node> nodes)
    {
        var tier = nodes.Where(n => n.IsTier).ToList();
        return tier.Any(n => n.P.Kind.IsUnit())
            ? tier.Where(n => n.P.Kind.IsUnit() || n.P.Kind == ProvisionKind.Annex).ToList()
            : tier;
    }

    private ImmutableArray<ConcordanceRow> Concordance()
    {
        var rows = new List<(double Key, ConcordanceRow Row)>();
        foreach (var n in _a.ModelNodes.Where(n => n.IsTier))
        {
            if (n.Link is null || !_done.TryGetValue(n.Link, out var al)) continue;
            if (!ReferenceEquals(n.Link.M[0], n)) continue; // a merged link is listed once, under its first model provision
            var covered = n.Link.N.ToList();
            // parts of the article linked outside the article's own partners (a paragraph moved to another article)
            foreach (var d in Below(n))
                if (d.Link is { } dl && !ReferenceEquals(dl, n.Link))
                    foreach (var t in dl.N)
                        if (!covered.Any(c => ReferenceEquals(c, t) || t.IsDescendantOf(c)))
                            covered.Add(t);
            // in document order: "Article 24(1), Article 24(2)", never the order they were found in
            rows.Add((n.Order, new ConcordanceRow(n.Link.M.Select(m => m.P).ToImmutableArray(),
                covered.OrderBy(t => t.Order).Select(t => t.P).ToImmutableArray(), al.Relation, al.Similarity)));
        }
        foreach (var n in _a.NationalNodes.Where(n => n.IsTier && n.Link is { M.Count: 0 }))
            rows.Add((SortKey(n.Link!), new ConcordanceRow([], [n.P], AlignmentRelation.Added, 0)));
        return rows.OrderBy(r => r.Key).Select(r => r.Row).ToImmutableArray();
    }

    private static IEnumerable<Node> Below(Node n)
    {
        foreach (var c in n.Children)
        {
            yield return c;
            foreach (var d in Below(c)) yield return d;
        }
    }
}
