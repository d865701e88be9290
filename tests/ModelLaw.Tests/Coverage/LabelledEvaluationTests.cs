using FluentAssertions.Execution;
using System.Globalization;
using ModelLaw.Coverage;
using ModelLaw.Documents;
using ModelLaw.Reading;

namespace ModelLaw.Tests.Coverage;

/// <summary>
/// Precision and recall of the analyzer against the hand-made labels of the corpus (corpus/labels/*.principles.json), at the
/// labels' own unit: a numbered paragraph, or the whole article when it has none (points fold into their paragraph).
/// A (unit, principle) pair is predicted when the analyzer finds evidence for the principle inside the unit, and expected
/// when the labels list the principle for it. Headings of provisions that are not units (chapters, articles with paragraphs)
/// are left out; everything else the analyzer flags outside labelled units counts as a false positive.
/// Set COVERAGE_EVAL_DETAILS=1 to print every false positive and false negative.
/// </summary>
[NonParallelizable]
public class LabelledEvaluationTests
{
    /// <summary>
    /// Floors asserted per language (en, fr, ru) on the shipped corpus: just under what the analyzer measures
    /// (2026-11-25, second pass: en P 0.940 R 0.891, fr P 0.922 R 0.890, ru P 0.945 R 0.906; first pass was en 0.857/0.857,
    /// fr 0.829/0.838, ru 0.836/0.836). The aim was 0.85 for both.
    /// </summary>
    private const double PrecisionFloor = 0.91;
    private const double RecallFloor = 0.88;

    /// <summary>Floor of the pooled en+fr+ru figures (measured P 0.936, R 0.896).</summary>
    private const double OverallFloor = 0.89;

