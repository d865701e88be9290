using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using ModelLaw.Documents;
using ModelLaw.Workflows.Evaluation;

namespace ModelLaw.Tests.Comparing.Randomized;

/// <summary>One generated case: the real law as the model, its mutation as the national text, and the truth by construction.</summary>
/// <param name="Law">The law mutated.</param>
/// <param name="Profile">The rates used.</param>
/// <param name="Seed">The seed (same law, profile and seed: same case, byte for byte).</param>
/// <param name="Model">The law as read.</param>
/// <param name="National">The mutated tree.</param>
/// <param name="Gold">The ground truth, in the schema <c>modellaw eval</c> reads.</param>
/// <param name="Numbering">How the national units were numbered.</param>
/// <param name="Offset">The offset of sequential numbering.</param>
/// <param name="Counts">How many times each operation was applied.</param>
/// <param name="ModelKinds">For each judged model article (by its evaluation key, "art:5"), what was done to it.</param>
/// <param name="LeftOut">Model units not judged (repealed, near-empty, sharing an evaluation key with another unit, outside the divisions).</param>
/// <param name="ArticleLevelFallbacks">Paragraph rows kept at article level because their citation would key otherwise.</param>
internal sealed record RandomizedCase(
    RandomizedLaw Law, MutationProfile Profile, int Seed, LegalDocument Model, LegalDocument National, GoldMapping Gold,
    NumberingScheme Numbering, int Offset, ImmutableSortedDictionary<MutationKind, int> Counts,
    ImmutableDictionary<string, ImmutableSortedSet<MutationKind>> ModelKinds, ImmutableArray<string> LeftOut, int ArticleLevelFallbacks)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Law.Name} {Profile.Name} seed {Seed}: {Numbering}{(Offset > 0 ? "+" + Offset : "")}, "
        + string.Join(", ", Counts.Select(c => $"{c.Key.ToString().ToLowerInvariant()} {c.Value}"));
}

/// <summary>
/// Makes randomized cases from a real law: picks the units the evaluation can judge, applies the profile's operations
/// with a <see cref="Random"/> seeded from (law, profile, seed), rewords, renumbers, builds the national tree and its
/// ground truth. Deterministic: the same inputs give the same case.
/// </summary>
internal static class LawMutator
{
    private static readonly Regex Word = new(@"\p{IsCJKUnifiedIdeographs}|[\p{L}\p{M}]+", RegexOptions.CultureInvariant);

    /// <summary>The case of <paramref name="law"/> under <paramref name="profile"/> and <paramref name="seed"/>.</summary>
    public static RandomizedCase Mutate(RandomizedLaw law, LegalDocument model, LegalDocument filler, MutationProfile profile, int seed)
    {
        var rng = new Random(Mix(seed, law.Name, profile.Name));
        var containers = NationalTree.ContainersOfUnits(model);
        var (eligible, leftOut) = Eligible(model, containers);
        if (eligible.Count < 8) throw new InvalidOperationException($"{law.Name}: only {eligible.Count} units can be judged");
        var drafts = eligible.Select(u => UnitDraft.FromModel(u, containers[u])).ToList();
        var structure = new StructureMutations(rng, drafts, profile);
        structure.Apply(Fillers(filler, law, eligible[0]));
        var counts = new SortedDictionary<MutationKind, int>(structure.Counts);

        var rewording = new Rewording(rng, profile.Rates, law.Language, Rewording.VocabularyOf(model));
        foreach (var d in drafts.Where(d => !d.IsAdded && rng.NextDouble() < profile.Reword))
        {
            rewording.Reword(d.Unit);
            d.Kinds.Add(MutationKind.Reword);
            counts[MutationKind.Reword] = counts.GetValueOrDefault(MutationKind.Reword) + 1;
        }

        var scheme = profile.Numbering ?? (rng.Next(2) == 0 ? NumberingScheme.Insertions : NumberingScheme.Sequential);
        if (!UnitNumbering.HasInsertionStyle(law.Language)) scheme = NumberingScheme.Sequential;
        int offset = scheme == NumberingScheme.Sequential ? rng.Next(profile.MinOffset, profile.MaxOffset + 1) : 0;
        if (scheme == NumberingScheme.Sequential) counts[MutationKind.Renumber] = 1;
        foreach (var d in drafts) UnitNumbering.NumberChildren(d);
        UnitNumbering.NumberUnits(drafts, scheme, offset, law.Language, FirstNumber(eligible[0]));

        var national = NationalTree.Build(model, drafts, $"{law.Name} {profile.Name} seed {seed}");
        var truth = new GroundTruth();
        var gold = truth.Build(drafts, NationalTree.Units(national), structure.Dropped, law.Language);
        return new RandomizedCase(law, profile, seed, model, national, gold, scheme, offset, counts.ToImmutableSortedDictionary(),
            KindsByModelArticle(drafts, structure.Dropped), leftOut, truth.ArticleLevelFallbacks);
    }

