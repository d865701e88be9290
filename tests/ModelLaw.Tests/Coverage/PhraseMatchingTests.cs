using ModelLaw.Coverage;
using ModelLaw.Coverage.Text;

namespace ModelLaw.Tests.Coverage;

/// <summary>
/// How indicator phrases meet legal sentences: fixed expressions keep their function words, and words already counted for a
/// longer phrase add nothing through a shorter one.
/// </summary>
public class PhraseMatchingTests
{
    private readonly CoverageAnalyzer _analyzer = new();

    private static List<(int, int)> Match(string language, string phrase, string sentence)
    {
        var rules = LanguageRules.For(language);
        var s = new AnalysedSentence(sentence, rules);
        return PhrasePattern.Compile(phrase, rules).Match(s.Tokens, s.Content, CoverageOptions.Default.MaxGap);
    }

    [Test]
    public void Fixed_expression_matches_its_own_words()
    {
        Match("fr", "État de droit", "Les autorités compétentes respectent l'État de droit.").Should().ContainSingle();
    }

    [Test]
    public void Fixed_expression_does_not_match_its_content_words_joined_by_another_function_word()
    {
        // "[État] au titre du droit international" is no "État de droit"
        Match("fr", "État de droit", "La présente loi est appliquée conformément aux obligations de [État] au titre du droit international.")
            .Should().BeEmpty();
    }

    [Test]
    public void Fixed_expression_admits_no_word_next_to_its_function_word()
    {
        // "provided for by this Law" refers to the law itself; "prévues par la présente loi" likewise
        Match("fr", "prévu par la loi", "Le personnel reçoit une formation sur les garanties prévues par la présente loi.").Should().BeEmpty();
        Match("fr", "prévu par la loi", "Toute restriction doit être prévue par la loi.").Should().ContainSingle();
    }

    [Test]
    public void Russian_fixed_expression_needs_its_preposition()
    {
        Match("ru", "данн* для обучения", "Предоставление технологий, данных или обучения в террористических целях").Should().BeEmpty();
        Match("ru", "данн* для обучения", "Данные для обучения систем проверяются на наличие ошибок.").Should().ContainSingle();
    }

    [Test]
    public void Trailing_function_word_is_part_of_the_phrase()
    {
        Match("en", "verified by", "The results shall be verified by two natural persons.").Should().ContainSingle();
        Match("en", "verified by", "The input data have been verified and the results recorded.").Should().BeEmpty();
    }

    [Test]
    public void Phrase_without_function_words_keeps_the_gap_between_its_words()
    {
        Match("en", "human oversight", "Systems shall remain under human and effective oversight.").Should().ContainSingle();
    }

    [Test]
    public void A_shorter_phrase_inside_a_longer_one_adds_no_weight()
    {
        // "неприкосновенность" inside "неприкосновенность частной жизни": privacy counted once, as a mention in a human-rights list
        var c = _analyzer.Analyze(Docs.Sentence("ru", "Компетентные органы уважают права человека, включая право на неприкосновенность частной жизни."),
            Docs.Catalog).For("data-protection")!;
        c.Evidence.Should().ContainSingle().Which.Score.Should().BeLessThan(CoverageOptions.Default.IncidentalThreshold);
    }

    [Test]
    public void Chinese_phrase_needs_its_characters_side_by_side()
    {
        // "人，有权" (a person … has the right) is no "人权" (human rights)
        Match("zh", "人权", "因违反本法而遭受损害的人，有权获得赔偿。").Should().BeEmpty();
        Match("zh", "人权", "主管机关应当尊重和保护人权和基本自由。").Should().ContainSingle();
    }

    // --- catalogue phrases that decide whether a provision addresses human rights ---

    private static IEnumerable<string> HumanRightsPhrases(string language, string sentence) =>
        new CoverageAnalyzer().Analyze(Docs.Sentence(language, sentence), Docs.Catalog).For("human-rights")!.Evidence.SelectMany(e => e.MatchedPhrases);

    [TestCase("en", "The review shall evaluate the effectiveness of this Law and its impact on human rights.")]
    [TestCase("fr", "Le réexamen évalue l'efficacité de la présente loi et son incidence sur les droits de l'homme.")]
    [TestCase("ru", "В ходе пересмотра оцениваются эффективность настоящего Закона и его воздействие на права человека.")]
    public void Human_rights_as_the_object_of_an_impact_are_not_a_human_rights_guarantee(string language, string sentence)
    {
        HumanRightsPhrases(language, sentence).Should().BeEmpty();
    }

    [TestCase("en", "Indiscriminate or generalised surveillance of the population by means of artificial intelligence systems shall be prohibited.")]
    [TestCase("fr", "La surveillance indiscriminée ou généralisée de la population au moyen de systèmes d'intelligence artificielle est interdite.")]
    [TestCase("ru", "Неизбирательное или массовое наблюдение за населением с помощью систем искусственного интеллекта запрещается.")]
    public void A_ban_on_mass_surveillance_operationalises_human_rights(string language, string sentence)
    {
        var c = _analyzer.Analyze(Docs.Sentence(language, sentence), Docs.Catalog).For("human-rights")!;
        c.Status.Should().Be(CoverageStatus.Covered);
        c.Evidence.Should().ContainSingle().Which.Score.Should().BeGreaterThanOrEqualTo(CoverageOptions.Default.IncidentalThreshold);
    }

    [TestCase("fr", "La coopération est refusée lorsqu'il existe des motifs sérieux de croire qu'elle contribuerait à la torture.")]
    [TestCase("ru", "В сотрудничестве отказывается, если имеются серьезные основания полагать, что оно будет способствовать применению пыток.")]
    public void A_refusal_laid_down_in_the_passive_is_a_duty(string language, string sentence)
    {
        _analyzer.Analyze(Docs.Sentence(language, sentence), Docs.Catalog).For("human-rights")!.Status.Should().Be(CoverageStatus.Covered);
    }
}
