using ModelLaw.Documents;

namespace ModelLaw.Drafting.Amendments;

/// <summary>
/// Pairs the provisions of the old text with those of the new one: units (division headings and articles) by the
/// comparison's links, then by equal content, equal heading, similar words, and division headings by number; the
/// sub-provisions of a pair in order, by similar words and equal numbers.
/// </summary>
internal static class UnitMatcher
{
    /// <summary>Old unit index → new unit index.</summary>
    public static Dictionary<int, int> Units(IReadOnlyList<UnitSequence.Unit> olds, IReadOnlyList<UnitSequence.Unit> news, IEnumerable<(string Old, string New)> links)
    {
        var match = new Dictionary<int, int>();
        var usedNew = new HashSet<int>();
        bool Compatible(int o, int n) => olds[o].IsHeader == news[n].IsHeader && olds[o].Kind == news[n].Kind;
        void Pair(int o, int n)
        {
            match[o] = n;
            usedNew.Add(n);
        }

        var oldByEId = olds.Select((u, i) => (u.EId, i)).ToDictionary(x => x.EId, x => x.i, StringComparer.Ordinal);
        var newByEId = news.Select((u, i) => (u.EId, i)).ToDictionary(x => x.EId, x => x.i, StringComparer.Ordinal);
        foreach (var (o, n) in links)
            if (oldByEId.TryGetValue(o, out var oi) && newByEId.TryGetValue(n, out var ni) && Compatible(oi, ni) && !match.ContainsKey(oi) && !usedNew.Contains(ni))
                Pair(oi, ni);

        // equal content, first come first served in order
        var byHash = new Dictionary<(ulong, bool), Queue<int>>();
        for (int n = 0; n < news.Count; n++)
            if (!usedNew.Contains(n))
            {
                var key = (news[n].Provision.ContentHash, news[n].IsHeader);
                if (!byHash.TryGetValue(key, out var q)) byHash[key] = q = new Queue<int>();
                q.Enqueue(n);
            }
        for (int o = 0; o < olds.Count; o++)
            if (!match.ContainsKey(o) && byHash.TryGetValue((olds[o].Provision.ContentHash, olds[o].IsHeader), out var q))
                while (q.Count > 0)
                {
                    var n = q.Dequeue();
                    if (!usedNew.Contains(n) && olds[o].Provision.Equals(news[n].Provision)) { Pair(o, n); break; }
                }

        // the same heading, when it names one unit on each side
        var headings = news.Select((u, i) => (u, i)).Where(x => !usedNew.Contains(x.i) && x.u.Provision.Heading is { Length: > 0 })
            .GroupBy(x => (x.u.Kind, x.u.IsHeader, Key: x.u.Provision.Heading!.ToLowerInvariant()))
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().i);
        var oldHeadings = olds.Select((u, i) => (u, i)).Where(x => !match.ContainsKey(x.i) && x.u.Provision.Heading is { Length: > 0 })
            .GroupBy(x => (x.u.Kind, x.u.IsHeader, Key: x.u.Provision.Heading!.ToLowerInvariant())).Where(g => g.Count() == 1);
        foreach (var g in oldHeadings)
            if (headings.TryGetValue(g.Key, out var n) && !usedNew.Contains(n)) Pair(g.Single().i, n);

