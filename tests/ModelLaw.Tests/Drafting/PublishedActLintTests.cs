using ModelLaw.Documents;
using ModelLaw.Drafting.Lint;

namespace ModelLaw.Tests.Drafting;

/// <summary>
/// Lint on the published EU acts at hand, as a drafter would leave it switched on: at most one error each, and that one
/// true (a provision the text at hand does not have); and the defects planted in a real act are all found.
/// </summary>
public class PublishedActLintTests
{
    // the one error each text has, or none: the correlation-table annexes are left out of the newer acts' texts, and the
    // consolidated MiFID I refers to an Article 59a it does not have
    [TestCase(RealActs.MifidI, "Article 59a")]
    [TestCase(RealActs.MifidIFr, "article 59 bis")]
    [TestCase(RealActs.MifidII, "Annex IV of this Directive")]
    [TestCase(RealActs.MifidIIFr, "annexe IV de la présente directive")]
    [TestCase(RealActs.ProspectusDirective, null)]
    [TestCase(RealActs.ProspectusDirectiveFr, null)]
    [TestCase(RealActs.ProspectusRegulation, "Annex VI to this Regulation")]
    [TestCase(RealActs.ProspectusRegulationFr, "annexe VI du présent règlement")]
    public void Published_act_has_at_most_its_one_true_error(string relative, string? reference)
    {
        var errors = RealActs.Lint(relative).Findings.Where(f => f.Severity == DiagnosticSeverity.Error).ToList();
        if (reference is null) errors.Should().BeEmpty();
        else errors.Should().ContainSingle().Which.Message.Should().StartWith($"'{reference}' refers to");
    }

    [Test]
    public void Planted_dangling_reference_is_an_error_at_its_provision()
    {
        var found = RealActs.Planted(RealActs.MifidII, "(a) insurance undertakings or", "(a) subject to Article 98, insurance undertakings or");
        found.Should().ContainSingle().Which.Should().Match<LintFinding>(f => f.Code == "ML101" && f.Citation == "Article 2(1)(a)" && f.Message.Contains("Article 98"));
    }

    [TestCase(RealActs.MifidII, "(a) insurance undertakings or", "(a) subject to paragraph 9, insurance undertakings or")]
    [TestCase(RealActs.ProspectusRegulationFr, "Article 3\n", "Article 3\nSous réserve du paragraphe 9.\n")]
    public void Planted_paragraph_the_article_lacks_dangles_and_is_not_read_as_an_article_of_that_number(string relative, string find, string replace)
    {
        // both texts have an Article 9: "paragraph 9" of an article with four paragraphs must not land on it
        var found = RealActs.Planted(relative, find, replace);
        found.Should().ContainSingle(f => f.Code == "ML101").Which.Message.Should().Contain("Paragraph 9");
    }

    [Test]
    public void Planted_dangling_reference_is_found_in_french_too()
    {
        var found = RealActs.Planted(RealActs.ProspectusRegulationFr, "Article 3\n", "Article 3\nSous réserve de l’article 77, paragraphe 2.\n");
        found.Should().ContainSingle(f => f.Code == "ML101").Which.Message.Should().Contain("Article 77(2)");
    }

    [Test]
    public void Article_renumbered_to_a_second_article_5_appears_twice_and_skips_nothing()
    {
        var found = RealActs.Planted(RealActs.MifidII, "\nArticle 6\n", "\nArticle 5\n");
        var duplicate = found.Should().ContainSingle(f => f.Code == "ML103").Which;
        duplicate.Severity.Should().Be(DiagnosticSeverity.Error);
        duplicate.Message.Should().MatchRegex(@"^'Article 5' appears twice: Article 5 \(line \d+\) and Article 5 \(line \d+\)\.$");
        duplicate.RelatedEId.Should().NotBeNull().And.NotBe(duplicate.EId);
        found.Should().NotContain(f => f.Code == "ML102", "the number missing is the one the duplicate took");
    }

    [Test]
    public void Planted_placeholder_is_found()
    {
        var found = RealActs.Planted(RealActs.ProspectusRegulation, "the competent authority of the home Member State",
            "the [name of the competent authority] of the home Member State");
        found.Should().ContainSingle().Which.Should().Match<LintFinding>(f => f.Code == "ML105" && f.Message.Contains("[name of the competent authority]"));
    }

    [Test]
    public void Roman_annex_five_follows_annex_four()
    {
        RealActs.Lint(RealActs.ProspectusRegulation).Findings.Should().NotContain(f => f.Code == "ML102");
    }

    [Test]
    public void Skipped_annex_is_named_in_roman_numerals()
    {
        var found = RealActs.Planted(RealActs.ProspectusRegulation, "\nANNEX V\n", "\nANNEX VI\n");
        found.Should().ContainSingle(f => f.Code == "ML102").Which.Message.Should().Be("ANNEX VI follows ANNEX IV: V is missing (roman-upper numbering).");
    }

    [Test]
    public void A_heading_line_written_twice_is_a_warning_not_a_duplicate()
    {
        var findings = RealActs.Lint(RealActs.MifidII).Findings;
        findings.Should().ContainSingle(f => f.Code == "ML111").Which.Severity.Should().Be(DiagnosticSeverity.Warning);
        findings.Should().NotContain(f => f.Code == "ML103");
    }

    [Test]
    public void Alternative_terms_are_defined_and_used()
    {
        // "'multilateral trading facility' or 'MTF' means": the text uses MTF
        var findings = RealActs.Lint(RealActs.MifidII).Findings;
        findings.Should().NotContain(f => (f.Code == "ML107" || f.Code == "ML108") && f.Message.Contains("multilateral trading facility"));
        RealActs.Lint(RealActs.MifidIIFr).Findings.Should().NotContain(f => f.Message.Contains("système multilatéral de négociation"));
    }

    [Test]
    public void Term_defined_only_with_an_unused_alternative_is_still_reported()
    {
        var found = RealActs.Planted(RealActs.MifidII, "‘multilateral trading facility’ or ‘MTF’ means", "‘multilateral trading facility’ or ‘MTF’ or ‘bourse alternative’ means");
        found.Should().BeEmpty("an alternative counts as used when any term of its definition is used");
    }

    [Test]
    public void Cited_instruments_are_listed_not_flagged()
    {
        var report = RealActs.Lint(RealActs.MifidII);
        report.CitedInstruments[0].Name.Should().Be("Regulation (EU) No 600/2014");
        report.CitedInstruments[0].References.Should().BeGreaterThan(50);
        report.CitedInstruments.Should().Contain(i => i.Key == "TFEU");
        report.Findings.Should().NotContain(f => f.Message.Contains("600/2014"));
    }

    [Test]
    public void The_same_instrument_has_one_key_in_english_and_french()
    {
        var en = RealActs.Lint(RealActs.MifidII).CitedInstruments.Select(i => i.Key).Take(5);
        var fr = RealActs.Lint(RealActs.MifidIIFr).CitedInstruments.Select(i => i.Key);
        fr.Should().Contain(en);
    }
}
