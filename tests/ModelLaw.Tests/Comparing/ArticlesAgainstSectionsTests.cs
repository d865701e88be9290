using System.Text;
using ModelLaw.Comparing;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Reading.Citations;
using ModelLaw.Workflows.Evaluation;

namespace ModelLaw.Tests.Comparing;

/// <summary>
/// A model law in articles against a national enactment in sections: the corpus's Kestrel Islands act (Commonwealth
/// layout, corpus/national/kestrel.mapping.json as ground truth) and a real act (PIPEDA) against itself rewritten in articles.
/// Links run article → section, and coverage reads the sections' text.
/// </summary>
public class ArticlesAgainstSectionsTests
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();

    private static LegalDocument Read(string relative) =>
        Engine.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, relative)), new ReadOptions { SourceName = relative });

    [Test]
    public void The_english_model_aligns_with_the_kestrel_act_article_to_section()
    {
        var gold = GoldMapping.Load(Path.Combine(TestPaths.Corpus, "national", "kestrel.mapping.json"));
        var model = Read(gold.ModelFile!);
        var national = Read(gold.NationalFile!);
        national.Units.Should().HaveCount(38).And.OnlyContain(u => u.Kind == ProvisionKind.ActSection);

        var comparison = Engine.Compare(model, national);
        var unitLinks = comparison.AllLinks().Where(l => l.Model.Any(m => m.Kind == ProvisionKind.Article) && l.National.Any(n => n.Kind == ProvisionKind.ActSection)).ToList();
        unitLinks.Should().HaveCountGreaterThan(30);
        var link = unitLinks.Single(l => l.Model.Single().Number!.Value == "17");
        link.National.Single().Citation.Should().Be("Section 18", "record-keeping moved after prohibited practices");
        comparison.AllLinks().Should().Contain(l => l.Relation == AlignmentRelation.Omitted && l.Model.Any(m => m.Citation == "Article 6"));
        comparison.AllLinks().Should().Contain(l => l.Relation == AlignmentRelation.Added && l.National.Any(n => n.Citation == "Section 5A"));

        var result = AlignmentEvaluator.Evaluate(model, national, AlignmentEvaluator.FromComparison(comparison), gold);
        TestContext.Out.WriteLine($"kestrel: article {result.Article}; paragraph {result.Paragraph}; omission {result.Omission}");
        result.Article.F1.Should().BeGreaterThan(0.9);
        result.Paragraph.F1.Should().BeGreaterThan(0.85);
    }

    [Test]
    public void Every_citation_of_the_kestrel_ground_truth_names_a_provision()
    {
        var gold = GoldMapping.Load(Path.Combine(TestPaths.Corpus, "national", "kestrel.mapping.json"));
        var national = Read(gold.NationalFile!);
        var keys = AlignmentEvaluator.Keys(national).Select(k => k.K).ToHashSet();
        foreach (var pair in gold.Pairs)
            foreach (var n in pair.National)
            {
                national.Resolve(n).Should().NotBeNull(n);
                CitationKey.Parse(n).Should().ContainSingle().Which.Should().BeOneOf(keys, n);
            }
    }

    [Test]
    public void Coverage_reads_the_sections_of_the_kestrel_act()
    {
        var catalog = ModelLaw.Coverage.PrincipleCatalog.Load(Path.Combine(TestPaths.Corpus, "principles", "ai-counter-terrorism.json"));
        var report = Engine.Coverage(Read("corpus/national/kestrel.en.txt"), catalog);
        report.Principles.Count(p => p.Status != ModelLaw.Coverage.CoverageStatus.Absent).Should().BeGreaterThan(report.Principles.Length / 2);
    }

    /// <summary>The act's own text with each section written as an article: "Article 4.01", paragraphs "1.", points "(a)".</summary>
    private static string AsArticles(LegalDocument act)
    {
        var sb = new StringBuilder("Model act in articles\n\n");
        foreach (var s in act.Units.Where(u => u.FullText().Length > 0))
        {
            sb.Append("Article ").Append(s.Number!.Value).Append('\n').Append(s.Heading ?? "General").Append("\n\n");
            if (s.Content.Length > 0) sb.Append(s.Content.Replace('\n', ' ')).Append("\n\n");
            foreach (var c in s.Children) Write(c, c.Kind == ProvisionKind.ActSubsection ? 0 : 1);
        }
        return sb.ToString();

        void Write(Provision p, int depth)
        {
            var label = p.Number is null ? "" : depth == 0 ? p.Number.Value + ". " : "(" + p.Number.Value + ") ";
            var text = p.Content.Replace('\n', ' ');
            if (label.Length + text.Length > 0) sb.Append(label).Append(text).Append("\n\n");
            foreach (var c in p.Children) Write(c, depth + 1);
            if (p.WrapUp is { } w) sb.Append(w.Replace('\n', ' ')).Append("\n\n");
        }
    }

    [Test]
    public void A_real_act_in_sections_aligns_with_itself_written_in_articles()
    {
        var root = TestPaths.RequireRealTexts();
        var act = Engine.Parse(File.ReadAllText(Path.Combine(root, "ca-pipeda-2000", "text.txt")), new ReadOptions { SourceName = "pipeda.txt" });
        var model = Engine.Parse(AsArticles(act), new ReadOptions { SourceName = "pipeda-articles.txt", Language = "en" });
        model.Articles.Should().HaveCount(act.Units.Count(u => u.FullText().Length > 0));

        var comparison = Engine.Compare(model, act);
        var pairs = comparison.AllLinks().Where(l => l.Model.Length == 1 && l.National.Length == 1
            && l.Model[0].Kind == ProvisionKind.Article && l.National[0].Kind == ProvisionKind.ActSection).ToList();
        var same = pairs.Count(l => l.Model[0].Number!.Value == l.National[0].Number!.Value);
        TestContext.Out.WriteLine($"{pairs.Count} article → section links, {same} to the section of the same number, of {model.Articles.Count()} articles");
        same.Should().BeGreaterThan(model.Articles.Count() * 9 / 10);
    }
}
