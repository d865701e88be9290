using ModelLaw.Coverage;
using ModelLaw.Documents;

namespace ModelLaw.Tests.Coverage;

public class CoverageAnalyzerTests
{
    private readonly CoverageAnalyzer _analyzer = new();

    private PrincipleCoverage Analyse(string language, string text, string principle) =>
        _analyzer.Analyze(Docs.Sentence(language, text), Docs.Catalog).For(principle)!;

    // --- operational vs mention ---

    [Test]
    public void Obligation_with_an_authority_operationalises_human_oversight()
    {
        var c = Analyse("en", "The competent authority shall ensure that every output of the system is subject to human review before any measure is taken.", "human-oversight");
        c.Status.Should().Be(CoverageStatus.Covered);
        c.Evidence.Should().ContainSingle().Which.Operational.Should().BeTrue();
    }

    [Test]
    public void Declaratory_principles_clause_is_only_a_mention()
    {
        var c = Analyse("en", "The use of artificial intelligence in countering terrorism is based on the principles of legality, transparency and respect for human rights.", "transparency");
        c.Status.Should().Be(CoverageStatus.Partial);
        c.Evidence.Should().ContainSingle().Which.Operational.Should().BeFalse();
    }

    [Test]
    public void Text_that_never_addresses_a_principle_leaves_it_absent()
    {
        var c = Analyse("en", "This Law enters into force on the day following its publication.", "early-warning");
        c.Status.Should().Be(CoverageStatus.Absent);
        c.Score.Should().Be(0);
        c.Evidence.Should().BeEmpty();
    }

    [Test]
    public void Recitals_mention_but_never_operationalise()
    {
        var root = new ProvisionBuilder(ProvisionKind.Document);
        var preamble = root.Add(new ProvisionBuilder(ProvisionKind.Preamble));
        preamble.Add(new ProvisionBuilder(ProvisionKind.Recital) { Content = "Member States shall ensure effective human oversight of artificial intelligence systems." });
        var doc = new LegalDocument(root.Build(), "Law", "en");
        _analyzer.Analyze(doc, Docs.Catalog).For("human-oversight")!.Status.Should().Be(CoverageStatus.Partial);
    }

    [Test]
    public void Russian_present_tense_duty_of_a_named_body_is_operational()
    {
        var c = Analyse("ru", "Уполномоченный орган проводит оценку рисков до ввода системы в эксплуатацию.", "risk-assessment");
        c.Status.Should().Be(CoverageStatus.Covered);
    }

    [Test]
    public void French_principles_clause_is_only_a_mention()
    {
        var c = Analyse("fr", "L'utilisation de l'intelligence artificielle repose sur les principes de légalité, de transparence et de proportionnalité.", "necessity-proportionality");
        c.Status.Should().Be(CoverageStatus.Partial);
    }

    // --- negation ---

    [Test]
    public void English_negated_oversight_does_not_count()
    {
        var c = Analyse("en", "Systems operated by the intelligence services shall not be subject to human oversight.", "human-oversight");
        c.Status.Should().Be(CoverageStatus.Absent);
        c.Negations.Should().ContainSingle().Which.NegatedPhrases.Should().Contain("human oversight");
    }

    [Test]
    public void Russian_negated_control_does_not_count()
    {
        var c = Analyse("ru", "Использование таких систем не подлежит контролю со стороны человека.", "human-oversight");
        c.Status.Should().Be(CoverageStatus.Absent);
        c.Negations.Should().NotBeEmpty();
    }

    [Test]
    public void French_negated_control_does_not_count()
    {
        var c = Analyse("fr", "Le traitement automatisé n'est pas soumis au contrôle humain.", "human-oversight");
        c.Status.Should().Be(CoverageStatus.Absent);
    }

