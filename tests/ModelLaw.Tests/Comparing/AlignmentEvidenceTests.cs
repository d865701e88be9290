using ModelLaw.Comparing;
using ModelLaw.Documents;
using static ModelLaw.Tests.Comparing.LawFixtures;

namespace ModelLaw.Tests.Comparing;

/// <summary>Which evidence the aligner trusts and which it does not: kept headings, boilerplate, splits of rewritten articles.</summary>
public class AlignmentEvidenceTests
{
    private readonly DocumentComparer _comparer = new();

    private const string Empowerment =
        "In order to ensure consistent harmonisation of this Article, the Authority shall develop draft regulatory technical standards to specify the content and format of the information to be provided.";

    private static readonly ProvisionBuilder[] CommonArticles =
    [
        Art("1", "Subject matter", "This Law lays down rules on the lawful use of artificial intelligence systems by law enforcement authorities for the prevention of terrorist offences."),
        Art("2", "Definitions", "For the purposes of this Law, 'artificial intelligence system' means a machine-based system that infers from the input it receives how to generate outputs such as predictions or recommendations."),
    ];

    [Test]
    public void A_rewritten_article_that_keeps_its_heading_is_linked()
    {
        var model = Doc("en", [.. CommonArticles,
            Art("3", "Right of appeal", "Member States shall ensure that decisions taken by the competent authority in accordance with this Law are subject to the right of appeal before the courts.")]);
        var national = Doc("en", [.. CommonArticles,
            Art("7", "Right of appeal", "Any person concerned may challenge decisions taken by the supervisory authority under this Law before the administrative court within two months of their notification; the challenge shall have suspensive effect.")]);

        var c = _comparer.Compare(model, national);

        var link = c.AllLinks().Single(l => l.Model.Any(m => m.Citation == "Article 3"));
        link.National.Select(n => n.Citation).Should().Equal("Article 7");
        link.Evidence.Should().Contain(e => e.Kind == EvidenceKind.Heading && e.Score == 1);
    }

    [Test]
    public void A_rewritten_article_under_another_heading_is_not_linked_on_its_few_shared_words()
    {
        var model = Doc("en", [.. CommonArticles,
            Art("3", "Right of appeal", "Member States shall ensure that decisions taken by the competent authority in accordance with this Law are subject to the right of appeal before the courts.")]);
        var national = Doc("en", [.. CommonArticles,
            Art("7", "Judicial review of supervisory measures", "Any person concerned may challenge decisions taken by the supervisory authority under this Law before the administrative court within two months of their notification; the challenge shall have suspensive effect.")]);

        var c = _comparer.Compare(model, national);

        c.AllLinks().Single(l => l.Model.Any(m => m.Citation == "Article 3")).Relation.Should().Be(AlignmentRelation.Omitted);
    }

    [Test]
    public void Boilerplate_said_in_several_articles_does_not_pull_a_paragraph_into_an_unrelated_article()
    {
        var model = Doc("en", [.. CommonArticles,
            ArtWith("3", "Notification of deployments",
                Para("1", "Law enforcement authorities shall notify the supervisory authority of every deployment of a remote biometric identification system before its first use."),
                Para("2", Empowerment)),
            ArtWith("4", "Records of use",
                Para("1", "Every use of a high-risk system shall be recorded with the date, the operator, the purpose and the result, and the records shall be kept for five years."),
                Para("2", Empowerment))]);
        var national = Doc("en", [.. CommonArticles,
            Art("3", "Notification of deployments", "Law enforcement authorities shall notify the supervisory authority of every deployment of a remote biometric identification system before its first use."),
            Art("4", "Records of use", "Every use of a high-risk system shall be recorded with the date, the operator, the purpose and the result, and the records shall be kept for five years."),
            ArtWith("5", "Testing in real-world conditions",
                Para("1", "Testing of high-risk systems outside laboratories requires the prior written consent of the persons concerned and the approval of the ethics committee."),
                Para("2", Empowerment))]);

        var c = _comparer.Compare(model, national);

        foreach (var citation in new[] { "Article 3(2)", "Article 4(2)" })
            c.AllLinks().Where(l => l.Model.Any(m => m.Citation == citation)).SelectMany(l => l.National)
                .Should().NotContain(n => n.Citation.StartsWith("Article 5", StringComparison.Ordinal),
                    "the same empowerment stands in three articles: it says nothing about where {0} went", citation);
    }
}
