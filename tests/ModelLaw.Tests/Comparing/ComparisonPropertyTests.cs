using FsCheck;
using FsCheck.Fluent;
using ModelLaw.Comparing;
using ModelLaw.Documents;
using static ModelLaw.Tests.Comparing.LawFixtures;

namespace ModelLaw.Tests.Comparing;

/// <summary>Properties of the alignment over random adaptations of the fixture model (drops, duplicates, reorders, rewrites).</summary>
public class ComparisonPropertyTests
{
    private static readonly (string Heading, string[] Paragraphs)[] Pool =
    [
        ("Purpose", Purpose), ("Definitions", Definitions), ("Independent oversight", Oversight), ("Human control", HumanControl),
        ("Offences", Offences), ("International cooperation", Cooperation), ("Entry into force", EntryIntoForce),
    ];

    private static LegalDocument Build(IEnumerable<int> picks, bool rewrite)
    {
        var articles = picks.Select((k, i) =>
        {
            var (heading, paras) = Pool[k % Pool.Length];
            var text = rewrite && i % 2 == 1 ? paras.Select(p => p.Replace("shall", "must")).ToArray() : paras;
            return Art((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), heading, text);
        }).ToArray();
        return Doc("en", articles);
    }

    private static Arbitrary<int[]> Picks() =>
        Gen.ArrayOf(Gen.Choose(0, Pool.Length - 1)).Where(a => a.Length <= 9).ToArbitrary();

    [Test]
    public void Every_model_provision_appears_in_exactly_one_link()
    {
        Prop.ForAll(Picks(), Picks(), ArbMap.Default.ArbFor<bool>(), (m, n, rewrite) =>
        {
            var model = Build(m, rewrite: false);
            var c = new DocumentComparer().Compare(model, Build(n, rewrite));
            var counts = new Dictionary<Provision, int>(ReferenceEqualityComparer.Instance);
            foreach (var p in c.AllLinks().SelectMany(l => l.Model)) counts[p] = counts.GetValueOrDefault(p) + 1;
            return model.Provisions.All(p => counts.TryGetValue(p, out var k) && k == 1);
        }).QuickCheckThrowOnFailure();
    }

    [Test]
    public void No_national_provision_appears_twice_at_its_level()
    {
        Prop.ForAll(Picks(), Picks(), ArbMap.Default.ArbFor<bool>(), (m, n, rewrite) =>
        {
            var national = Build(n, rewrite);
            var c = new DocumentComparer().Compare(Build(m, rewrite: false), national);
            return c.AllLinks()
                .Where(l => l.Model.IsEmpty || l.Model.All(p => p.Kind == l.Level) && l.National.All(p => p.Kind == l.Level))
                .SelectMany(l => l.National.Select(p => (l.Level, p)))
                .GroupBy(x => (object)x.p, ReferenceEqualityComparer.Instance)
                .All(g => g.Select(x => x.Level).Distinct().Count() == g.Count());
        }).QuickCheckThrowOnFailure();
    }

    [Test]
    public void Identical_inputs_give_only_identical_links()
    {
        Prop.ForAll(Picks(), m =>
        {
            var c = new DocumentComparer().Compare(Build(m, false), Build(m, false));
            return c.AllLinks().All(l => l.Relation == AlignmentRelation.Identical);
        }).QuickCheckThrowOnFailure();
    }

    [Test]
    public void Word_diffs_rebuild_the_texts_they_compare()
    {
        Prop.ForAll(Picks(), Picks(), (m, n) =>
        {
            var c = new DocumentComparer().Compare(Build(m, false), Build(n, true));
            return c.AllLinks().Where(l => l.Diff is not null && l.Model.Length == 1 && l.National.Length == 1
                    && l.Model[0].Children.IsEmpty && l.National[0].Children.IsEmpty)
                .All(l => l.Diff!.OldText == l.Model[0].Content && l.Diff.NewText == l.National[0].Content);
        }).QuickCheckThrowOnFailure();
    }
}
