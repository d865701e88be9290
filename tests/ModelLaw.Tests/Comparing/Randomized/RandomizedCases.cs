namespace ModelLaw.Tests.Comparing.Randomized;

/// <summary>The test side's access to randomized cases: the laws read once per run from the repository and ../shared/real-texts.</summary>
internal static class RandomizedCases
{
    private static readonly Lazy<RandomizedLawLoader> Loader = new(() => new RandomizedLawLoader(TestPaths.RealTexts, TestPaths.Corpus));

    /// <summary>The case of the named law, ignoring the test with a visible reason when its real text is absent.</summary>
    public static RandomizedCase Make(string lawName, MutationProfile profile, int seed)
    {
        var law = RandomizedLaw.Named(lawName);
        if (law.NeedsRealTexts) TestPaths.RequireRealTexts();
        var (model, filler) = Loader.Value.Load(law);
        return LawMutator.Mutate(law, model, filler, profile, seed);
    }
}
