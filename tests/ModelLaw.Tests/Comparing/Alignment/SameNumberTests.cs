using ModelLaw.Comparing;
using ModelLaw.Comparing.Alignment;
using ModelLaw.Comparing.Alignment.Assignment;
using ModelLaw.Comparing.Alignment.Candidates.Sources;
using ModelLaw.Comparing.Alignment.Facts;
using ModelLaw.Comparing.Alignment.Hierarchy;
using ModelLaw.Comparing.Alignment.Input;
using ModelLaw.Documents;
using static ModelLaw.Tests.Comparing.LawFixtures;

namespace ModelLaw.Tests.Comparing.Alignment;

/// <summary>The same-number signal at the part level: a paragraph number agrees only inside agreeing articles.</summary>
public class SameNumberTests
{
    private static readonly string[] NewArticle =
    [
        "Every competent authority shall keep a register of the artificial intelligence systems it deploys.",
        "The register shall be published, except for the entries whose disclosure would endanger an ongoing investigation.",
    ];

    /// <summary>The same-number value of every part pair, by (model citation, national citation).</summary>
    private static Dictionary<(string, string), float> PartValues(LegalDocument model, LegalDocument national)
    {
        var pipeline = AlignmentPipeline.Default;
        var input = ComparisonInput.Build(model.Root, national.Root, "en", 1, 1, default);
        var facts = ComparisonFacts.Build(input, ReferencePatterns.For(CompareOptions.Default.ExplicitReferencePatterns), default);
        var unitContext = HierarchicalAligner.UnitContext(input, facts);
        var units = new RowLinks(LevelRun.Run(pipeline, unitContext, HierarchicalAligner.UnitSources(pipeline.Candidates)), input.Model.Count, input.National.Count);
        var pairs = pipeline.Candidate(HierarchicalAligner.PartContext(input, facts, units), [new AllPairs()]);
        int column = pairs.ColumnOf("same-number");
        var values = new Dictionary<(string, string), float>();
        for (int i = 0; i < pairs.Count; i++)
            values[(input.Model.Source[pairs.ModelRow(i)].Citation, input.National.Source[pairs.NationalRow(i)].Citation)] = pairs.Feature(column, i);
        return values;
    }

    [Test]
    public void A_paragraph_number_agrees_inside_linked_articles_and_not_across_unrelated_ones()
    {
        var model = Doc("en", Art("1", "Purpose", Purpose), Art("2", "Independent oversight", Oversight));
        // both kept articles reworded a little, so that their paragraphs are aligned (identical articles pair by position)
        var national = Doc("en",
            Art("1", "Purpose", Purpose[0], Purpose[1] + " It also lays down the rights of the persons concerned."),
            Art("2", "Register of systems", NewArticle),
            Art("3", "Independent oversight", Oversight[0], Oversight[1], Oversight[2] + " The suspension takes effect immediately."));

        var v = PartValues(model, national);

        v[("Article 2(2)", "Article 3(2)")].Should().Be(1, "Article 2 became Article 3");
        v[("Article 1(2)", "Article 1(2)")].Should().Be(1);
        v[("Article 1(2)", "Article 3(2)")].Should().Be(0, "Article 1 and Article 3 are not linked and carry other numbers");
    }
}
