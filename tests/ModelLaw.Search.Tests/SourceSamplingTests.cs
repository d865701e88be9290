using ModelLaw.Search.Contract;
using ModelLaw.Search.Searching;
using ModelLaw.Search.Units;

namespace ModelLaw.Search.Tests;

/// <summary>The provisions of a law that ask the index for its sources: a fair spread, not its first pages.</summary>
public sealed class SourceSamplingTests
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();

    [Test]
    public void A_long_law_asks_with_provisions_spread_over_all_of_it_and_skips_short_lines()
    {
        var doc = Engine.Parse(File.ReadAllText(Path.Combine(SearchPaths.Corpus, "models", "ai-ct-model-law.en.txt")));
        var units = UnitExtractor.Extract(doc, "model");
        units.Count.Should().BeGreaterThan(40, "the model law is long enough to be sampled");

        var asked = SourceFinder.Asked(units, 12);

        asked.Should().HaveCount(12).And.OnlyHaveUniqueItems();
        asked.Should().OnlyContain(u => Words(u.Text) >= 8);
        asked.Select(u => u.Ordinal).Should().BeInAscendingOrder();
        var telling = units.Where(u => Words(u.Text) >= 8).ToList();
        asked[0].Should().Be(telling[0]);
        asked[^1].Ordinal.Should().BeGreaterThan(telling[telling.Count * 9 / 10 - 1].Ordinal, "the last part of the law asks too");
    }

    [Test]
    public void A_short_law_asks_with_every_provision()
    {
        var units = Enumerable.Range(0, 5).Select(i => new ProvisionUnit("k", i, $"art_{i}", $"Article {i}", $"Article {i}", null, "en", "Short.")).ToList();

        SourceFinder.Asked(units, 48).Should().Equal(units);
        SourceFinder.Asked(units, 0).Should().Equal(units, "0 asks with all of them");
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
