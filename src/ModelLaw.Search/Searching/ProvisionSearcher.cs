using ModelLaw.Search.Contract;
using ModelLaw.Search.Units;

namespace ModelLaw.Search.Searching;

/// <summary>
/// Finds the provisions of a corpus most like a text: candidates from the store's full-text ranking, re-scored with
/// <see cref="PassageSimilarity"/> so every store gives the same order and scores. Stateless and thread-safe.
/// </summary>
public sealed class ProvisionSearcher(ModelLawEngine engine)
{
    /// <summary>The provisions most like <paramref name="text"/>, best first (ties: document name, then position).</summary>
    public IReadOnlyList<ProvisionHit> Search(IProvisionStore store, string text, SearchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(text);
        var o = options ?? new SearchOptions();
        if (string.IsNullOrWhiteSpace(text) || o.Top <= 0) return [];
        var language = o.Language ?? engine.Parse(text, cancellationToken: cancellationToken).Language;
        var query = PassageSimilarity.Analyse(text);
        var scored = store.Candidates(text, language, Math.Max(o.Candidates, o.Top), cancellationToken)
            .Select(c => (c.Unit, c.StoreScore, Score: PassageSimilarity.Score(query, PassageSimilarity.Analyse(c.Unit.Text))))
            .ToList();
        var docs = store.Documents(scored.Select(s => s.Unit.DocumentKey).Distinct(StringComparer.Ordinal).ToList());
        string Name(string key) => docs.TryGetValue(key, out var d) ? d.Name : key;
        return scored
            .OrderByDescending(s => s.Score).ThenBy(s => Name(s.Unit.DocumentKey), StringComparer.Ordinal).ThenBy(s => s.Unit.Ordinal)
            .Take(o.Top)
            .Select(s => new ProvisionHit(Name(s.Unit.DocumentKey), docs.TryGetValue(s.Unit.DocumentKey, out var d) ? d.Title : "",
                s.Unit.Language, s.Unit.Citation, s.Unit.Article, s.Unit.Heading, s.Unit.EId, s.Score, PassageSimilarity.Snippet(s.Unit.Text, text)))
            .ToList();
    }
}
