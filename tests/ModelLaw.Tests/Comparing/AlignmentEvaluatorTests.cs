using System.Collections.Immutable;
using ModelLaw.Workflows.Evaluation;
using ModelLaw.Documents;
using static ModelLaw.Tests.Comparing.LawFixtures;

namespace ModelLaw.Tests.Comparing;

public class AlignmentEvaluatorTests
{
    private static readonly LegalDocument Model = Doc("en",
        Chapter("I", "Supervision",
            Art("1", "Competent authorities", "Each Member State shall designate a competent authority responsible for supervision."),
            Art("2", "Powers", "The competent authority shall have all the powers necessary to perform its functions.")));

    private static readonly LegalDocument National = Doc("en",
        Chapter("III", "Supervision",
            Art("9", "Powers of the authority", "The authority shall have the investigatory powers necessary to perform its duties.")));

    private static readonly GoldMapping Gold = new()
    {
        Pairs = [new GoldPair("Article 2", ["Article 9"])],
        ArticlePairs = [new GoldPair("Article 2", ["Article 9"])],
        Omitted = ["Article 1"],
    };

    private static Provision Find(LegalDocument d, string citation) =>
        d.Root.Descendants().First(p => p.Citation == citation);

    [Test]
    public void An_omitted_chapter_does_not_hide_the_omissions_of_its_articles()
    {
        var chapter = Model.Root.Children[0];
        var predicted = new PredictedAlignment([], [chapter, Find(Model, "Article 1"), Find(Model, "Article 2")]);

        var result = AlignmentEvaluator.Evaluate(Model, National, predicted, Gold);

        result.Omission.Recall.Should().Be(1, "Article 1 was found omitted, inside an omitted chapter");
        result.Omission.Precision.Should().Be(0.5, "Article 2 was wrongly found omitted: the table pairs it");
        result.Errors.WrongOmissions.Should().Equal("art:2");
        result.Errors.MissedArticlePairs.Should().Equal("art:2 → art:9");
    }

    [Test]
    public void The_errors_list_each_wrong_and_missed_pair_once()
    {
        var predicted = new PredictedAlignment(
            [(Find(Model, "Article 1"), Find(National, "Article 9"))], []);

        var result = AlignmentEvaluator.Evaluate(Model, National, predicted, Gold);

        result.Errors.WrongArticlePairs.Should().Equal("art:1 → art:9");
        result.Errors.MissedArticlePairs.Should().Equal("art:2 → art:9");
        result.Errors.MissedOmissions.Should().Equal("art:1");
        result.Article.F1.Should().Be(0);
    }

    [Test]
    public void A_link_between_whole_articles_is_not_judged_at_paragraph_level_when_the_table_pairs_their_paragraphs()
    {
        var model = Doc("en", Art("4", "Reporting",
            "Investment firms shall report each transaction to the competent authority.",
            "The report shall be made as quickly as possible and no later than the close of the following working day."));
        var national = Doc("en", Art("26", "Obligation to report transactions",
            "Investment firms which execute transactions shall report complete and accurate details of such transactions to the competent authority.",
            "The reports shall be made as quickly as possible, and no later than the close of the following working day."));
        var gold = new GoldMapping
        {
            Pairs = [new GoldPair("Article 4(1)", ["Article 26(1)"]), new GoldPair("Article 4(2)", ["Article 26(2)"])],
            ArticlePairs = [new GoldPair("Article 4", ["Article 26"])],
        };
        var predicted = new PredictedAlignment(
        [
            (Find(model, "Article 4"), Find(national, "Article 26")),
            (Find(model, "Article 4(1)"), Find(national, "Article 26(1)")),
            (Find(model, "Article 4(2)"), Find(national, "Article 26(2)")),
        ], []);

        var result = AlignmentEvaluator.Evaluate(model, national, predicted, gold);

        result.Paragraph.Precision.Should().Be(1, "the article link contains the two paragraph links the table lists");
        result.Paragraph.Recall.Should().Be(1);
        result.Errors.WrongParagraphPairs.Should().BeEmpty();
    }
}
