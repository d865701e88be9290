using System.Collections.Immutable;
using ModelLaw.Documents;
using ModelLaw.Workflows.Evaluation;

namespace ModelLaw.Tests.Comparing.Randomized;

/// <summary>
/// The ground truth of a randomized case, read off the drafts' origins once the national tree is built: one row per
/// national child (model article + paragraph → national article + paragraph), the same rolled up to articles, the
/// dropped units and the inserted ones, in the schema of <c>mapping.json</c>. Every citation is checked to key back to
/// the provision it names, so the metric cannot judge against a truth the evaluator reads otherwise.
/// </summary>
internal sealed class GroundTruth
{
    private readonly Dictionary<string, List<string>> _pairs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _articles = new(StringComparer.Ordinal);

    /// <summary>Rows whose paragraph citation did not key back and were kept at article level.</summary>
    public int ArticleLevelFallbacks { get; private set; }

    /// <summary>The mapping of <paramref name="drafts"/>, given the units of the built national tree in the same order.</summary>
    public GoldMapping Build(IReadOnlyList<UnitDraft> drafts, IReadOnlyList<Provision> nationalUnits, IEnumerable<Provision> dropped, string language)
    {
        if (drafts.Count != nationalUnits.Count) throw new InvalidOperationException($"generator error: {drafts.Count} drafts but {nationalUnits.Count} units built");
        var added = new List<string>();
        for (int i = 0; i < drafts.Count; i++)
        {
            var (d, n) = (drafts[i], nationalUnits[i]);
            var nArticle = Key([n]);
            if (d.IsAdded) { added.Add(Cite(nArticle)); continue; }
            bool ownText = d.Unit.Content.Length > 0 || d.Unit.WrapUp is not null || d.Unit.Children.Count == 0;
            if (ownText && d.Source is { } source)
            {
                AddArticle(Key([source]), nArticle);
                Add(_pairs, Cite(Key([source])), Cite(nArticle));
            }
            for (int j = 0; j < d.Origins.Count; j++)
            {
                if (d.Origins[j] is not { } o) continue;
                var m = o.Child is null ? Key([o.Unit]) : Key([o.Unit, o.Child]).ToParagraph();
                AddArticle(m.ToArticle(), nArticle);
                var nk = Key([n, n.Children[j]]).ToParagraph();
                Add(_pairs, CiteChecked(m), CiteChecked(nk));
            }
        }
        return new GoldMapping
        {
            Pairs = Rows(_pairs),
            ArticlePairs = Rows(_articles),
            Omitted = [.. dropped.Select(p => Cite(Key([p])))],
            Added = [.. added],
            Language = language,
        };
    }

    private void AddArticle(CitationKey model, CitationKey national) => Add(_articles, Cite(model), Cite(national));

    private static void Add(Dictionary<string, List<string>> rows, string model, string national)
    {
        if (!rows.TryGetValue(model, out var list)) rows[model] = list = new();
        if (!list.Contains(national)) list.Add(national);
    }

    private static ImmutableArray<GoldPair> Rows(Dictionary<string, List<string>> rows) =>
        [.. rows.Select(r => new GoldPair(r.Key, [.. r.Value]))];

    private static CitationKey Key(Provision[] chain) =>
        CitationKey.Of(chain) ?? throw new InvalidOperationException($"generator error: {chain[^1].Citation} has no citation key");

    /// <summary>The citation of a key at its own level; when the evaluator would read it otherwise, the article's.</summary>
    private string CiteChecked(CitationKey key)
    {
        foreach (var cite in Forms(key))
            if (KeysBack(cite, key)) return cite;
        ArticleLevelFallbacks++;
        return Cite(key.ToArticle());
    }

    // "Article 5(2)" first; a lettered subsection reads as a point there ("Section 3551(a)"), so the forms of a
    // section's grammar follow
    private static IEnumerable<string> Forms(CitationKey key)
    {
        yield return Format(key);
        if (key.Paragraph is null || !key.Article.StartsWith("art:", StringComparison.Ordinal)) yield break;
        yield return $"Section {key.Article[4..]}({key.Paragraph})";
        yield return $"section {key.Article[4..]}, subsection ({key.Paragraph})";
        yield return $"Article {key.Article[4..]}, paragraph {key.Paragraph}";
    }

    /// <summary>The citation of an article-level key; the generator only admits units whose key reads back.</summary>
    public static string Cite(CitationKey key)
    {
        var cite = Format(key.ToArticle());
        return KeysBack(cite, key.ToArticle()) ? cite : throw new InvalidOperationException($"generator error: '{cite}' does not key back to {key}");
    }

    /// <summary>True when the evaluator reads <paramref name="cite"/> as exactly <paramref name="key"/>.</summary>
    public static bool KeysBack(string cite, CitationKey key) => CitationKey.Parse(cite) is [var k] && k == key;

    /// <summary>The citation the truth writes for a key: "Article 5", "Article 5(2)", "Annex 1".</summary>
    public static string Format(CitationKey key) =>
        (key.Article.StartsWith("annex:", StringComparison.Ordinal) ? "Annex " + key.Article[6..] : "Article " + key.Article[4..])
        + (key.Paragraph is null ? "" : $"({key.Paragraph})");
}