    [Test]
    public void Prohibition_without_oversight_is_a_double_negative_and_counts()
    {
        Analyse("en", "No decision shall be taken without human review.", "human-oversight").Status.Should().Be(CoverageStatus.Covered);
        Analyse("fr", "Aucune décision ne peut être prise sans intervention humaine.", "human-oversight").Status.Should().Be(CoverageStatus.Covered);
        Analyse("ru", "Решение не может быть принято без участия человека.", "human-oversight").Status.Should().Be(CoverageStatus.Covered);
    }

    [Test]
    public void French_ne_que_is_a_restriction_not_a_negation()
    {
        Analyse("fr", "Le système ne peut être utilisé que sous contrôle humain.", "human-oversight").Status.Should().Be(CoverageStatus.Covered);
    }

    [Test]
    public void Negation_does_not_reach_past_unless()
    {
        Analyse("en", "The system shall not be used unless authorised in advance by an independent authority.", "independent-oversight")
            .Status.Should().Be(CoverageStatus.Covered);
    }

    [Test]
    public void Time_limit_with_not_later_than_is_no_negation()
    {
        Analyse("ru", "Оператор обязан уведомить уполномоченный орган о серьезном инциденте не позднее 72 часов.", "risk-assessment")
            .Status.Should().Be(CoverageStatus.Covered);
    }

    [Test]
    public void Negated_apply_after_the_phrase_cancels_it()
    {
        Analyse("en", "Article 9 on human oversight shall not apply to systems used for national defence.", "human-oversight")
            .Status.Should().Be(CoverageStatus.Absent);
    }

    [Test]
    public void Prohibiting_discrimination_still_addresses_non_discrimination()
    {
        Analyse("en", "Operators shall not discriminate on grounds of race, religion or ethnic origin.", "non-discrimination")
            .Status.Should().Be(CoverageStatus.Covered);
        Analyse("ru", "Не допускается дискриминация по признаку расы, национальности или вероисповедания.", "non-discrimination")
            .Status.Should().Be(CoverageStatus.Covered);
    }

    // --- language-aware matching ---

    [TestCase("Оператор обязан обеспечить контроль человека за работой системы.")]
    [TestCase("Решения принимаются под контролем человека.")]
    [TestCase("Контроль со стороны человека осуществляется постоянно.")]
    public void Russian_inflected_forms_of_human_control_match(string sentence)
    {
        Analyse("ru", sentence, "human-oversight").Evidence.Should().NotBeEmpty();
    }

    [TestCase("Оператор обеспечивает защиту персональных данных.")]
    [TestCase("Персональные данные обрабатываются только в целях, указанных в законе.")]
    [TestCase("Обработка персональными данными запрещена.")]
    public void Russian_inflected_forms_of_personal_data_match(string sentence)
    {
        Analyse("ru", sentence, "data-protection").Evidence.Should().NotBeEmpty();
    }

    [Test]
    public void Russian_yo_is_folded_to_ye()
    {
        Analyse("ru", "Государство учитывает вооружённый конфликт при применении систем.", "ihl").Evidence.Should().NotBeEmpty();
    }

    [TestCase("Le contrôle humain est assuré à tout moment.")]
    [TestCase("Le controle humain est assure a tout moment.")]
    [TestCase("LE CONTRÔLE HUMAIN EST ASSURÉ À TOUT MOMENT.")]
    [TestCase("Les contrôles humains sont assurés à tout moment.")]
    public void French_accents_case_and_plurals_do_not_matter(string sentence)
    {
        Analyse("fr", sentence, "human-oversight").Evidence.Should().NotBeEmpty();
    }

    [Test]
    public void French_apostrophes_typographic_or_straight_both_match()
    {
        Analyse("fr", "Le respect des droits de l’homme est garanti.", "human-rights").Evidence.Should().NotBeEmpty();
        Analyse("fr", "Le respect des droits de l'homme est garanti.", "human-rights").Evidence.Should().NotBeEmpty();
    }

    [Test]
    public void English_inflections_meet_the_phrase_stem()
    {
        Analyse("en", "The authority assessed the risks posed by each system.", "risk-assessment").Evidence.Should().NotBeEmpty();
    }

