using System.Text.RegularExpressions;
using ModelLaw.Comparing.Alignment.Assignment;
using ModelLaw.Comparing.Alignment.Facts;
using ModelLaw.Comparing.Alignment.Input;
using ModelLaw.Documents;

namespace ModelLaw.Comparing.Alignment;

/// <summary>
/// Aligns two provision trees. One instance per comparison (it holds the vocabulary and the work state); the public
/// comparer is stateless and creates one per call.
/// <list type="number">
/// <item>Article tier: every article-like provision of the model against every one of the national text, scored by
/// TF-IDF cosine over words and word pairs, heading similarity, equal numbers and explicit references; candidates come
/// from an inverted index, never from all pairs. The heaviest chain in document order is kept, strong pairs off the
/// chain become moves, and provisions contained in a linked one join its link (split / merge).</item>
/// <item>Recursion: the children of every linked pair are aligned the same way (identical subtrees by content hash).</item>
/// <item>Document-wide rescue: provisions still unmatched on both sides are matched across parents and levels
/// (a model paragraph that became a national article), descending a few levels.</item>
/// </list>
/// </summary>
internal sealed class Aligner
{
    private readonly CompareOptions _o;
    private readonly CancellationToken _ct;
    private bool[] _isBigram = [];
    private float[] _idf = [];
    private readonly string _language;

    public Aligner(CompareOptions options, string language, CancellationToken ct)
    {
        _o = options;
        _language = language;
        _ct = ct;
    }

    public List<Node> ModelNodes { get; } = new();
    public List<Node> NationalNodes { get; } = new();
    public Node ModelRoot { get; private set; } = null!;
    public Node NationalRoot { get; private set; } = null!;
    public List<WorkLink> Links { get; } = new();

    /// <summary>Runs the whole alignment.</summary>
    public void Run(Provision model, Provision national, ReferencePatterns refs, StageClock? clock = null)
    {
        ModelRoot = Wrap(model, Side.Model, ModelNodes);
        NationalRoot = Wrap(national, Side.National, NationalNodes);
        clock?.Lap("wrap trees");
        BuildVectors();
        clock?.Lap("vectors");
        MarkRepeated();
        clock?.Lap("repeated text");
        FindExplicitReferences(refs);
        clock?.Lap("explicit references");
        _ct.ThrowIfCancellationRequested();

        var mt = ModelNodes.Where(n => n.IsTier).ToList();
        var nt = NationalNodes.Where(n => n.IsTier).ToList();
        // 1. article tier, without descending yet (identical subtrees and leaf partners are settled at once)
        foreach (var l in AlignLists(mt, nt, inOrderOnly: false, recurse: false))
            if (IsIdenticalPair(l)) AlignChildren(l);
        clock?.Lap("article tier");
        // 2. the parts of the articles (paragraphs) across the whole document, with a bonus for staying inside linked
        //    articles: a paragraph may follow its article or go to another one
        var mp = mt.SelectMany(t => t.Children.Length > 0 ? t.Children : [t]).Where(n => n.IsFree).ToList();
        var np = nt.SelectMany(t => t.Children.Length > 0 ? t.Children : [t]).Where(n => n.IsFree).ToList();
        AlignLists(mp, np, inOrderOnly: false, recurse: true);
        clock?.Lap("paragraphs");
        Rescue();
        clock?.Lap("rescue");
        SecondLookAtUnlinkedArticles();
        clock?.Lap("second look");
        SettleLeafPartners();
        AlignDivisions();
        clock?.Lap("settle, divisions");
    }

    // ------------------------------------------------------------------ nodes and vectors

    private Node Wrap(Provision root, Side side, List<Node> all)
    {
        var rootNode = new Node(root, null, side, 0);
        all.Add(rootNode);
        Build(rootNode); // preorder numbering: document order
        return rootNode;

        void Build(Node n)
        {
            var kids = new Node[n.P.Children.Length];
            for (int i = 0; i < kids.Length; i++)
            {
                var c = new Node(n.P.Children[i], n, side, all.Count);
                all.Add(c);
                c.IsTier = !c.P.Kind.IsDivision() && (n.Parent is null || n.P.Kind.IsDivision() || n.P.Kind == ProvisionKind.Document);
                c.Tier = c.IsTier ? c : n.Tier;
                kids[i] = c;
                Build(c);
            }
            n.Children = kids;
        }
    }

    /// <summary>The one analysis of both texts (term ids, counts, TF-IDF rows); the nodes' vectors are views of its rows.</summary>
    public ComparisonInput Input { get; private set; } = null!;

