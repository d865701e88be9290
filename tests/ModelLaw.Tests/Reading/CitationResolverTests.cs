using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Reading.PlainText;
using ModelLaw.Reading.Citations;

namespace ModelLaw.Tests.Reading;

public class CitationResolverTests
{
    private static readonly TextParser Parser = TextParser.CreateDefault();

    private const string English = """
        MODEL LAW ON COUNTERING THE USE OF ARTIFICIAL INTELLIGENCE FOR TERRORIST PURPOSES

        CHAPTER I
        GENERAL PROVISIONS

        Article 4
        Definitions
        1. For the purposes of this Law, the following definitions apply:

        (1) ‘AI system’ means a machine-based system that generates outputs such as predictions or content;

        (7) ‘provider’ means a person who develops an AI system or places it on the market;

        2. The competent authority may issue guidance on these definitions.

        Article 5
        Obligations of providers
        1. Providers shall keep logs of their systems.

        2. Providers shall ensure:

        (a) human oversight of every deployment;

        (b) the reporting of incidents to the authority.

        Where a provider is a small enterprise, the authority may grant a longer period.

        Those measures shall be proportionate.

        ANNEX I
        LIST OF HIGH-RISK USES

        SECTION A

        Uses in critical infrastructure

        (1) Control of the electricity grid.
        """;

    private static LegalDocument Doc(string text, string lang) => Parser.Parse(text, ReadOptions.Default with { Language = lang });

    [TestCase("Article 4(1)(7)", ProvisionKind.Definition, "‘provider’ means a person who develops an AI system or places it on the market;")]
    [TestCase("Article 5(2)(a)", ProvisionKind.Point, "human oversight of every deployment;")]
    [TestCase("Article 5(2), second subparagraph", ProvisionKind.Subparagraph, "Where a provider is a small enterprise, the authority may grant a longer period.")]
    [TestCase("Article 5(2) third subparagraph", ProvisionKind.Subparagraph, "Those measures shall be proportionate.")]
    [TestCase("Article 5(2), first subparagraph, point (b)", ProvisionKind.Point, "the reporting of incidents to the authority.")]
    public void English_citation_resolves_to_the_provision_it_names(string citation, ProvisionKind kind, string content)
    {
        var p = Doc(English, "en").Resolve(citation);
        p.Should().NotBeNull();
        p!.Kind.Should().Be(kind);
        p.Content.Should().Be(content);
    }

    [Test]
    public void Annex_citation_resolves_by_roman_number()
    {
        Doc(English, "en").Resolve("Annex I")!.Heading.Should().Be("LIST OF HIGH-RISK USES");
    }

    [Test]
    public void Annex_section_citation_resolves_to_the_lettered_section_inside_the_annex()
    {
        var section = Doc(English, "en").Resolve("Annex I, Section A");
        section!.Kind.Should().Be(ProvisionKind.Section);
        section.Heading.Should().Be("Uses in critical infrastructure");
    }

    [Test]
    public void Citation_of_two_paragraphs_names_both()
    {
        Doc(English, "en").ResolveAll("Article 5(1) and (2)").Select(p => p.Number!.Value).Should().Equal("1", "2");
    }

    [Test]
    public void Citation_of_a_missing_provision_resolves_to_null()
    {
        Doc(English, "en").Resolve("Article 5(9)").Should().BeNull();
    }

    private const string French = """
        LOI TYPE

        CHAPITRE PREMIER
        DISPOSITIONS GÉNÉRALES

        Article premier
        Objet
        1. La présente loi a pour objet de prévenir l'utilisation de l'intelligence artificielle à des fins terroristes.

        Article 5
        Obligations des fournisseurs
        1. Les fournisseurs tiennent un registre.

        4. Les fournisseurs veillent à ce que:

        a) un contrôle humain soit assuré;

        b) les incidents soient signalés.

        Article 10 bis
        Coopération
        2. Les autorités coopèrent entre elles.

        ANNEXE I
        LISTE DES USAGES
        """;

    [TestCase("Article 5, paragraphe 4, point a)", "un contrôle humain soit assuré;")]
    [TestCase("Article 1er, paragraphe 1", "La présente loi a pour objet de prévenir l'utilisation de l'intelligence artificielle à des fins terroristes.")]
    [TestCase("Article premier, paragraphe 1", "La présente loi a pour objet de prévenir l'utilisation de l'intelligence artificielle à des fins terroristes.")]
    [TestCase("Article 10 bis, paragraphe 2", "Les autorités coopèrent entre elles.")]
    [TestCase("Article 5, paragraphe 4, premier alinéa, point b)", "les incidents soient signalés.")]
    public void French_citation_resolves_to_the_provision_it_names(string citation, string content)
    {
        Doc(French, "fr").Resolve(citation)!.Content.Should().Be(content);
    }

    [Test]
    public void French_annex_citation_resolves()
    {
        Doc(French, "fr").Resolve("Annexe I")!.Heading.Should().Be("LISTE DES USAGES");
    }

    private const string Russian = """
        МОДЕЛЬНЫЙ ЗАКОН

        Глава 1. Общие положения

        Статья 5. Обязанности поставщиков
        1. Поставщики ведут журналы работы систем.
        2. Поставщики обеспечивают:
        1) человеческий контроль за применением систем;
        2) уведомление уполномоченного органа об инцидентах.
        """;

    [Test]
    public void Russian_citation_with_part_and_point_resolves()
    {
        Doc(Russian, "ru").Resolve("Статья 5, часть 2, пункт 1")!.Content.Should().Be("человеческий контроль за применением систем;");
    }

    [Test]
    public void Citation_path_reads_article_paragraph_and_point_as_steps()
    {
        var path = CitationParser.Default.Parse("Article 4(1)(7)")!;
        path.Steps.Should().Equal(
            new CitationStep(CitationStepKind.Heading, ProvisionKind.Article, "4"),
            new CitationStep(CitationStepKind.Numbered, null, "1"),
            new CitationStep(CitationStepKind.Numbered, null, "7"));
    }

    [Test]
    public void Citation_of_an_inserted_article_normalises_bis_to_a_letter()
    {
        CitationParser.Default.Parse("Article 10 bis")!.Steps[0].Value.Should().Be("10a");
        CitationParser.Default.Parse("Article 10 ter")!.Steps[0].Value.Should().Be("10b");
    }
}