    [Test]
    public void A_weak_phrase_alone_is_not_evidence()
    {
        // "lawful" weighs 0.4 for legality: too weak on its own
        Analyse("en", "The operator shall keep a lawful copy of the register.", "legality").Evidence.Should().BeEmpty();
    }

    [Test]
    public void Criminal_liability_is_not_accountability_evidence()
    {
        var doc = Docs.Sentence("en", "A person who uses an artificial intelligence system for terrorist purposes shall incur criminal liability.");
        var report = _analyzer.Analyze(doc, Docs.Catalog);
        report.For("accountability")!.Evidence.Should().BeEmpty();
        report.For("criminalisation")!.Status.Should().Be(CoverageStatus.Covered);
    }

    // --- evidence ---

    [Test]
    public void Evidence_points_to_the_paragraph_that_holds_the_sentence()
    {
        var doc = Docs.Document("en",
            Docs.Article(3, "Scope", "This Law applies to artificial intelligence systems used by public authorities."),
            Docs.Article(7, "Oversight",
                "The operator shall keep records of every use.",
                "Every alert generated by the system shall be verified by a human operator before any measure is taken. The verification shall be recorded."));
        var c = _analyzer.Analyze(doc, Docs.Catalog).For("human-oversight")!;
        var e = c.Evidence.Should().ContainSingle(x => !x.FromHeading).Subject;
        e.EId.Should().Be("art_7__para_2");
        e.Citation.Should().Be("Article 7(2)");
        e.Sentence.Should().Be("Every alert generated by the system shall be verified by a human operator before any measure is taken.");
        e.MatchedPhrases.Should().Contain("human operator");
    }

    [Test]
    public void Sentences_split_after_legal_abbreviations_only_at_real_ends()
    {
        var doc = Docs.Sentence("en", "Under Art. 5 para. 2 the operator shall publish a register. Human oversight shall be ensured by the authority.");
        var e = _analyzer.Analyze(doc, Docs.Catalog).For("transparency")!.Evidence.Single();
        e.Sentence.Should().Be("Under Art. 5 para. 2 the operator shall publish a register.");
    }

    [Test]
    public void Russian_abbreviations_do_not_end_sentences()
    {
        var doc = Docs.Sentence("ru", "В соответствии с п. 2 ст. 5 настоящего Закона оператор обязан обеспечить защиту персональных данных.");
        _analyzer.Analyze(doc, Docs.Catalog).For("data-protection")!.Evidence.Single().Sentence
            .Should().StartWith("В соответствии с п. 2 ст. 5");
    }

    [Test]
    public void Heading_counts_as_a_mention()
    {
        var doc = Docs.Document("en", Docs.Article(12, "Transparency", "The Minister may issue guidance."));
        var c = _analyzer.Analyze(doc, Docs.Catalog).For("transparency")!;
        c.Evidence.Should().ContainSingle().Which.FromHeading.Should().BeTrue();
        c.Status.Should().Be(CoverageStatus.Partial);
    }

    [Test]
    public void Language_without_indicators_reports_everything_absent_with_a_warning()
    {
        var report = _analyzer.Analyze(Docs.Sentence("de", "Die menschliche Aufsicht ist sicherzustellen."), Docs.Catalog);
        report.Principles.Should().OnlyContain(p => p.Status == CoverageStatus.Absent);
        report.Diagnostics.Should().ContainSingle(d => d.Code == CoverageAnalyzer.NoIndicatorsForLanguage);
    }

    [Test]
    public void Report_lists_every_principle_in_catalogue_order()
    {
        var report = _analyzer.Analyze(Docs.Sentence("en", "Nothing here."), Docs.Catalog);
        report.Principles.Select(p => p.Principle.Id).Should().Equal(Docs.Catalog.Principles.Select(p => p.Id));
    }

    [Test]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => _analyzer.Analyze(Docs.Sentence("en", "Human oversight shall be ensured."), Docs.Catalog, cancellationToken: cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }
}