    private void BuildVectors()
    {
        Input = ComparisonInput.Build(ModelRoot.P, NationalRoot.P, _language, _o.UnigramWeight, _o.BigramWeight, _ct, legacyUnits: true);
        _idf = Input.Idf;
        _isBigram = Input.IsPair;
        Fill(ModelNodes, Input.Model);
        Fill(NationalNodes, Input.National);

        static void Fill(List<Node> nodes, UnitTable t)
        {
            for (int r = 0; r < nodes.Count; r++)
            {
                var n = nodes[r];
                n.OwnCounts = Vector(t.OwnCounts, r);
                n.FullCounts = Vector(t.FullCounts, r);
                n.Full = Vector(t.Full, r);
                n.Heading = Vector(t.Heading, r);
                n.FullMass = t.Mass[r];
                n.FullWords = n.FullCounts.Count;
            }
        }

        static SparseVector Vector(in CsrRows rows, int r) =>
            rows.Length(r) == 0 ? SparseVector.Empty : new SparseVector(rows.Features(r).ToArray(), rows.Weights(r).ToArray());
    }

    /// <summary>
    /// True when the two nodes' full texts hold the same words the same number of times (word pairs aside): a cheap
    /// necessary condition for equal <see cref="TextNormalizer.Key"/>s.
    /// </summary>
    public bool SameWordCounts(Node a, Node b)
    {
        var x = a.FullCounts;
        var y = b.FullCounts;
        int i = 0, j = 0;
        while (true)
        {
            while (i < x.Count && _isBigram[x.Ids[i]]) i++;
            while (j < y.Count && _isBigram[y.Ids[j]]) j++;
            if (i == x.Count || j == y.Count) return i == x.Count && j == y.Count;
            if (x.Ids[i] != y.Ids[j] || x.Values[i] != y.Values[j]) return false;
            i++;
            j++;
        }
    }

    internal static string OwnText(Provision p) =>
        string.IsNullOrEmpty(p.WrapUp) ? p.Content : p.Content.Length == 0 ? p.WrapUp! : p.Content + "\n" + p.WrapUp;

    private void FindExplicitReferences(ReferencePatterns refs)
    {
        if (refs.Regexes.Length == 0) return;
        foreach (var n in NationalNodes)
        {
            var text = OwnText(n.P);
            if (text.Length == 0) continue;
            foreach (var rx in refs.Regexes)
            {
                foreach (Match m in rx.Matches(text))
                {
                    var num = NumberKey(m.Groups["num"].Value);
                    if (num.Length == 0) continue;
                    // the reference speaks for the article that holds it
                    var target = n.Tier ?? n;
                    (target.ExplicitRefs ??= new HashSet<string>(StringComparer.Ordinal)).Add(num);
                }
            }
        }
    }

    /// <summary>Comparable form of a number value: lower case, letters and digits only, "1er"/"premier" → "1".</summary>
    internal static string NumberKey(string? value) => NumberKeys.Of(value);

    // ------------------------------------------------------------------ scoring

    private readonly struct PairScore(double score, double text, double heading, bool sameNumber, bool explicitRef)
    {
        public double Score { get; } = score;
        public double Text { get; } = text;
        public double Heading { get; } = heading;
        public bool SameNumber { get; } = sameNumber;
        public bool ExplicitRef { get; } = explicitRef;
    }

    private PairScore Score(Node m, Node n)
    {
        double text = ReferenceEquals(m.Full, _scattered) ? DotScattered(n.Full) : SparseVector.Dot(m.Full, n.Full);
        double heading = -1;
        double s = text;
        if (!m.Heading.IsEmpty && !n.Heading.IsEmpty)
        {
            heading = SparseVector.Dot(m.Heading, n.Heading);
            s = (1 - _o.HeadingWeight) * text + _o.HeadingWeight * heading;
        }
        bool same = m.NumberKey is { Length: > 0 } mk && m.P.Kind == n.P.Kind && n.NumberKey == mk;
        if (same) s += _o.SameNumberBonus;
        bool explicitRef = m.IsTier && n.ExplicitRefs is { } r && m.NumberKey is { } mkey && r.Contains(mkey)
            && (n.IsTier || n.Tier is null);
        if (ParentsLinked(m, n)) s += _o.ParentLinkBonus;
        else if (RepeatedAway(m, n)) s = 0;
        if (explicitRef) s += _o.ExplicitReferenceBonus;
        else if (text < MinText(m, n, heading)) s = 0; // headings and numbers alone never make a link
        return new PairScore(s, text, heading, same, explicitRef);
    }

    /// <summary>
    /// Lowest text cosine for a link: articles with matching headings ("Right of appeal") need less shared wording,
    /// but never none.
    /// </summary>
    private double MinText(Node m, Node n, double heading) =>
        m.IsTier && n.IsTier && heading >= _o.MatchingHeadingSimilarity ? _o.MinTextSimilarityWithMatchingHeading : _o.MinTextSimilarity;

    // one model vector spread over a dense array while it is scored against many national ones: each dot product then
    // costs the national vector's length, with the same terms summed in the same (id) order as SparseVector.Dot
    private float[] _dense = [];
    private SparseVector? _scattered;

