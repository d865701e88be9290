using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using ModelLaw.Comparing;
using ModelLaw.Documents;
using ModelLaw.Errors;
using ModelLaw.Reading;
using ModelLaw.Search.Contract;
using ModelLaw.Search.Units;

namespace ModelLaw.Search.Searching;

/// <summary>
/// Finds the likely sources of a whole law, as the Legislative Influence Detector does: provisions spread over the law
/// ask the index for their most similar provisions, the documents they belong to are ranked by the similarity they
/// gather, and the best candidates are aligned with every provision of the law by ModelLaw's own comparer. A source is ranked by how much of the
/// law it explains and how much of itself the law took (<see cref="SourceHit.Match"/>): two adaptations of one model
/// explain about as much of each other as the model does, but each adds provisions the other lacks, while the model is
/// the part they both took. The aligned pairs are the evidence.
/// Stateless and thread-safe.
/// </summary>
public sealed class SourceFinder(ModelLawEngine engine)
{
    /// <summary>The likely sources of the text at <paramref name="path"/>, best first.</summary>
    /// <exception cref="ModelLawException">The file cannot be read, or a forced language contradicts it.</exception>
    public async Task<IReadOnlyList<SourceHit>> FindSourcesAsync(IProvisionStore store, string path, SourceOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var o = options ?? new SourceOptions();
        if (!File.Exists(path)) throw new ModelLawException($"file not found: {path}", new SourceLocation(path));
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var read = engine.Defaults.ReadOptions with { SourceName = Path.GetFileName(path), Language = o.Language };
        var doc = await engine.ReadCheckedAsync(path, read, cancellationToken).ConfigureAwait(false);
        return await FindSourcesAsync(store, doc, Convert.ToHexStringLower(SHA256.HashData(bytes)), o, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The likely sources of <paramref name="text"/>; a stored document whose bytes hash to <paramref name="sha256"/> is the text itself.</summary>
    public async Task<IReadOnlyList<SourceHit>> FindSourcesAsync(IProvisionStore store, LegalDocument text, string? sha256,
        SourceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(text);
        var o = options ?? new SourceOptions();
        var units = UnitExtractor.Extract(text, "query");
        if (units.Count == 0) return [];
        var gathered = Gather(store, units, text.Language, o, cancellationToken);
        var docs = store.Documents(gathered.Keys.ToList());
        var candidates = gathered
            .Where(g => docs.ContainsKey(g.Key) && (o.IncludeSelf || sha256 is null || docs[g.Key].Fingerprint.Sha256 != sha256))
            .OrderByDescending(g => g.Value).ThenBy(g => docs[g.Key].Name, StringComparer.Ordinal)
            .Take(Math.Max(1, o.CandidateDocuments)).ToList();
        var hits = new List<SourceHit>();
        foreach (var (key, score) in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (store.Document(key) is not { } stored) continue;
            var hit = await AlignAsync(stored, text, units, score, o, cancellationToken).ConfigureAwait(false);
            if (hit is not null) hits.Add(hit);
        }
        return hits.OrderByDescending(h => h.Match).ThenByDescending(h => h.Share).ThenBy(h => h.Document, StringComparer.Ordinal)
            .Take(Math.Max(1, o.Top)).ToList();
    }

    /// <summary>
    /// Per candidate document, the sum over the asked provisions of its best candidate similarity. Only a spread sample of
    /// the law's provisions asks the index (<see cref="SourceOptions.ProvisionsAsked"/>): the candidates are only a
    /// shortlist for the alignment, which reads every provision, and a source shows in any fair part of the law.
    /// </summary>
    private static Dictionary<string, double> Gather(IProvisionStore store, IReadOnlyList<ProvisionUnit> units, string language,
        SourceOptions o, CancellationToken ct)
    {
        var asked = Asked(units, o.ProvisionsAsked);
        var best = new ConcurrentDictionary<(int Unit, string Doc), double>();
        Parallel.For(0, asked.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var query = PassageSimilarity.Analyse(asked[i].Text);
            foreach (var c in store.Candidates(asked[i].Text, language, o.CandidatesPerProvision, ct))
            {
                var s = PassageSimilarity.Score(query, PassageSimilarity.Analyse(c.Unit.Text));
                best.AddOrUpdate((i, c.Unit.DocumentKey), s, (_, old) => Math.Max(old, s));
            }
        });
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var ((_, doc), s) in best) sums[doc] = sums.GetValueOrDefault(doc) + s;
        return sums;
    }

