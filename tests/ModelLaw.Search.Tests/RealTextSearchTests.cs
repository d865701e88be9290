using ModelLaw.Search.Searching;
using ModelLaw.Search.Units;

namespace ModelLaw.Search.Tests;

/// <summary>
/// The index over every real text at hand: a reworded paragraph comes back with its law and article first, and a whole
/// newer EU act has the act it recast or replaced as its best source. Reworded text is made at run time from the shared
/// files (never copied into the repository): words dropped, neighbours swapped, a word changed.
/// </summary>
public abstract partial class StoreContractTests
{
    [Test]
    public async Task A_reworded_paragraph_of_every_real_law_comes_back_with_that_law_and_article_first()
    {
        var real = SearchPaths.RequireRealTexts();
        var searcher = new ProvisionSearcher(Engine);
        int asked = 0;
        var misses = new List<string>();
        foreach (var file in Directory.EnumerateFiles(real, "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(SearchPaths.RepoRoot, file).Replace('\\', '/');
            var doc = await Engine.ReadAsync(file);
            var units = UnitExtractor.Extract(doc, file).Where(u => Words(u.Text) >= 25).ToList();
            // a few paragraphs spread over the law
            foreach (var unit in units.Where((_, i) => i % Math.Max(1, units.Count / 6) == 0).Take(6))
            {
                var original = searcher.Search(CorpusStore, unit.Text, new SearchOptions { Top = 5, Language = doc.Language });
                // a paragraph that another act repeats word for word (a recast keeps many) has no single source to find
                if (original.Any(h => h.Document != name && h.Score >= 0.9)) continue;
                var hits = searcher.Search(CorpusStore, Reword(unit.Text), new SearchOptions { Top = 5, Language = doc.Language });
                asked++;
                if (hits.Count == 0 || hits[0].Document != name || hits[0].Article != unit.Article)
                    misses.Add($"{name} {unit.Citation}: first hit {(hits.Count == 0 ? "none" : $"{hits[0].Document} {hits[0].Citation} {hits[0].Score}")}");
            }
        }

        asked.Should().BeGreaterThan(30);
        misses.Should().BeEmpty($"{asked} reworded paragraphs were asked");
    }

    [TestCase("eu-mifid-2004-39-to-2014-65-en")]
    [TestCase("eu-mifid-2004-39-to-2014-65-fr")]
    [TestCase("eu-prospectus-2003-71-to-2017-1129-en")]
    [TestCase("eu-prospectus-2003-71-to-2017-1129-fr")]
    public async Task A_newer_eu_act_has_the_act_it_replaced_as_best_source(string pair)
    {
        var real = SearchPaths.RequireRealTexts();

        var sources = await new SourceFinder(Engine).FindSourcesAsync(CorpusStore, Path.Combine(real, pair, "national.txt"));

        sources[0].Document.Should().EndWith($"real-texts/{pair}/model.txt");
        sources[0].Share.Should().BeGreaterThan(0.15);
    }

    /// <summary>Every 6th word dropped, every 9th pair of neighbours swapped, every 13th word doubled into a longer form.</summary>
    private static string Reword(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        var kept = words.Where((_, i) => i % 6 != 5).ToList();
        for (int i = 8; i + 1 < kept.Count; i += 9) (kept[i], kept[i + 1]) = (kept[i + 1], kept[i]);
        for (int i = 12; i < kept.Count; i += 13) kept[i] = kept[i].TrimEnd(',', '.', ';') + "s";
        return string.Join(' ', kept);
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