    private void Scatter(SparseVector v)
    {
        if (_dense.Length < _isBigram.Length) _dense = new float[_isBigram.Length];
        for (int k = 0; k < v.Count; k++) _dense[v.Ids[k]] = v.Values[k];
        _scattered = v;
    }

    private void Unscatter()
    {
        if (_scattered is null) return;
        foreach (var id in _scattered.Ids) _dense[id] = 0;
        _scattered = null;
    }

    private double DotScattered(SparseVector n)
    {
        double s = 0;
        var dense = _dense;
        var ids = n.Ids;
        var vals = n.Values;
        for (int k = 0; k < ids.Length; k++)
        {
            var x = dense[ids[k]];
            if (x != 0) s += x * vals[k];
        }
        return s;
    }

    private static bool ParentsLinked(Node m, Node n) =>
        m.Parent?.Link is { } pl && n.Parent is { } np && ReferenceEquals(np.Link, pl);

    private double ContainmentOf(Node part, Node whole)
    {
        if (part.FullMass <= 0) return 0;
        return SparseVector.MinOverlap(part.FullCounts, whole.FullCounts, _idf) / part.FullMass;
    }

    /// <summary>Candidate pairs between two lists: all pairs when small, else through an inverted index.</summary>
    private List<(int I, int J, PairScore S)> Candidates(IReadOnlyList<Node> ms, IReadOnlyList<Node> ns, double minScore)
    {
        var result = new List<(int, int, PairScore)>();
        if (ms.Count == 0 || ns.Count == 0) return result;
        if ((long)ms.Count * ns.Count <= _o.ExhaustiveCandidateLimit)
        {
            for (int i = 0; i < ms.Count; i++)
            {
                Scatter(ms[i].Full);
                for (int j = 0; j < ns.Count; j++)
                {
                    var s = Score(ms[i], ns[j]);
                    if (s.Score >= minScore) result.Add((i, j, s));
                }
                Unscatter();
            }
            return result;
        }

        // inverted index over the national side
        var postings = new Dictionary<int, List<(int J, float W)>>();
        for (int j = 0; j < ns.Count; j++)
        {
            var v = ns[j].Full;
            for (int k = 0; k < v.Count; k++)
            {
                if (!postings.TryGetValue(v.Ids[k], out var list)) postings[v.Ids[k]] = list = new();
                list.Add((j, v.Values[k]));
            }
        }
        var byNumber = new Dictionary<(ProvisionKind, string), List<int>>();
        for (int j = 0; j < ns.Count; j++)
            if (ns[j].NumberKey is { } numKey)
            {
                var key = (ns[j].P.Kind, numKey);
                if (!byNumber.TryGetValue(key, out var l)) byNumber[key] = l = new();
                l.Add(j);
            }
        var explicitTargets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int j = 0; j < ns.Count; j++)
            if (ns[j].ExplicitRefs is { } refs)
                foreach (var r in refs)
                {
                    if (!explicitTargets.TryGetValue(r, out var l)) explicitTargets[r] = l = new();
                    l.Add(j);
                }

        var nIndex = new Dictionary<Node, int>(ReferenceEqualityComparer.Instance);
        for (int j = 0; j < ns.Count; j++) nIndex[ns[j]] = j;
        // dense accumulators reset through the list of touched entries (a dictionary's Clear costs its capacity each time)
        var acc = new double[ns.Count];
        var touched = new List<int>();
        var isTouched = new bool[ns.Count];
        var isChosen = new bool[ns.Count];
        var chosen = new List<int>();
        var probe = new int[Math.Max(1, _o.CandidateProbeTerms)];
        var best = new int[Math.Max(0, _o.MaxCandidates)];
        for (int i = 0; i < ms.Count; i++)
        {
            _ct.ThrowIfCancellationRequested();
            var v = ms[i].Full;
            // heaviest terms of the model unit
            int probes = HeaviestTerms(v, probe);
            for (int p = 0; p < probes; p++)
            {
                int k = probe[p];
                if (!postings.TryGetValue(v.Ids[k], out var list)) continue;
                foreach (var (j, w) in list)
                {
                    if (!isTouched[j]) { isTouched[j] = true; touched.Add(j); }
                    acc[j] += w * v.Values[k];
                }
            }
            // the best MaxCandidates by accumulated weight (ties by index), without sorting everything touched
            int top = 0;
            foreach (var j in touched)
            {
                if (top == best.Length && !Better(j, best[top - 1])) continue;
                int pos = top < best.Length ? top++ : top - 1;
                while (pos > 0 && Better(j, best[pos - 1])) { best[pos] = best[pos - 1]; pos--; }
                best[pos] = j;
            }
            for (int t = 0; t < top; t++) Choose(best[t]);
            foreach (var j in touched) { acc[j] = 0; isTouched[j] = false; }
            touched.Clear();
            // a number many provisions of the list share ("1" of every article's first paragraph) does not point to a
            // partner: scoring all of them would make long texts quadratic
            if (ms[i].NumberKey is { } mkey && byNumber.TryGetValue((ms[i].P.Kind, mkey), out var same)
                && same.Count <= _o.MaxSameNumberCandidates)
                foreach (var j in same) Choose(j);
            if (ms[i].IsTier && ms[i].NumberKey is { } tkey && explicitTargets.TryGetValue(tkey, out var ex))
                foreach (var j in ex) Choose(j);
            // the parts of the national provisions linked to the model unit's parent
            if (ms[i].Parent?.Link is { } pl)
                foreach (var partner in pl.N)
                    foreach (var c in partner.Children)
                        if (nIndex.TryGetValue(c, out var cj)) Choose(cj);
            chosen.Sort();
            Scatter(ms[i].Full);
            foreach (var j in chosen)
            {
                isChosen[j] = false;
                var s = Score(ms[i], ns[j]);
                if (s.Score >= minScore) result.Add((i, j, s));
            }
            Unscatter();
            chosen.Clear();
        }
        return result;