        // similar words, best pairs first
        var candidates = new List<(double Score, int Old, int New)>();
        var oldWords = olds.Select(u => u.IsHeader ? null : WordSet(u.Provision)).ToList();
        var newWords = news.Select(u => u.IsHeader ? null : WordSet(u.Provision)).ToList();
        for (int o = 0; o < olds.Count; o++)
        {
            if (match.ContainsKey(o) || oldWords[o] is not { } ow) continue;
            for (int n = 0; n < news.Count; n++)
                if (!usedNew.Contains(n) && newWords[n] is { } nw && Compatible(o, n) && Dice(ow, nw) is var d && d >= 0.5)
                    candidates.Add((d, o, n));
        }
        foreach (var (_, o, n) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Old).ThenBy(c => c.New))
            if (!match.ContainsKey(o) && !usedNew.Contains(n)) Pair(o, n);

        // a kind the texts have once each (the preamble): the same provision, however rewritten
        foreach (var kind in olds.Select(u => u.Kind).Distinct().ToList())
        {
            var o = olds.Select((u, i) => (u, i)).Where(x => x.u.Kind == kind).ToList();
            var n = news.Select((u, i) => (u, i)).Where(x => x.u.Kind == kind).ToList();
            if (o.Count == 1 && n.Count == 1 && !match.ContainsKey(o[0].i) && !usedNew.Contains(n[0].i) && Compatible(o[0].i, n[0].i)) Pair(o[0].i, n[0].i);
        }

        // division headings by number
        for (int o = 0; o < olds.Count; o++)
        {
            if (match.ContainsKey(o) || !olds[o].IsHeader) continue;
            for (int n = 0; n < news.Count; n++)
                if (!usedNew.Contains(n) && Compatible(o, n) && olds[o].Provision.Number?.Value is { } v && v == news[n].Provision.Number?.Value) { Pair(o, n); break; }
        }
        return match;
    }

    /// <summary>
    /// Sub-provisions of a matched pair, in order: pairs of the same kind with similar words (a shared number counts),
    /// chosen to maximise total similarity; then provisions left alone between the same neighbours, paired by position
    /// when both sides have as many of the same kinds (a provision rewritten in place).
    /// </summary>
    public static List<(int Old, int New)> Children(IReadOnlyList<Provision> olds, IReadOnlyList<Provision> news)
    {
        int n = olds.Count, m = news.Count;
        var ow = olds.Select(WordSet).ToList();
        var nw = news.Select(WordSet).ToList();
        var score = new double[n, m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++)
            {
                if (olds[i].Kind != news[j].Kind) { score[i, j] = -1; continue; }
                bool sameNumber = olds[i].Number?.Value is { } v && v == news[j].Number?.Value;
                var d = olds[i].Equals(news[j]) ? 1.5 : Dice(ow[i], nw[j]);
                score[i, j] = d >= 0.5 || (sameNumber && d >= 0.25) ? d + (sameNumber ? 0.25 : 0) : -1;
            }
        var best = new double[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
            for (int j = m - 1; j >= 0; j--)
            {
                var v = Math.Max(best[i + 1, j], best[i, j + 1]);
                if (score[i, j] >= 0) v = Math.Max(v, best[i + 1, j + 1] + score[i, j]);
                best[i, j] = v;
            }
        var pairs = new List<(int, int)>();
        for (int i = 0, j = 0; i < n && j < m;)
        {
            if (score[i, j] >= 0 && best[i, j] == best[i + 1, j + 1] + score[i, j]) { pairs.Add((i, j)); i++; j++; }
            else if (best[i, j] == best[i + 1, j]) i++;
            else j++;
        }
        return FillGaps(olds, news, pairs);
    }

    private static List<(int Old, int New)> FillGaps(IReadOnlyList<Provision> olds, IReadOnlyList<Provision> news, List<(int Old, int New)> pairs)
    {
        var result = new List<(int, int)>();
        int po = 0, pn = 0;
        foreach (var (o, n) in pairs.Append((olds.Count, news.Count)))
        {
            int gapOld = o - po, gapNew = n - pn;
            if (gapOld == gapNew && Enumerable.Range(0, gapOld).All(k => olds[po + k].Kind == news[pn + k].Kind))
                for (int k = 0; k < gapOld; k++) result.Add((po + k, pn + k));
            if (o < olds.Count) result.Add((o, n));
            (po, pn) = (o + 1, n + 1);
        }
        return result;
    }

    /// <summary>Old indexes (of an old → new match) on a longest chain that keeps the new order: those stay put, the others move.</summary>
    public static HashSet<int> InOrder(Dictionary<int, int> match)
    {
        var seq = match.OrderBy(kv => kv.Key).Select(kv => (Old: kv.Key, New: kv.Value)).ToList();
        var tails = new List<int>();
        var prev = new int[seq.Count];
        for (int i = 0; i < seq.Count; i++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi) { int mid = (lo + hi) / 2; if (seq[tails[mid]].New < seq[i].New) lo = mid + 1; else hi = mid; }
            prev[i] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count) tails.Add(i); else tails[lo] = i;
        }
        var kept = new HashSet<int>();
        for (int k = tails.Count > 0 ? tails[^1] : -1; k >= 0; k = prev[k]) kept.Add(seq[k].Old);
        return kept;
    }

    public static HashSet<string> WordSet(Provision p)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in WordReplacements.Tokens((p.Heading ?? "") + " " + p.FullText()))
            if (t.Length > 0 && char.IsLetterOrDigit(t[0])) set.Add(t.ToLowerInvariant());
        return set;
    }

    public static double Dice(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count + b.Count == 0) return 1;
        int common = a.Count <= b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return 2.0 * common / (a.Count + b.Count);
    }
}
