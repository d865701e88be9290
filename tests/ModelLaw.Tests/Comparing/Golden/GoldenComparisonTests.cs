using System.Security.Cryptography;
using System.Text;
using ModelLaw.Reading;
using ModelLaw.Workflows.Evaluation;

namespace ModelLaw.Tests.Comparing.Golden;

/// <summary>
/// Golden comparisons: the corpus adaptations (snapshots in this folder) and the real EU texts (SHA-256 of their
/// snapshots only: their text must not enter the repository). A change of the aligner's output shows here and must be
/// meant; after a meant change, run the tests with <c>MODELLAW_UPDATE_GOLDEN=1</c> and review the diff of the files
/// (<c>MODELLAW_SNAPSHOT_DIR=/tmp/x</c> writes the EU snapshots there, outside the repository, to read a difference).
/// </summary>
[NonParallelizable]
public class GoldenComparisonTests
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();
    private static bool Update => Environment.GetEnvironmentVariable("MODELLAW_UPDATE_GOLDEN") == "1";
    private static string Folder => Path.Combine(TestPaths.RepoRoot, "tests", "ModelLaw.Tests", "Comparing", "Golden");
    private static string HashFile => Path.Combine(Folder, "real-texts.sha256");

    public static IEnumerable<string> CorpusCases() =>
        Directory.GetFiles(Path.Combine(TestPaths.Corpus, "national"), "*.mapping.json").Select(f => Path.GetFileName(f)[..^".mapping.json".Length]).Order(StringComparer.Ordinal);

    private static readonly string[] RealCases =
    [
        "eu-mifid-2004-39-to-2014-65-en", "eu-mifid-2004-39-to-2014-65-fr",
        "eu-prospectus-2003-71-to-2017-1129-en", "eu-prospectus-2003-71-to-2017-1129-fr",
    ];

    private static string Snapshot(EvaluationCase c)
    {
        var gold = GoldMapping.Load(c.MappingPath);
        var lang = gold.Language is { } l && l != "auto" ? l : null;
        var options = ReadOptions.Default with { Language = lang };
        var model = Engine.ReadAsync(c.ModelPath, options with { SourceName = "model" }).GetAwaiter().GetResult();
        var national = Engine.ReadAsync(c.NationalPath, options with { SourceName = "national" }).GetAwaiter().GetResult();
        return ComparisonSnapshot.Of(Engine.Compare(model, national));
    }

    [TestCaseSource(nameof(CorpusCases))]
    public void The_comparison_of_a_corpus_adaptation_is_its_golden_snapshot(string name)
    {
        var snapshot = Snapshot(EvaluationCase.Resolve(Path.Combine(TestPaths.Corpus, "national", name + ".mapping.json")).Single());
        var file = Path.Combine(Folder, name + ".snapshot.txt");
        if (Update) File.WriteAllText(file, snapshot);
        snapshot.Should().Be(File.ReadAllText(file), "the golden snapshot of {0} changes only when meant (MODELLAW_UPDATE_GOLDEN=1)", name);
    }

    [Test]
    public void The_comparisons_of_the_real_eu_texts_hash_to_their_golden_values()
    {
        var root = TestPaths.RequireRealTexts();
        var lines = new List<string>();
        foreach (var name in RealCases)
        {
            var snapshot = Snapshot(EvaluationCase.Resolve(Path.Combine(root, name)).Single());
            // full snapshots for reading a difference, outside the repository only (they hold the texts)
            if (Environment.GetEnvironmentVariable("MODELLAW_SNAPSHOT_DIR") is { Length: > 0 } dir)
                File.WriteAllText(Path.Combine(dir, name + ".snapshot.txt"), snapshot);
            lines.Add($"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(snapshot)))}  {name}");
        }
        var text = string.Join("\n", lines) + "\n";
        if (Update) File.WriteAllText(HashFile, text);
        text.Should().Be(File.ReadAllText(HashFile));
    }
}