    internal sealed record Counts(int TruePositives, int FalsePositives, int FalseNegatives)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
        public static Counts operator +(Counts a, Counts b) =>
            new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"P={Precision:0.000} R={Recall:0.000} (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})");
    }

    private static IEnumerable<string> LabelFiles() =>
        Directory.Exists(Path.Combine(TestPaths.Corpus, "labels"))
            ? Directory.GetFiles(Path.Combine(TestPaths.Corpus, "labels"), "*.principles.json").Order(StringComparer.Ordinal)
            : [];

    internal static ModelLawEngine EngineWithReader()
    {
        var engine = ModelLawEngine.CreateDefault();
        try
        {
            engine.GetService<IDocumentLoader>();
        }
        catch (InvalidOperationException)
        {
            Assert.Ignore("no document reader registered yet: the labelled evaluation needs the text parser");
        }
        return engine;
    }

    internal static async Task<(string Language, Counts Counts, List<string> Details)> Evaluate(ModelLawEngine engine, string labelFile)
    {
        var labels = PrincipleLabels.Load(labelFile);
        labels.Validate(Docs.Catalog);
        var path = Path.Combine(TestPaths.RepoRoot, labels.Document);
        var doc = await engine.ReadAsync(path, ReadOptions.Default with { Language = LanguageOf(labels, labelFile), SourceName = Path.GetFileName(path) });
        var resolution = labels.Resolve(doc);

        var units = Units(doc, resolution.Labels.Select(l => l.Key).ToHashSet(StringComparer.Ordinal));
        var expected = new HashSet<(string Unit, string Principle)>();
        foreach (var (eId, ids) in resolution.Labels)
            foreach (var id in ids) expected.Add((UnitOf(eId, units), id));

        var report = new CoverageAnalyzer().Analyze(doc, Docs.Catalog);
        var predicted = new HashSet<(string Unit, string Principle)>();
        var why = new Dictionary<(string, string), string>();
        foreach (var pp in report.Provisions)
        {
            if (!units.IsUnit(units.Of(pp.EId))) continue; // an article with paragraphs, a chapter: not a labelling unit
            foreach (var id in pp.PrincipleIds)
            {
                var key = (units.Of(pp.EId), id);
                predicted.Add(key);
                var e = report.For(id)!.Evidence.FirstOrDefault(x => x.EId == pp.EId);
                why.TryAdd(key, e is null ? "" : $"[{string.Join("; ", e.MatchedPhrases)}]{(e.FromContext ? " (heading)" : "")} {e.Sentence}");
            }
        }

        var details = resolution.Unresolved.Select(c => $"UNRESOLVED {Path.GetFileName(labelFile)} {c}").ToList();
        int tp = 0, fp = 0, fn = 0;
        foreach (var p in predicted)
        {
            if (expected.Contains(p)) tp++;
            else { fp++; details.Add($"FP {Path.GetFileName(labelFile)} {Cite(doc, p.Unit)} {p.Principle}: {why[p]}"); }
        }
        foreach (var e in expected.Where(e => !predicted.Contains(e)))
        {
            fn++;
            details.Add($"FN {Path.GetFileName(labelFile)} {Cite(doc, e.Unit)} {e.Principle}: {Text(doc, e.Unit)}");
        }
        return (doc.Language, new Counts(tp, fp, fn + resolution.Unresolved.Length), details);
    }

    /// <summary>The languages this test holds to the floors (the catalogue's original three); others are measured and reported.</summary>
    private static readonly string[] AssertedLanguages = ["en", "fr", "ru"];

    /// <summary>
    /// The languages whose texts must come out covered exactly for the principles their labels use: the three asserted ones,
    /// and Spanish and Arabic, whose thinner indicator lists still get every status right (Chinese does not yet: Haicheng
    /// keeps "不歧视" in its list of rights at risk and comes out covered for non-discrimination).
    /// </summary>
    private static readonly string[] StatusLanguages = ["en", "fr", "ru", "es", "ar"];

    // "arcadia.en.principles.json" → "en" when the labels do not say
    private static string? LanguageOf(PrincipleLabels labels, string file) =>
        labels.Language ?? Path.GetFileName(file).Split('.') switch { [_, var lang, "principles", "json"] => lang, _ => null };

    [Test]
    public async Task Analyzer_reaches_the_precision_and_recall_floors_on_the_labelled_corpus()
    {
        var files = LabelFiles().ToList();
        if (files.Count == 0) Assert.Ignore("no labels in corpus/labels");
        var engine = EngineWithReader();

        var perLanguage = new SortedDictionary<string, Counts>(StringComparer.Ordinal);
        var details = new List<string>();
        foreach (var file in files)
        {
            var language = LanguageOf(PrincipleLabels.Load(file), file);
            if (language is null || Docs.Catalog.Principles.All(p => p.IndicatorsFor(language).IsEmpty))
            {
                TestContext.Out.WriteLine($"{Path.GetFileName(file),-45} skipped: the catalogue has no phrases for '{language}'");
                continue;
            }
            var (lang, counts, d) = await Evaluate(engine, file);
            TestContext.Out.WriteLine($"{Path.GetFileName(file),-45} {counts}");
            perLanguage[lang] = perLanguage.TryGetValue(lang, out var c) ? c + counts : counts;
            details.AddRange(d);
        }
        var overall = perLanguage.Where(kv => AssertedLanguages.Contains(kv.Key)).Select(kv => kv.Value).Aggregate(new Counts(0, 0, 0), (a, b) => a + b);
        foreach (var (lang, c) in perLanguage) TestContext.Out.WriteLine($"language {lang}: {c}");
        TestContext.Out.WriteLine($"overall ({string.Join(", ", AssertedLanguages)}): {overall}");
        // citations the parser cannot resolve count as false negatives; list them so a parser gap stays visible
        foreach (var d in details.Where(d => d.StartsWith("UNRESOLVED", StringComparison.Ordinal))) TestContext.Out.WriteLine(d);
        if (Environment.GetEnvironmentVariable("COVERAGE_EVAL_DETAILS") == "1")
            foreach (var d in details) TestContext.Out.WriteLine(d);

        using (new AssertionScope())
        {
            foreach (var (lang, c) in perLanguage.Where(kv => AssertedLanguages.Contains(kv.Key)))
            {
                c.Precision.Should().BeGreaterThanOrEqualTo(PrecisionFloor, $"precision in {lang}");
                c.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, $"recall in {lang}");
            }
            overall.Precision.Should().BeGreaterThanOrEqualTo(OverallFloor, "overall precision");
            overall.Recall.Should().BeGreaterThanOrEqualTo(OverallFloor, "overall recall");
        }
    }

    [Test]
    public async Task Document_status_is_covered_exactly_for_the_principles_the_labels_use()
    {
        // the corpus drops some principles from each national adaptation on purpose (Arcadia: IHL and stakeholder engagement;
        // Valmont: early warning and capacity building; Severia: non-discrimination and robustness): they must not come out covered
        var engine = EngineWithReader();
        int checkedTexts = 0;
        using (new AssertionScope())
        {
            foreach (var file in LabelFiles())
            {
                var labels = PrincipleLabels.Load(file);
                var language = LanguageOf(labels, file);
                if (language is null || !StatusLanguages.Contains(language)) continue;
                var path = Path.Combine(TestPaths.RepoRoot, labels.Document);
                var doc = await engine.ReadAsync(path, ReadOptions.Default with { Language = language, SourceName = Path.GetFileName(path) });
                var report = new CoverageAnalyzer().Analyze(doc, Docs.Catalog);
                var used = labels.PrincipleIds.ToHashSet(StringComparer.Ordinal);
                foreach (var p in report.Principles)
                {
                    if (used.Contains(p.Principle.Id)) p.Status.Should().Be(CoverageStatus.Covered, $"{Path.GetFileName(path)} addresses {p.Principle.Id}");
                    else p.Status.Should().NotBe(CoverageStatus.Covered, $"{Path.GetFileName(path)} leaves out {p.Principle.Id}");
                }
                checkedTexts++;
            }
        }
        if (checkedTexts == 0) Assert.Ignore("no en/fr/ru/es/ar labels in corpus/labels");
    }

    // --- units: numbered paragraphs of articles that have them, otherwise the provision itself ---

    private sealed class UnitMap(Dictionary<string, string> unitOf, HashSet<string> units)
    {
        public string Of(string eId) => unitOf.GetValueOrDefault(eId, eId);
        public bool IsUnit(string eId) => units.Contains(eId);
    }

    // the labels' unit: a numbered paragraph of an article that has them, otherwise the article (or other provision);
    // an article the labels cite as a whole is one unit even if the parser split it into paragraphs
    private static UnitMap Units(LegalDocument doc, HashSet<string> labelled)
    {
        var unitOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var units = new HashSet<string>(StringComparer.Ordinal);
        void Walk(Provision p, string? unit)
        {
            string? mine = unit;
            if (mine is null)
            {
                if (p.Kind == ProvisionKind.Article && (!p.Children.Any(c => c.Kind == ProvisionKind.Paragraph) || labelled.Contains(p.EId))) mine = p.EId;
                else if (p.Kind == ProvisionKind.Paragraph) mine = p.EId;
                else if (p.Kind is not (ProvisionKind.Document or ProvisionKind.Article) && !p.Kind.IsDivision()) mine = p.EId;
            }
            if (mine is not null) { unitOf[p.EId] = mine; units.Add(mine); }
            foreach (var c in p.Children) Walk(c, mine);
        }
        Walk(doc.Root, null);
        return new UnitMap(unitOf, units);
    }

    private static string UnitOf(string eId, UnitMap units) => units.Of(eId);

    private static string Cite(LegalDocument doc, string eId) => doc.FindByEId(eId)?.Citation ?? eId;

    private static string Text(LegalDocument doc, string eId)
    {
        var t = doc.FindByEId(eId)?.FullText() ?? "";
        return t.Length > 200 ? t[..200] + "…" : t;
    }
}
