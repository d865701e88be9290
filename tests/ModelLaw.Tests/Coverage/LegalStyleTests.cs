using ModelLaw.Coverage;

namespace ModelLaw.Tests.Coverage;

/// <summary>
/// Formulas of legal style that say nothing of a principle, or say it in a form of the language the matcher must read: the title
/// of a cited Chinese act, the Chinese adverb "依法" and "补救措施" (corrective measures), Arabic "ألا" (that … not), the Spanish
/// "responsabilidad criminal", and the duty of confidentiality in all six languages.
/// </summary>
public class LegalStyleTests
{
    private static PrincipleCoverage Coverage(string language, string sentence, string principle) =>
        new CoverageAnalyzer().Analyze(Docs.Sentence(language, sentence), Docs.Catalog).For(principle)!;

    private static IEnumerable<string> Phrases(string language, string sentence, string principle) =>
        Coverage(language, sentence, principle).Evidence.SelectMany(e => e.MatchedPhrases);

    [Test]
    public void A_phrase_inside_the_title_of_a_cited_Chinese_act_is_not_evidence()
    {
        // 《中华人民共和国网络安全法》 names the Cybersecurity Law; the sentence only says which law applies
        Phrases("zh", "关键信息基础设施的运营者收集和产生的重要数据的出境安全管理，适用《中华人民共和国网络安全法》的规定。", "robustness-security")
            .Should().BeEmpty();
        Phrases("zh", "运营者应当采取技术措施，保障网络安全。", "robustness-security").Should().Contain("网络安全");
    }

    [Test]
    public void The_title_of_a_cited_act_does_not_hide_what_the_sentence_says_beside_it()
    {
        Phrases("zh", "处理个人数据，应当依照《数据法》进行，并且仅限于严格必要的情况。", "data-protection").Should().Contain("个人数据");
    }

    [Test]
    public void Chinese_according_to_law_alone_does_not_state_legality()
    {
        // "依法" qualifies nearly every verb of a Chinese statute; a legal basis is stated by "由法律规定", "法律依据"
        Coverage("zh", "履行数据安全监管职责的国家工作人员玩忽职守的，依法给予处分。", "legality").Evidence.Should().BeEmpty();
        Phrases("zh", "限制权利的措施，应当具有明确的法律依据。", "legality").Should().Contain("法律依据");
    }

    [Test]
    public void Chinese_corrective_measures_are_no_remedy_for_a_person()
    {
        Coverage("zh", "发现数据安全漏洞时，应当立即采取补救措施。", "remedies").Evidence.Should().BeEmpty();
        Phrases("zh", "权利受到侵害的人，有权获得有效救济。", "remedies").Should().Contain("有效救济");
    }

    [Test]
    public void Arabic_ala_negates_what_follows_it()
    {
        // "وألا يفصح" (and that he not disclose): a duty of secrecy, not of transparency
        var c = Coverage("ar", "يلتزم كل موظف بسرية المعلومات التي يطلع عليها، وألا يفصح لأي شخص عنها.", "transparency");
        c.Evidence.Should().BeEmpty();
        c.Negations.Should().NotBeEmpty();
        Phrases("ar", "يجب على المقدم أن يفصح للجمهور عن استخدام النظام.", "transparency").Should().NotBeEmpty();
    }

    [TestCase("en", "Every official shall respect the confidentiality of the information obtained in the course of duty.", "confidentiality")]
    [TestCase("fr", "Tout agent est tenu de respecter la confidentialité des informations dont il a connaissance.", "confidentialité")]
    [TestCase("ru", "Каждый служащий обязан соблюдать конфиденциальность полученной информации.", "конфиденциальност*")]
    [TestCase("es", "Todo funcionario deberá respetar la confidencialidad de la información obtenida.", "confidencialidad")]
    [TestCase("ar", "يلتزم كل موظف بسرية المعلومات التي يطلع عليها.", "سرية المعلومات")]
    [TestCase("zh", "工作人员对履行职责中知悉的个人隐私和商业秘密应当予以保密。", "保密")]
    public void A_duty_of_confidentiality_protects_data(string language, string sentence, string phrase)
    {
        Phrases(language, sentence, "data-protection").Should().Contain(phrase);
    }

    [TestCase("es", "La responsabilidad criminal del Presidente será exigible ante la Sala de lo Penal del Tribunal Supremo.")]
    [TestCase("fr", "La responsabilité criminelle du Président est engagée devant la Cour de justice.")]
    public void Criminal_responsibility_is_not_accountability(string language, string sentence)
    {
        Coverage(language, sentence, "accountability").Evidence.Should().BeEmpty();
    }
}