    /// <summary>The units the evaluation can judge, in order, and a reason for each one left out.</summary>
    private static (List<Provision> Eligible, ImmutableArray<string> LeftOut) Eligible(
        LegalDocument model, Dictionary<Provision, IReadOnlyList<Provision>> containers)
    {
        var units = NationalTree.Units(model);
        var keys = units.Select(u => u.Number is null ? null : CitationKey.Of([u])).ToList();
        var shared = keys.OfType<CitationKey>().GroupBy(k => k.Article).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var eligible = new List<Provision>();
        var leftOut = ImmutableArray.CreateBuilder<string>();
        for (int i = 0; i < units.Count; i++)
        {
            var (u, k) = (units[i], keys[i]);
            string? why = k is null ? "no number" : u.IsRepealed ? "repealed" : !containers.ContainsKey(u) ? "outside the divisions"
                : shared.Contains(k.Article) ? $"shares the key {k.Article} with another unit"
                : !GroundTruth.KeysBack(GroundTruth.Cite(k), k) ? "citation does not key back"
                : Word.Count(u.FullText()) < 5 ? "fewer than five words" : null;
            if (why is null) eligible.Add(u);
            else leftOut.Add($"{u.Citation}: {why}");
        }
        return (eligible, leftOut.ToImmutable());
    }

    /// <summary>The units of the unrelated law, made units of this law's kind and tradition.</summary>
    private static List<ProvisionBuilder> Fillers(LegalDocument filler, RandomizedLaw law, Provision template)
    {
        bool sections = template.Kind == ProvisionKind.ActSection;
        return NationalTree.Units(filler)
            .Where(u => !u.IsRepealed && Word.Count(u.FullText()) >= 5)
            .Where(u => law.FillerUnits.Length == 0 || law.FillerUnits.Contains(u.Number?.Value))
            .Select(u =>
            {
                var b = ProvisionBuilder.From(u);
                b.Tags.Clear();
                b.Number = template.Number;
                Retype(b, sections);
                return b;
            }).ToList();
    }

    private static void Retype(ProvisionBuilder b, bool sections)
    {
        b.Kind = (b.Kind, sections) switch
        {
            (ProvisionKind.Article, true) => ProvisionKind.ActSection,
            (ProvisionKind.Paragraph, true) => ProvisionKind.ActSubsection,
            (ProvisionKind.Point, true) => ProvisionKind.ActParagraph,
            (ProvisionKind.ActSection, false) => ProvisionKind.Article,
            (ProvisionKind.ActSubsection, false) => ProvisionKind.Paragraph,
            (ProvisionKind.ActParagraph, false) => ProvisionKind.Point,
            _ => b.Kind,
        };
        foreach (var c in b.Children) Retype(c, sections);
    }

    private static int FirstNumber(Provision unit) =>
        int.TryParse(new string((unit.Number?.Value ?? "").TakeWhile(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture, out var n) ? n : 1;

    private static ImmutableDictionary<string, ImmutableSortedSet<MutationKind>> KindsByModelArticle(List<UnitDraft> drafts, List<Provision> dropped)
    {
        var kinds = new Dictionary<string, SortedSet<MutationKind>>(StringComparer.Ordinal);
        void Note(Provision unit, IEnumerable<MutationKind> ks)
        {
            var article = CitationKey.Of([unit])!.Article;
            if (!kinds.TryGetValue(article, out var set)) kinds[article] = set = new();
            set.UnionWith(ks);
        }
        foreach (var d in drafts)
            foreach (var unit in d.Origins.OfType<PartOrigin>().Select(o => o.Unit).Append(d.Source).OfType<Provision>().Distinct())
                Note(unit, d.Kinds);
        foreach (var p in dropped) Note(p, [MutationKind.Drop]);
        return kinds.ToImmutableDictionary(k => k.Key, k => k.Value.ToImmutableSortedSet(), StringComparer.Ordinal);
    }

    /// <summary>A seed of its own for each (seed, law, profile), stable across runs and platforms (FNV-1a; string hashes are randomised per process).</summary>
    private static int Mix(int seed, string law, string profile)
    {
        uint h = 2166136261;
        foreach (var c in $"{seed}|{law}|{profile}") { h ^= c; h *= 16777619; }
        return (int)(h & 0x7fffffff);
    }
}
