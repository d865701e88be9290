using ModelLaw.Comparing.CrossLanguage;

namespace ModelLaw.Tests.Comparing;

/// <summary>Defined terms as anchors across languages: the term a definition defines, and the pairs a first alignment links.</summary>
public class DefinedTermAnchorTests
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();

    [TestCase("'investment firm' means any legal person whose regular occupation", "inves firm")]
    [TestCase("« entreprise d'investissement » : toute personne morale", "entre d inves")]
    [TestCase("«система искусственного интеллекта» — машинная система", "siste iscus intel")]
    [TestCase("“unmanned aircraft” means an aircraft operated without a pilot on board", "unman aircr")]
    public void The_term_of_a_definition_is_the_quoted_words_at_its_start(string content, string expected) =>
        string.Join(' ', DefinedTermAnchors.TermOf(content) ?? []).Should().Be(expected);

    [Test]
    public void A_provision_that_only_quotes_later_defines_nothing() =>
        DefinedTermAnchors.TermOf("Member States shall ensure that the term 'investment firm' is used.").Should().BeNull();

    [Test]
    public void The_linked_definitions_of_the_english_model_and_the_french_adaptation_pair_their_terms()
    {
        var model = Engine.ReadAsync(Path.Combine(TestPaths.Corpus, "models", "ai-ct-model-law.en.txt")).GetAwaiter().GetResult();
        var national = Engine.ReadAsync(Path.Combine(TestPaths.Corpus, "national", "valmont.fr.txt")).GetAwaiter().GetResult();
        var aligner = new CrossLanguageAligner(model, national, CrossLanguageSettings.Default, default);

        aligner.AlignUnits();

        var pairs = aligner.TermPairs.Select(t => string.Join(' ', t.Model) + " = " + string.Join(' ', t.National)).ToList();
        pairs.Should().Contain("unman aircr = drone", "the two words share no letters: only the linked definition pairs them");
        pairs.Should().Contain("compe autho = autor compe");
    }
}
