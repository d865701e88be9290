using ModelLaw.Documents;
using ModelLaw.Drafting.Lint;
using ModelLaw.Reading;

namespace ModelLaw.Tests.Drafting;

/// <summary>
/// The linter on the shipped corpus: no false alarms on the clean texts, and every defect planted in a copy is found,
/// with nothing else new.
/// </summary>
public class CorpusLintTests
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();

    private static string Text(string relative) => File.ReadAllText(Path.Combine(TestPaths.Corpus, relative));

    private static LintReport Lint(string text, string name) =>
        Engine.Lint(Engine.Parse(text, ReadOptions.Default with { SourceName = name }));

    public static IEnumerable<string> CorpusTexts() =>
        Directory.GetFiles(Path.Combine(TestPaths.Corpus, "models"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(TestPaths.Corpus, "national"), "*.txt"))
            .Select(p => Path.GetRelativePath(TestPaths.Corpus, p)).OrderBy(p => p, StringComparer.Ordinal);

    // True findings in the corpus, left for its authors: the Arabic and Chinese translations of the model define "high-risk
    // use" where the English defines "high-risk system", and then use only the system (so do the adaptations made from them)
    private static readonly Dictionary<string, string> KnownFindings = new(StringComparer.Ordinal)
    {
        ["models/ai-ct-model-law.ar.txt"] = "ML107 المادة 2(و): The defined term 'الاستخدام العالي المخاطر' is never used.",
        ["models/ai-ct-model-law.zh.txt"] = "ML107 第二条(6): The defined term '高风险使用' is never used.",
        ["national/alwaha.ar.txt"] = "ML107 المادة الثانية(ز): The defined term 'الاستخدام العالي المخاطر' is never used.",
        ["national/haicheng.zh.txt"] = "ML107 第二条(7): The defined term '高风险使用' is never used.",
    };

    [TestCaseSource(nameof(CorpusTexts))]
    public void Clean_corpus_text_has_no_findings_but_its_deliberate_placeholders(string relative)
    {
        var report = Lint(Text(relative), relative);
        var found = report.Findings.Where(f => f.Rule != "placeholder").Select(f => $"{f.Code} {f.Citation}: {f.Message}").ToList();
        if (KnownFindings.TryGetValue(relative, out var known)) found.Should().Contain(known, "the finding is true and must stay found");
        found.Where(f => f != KnownFindings.GetValueOrDefault(relative)).Should().BeEmpty();
        if (relative.StartsWith("national", StringComparison.Ordinal))
            report.Findings.Count(f => f.Rule == "placeholder").Should().BeLessThanOrEqualTo(1, "national texts fill the model's placeholders (Valmont leaves its date on purpose)");
    }

    [Test]
    public void Model_law_placeholders_are_all_reported()
    {
        var report = Lint(Text("models/ai-ct-model-law.en.txt"), "model");
        report.Findings.Where(f => f.Rule == "placeholder").Select(f => f.Message).Should().Contain(m => m.Contains("[State]", StringComparison.Ordinal))
            .And.Contain(m => m.Contains("[date]", StringComparison.Ordinal));
    }

    private static List<LintFinding> Planted(string relative, string find, string replace)
    {
        var clean = Text(relative);
        clean.Should().Contain(find, "the plant needs its anchor text");
        var before = Lint(clean, relative).Findings.Select(Key).ToHashSet();
        return Lint(clean.Replace(find, replace, StringComparison.Ordinal), relative).Findings.Where(f => !before.Contains(Key(f))).ToList();
    }

    private static string Key(LintFinding f) => $"{f.Code}|{f.Citation}|{f.Message}";

    [TestCase("national/arcadia.en.txt", "(2) No decision producing", "(2) Subject to Article 97, no decision producing", "ML101", "Article 12(2)")]
    [TestCase("national/arcadia.en.txt", "Article 38 — Consequential amendment", "Article 40 — Consequential amendment", "ML102", "Article 40")]
    [TestCase("national/arcadia.en.txt", "In this Act, unless the context otherwise requires:\n\n", "", "ML104", "Article 3")]
    [TestCase("national/arcadia.en.txt", "the National Counter-Terrorism Centre, the Arcadian Police Service",
        "[name of the lead authority], the Arcadian Police Service", "ML105", "Article 3(f)")]
    [TestCase("national/arcadia.en.txt", "appointed under Article 20.\n",
        "appointed under Article 20;\n\n(m) 'quantum computer' means a computer that exploits quantum-mechanical phenomena.\n", "ML107", "Article 3(m)")]
    [TestCase("national/arcadia.en.txt", "(1) High-risk systems shall be designed", "(1) High-risk systems, including any 'predictive policing tool', shall be designed", "ML108", "Article 12(1)")]
    [TestCase("national/arcadia.en.txt", "solely on the output of an artificial intelligence system", "solely on the output of an artificial-intelligence system", "ML109", "Article 12(2)")]
    [TestCase("national/valmont.fr.txt", "Les dispositions de la présente loi s'appliquent sans préjudice",
        "Sous réserve de l'article 97, les dispositions de la présente loi s'appliquent sans préjudice", "ML101", "Article 5")]
    [TestCase("national/severia.ru.txt", "1. Настоящий Закон толкуется", "1. С учетом статьи 97 настоящий Закон толкуется", "ML101", "Статья 5(1)")]
    public void Planted_defect_is_found_and_nothing_else(string relative, string find, string replace, string code, string citation)
    {
        var found = Planted(relative, find, replace);
        found.Should().ContainSingle(f => f.Code == code).Which.Citation.Should().Be(citation);
        found.Should().OnlyContain(f => f.Code == code);
    }

    [Test]
    public void Duplicated_article_number_is_an_error()
    {
        var found = Planted("national/arcadia.en.txt", "Article 13 — Meaningful", "Article 12 — Meaningful");
        found.Should().Contain(f => f.Code == "ML103" && f.Citation == "Article 12" && f.Severity == DiagnosticSeverity.Error);
    }

    [Test]
    public void Numbered_paragraph_left_empty_is_an_error()
    {
        var found = Planted("national/arcadia.en.txt", "(b) be able to disregard, override or reverse its output.\n",
            "(b) be able to disregard, override or reverse its output.\n\n(4)\n");
        found.Should().Contain(f => f.Code == "ML106" && f.Citation == "Article 12(4)");
    }
}
