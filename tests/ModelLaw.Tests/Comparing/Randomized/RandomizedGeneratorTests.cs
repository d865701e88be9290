using FsCheck;
using FsCheck.Fluent;
using ModelLaw.Documents;
using ModelLaw.Workflows.Evaluation;

namespace ModelLaw.Tests.Comparing.Randomized;

/// <summary>
/// The generator's own contract, checked over many seeds on the corpus's Russian model law (no shared data needed):
/// the truth accounts for every judged unit once, names only provisions that exist, follows the text where the text
/// is not reworded, and the same seed gives the same case.
/// </summary>
public class RandomizedGeneratorTests
{
    private const string Law = "model-law-ru";

    // forty cases per property keep the class under a few seconds; a failure prints the seed and profile to replay
    private static readonly Config Cases = Config.QuickThrowOnFailure.WithMaxTest(40);

    private static Arbitrary<(int Seed, int Profile)> SeedsAndProfiles() =>
        Gen.Choose(1, 100_000).SelectMany(s => Gen.Choose(0, MutationProfile.All.Count - 1).Select(p => (s, p))).ToArbitrary();

    private static RandomizedCase Make((int Seed, int Profile) x) => RandomizedCases.Make(Law, MutationProfile.All[x.Profile], x.Seed);

    private static HashSet<string> ArticleKeys(LegalDocument d) =>
        NationalTree.Units(d).Select(u => CitationKey.Of([u])?.Article).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static string Article(string cite) => CitationKey.Parse(cite).Single().Article;

    [Test]
    public void Every_judged_model_unit_is_either_paired_or_omitted_and_never_both()
    {
        Prop.ForAll(SeedsAndProfiles(), x =>
        {
            var c = Make(x);
            var paired = c.Gold.ArticlePairs.Select(p => Article(p.Model)).ToList();
            var omitted = c.Gold.Omitted.Select(Article).ToList();
            int judged = NationalTree.Units(c.Model).Count - c.LeftOut.Length;
            paired.Should().OnlyHaveUniqueItems(c.ToString());
            paired.Intersect(omitted).Should().BeEmpty(c.ToString());
            (paired.Count + omitted.Count).Should().Be(judged, c.ToString());
        }).Check(Cases);
    }

    [Test]
    public void Every_national_unit_is_a_target_or_added_and_numbers_never_repeat()
    {
        Prop.ForAll(SeedsAndProfiles(), x =>
        {
            var c = Make(x);
            var units = NationalTree.Units(c.National);
            var keys = ArticleKeys(c.National);
            var targets = c.Gold.ArticlePairs.SelectMany(p => p.National).Select(Article).ToHashSet(StringComparer.Ordinal);
            var added = c.Gold.Added.Select(Article).ToHashSet(StringComparer.Ordinal);
            keys.Should().HaveCount(units.Count, c.ToString());
            targets.Intersect(added).Should().BeEmpty(c.ToString());
            targets.Union(added).Should().BeEquivalentTo(keys, c.ToString());
        }).Check(Cases);
    }

    [Test]
    public void Every_citation_of_the_truth_names_a_provision_of_its_tree()
    {
        Prop.ForAll(SeedsAndProfiles(), x =>
        {
            var c = Make(x);
            var model = AllKeys(c.Model);
            var national = AllKeys(c.National);
            c.Gold.Pairs.SelectMany(p => CitationKey.Parse(p.Model)).Concat(c.Gold.Omitted.SelectMany(CitationKey.Parse))
                .Where(k => !model.Contains(k)).Should().BeEmpty(c.ToString());
            c.Gold.Pairs.SelectMany(p => p.National.SelectMany(CitationKey.Parse)).Where(k => !national.Contains(k)).Should().BeEmpty(c.ToString());
        }).Check(Cases);

        static HashSet<CitationKey> AllKeys(LegalDocument d) =>
            AlignmentEvaluator.Keys(d).Select(k => k.K.ToParagraph()).ToHashSet();
    }

    [Test]
    public void Without_rewording_each_paragraph_of_the_truth_carries_the_model_paragraph_text_unchanged()
    {
        Prop.ForAll(SeedsAndProfiles(), x =>
        {
            var c = Make(x);
            if (c.Counts.ContainsKey(MutationKind.Reword)) return;
            var model = Texts(c.Model);
            var national = Texts(c.National);
            foreach (var p in c.Gold.Pairs.Where(p => CitationKey.Parse(p.Model).Single().Paragraph is not null))
                p.National.Select(n => national[CitationKey.Parse(n).Single()]).Should().Contain(model[CitationKey.Parse(p.Model).Single()], $"{c}: {p.Model}");
        }).Check(Cases);

        static Dictionary<CitationKey, string> Texts(LegalDocument d) =>
            AlignmentEvaluator.Keys(d).Where(k => k.K.Point is null).GroupBy(k => k.K).ToDictionary(g => g.Key, g => g.First().P.FullText());
    }

    [Test]
    public void The_same_seed_gives_the_same_case_and_another_seed_another()
    {
        var a = RandomizedCases.Make(Law, MutationProfile.Mixed, 7);
        var b = RandomizedCases.Make(Law, MutationProfile.Mixed, 7);
        var other = RandomizedCases.Make(Law, MutationProfile.Mixed, 8);

        b.National.Root.Should().Be(a.National.Root);
        b.Gold.Pairs.Select(p => p.Model + "→" + string.Join("|", p.National)).Should().Equal(a.Gold.Pairs.Select(p => p.Model + "→" + string.Join("|", p.National)));
        other.National.Root.Should().NotBe(a.National.Root);
    }

    [Test]
    public void Split_pieces_land_far_apart_in_the_national_text()
    {
        var distances = new List<int>();
        foreach (var seed in Enumerable.Range(1, 20))
        {
            var c = RandomizedCases.Make(Law, MutationProfile.Only(MutationKind.Split), seed);
            var order = NationalTree.Units(c.National).Select(u => CitationKey.Of([u])!.Article).ToList();
            // under insertion numbering the piece left in place keeps the model number; the others carry inserted ones
            foreach (var row in c.Gold.ArticlePairs.Where(p => p.National.Length > 1))
            {
                int origin = order.IndexOf(Article(row.Model));
                distances.AddRange(row.National.Select(n => order.IndexOf(Article(n))).Where(i => i != origin).Select(i => Math.Abs(i - origin)));
            }
        }

        distances.Should().NotBeEmpty();
        distances.Should().OnlyContain(d => d >= 2, "a piece never lands beside the unit it was cut from");
        distances.Average().Should().BeGreaterThanOrEqualTo(NationalTree.Units(RandomizedCases.Make(Law, MutationProfile.Identity, 1).National).Count / 5.0);
    }
}
