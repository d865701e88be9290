using ModelLaw.Comparing;
using ModelLaw.Comparing.Alignment;
using ModelLaw.Comparing.Diffing;
using ModelLaw.Documents;
using static ModelLaw.Tests.Comparing.LawFixtures;

namespace ModelLaw.Tests.Comparing.Alignment;

/// <summary>
/// The staged pipeline's role and definition signals (unique-role, renamed-definition) seen from the comparison a
/// drafter reads: a renamed defined term is a modified definition, and the one entry-into-force clause of each text
/// pairs by its role however it was reworded or moved.
/// </summary>
public class RoleAndDefinitionSignalTests
{
    private static Comparison Staged(LegalDocument model, LegalDocument national) =>
        new DocumentComparer(new WordDiffer(), AlignmentPipeline.Default).Compare(model, national);

    private static AlignmentLink LinkOf(Comparison c, string modelCitation) =>
        c.AllLinks().Single(l => l.Model.Any(p => p.Citation == modelCitation));

    private static ProvisionBuilder DefinitionsArticle(string authorityTerm, string authorityText) =>
        ArtWith("2", "Definitions",
            Point("a", "'artificial intelligence system' means a machine-based system that infers from the input it receives how to generate outputs such as predictions, content or decisions;"),
            Point("b", "'biometric data' means personal data resulting from specific technical processing relating to the physical or behavioural characteristics of a person;"),
            Point("c", $"'{authorityTerm}' means {authorityText};"),
            Point("d", "'terrorist offence' means any of the offences listed in the national criminal code as terrorist offences;"),
            Point("e", "'online platform' means a hosting service that stores and disseminates information to the public at the request of its users."));

    private static LegalDocument WithDefinitions(string authorityTerm, string authorityText) => Doc("en",
        Art("1", "Purpose", Purpose),
        DefinitionsArticle(authorityTerm, authorityText),
        Art("3", "Independent oversight", Oversight),
        Art("4", "Human control", HumanControl));

    [Test]
    public void A_defined_term_renamed_between_the_same_neighbours_is_a_modified_definition_not_an_omission()
    {
        var model = WithDefinitions("competent authority", "[name of the competent authority] and any other public authority empowered by law to prevent terrorist offences");
        var national = WithDefinitions("National Security Directorate", "the directorate established by the Internal Security Act within the Ministry of the Interior");

        var link = LinkOf(Staged(model, national), "Article 2(c)");

        link.National.Select(p => p.Citation).Should().Equal("Article 2(c)");
        link.Relation.Should().NotBe(AlignmentRelation.Omitted);
    }

    [Test]
    public void A_new_definition_between_other_neighbours_is_not_taken_for_a_renamed_one()
    {
        var model = WithDefinitions("competent authority", "[name of the competent authority] and any other public authority empowered by law to prevent terrorist offences");
        var national = Doc("en",
            Art("1", "Purpose", Purpose),
            ArtWith("2", "Definitions",
                Point("a", "'artificial intelligence system' means a machine-based system that infers from the input it receives how to generate outputs such as predictions, content or decisions;"),
                Point("b", "'drone' means an unmanned aircraft operated without a pilot on board;"),
                Point("c", "'deepfake' means synthetic media depicting a person saying or doing what they did not say or do;"),
                Point("d", "'online platform' means a hosting service that stores and disseminates information to the public at the request of its users.")),
            Art("3", "Independent oversight", Oversight),
            Art("4", "Human control", HumanControl));

        var link = LinkOf(Staged(model, national), "Article 2(c)");

        link.Relation.Should().Be(AlignmentRelation.Omitted, "the model's term has no counterpart between the same neighbours");
    }

    [Test]
    public void The_one_entry_into_force_clause_of_each_text_pairs_by_its_role_when_it_moved_into_a_commencement_paragraph()
    {
        var model = EnglishModel();
        var national = Doc("en",
            Chapter("I", "General provisions",
                Art("1", "Purpose", Purpose),
                Art("2", "Short title and commencement",
                    "This Act may be cited as the Counter-Terrorism (New Technologies) Act.",
                    "This Act shall come into operation on the first day of the sixth month following its publication."),
                Art("3", "Definitions", Definitions)),
            Chapter("II", "Safeguards",
                Art("4", "Independent oversight", Oversight),
                Art("5", "Human control", HumanControl)),
            Chapter("III", "Offences and cooperation",
                Art("6", "Offences", Offences),
                Art("7", "International cooperation", Cooperation)));

        var link = LinkOf(Staged(model, national), "Article 7");

        link.National.Select(p => p.Citation).Should().Equal("Article 2(2)");
        link.Relation.Should().Be(AlignmentRelation.SameRole);
    }
}
