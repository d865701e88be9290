using ModelLaw.Documents;
using ModelLaw.Drafting.Lint;
using static ModelLaw.Tests.Drafting.DraftingTrees;

namespace ModelLaw.Tests.Drafting;

public class LinterTests
{
    private static readonly Linter Linter = new();

    private static List<LintFinding> Findings(LegalDocument doc, string rule) => Linter.Lint(doc).Findings.Where(f => f.Rule == rule).ToList();

    private static LegalDocument Clean() => Document("en",
        Article("Article 1", "1", "Definitions",
            Para("1", "For the purposes of this Law:",
                Point("a", "'artificial intelligence system' means a machine-based system that infers from input how to generate outputs;"),
                Point("b", "'operator' means a provider or deployer of an artificial intelligence system."))),
        Article("Article 2", "2", "Human oversight",
            Para("1", "Every operator shall ensure meaningful human control over artificial intelligence systems used for security purposes."),
            Para("2", "The obligation laid down in paragraph 1 applies to the operators referred to in Article 1(1)(b).")));

    [Test]
    public void Clean_draft_has_no_findings()
    {
        Linter.Lint(Clean()).Findings.Should().BeEmpty();
    }

    [Test]
    public void Reference_to_a_missing_paragraph_is_a_dangling_reference_error()
    {
        var doc = Document("en", Article("Article 1", "1", "Scope",
            Para("1", "This Law applies to operators."), Para("2", "Paragraph 4 shall not apply to research.")));
        var f = Findings(doc, "dangling-reference").Single();
        f.Severity.Should().Be(DiagnosticSeverity.Error);
        f.Citation.Should().Be("Article 1(2)");
    }

    [Test]
    public void Reference_to_another_act_is_not_dangling()
    {
        var doc = Document("en", Article("Article 1", "1", "Scope",
            Para("1", "This Law applies without prejudice to Article 8 of the European Convention on Human Rights and Article 22 of Regulation (EU) 2016/679.")));
        Findings(doc, "dangling-reference").Should().BeEmpty();
    }

    [Test]
    public void Skipped_article_number_is_a_numbering_gap()
    {
        var doc = Document("en",
            Article("Article 1", "1", null, Para("1", "Text.")),
            Article("Article 3", "3", null, Para("1", "Text.")));
        Findings(doc, "numbering-gap").Single().Citation.Should().Be("Article 3");
    }

    [Test]
    public void Bis_article_is_not_a_gap_nor_a_duplicate()
    {
        var bis = new ProvisionBuilder(ProvisionKind.Article) { Number = new("Article 10 bis", "10a", 10), Content = "Inserted." };
        var doc = Document("en", Article("Article 10", "10", null, Para("1", "Text.")), bis, Article("Article 11", "11", null, Para("1", "Text.")));
        Linter.Lint(doc).Findings.Should().BeEmpty();
    }

    [Test]
    public void Two_paragraphs_with_the_same_number_are_a_duplicate()
    {
        var doc = Document("en", Article("Article 1", "1", null, Para("1", "First."), Para("1", "Second.")));
        Findings(doc, "numbering-duplicate").Single().Severity.Should().Be(DiagnosticSeverity.Error);
    }

    [Test]
    public void Points_directly_under_an_article_without_intro_are_reported()
    {
        var doc = Document("en", Article("Article 4", "4", "Prohibited practices",
            Point("a", "the use of autonomous systems to select targets without human control;"),
            Point("b", "the dissemination of terrorist content by automated means.")));
        Findings(doc, "points-without-lead-in").Single().Citation.Should().Be("Article 4");
    }

    [Test]
    public void Bracketed_placeholder_and_blank_line_are_reported()
    {
        var doc = Document("en", Article("Article 9", "9", "Competent authority",
            Para("1", "The [name of the competent authority] shall supervise the application of this Law."),
            Para("2", "Fines shall not exceed ______ per infringement.")));
        Findings(doc, "placeholder").Select(f => f.Citation).Should().Equal("Article 9(1)", "Article 9(2)");
    }

    [Test]
    public void Numbered_paragraph_without_text_is_an_empty_provision()
    {
        var doc = Document("en", Article("Article 2", "2", null, Para("1", "Text."), Para("2", "")));
        Findings(doc, "empty-provision").Single().Citation.Should().Be("Article 2(2)");
    }

    [Test]
    public void Defined_term_never_used_is_reported()
    {
        var doc = Document("en",
            Article("Article 1", "1", "Definitions", Para("1", "For the purposes of this Law:",
                Point("a", "'robotic system' means a machine able to act in the physical world;"),
                Point("b", "'operator' means a person that deploys a system."))),
            Article("Article 2", "2", null, Para("1", "Every operator shall keep records.")));
        Findings(doc, "term-defined-not-used").Single().Message.Should().Contain("robotic system");
    }

    [Test]
    public void Plural_use_counts_as_use_of_a_defined_term()
    {
        var doc = Document("en",
            Article("Article 1", "1", "Definitions", Para("1", "For the purposes of this Law:", Point("a", "'operator' means a person that deploys a system."))),
            Article("Article 2", "2", null, Para("1", "Operators shall keep records.")));
        Findings(doc, "term-defined-not-used").Should().BeEmpty();
    }

    [Test]
    public void Quoted_term_that_is_not_defined_is_reported()
    {
        var doc = Document("en",
            Article("Article 1", "1", "Definitions", Para("1", "For the purposes of this Law:", Point("a", "'operator' means a person that deploys a system."))),
            Article("Article 2", "2", null, Para("1", "Every operator shall notify any 'serious incident' to the authority.")));
        Findings(doc, "undefined-quoted-term").Single().Message.Should().Contain("serious incident");
    }

    [Test]
    public void Hyphenated_variant_of_a_defined_term_is_inconsistent()
    {
        var doc = Document("en",
            Article("Article 1", "1", "Definitions", Para("1", "For the purposes of this Law:",
                Point("a", "'artificial intelligence system' means a machine-based system that infers outputs from input."))),
            Article("Article 2", "2", null, Para("1", "Each artificial-intelligence system shall be registered; every artificial intelligence system shall be logged.")));
        Findings(doc, "inconsistent-term").Single().Message.Should().Contain("artificial-intelligence system");
    }

    [Test]
    public void Russian_defined_term_in_another_case_counts_as_used()
    {
        var doc = Document("ru",
            Article("Статья 1", "1", "Основные понятия", Para("1", "Для целей настоящего Закона используются следующие понятия:",
                Point("а", "оператор — лицо, осуществляющее эксплуатацию системы искусственного интеллекта;", "{0})"))),
            Article("Статья 2", "2", null, Para("1", "Обязанности оператора устанавливаются настоящим Законом.")));
        Findings(doc, "term-defined-not-used").Should().BeEmpty();
    }

    [Test]
    public void French_guillemet_definition_is_extracted_and_checked()
    {
        var doc = Document("fr",
            Article("Article premier", "1", "Définitions", Para("1", "Aux fins de la présente loi, on entend par :",
                Point("a", "« exploitant » : toute personne qui déploie un système d'intelligence artificielle ;", "{0})"),
                Point("b", "« drone » : tout aéronef sans équipage à bord.", "{0})"))),
            Article("Article 2", "2", null, Para("1", "Les exploitants tiennent un registre.")));
        Findings(doc, "term-defined-not-used").Single().Message.Should().Contain("drone");
    }
}