    /// <summary>
    /// Up to <paramref name="limit"/> provisions spread evenly over the law, from those of at least eight words (a
    /// heading-like line or a cross-reference says little about where a law comes from) when there are enough of them.
    /// </summary>
    internal static IReadOnlyList<ProvisionUnit> Asked(IReadOnlyList<ProvisionUnit> units, int limit)
    {
        if (limit <= 0 || units.Count <= limit) return units;
        var telling = units.Where(u => u.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= 8).ToList();
        var pool = telling.Count >= limit ? telling : units;
        return Enumerable.Range(0, limit).Select(i => pool[(int)((long)i * pool.Count / limit)]).ToList();
    }

    private async Task<SourceHit?> AlignAsync(StoredDocument stored, LegalDocument text, IReadOnlyList<ProvisionUnit> units, double score,
        SourceOptions o, CancellationToken ct)
    {
        LegalDocument source;
        Comparison comparison;
        try
        {
            using var stream = new MemoryStream(stored.Source.ToArray(), writable: false);
            var read = engine.Defaults.ReadOptions with { SourceName = stored.SourceName, Language = stored.Language };
            source = await engine.ReadAsync(stream, read, ct).ConfigureAwait(false);
            comparison = engine.Compare(source, text, engine.Defaults.Compare with { ComputeDiffs = false }, ct);
        }
        catch (ModelLawException)
        {
            return null; // a stored source that no longer reads, or in another language: not a source of this text
        }
        var links = new Dictionary<string, AlignmentLink>(StringComparer.Ordinal);
        var sourceLinks = new Dictionary<string, AlignmentLink>(StringComparer.Ordinal);
        foreach (var l in comparison.AllLinks())
        {
            if (l.Relation is AlignmentRelation.Added or AlignmentRelation.Omitted || l.Similarity < o.MinPairSimilarity) continue;
            foreach (var n in l.National)
                if (!links.TryGetValue(n.EId, out var had) || had.Similarity < l.Similarity) links[n.EId] = l;
            foreach (var m in l.Model) sourceLinks.TryAdd(m.EId, l);
        }
        var pairs = ImmutableArray.CreateBuilder<AlignedPair>();
        foreach (var u in units)
            if (LinkOf(u.EId, links) is { } link)
                pairs.Add(new AlignedPair(u.Citation, [.. link.Model.Select(m => m.Citation)], link.Relation, Math.Round(link.Similarity, 4)));
        var sourceUnits = UnitExtractor.Extract(source, stored.Key);
        int taken = sourceUnits.Count(u => LinkOf(u.EId, sourceLinks) is not null);
        double share = (double)pairs.Count / units.Count, sourceShare = sourceUnits.Count == 0 ? 0 : (double)taken / sourceUnits.Count;
        return new SourceHit
        {
            Document = stored.Name,
            Title = stored.Title,
            Language = stored.Language,
            Explained = pairs.Count,
            Provisions = units.Count,
            Share = Math.Round(share, 4),
            SourceShare = Math.Round(sourceShare, 4),
            Match = share + sourceShare == 0 ? 0 : Math.Round(2 * share * sourceShare / (share + sourceShare), 4),
            Score = Math.Round(score, 4),
            Pairs = pairs.ToImmutable(),
        };
    }

    /// <summary>
    /// The link of a unit's provision, or of the nearest provision above it inside its article ("art_5__para_2" →
    /// "art_5"); a chapter, part or title link never explains a provision.
    /// </summary>
    private static AlignmentLink? LinkOf(string eid, Dictionary<string, AlignmentLink> links)
    {
        var e = eid;
        int last = e.LastIndexOf("__", StringComparison.Ordinal);
        if (last >= 0 && e[(last + 2)..].All(char.IsDigit)) e = e[..last];   // "__3": a second unit of one provision
        bool inArticle = e.Contains("art_", StringComparison.Ordinal);
        while (e.Length > 0)
        {
            if (links.TryGetValue(e, out var l)) return l;
            int cut = e.LastIndexOf("__", StringComparison.Ordinal);
            if (cut < 0) return null;
            e = e[..cut];
            int before = e.LastIndexOf("__", StringComparison.Ordinal);
            var segment = before < 0 ? e : e[(before + 2)..];
            var kind = segment.Split('_')[0];
            if (kind is "chp" or "part" or "title" or "tit" or "book" or "subtitle" || (kind == "sec" && inArticle)) return null;
        }
        return null;
    }
}
