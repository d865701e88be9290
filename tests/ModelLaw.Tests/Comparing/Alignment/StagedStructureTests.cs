using ModelLaw.Comparing;
using ModelLaw.Comparing.Alignment;
using ModelLaw.Comparing.Diffing;
using ModelLaw.Documents;
using static ModelLaw.Tests.Comparing.LawFixtures;

namespace ModelLaw.Tests.Comparing.Alignment;

/// <summary>
/// Structure the staged pipeline must follow where the text went: points that left their paragraph for another
/// article (found document-wide, not reported omitted), and a piece of an article cut off into a new article far
/// away (a split, not an omission and an addition).
/// </summary>
public class StagedStructureTests
{
    private static Comparison Staged(LegalDocument model, LegalDocument national) =>
        new DocumentComparer(new WordDiffer(), AlignmentPipeline.Default).Compare(model, national);

    private static AlignmentLink LinkOf(Comparison c, string modelCitation) =>
        c.AllLinks().Single(l => l.Model.Any(p => p.Citation == modelCitation));

    private static readonly string[] Duties =
    [
        "keep automatically generated logs of every use of the system for a period of at least five years;",
        "ensure that every output used in an investigation can be traced back to the data and the model version that produced it;",
        "notify the oversight body without delay of any serious incident or malfunction affecting the fundamental rights of persons;",
        "carry out a fundamental rights impact assessment before the first deployment of the system and repeat it after every substantial modification;",
        "register the system, its intended purpose and the competent authority deploying it in the public register kept by the oversight body.",
    ];

    private static ProvisionBuilder DutiesParagraph(string number, string intro, params int[] duties) =>
        Para(number, intro, [.. duties.Select((d, i) => Point(((char)('a' + i)).ToString(), Duties[d]))]);

    [Test]
    public void Points_that_left_their_paragraph_for_another_article_are_linked_there_not_omitted()
    {
        var model = Doc("en",
            Art("1", "Purpose", Purpose),
            ArtWith("2", "Obligations of competent authorities",
                DutiesParagraph("1", "A competent authority deploying an artificial intelligence system for counter-terrorism purposes shall:", 0, 1, 2, 3, 4),
                Para("2", "The obligations laid down in paragraph 1 apply without prejudice to the rules on the protection of personal data.")),
            Art("3", "Independent oversight", Oversight),
            Art("4", "Human control", HumanControl));
        var national = Doc("en",
            Art("1", "Purpose", Purpose),
            ArtWith("2", "Obligations of competent authorities",
                DutiesParagraph("1", "A competent authority deploying an artificial intelligence system for counter-terrorism purposes shall:", 0, 1, 2),
                Para("2", "The obligations laid down in paragraph 1 apply without prejudice to the rules on the protection of personal data.")),
            Art("3", "Independent oversight", Oversight),
            Art("4", "Human control", HumanControl),
            ArtWith("5", "Assessment and registration",
                DutiesParagraph("1", "Before a system is deployed, the Ministry of the Interior shall moreover:", 3, 4)));

        var c = Staged(model, national);

        foreach (var (point, target) in new[] { ("Article 2(1)(d)", "Article 5(1)(a)"), ("Article 2(1)(e)", "Article 5(1)(b)") })
        {
            var link = LinkOf(c, point);
            link.Relation.Should().NotBe(AlignmentRelation.Omitted, $"{point} went to {target}");
            link.National.Select(p => p.Citation).Should().Equal(target);
        }
        LinkOf(c, "Article 2(1)(a)").National.Select(p => p.Citation).Should().Equal("Article 2(1)(a)");
    }

    [Test]
    public void A_sentence_cut_off_into_a_new_article_far_away_makes_a_split_not_an_omission()
    {
        const string Kept = "No decision producing legal effects for a person shall be based solely on the output of an artificial intelligence system. "
            + "Every such decision shall be reviewed by a natural person who has the competence, training and authority to override the output of the system.";
        const string Piece = "The person concerned shall be informed in writing of the involvement of an automated system in the decision, of the main "
            + "parameters that determined its output, and of the remedies available before the administrative courts.";
        var model = Doc("en",
            Art("1", "Purpose", Purpose),
            Art("2", "Human control", Kept + " " + Piece),
            Art("3", "Independent oversight", Oversight),
            Art("4", "Offences", Offences),
            Art("5", "International cooperation", Cooperation),
            Art("6", "Entry into force", EntryIntoForce));
        var national = Doc("en",
            Art("1", "Purpose", Purpose),
            Art("2", "Human control", Kept),
            Art("3", "Independent oversight", Oversight),
            Art("4", "Offences", Offences),
            Art("5", "International cooperation", Cooperation),
            Art("6", "Information of the person concerned", Piece),
            Art("7", "Entry into force", EntryIntoForce));

        var link = LinkOf(Staged(model, national), "Article 2");

        link.National.Select(p => p.Citation).Should().Equal("Article 2", "Article 6");
        link.Relation.Should().Be(AlignmentRelation.Split);
    }

    private const string Regulations = "The Minister responsible for internal security may make regulations laying down the detailed rules for the application of this Article.";

    [Test]
    public void A_standard_clause_folded_into_the_paragraph_before_it_is_kept_not_omitted_though_the_law_repeats_it()
    {
        var model = Doc("en",
            Art("1", "Purpose", Purpose),
            Art("2", "Independent oversight", Oversight[0], Oversight[1], Regulations),
            Art("3", "Human control", HumanControl[0], HumanControl[1], Regulations),
            Art("4", "Offences", Offences[0], Offences[1], Regulations));
        var national = Doc("en",
            Art("1", "Purpose", Purpose),
            Art("2", "Independent oversight", Oversight[0], Oversight[1] + " " + Regulations,
                "The oversight body shall publish its annual report on the website of the Ministry of Justice."),
            Art("3", "Human control", HumanControl[0], HumanControl[1], Regulations),
            Art("4", "Offences", Offences[0], Offences[1], Regulations));

        var link = LinkOf(Staged(model, national), "Article 2(3)");

        link.Relation.Should().NotBe(AlignmentRelation.Omitted, "its words are in Article 2(2) of the national text");
        link.National.Select(p => p.Citation).Should().Contain(c => c.StartsWith("Article 2", StringComparison.Ordinal));
    }
}
