using ModelLaw.Documents;
using ModelLaw.Reading;

namespace ModelLaw.Tests.Comparing;

/// <summary>
/// The national citations of a concordance row are listed in the national text's order ("Article 24(1), Article 24(2)"),
/// never in the order the aligner found them: checked on every corpus adaptation and on the real EU pairs.
/// </summary>
[NonParallelizable]
public class ConcordanceOrderTests
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();

    public static IEnumerable<string> CorpusTexts() =>
        Directory.GetFiles(Path.Combine(TestPaths.Corpus, "national"), "*.txt").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal)!;

    [TestCaseSource(nameof(CorpusTexts))]
    public void Corpus_adaptation_lists_national_citations_in_document_order(string file)
    {
        var national = Engine.ReadAsync(Path.Combine(TestPaths.Corpus, "national", file)).GetAwaiter().GetResult();
        var model = Engine.ReadAsync(ModelIn(national.Language)).GetAwaiter().GetResult();

        AssertDocumentOrder(model, national, requireSeveral: false);
    }

    [TestCase("eu-mifid-2004-39-to-2014-65-en")]
    [TestCase("eu-prospectus-2003-71-to-2017-1129-en")]
    [TestCase("eu-prospectus-2003-71-to-2017-1129-fr")]
    public void Real_pair_lists_national_citations_in_document_order(string caseName)
    {
        var dir = Path.Combine(TestPaths.RequireRealTexts(), caseName);
        var options = ReadOptions.Default with { Language = caseName.EndsWith("-fr", StringComparison.Ordinal) ? "fr" : "en" };
        var model = Engine.ReadAsync(Path.Combine(dir, "model.txt"), options).GetAwaiter().GetResult();
        var national = Engine.ReadAsync(Path.Combine(dir, "national.txt"), options).GetAwaiter().GetResult();

        AssertDocumentOrder(model, national, requireSeveral: true);
    }

    [TestCase("mifid-2004-39-to-2014-65")]
    [TestCase("prospectus-2003-71-to-2017-1129")]
    public void Real_pair_across_languages_lists_national_citations_in_document_order(string act)
    {
        var root = TestPaths.RequireRealTexts();
        var model = Engine.ReadAsync(Path.Combine(root, $"eu-{act}-en", "model.txt"), ReadOptions.Default with { Language = "en" }).GetAwaiter().GetResult();
        var national = Engine.ReadAsync(Path.Combine(root, $"eu-{act}-fr", "national.txt"), ReadOptions.Default with { Language = "fr" }).GetAwaiter().GetResult();

        AssertDocumentOrder(model, national, requireSeveral: true);
    }

    private static void AssertDocumentOrder(LegalDocument model, LegalDocument national, bool requireSeveral)
    {
        var position = national.Provisions.Select((p, i) => (p, i)).ToDictionary(x => x.p.EId, x => x.i, StringComparer.Ordinal);
        var comparison = Engine.Compare(model, national);
        var several = comparison.Concordance.Where(r => r.National.Length > 1).ToList();
        if (requireSeveral) several.Should().NotBeEmpty("each real pair has splits or articles whose parts went elsewhere");
        foreach (var row in several)
            row.National.Select(p => position[p.EId]).Should().BeInAscendingOrder(
                $"{row.ModelCitation} → {string.Join(", ", row.NationalCitations)} should follow the national text");
    }

    private static string ModelIn(string language) =>
        Directory.GetFiles(Path.Combine(TestPaths.Corpus, "models"), $"*.{language}.txt").Single();
}