        bool Better(int x, int y) => acc[x] > acc[y] || (acc[x] == acc[y] && x < y);

        void Choose(int j)
        {
            if (isChosen[j]) return;
            isChosen[j] = true;
            chosen.Add(j);
        }
    }

    /// <summary>
    /// Indexes (into <paramref name="v"/>) of its heaviest terms, heaviest first, ties by term id; as many as
    /// <paramref name="into"/> holds. Returns how many were written.
    /// </summary>
    private static int HeaviestTerms(SparseVector v, int[] into)
    {
        int n = 0;
        for (int k = 0; k < v.Count; k++)
        {
            // insertion into the short sorted prefix (into.Length is small: CandidateProbeTerms)
            if (n == into.Length && !Heavier(v, k, into[n - 1])) continue;
            int pos = n < into.Length ? n++ : n - 1;
            while (pos > 0 && Heavier(v, k, into[pos - 1])) { into[pos] = into[pos - 1]; pos--; }
            into[pos] = k;
        }
        return n;

        static bool Heavier(SparseVector v, int a, int b) =>
            v.Values[a] > v.Values[b] || (v.Values[a] == v.Values[b] && v.Ids[a] < v.Ids[b]);
    }

    // ------------------------------------------------------------------ local alignment

    private static bool IsIdenticalPair(WorkLink l) => l.M.Count == 1 && l.N.Count == 1 && l.M[0].P.ContentHash == l.N[0].P.ContentHash;

    private List<WorkLink> AlignLists(List<Node> msAll, List<Node> nsAll, bool inOrderOnly, bool recurse = true)
    {
        _ct.ThrowIfCancellationRequested();
        var ms = msAll.Where(n => n.IsFree).ToList();
        var ns = nsAll.Where(n => n.IsFree).ToList();
        if (ms.Count == 0 && ns.Count == 0) return [];

        var created = new List<WorkLink>();
        if (ms.Count > 0 && ns.Count > 0)
        {
            var cands = Candidates(ms, ns, _o.MinLinkScore);
            // keep only competitive pairs: near the best score of both of their units
            var bestM = new double[ms.Count];
            var bestN = new double[ns.Count];
            foreach (var (i, j, s) in cands)
            {
                bestM[i] = Math.Max(bestM[i], s.Score);
                bestN[j] = Math.Max(bestN[j], s.Score);
            }
            var kept = cands.Where(c => c.S.Score >= _o.CompetitiveRatio * Math.Max(bestM[c.I], bestN[c.J])).ToList();
            var chain = MonotoneChain.Heaviest(kept.Select(c => new CandidatePair(c.I, c.J, c.S.Score)).ToList(), ns.Count);
            foreach (var k in chain)
            {
                var (i, j, s) = kept[k];
                created.Add(Link(ms[i], ns[j], s, offChain: false));
            }
            if (!inOrderOnly)
            {
                foreach (var (i, j, s) in cands.Where(c => c.S.Score >= _o.MinMoveScore).OrderByDescending(c => c.S.Score).ThenBy(c => c.I).ThenBy(c => c.J))
                {
                    if (!ms[i].IsFree || !ns[j].IsFree) continue;
                    created.Add(Link(ms[i], ns[j], s, offChain: true));
                }
            }
            JoinByContainment(ms, ns);
        }
        if (recurse) foreach (var l in created) AlignChildren(l);
        return created;
    }

    /// <summary>Free units contained in a linked unit of the other list join its link (split or merge).</summary>
    private void JoinByContainment(List<Node> ms, List<Node> ns)
    {
        // long lists: only the units sharing one of the part's heaviest terms can contain it (see PossibleContainers)
        bool indexed = (long)ms.Count * ns.Count > _o.ExhaustiveCandidateLimit && _o.ContainmentThreshold > 0;
        var mPostings = indexed ? TermPostings(ms) : null;
        var nPostings = indexed ? TermPostings(ns) : null;
        foreach (var n in ns)
        {
            if (!n.IsFree || n.FullWords < _o.MinContainmentWords) continue;
            Node? best = null; double bestC = 0;
            foreach (var m in mPostings is null ? ms : PossibleContainers(ms, mPostings, n))
            {
                if (m.Link is null || m.Link.M.Count > 1) continue;
                var c = ContainmentOf(n, m);
                if (c > bestC) { bestC = c; best = m; }
            }
            if (best is not null && bestC >= _o.ContainmentThreshold && !IsDuplicate(best.Link!, n) && !RepeatedAway(best, n)) Join(best.Link!, n, bestC);
        }
        foreach (var m in ms)
        {
            if (!m.IsFree || m.FullWords < _o.MinContainmentWords) continue;
            Node? best = null; double bestC = 0;
            foreach (var n in nPostings is null ? ns : PossibleContainers(ns, nPostings, m))
            {
                if (n.Link is null || n.Link.N.Count > 1) continue;
                var c = ContainmentOf(m, n);
                if (c > bestC) { bestC = c; best = n; }
            }
            if (best is not null && bestC >= _o.ContainmentThreshold && !IsDuplicate(best.Link!, m) && !RepeatedAway(m, best)) Join(best.Link!, m, bestC);
        }
    }

    /// <summary>Term id → indexes (ascending) of the units of <paramref name="units"/> whose full text holds it.</summary>
    private static Dictionary<int, List<int>> TermPostings(List<Node> units)
    {
        var postings = new Dictionary<int, List<int>>();
        for (int i = 0; i < units.Count; i++)
            foreach (var id in units[i].FullCounts.Ids)
            {
                if (!postings.TryGetValue(id, out var list)) postings[id] = list = new();
                list.Add(i);
            }
        return postings;
    }

    /// <summary>
    /// The units of <paramref name="units"/> (in list order) that can contain <paramref name="part"/> at
    /// <see cref="CompareOptions.ContainmentThreshold"/>: a unit sharing none of the part's heaviest terms, whose weight is
    /// more than (1 − threshold) of the part's mass, holds less than the threshold of it. An exact filter: the best
    /// container above the threshold is always among those returned.
    /// </summary>
    private List<Node> PossibleContainers(List<Node> units, Dictionary<int, List<int>> postings, Node part)
    {
        var counts = part.FullCounts;
        var order = new int[counts.Count];
        var weight = new double[counts.Count];
        for (int k = 0; k < order.Length; k++) { order[k] = k; weight[k] = counts.Values[k] * _idf[counts.Ids[k]]; }
        Array.Sort(weight.ToArray(), order);
        Array.Reverse(order);
        double need = (1 - _o.ContainmentThreshold + 1e-6) * part.FullMass, got = 0;
        var hits = new HashSet<int>();
        foreach (var k in order)
        {
            if (got > need) break;
            got += weight[k];
            if (postings.TryGetValue(counts.Ids[k], out var list)) hits.UnionWith(list);
        }
        var result = hits.ToList();
        result.Sort();
        return result.ConvertAll(i => units[i]);
    }

    /// <summary>Repeated text outside linked parents: no evidence for a link (see <see cref="MarkRepeated"/>).</summary>
    private bool RepeatedAway(Node m, Node n) =>
        _o.RepeatedTextLinksOnlyInsideLinkedParents && (m.Repeated || n.Repeated) && !ParentsLinked(m, n);

    /// <summary>A provision that repeats what a member of the link already says is a duplicate, not a part of a split.</summary>
    private bool IsDuplicate(WorkLink link, Node node)
    {
        var members = node.Side == Side.Model ? link.M : link.N;
        foreach (var x in members)
            if (SparseVector.Dot(x.Full, node.Full) >= _o.SplitMaxPartnerSimilarity) return true;
        return false;
    }

    private void Join(WorkLink link, Node node, double containment)
    {
        (node.Side == Side.Model ? link.M : link.N).Add(node);
        node.Link = link;
        link.ByContainment = true;
        link.Containment = Math.Max(link.Containment, containment);
        // the joining provision's children: align them against the free children of the other side
        var other = node.Side == Side.Model ? link.N : link.M;
        var own = node.Children.ToList();
        var theirs = other.SelectMany(o => o.Children).ToList();
        if (node.Side == Side.Model) AlignLists(own, theirs, inOrderOnly: true);
        else AlignLists(theirs, own, inOrderOnly: true);
        if (node.Side == Side.Model) StructureLink(node.Children.Where(c => c.IsFree).ToList(), link.N, link.TextSimilarity);
        else foreach (var c in node.Children) if (c.IsFree) MarkCovered(c);
    }

    private WorkLink Link(Node m, Node n, PairScore s, bool offChain)
    {
        var l = new WorkLink
        {
            Score = s.Score,
            TextSimilarity = s.Text,
            HeadingSimilarity = s.Heading,
            SameNumber = s.SameNumber,
            ExplicitReference = s.ExplicitRef,
            OffChain = offChain,
        };
        l.M.Add(m);
        l.N.Add(n);
        m.Link = l;
        n.Link = l;
        Links.Add(l);
        return l;
    }

    private void AlignChildren(WorkLink l)
    {
        var ms = l.M.SelectMany(m => m.Children).ToList();
        var ns = l.N.SelectMany(n => n.Children).ToList();
        if (l.M.Count == 1 && l.N.Count == 1 && l.M[0].P.ContentHash == l.N[0].P.ContentHash)
        {
            // identical subtrees: pair the children by position, nothing to score
            for (int i = 0; i < ms.Count; i++)
            {
                var cl = Link(ms[i], ns[i], new PairScore(1, 1, ms[i].Heading.IsEmpty ? -1 : 1, true, false), offChain: false);
                AlignChildren(cl);
            }
            return;
        }
        // a partner without parts: settled at the end, once the document-wide search had its chance
        if (ms.Count == 0 || ns.Count == 0) return;
        AlignLists(ms, ns, inOrderOnly: false);
    }

    /// <summary>
    /// Links whose one side has parts and the other none: the parts still unmatched went into the partner's text
    /// (model side: a structure link to the partner; national side: covered by the link).
    /// </summary>
    private void SettleLeafPartners()
    {
        foreach (var l in Links.ToList())
        {
            if (l.M.Count == 0 || l.N.Count == 0) continue;
            bool modelLeaves = l.M.All(m => m.Children.Length == 0);
            bool nationalLeaves = l.N.All(n => n.Children.Length == 0);
            if (nationalLeaves && !modelLeaves)
            {
                var free = l.M.SelectMany(m => m.Children).Where(c => c.IsFree).ToList();
                if (l.N.Count == 1) StructureLink(free, l.N, l.TextSimilarity);
                else
                {
                    // several national parts: each model part goes with the one it resembles most
                    foreach (var g in free.GroupBy(c => l.N.MaxBy(n => SparseVector.Dot(c.Full, n.Full))!))
                        StructureLink(g.ToList(), [g.Key], g.Max(c => SparseVector.Dot(c.Full, g.Key.Full)));
                }
            }
            else if (modelLeaves && !nationalLeaves)
                foreach (var n in l.N) foreach (var c in n.Children) MarkCovered(c);
        }
    }

    /// <summary>Free model provisions whose text went, with their parent's, into national provisions without parts.</summary>
    private void StructureLink(List<Node> free, List<Node> nationals, double similarity)
    {
        if (free.Count == 0) return;
        var cl = new WorkLink { ByStructure = true, Score = similarity, TextSimilarity = similarity };
        foreach (var c in free) { cl.M.Add(c); c.Link = cl; }
        cl.N.AddRange(nationals);
        Links.Add(cl);
        StructureLink(free.SelectMany(c => c.Children).Where(c => c.IsFree).ToList(), nationals, similarity);
    }

    private static void MarkCovered(Node n)
    {
        if (!n.IsFree) return;
        n.Covered = true;
        foreach (var c in n.Children) MarkCovered(c);
    }

    // ------------------------------------------------------------------ document-wide rescue

    private void Rescue()
    {
        var fm = Frontier(ModelRoot);
        var fn = Frontier(NationalRoot);
        for (int round = 0; round <= _o.RescueDepth; round++)
        {
            _ct.ThrowIfCancellationRequested();
            var ms = fm.Where(n => n.IsFree && n.FullWords >= _o.MinRescueWords).ToList();
            var ns = fn.Where(n => n.IsFree && n.FullWords >= _o.MinRescueWords).ToList();
            if (ms.Count > 0 && ns.Count > 0)
            {
                var cands = Candidates(ms, ns, _o.MinRescueScore);
                var created = new List<WorkLink>();
                foreach (var (i, j, s) in cands.OrderByDescending(c => c.S.Score).ThenBy(c => c.I).ThenBy(c => c.J))
                {
                    if (!ms[i].IsFree || !ns[j].IsFree) continue;
                    // a text said several times in one document (a standard empowerment, a boilerplate duty) is no
                    // evidence of where it went: it links only inside linked parents, never document-wide
                    if (ms[i].Repeated || ns[j].Repeated) continue;
                    var l = Link(ms[i], ns[j], s, offChain: true);
                    l.Rescued = true;
                    created.Add(l);
                }
                foreach (var l in created) AlignChildren(l);
            }
            RescueByContainment(fn.Where(n => n.IsFree).ToList(), Side.National);
            RescueByContainment(fm.Where(n => n.IsFree).ToList(), Side.Model);

            fm = fm.Where(n => n.IsFree).SelectMany(n => n.Children.Prepend(n)).Where(n => n.IsFree).Distinct().ToList();
            fn = fn.Where(n => n.IsFree).SelectMany(n => n.Children.Prepend(n)).Where(n => n.IsFree).Distinct().ToList();
        }
    }

    /// <summary>
    /// National articles still wholly unlinked get a second look with weaker evidence: a whole article that shares
    /// nothing with the model is rarer than one rewritten from a model article split over several. Each takes its best
    /// model article or paragraph when that is free, or joins the link of a model provision whose own link is weak
    /// (a clean one-to-one correspondence leaves a look-alike national article to be new, not a part of a split).
    /// </summary>
    private void SecondLookAtUnlinkedArticles()
    {
        var free = NationalNodes.Where(n => n.IsTier && n.IsFree && n.FullWords >= _o.MinRescueWords).ToList();
        var pool = ModelNodes.Where(n => n.Tier is not null && n.Depth <= n.Tier.Depth + 1 && !n.Repeated).ToList();
        if (free.Count == 0 || pool.Count == 0) return;
        var best = new Dictionary<int, (int I, PairScore S)>();
        foreach (var (i, j, s) in Candidates(pool, free, _o.UnlinkedArticleMinScore))
            if (!best.TryGetValue(j, out var b) || s.Score > b.S.Score) best[j] = (i, s);
        foreach (var (j, (i, s)) in best.OrderByDescending(kv => kv.Value.S.Score).ThenBy(kv => kv.Key))
        {
            var (m, n) = (pool[i], free[j]);
            if (!n.IsFree) continue;
            if (m.IsFree && !m.Covered)
            {
                var l = Link(m, n, s, offChain: true);
                l.Rescued = true;
                AlignChildren(l);
                continue;
            }
            var held = m.Link ?? (m.Covered ? m.Tier?.Link : null);
            if (held is null || held.M.Count != 1 || held.TextSimilarity >= _o.WeakLinkSimilarity) continue;
            Join(held, n, s.Text);
        }
    }

    /// <summary>
    /// Marks the provisions below the article tier whose text a document says more than once (cosine at least
    /// <see cref="CompareOptions.RepeatedTextSimilarity"/> with a provision that is neither its ancestor nor its
    /// descendant), and the provisions of the other text that say the same: a standard empowerment in three model
    /// articles and in one national article tells nothing about where any of them went. Candidates come from an
    /// inverted index over each provision's heaviest terms, not from all pairs.
    /// </summary>
    private void MarkRepeated()
    {
        var models = RepeatPool(ModelNodes);
        var nationals = RepeatPool(NationalNodes);
        var modelIndex = HeavyTermIndex(models);
        var nationalIndex = HeavyTermIndex(nationals);
        MarkNearDuplicates(models, models, modelIndex, sameSide: true);
        MarkNearDuplicates(nationals, nationals, nationalIndex, sameSide: true);
        MarkNearDuplicates(models.Where(n => n.Repeated).ToList(), nationals, nationalIndex, sameSide: false);
        MarkNearDuplicates(nationals.Where(n => n.Repeated).ToList(), models, modelIndex, sameSide: false);
    }

    private List<Node> RepeatPool(List<Node> nodes) =>
        nodes.Where(n => n.Tier is not null && !n.IsTier && n.FullWords >= _o.MinRescueWords).ToList();

    private Dictionary<int, List<int>> HeavyTermIndex(List<Node> pool)
    {
        var postings = new Dictionary<int, List<int>>();
        for (int j = 0; j < pool.Count; j++)
        {
            var v = pool[j].Full;
            foreach (var k in TopTerms(v))
            {
                if (!postings.TryGetValue(v.Ids[k], out var list)) postings[v.Ids[k]] = list = new();
                list.Add(j);
            }
        }
        return postings;
    }

    /// <summary>
    /// Same side: marks both members of every near-duplicate pair. Other side: marks the provisions of
    /// <paramref name="pool"/> that repeat an already repeated provision of <paramref name="probes"/>.
    /// </summary>
    private void MarkNearDuplicates(List<Node> probes, List<Node> pool, Dictionary<int, List<int>> index, bool sameSide)
    {
        var seen = new HashSet<int>();
        foreach (var a in probes)
        {
            _ct.ThrowIfCancellationRequested();
            if (sameSide && a.Repeated) continue;
            seen.Clear();
            foreach (var k in TopTerms(a.Full))
            {
                if (!index.TryGetValue(a.Full.Ids[k], out var list)) continue;
                foreach (var j in list)
                {
                    var b = pool[j];
                    if (ReferenceEquals(a, b) || !seen.Add(j)) continue;
                    if (sameSide && (a.IsDescendantOf(b) || b.IsDescendantOf(a))) continue;
                    if (SparseVector.Dot(a.Full, b.Full) < _o.RepeatedTextSimilarity) continue;
                    b.Repeated = true;
                    if (sameSide) { a.Repeated = true; break; }
                }
            }
        }
    }

    /// <summary>Positions of a vector's heaviest terms (a text that repeats another shares most of them).</summary>
    private int[] TopTerms(SparseVector v)
    {
        // a few terms out of many: insertion into a short sorted array, heaviest first, ties by term id
        var top = new int[Math.Min(_o.RepeatedTextProbeTerms, v.Count)];
        int n = 0;
        for (int k = 0; k < v.Count; k++)
        {
            int at = n;
            while (at > 0 && Heavier(k, top[at - 1])) at--;
            if (at >= top.Length) continue;
            int last = Math.Min(n, top.Length - 1);
            for (int x = last; x > at; x--) top[x] = top[x - 1];
            top[at] = k;
            if (n < top.Length) n++;
        }
        return top;

        bool Heavier(int a, int b) => v.Values[a] > v.Values[b] || (v.Values[a] == v.Values[b] && v.Ids[a] < v.Ids[b]);
    }

    /// <summary>Topmost free nodes at or below the article tier.</summary>
    private static List<Node> Frontier(Node root)
    {
        var result = new List<Node>();
        Walk(root);
        return result;

        void Walk(Node n)
        {
            if (n.Tier is not null && n.IsFree)
            {
                result.Add(n);
                return;
            }
            foreach (var c in n.Children) Walk(c);
        }
    }

    /// <summary>
    /// Free units whose words sit inside a linked unit of the other text (articles and their direct parts) join
    /// that unit's link: a paragraph split off into another article, or two provisions merged.
    /// </summary>
    private void RescueByContainment(List<Node> free, Side side)
    {
        free = free.Where(n => n.FullWords >= _o.MinContainmentWords).ToList();
        if (free.Count == 0) return;
        var otherNodes = side == Side.National ? ModelNodes : NationalNodes;
        var targets = otherNodes.Where(n => n.Link is not null && n.Tier is not null && n.Depth <= n.Tier.Depth + 1
            && (side == Side.National ? n.Link.M.Count == 1 : n.Link.N.Count == 1)).ToList();
        if (targets.Count == 0) return;
        var cands = side == Side.National ? Candidates(targets, free, 0) : Candidates(free, targets, 0);
        var best = new Dictionary<int, (Node Target, double C, double S)>();
        foreach (var (i, j, s) in cands)
        {
            var (f, t) = side == Side.National ? (j, targets[i]) : (i, targets[j]);
            if (s.Text < _o.MinContainmentCosine) continue;
            var c = ContainmentOf(free[f], t);
            if (c < _o.ContainmentThreshold) continue;
            // prefer the tighter container (higher cosine) among those that contain the unit
            if (!best.TryGetValue(f, out var b) || s.Text > b.S) best[f] = (t, c, s.Text);
        }
        foreach (var (f, b) in best.OrderBy(kv => kv.Key))
        {
            if (!free[f].IsFree || IsDuplicate(b.Target.Link!, free[f]) || free[f].Repeated) continue;
            Join(b.Target.Link!, free[f], b.C);
        }
    }

    // ------------------------------------------------------------------ divisions

    /// <summary>Chapters, titles and sections are linked by the articles they share.</summary>
    private void AlignDivisions()
    {
        var mdivs = ModelNodes.Where(n => n.P.Kind.IsDivision()).ToList();
        var ndivs = NationalNodes.Where(n => n.P.Kind.IsDivision()).ToList();
        if (mdivs.Count == 0 || ndivs.Count == 0) return;
        var votes = new List<(Node M, Node N, int Count, double Share)>();
        foreach (var md in mdivs)
        {
            var articles = Descendants(md).Where(x => x.IsTier).ToList();
            if (articles.Count == 0) continue;
            var counts = new Dictionary<Node, int>();
            foreach (var a in articles)
            {
                if (a.Link is null) continue;
                foreach (var nn in a.Link.N)
                    for (var p = nn.Parent; p is not null; p = p.Parent)
                        if (p.P.Kind == md.P.Kind) { counts[p] = counts.GetValueOrDefault(p) + 1; break; }
            }
            foreach (var (nd, c) in counts) votes.Add((md, nd, c, (double)c / articles.Count));
        }
        foreach (var v in votes.OrderByDescending(v => v.Share).ThenBy(v => v.M.Order).ThenBy(v => v.N.Order))
        {
            if (v.Share < _o.DivisionMinShare || !v.M.IsFree || !v.N.IsFree) continue;
            var s = Score(v.M, v.N);
            var l = Link(v.M, v.N, s, offChain: false);
            l.ByStructure = true;
        }
    }

    private static IEnumerable<Node> Descendants(Node n)
    {
        foreach (var c in n.Children)
        {
            yield return c;
            foreach (var d in Descendants(c)) yield return d;
        }
    }
}
