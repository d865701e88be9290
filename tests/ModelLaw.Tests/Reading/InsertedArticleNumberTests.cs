using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Reading.PlainText;

namespace ModelLaw.Tests.Reading;

/// <summary>
/// Inserted article numbers written with a dot or a hyphen ("Статья 11.1", "Article 11.1", "Article 5-1"): an amendment that
/// puts a new article between articles 11 and 12 numbers it this way. They are articles, never sub-paragraphs, and their eId
/// keeps the two numbers apart (art_11-1), so article 11.1 can never be taken for article 111. French codes number their
/// articles with a book letter ("Article L. 851-3").
/// </summary>
public class InsertedArticleNumberTests
{
    private static readonly TextParser Parser = TextParser.CreateDefault();

    private static LegalDocument Parse(string text, string lang) => Parser.Parse(text, ReadOptions.Default with { Language = lang });

    private static Provision[] Articles(LegalDocument doc) => doc.Provisions.Where(p => p.Kind == ProvisionKind.Article).ToArray();

    [Test]
    public void Russian_article_with_a_dotted_number_is_an_article_between_its_neighbours()
    {
        var doc = Parse("""
            Статья 11. Оценка рисков

            1. До внедрения системы высокого риска компетентный орган проводит оценку рисков.

            Статья 11.1. Государственная экспертиза систем искусственного интеллекта

            1. Системы высокого риска до их внедрения подлежат государственной экспертизе.

            2. Порядок проведения государственной экспертизы устанавливается Правительством.

            Статья 12. Человеческий надзор

            1. Системы высокого риска используются под надзором человека.
            """, "ru");

        var articles = Articles(doc);
        articles.Select(a => a.Number!.Written).Should().Equal("Статья 11", "Статья 11.1", "Статья 12");
        var inserted = articles[1];
        inserted.Heading.Should().Be("Государственная экспертиза систем искусственного интеллекта");
        inserted.EId.Should().Be("art_11-1");
        inserted.Children.Select(c => c.EId).Should().Equal("art_11-1__para_1", "art_11-1__para_2");
        inserted.Children[0].Citation.Should().Be("Статья 11.1(1)");
    }

    [Test]
    public void English_article_with_a_dotted_number_is_an_article_with_a_hyphenated_eId()
    {
        var doc = Parse("""
            Article 11 — Risk assessment
            1. Before deploying a high-risk system, the competent authority shall assess its risks.

            Article 11.1 — Certification
            1. A high-risk system shall be certified before it is deployed.

            Article 12 — Human oversight
            1. High-risk systems shall be subject to human oversight.
            """, "en");

        var articles = Articles(doc);
        articles.Select(a => a.EId).Should().Equal("art_11", "art_11-1", "art_12");
        articles[1].Heading.Should().Be("Certification");
        articles[1].Children.Single().Content.Should().Be("A high-risk system shall be certified before it is deployed.");
    }

    [Test]
    public void Article_numbered_111_keeps_its_own_eId_beside_article_11_1()
    {
        var doc = Parse("""
            Article 11.1 — Certification
            A high-risk system shall be certified before it is deployed.

            Article 111 — Repeal
            The Act of 2011 is repealed.
            """, "en");

        Articles(doc).Select(a => a.EId).Should().Equal("art_11-1", "art_111");
    }

    [Test]
    public void French_article_with_a_hyphenated_number_is_an_article()
    {
        var doc = Parse("""
            Article 5 — Principes
            L'autorité compétente respecte les droits de l'homme.

            Article 5-1 — Contrôle humain
            Toute décision est soumise au contrôle d'une personne physique.

            Article 6 — Nécessité
            L'utilisation d'un système est strictement nécessaire.
            """, "fr");

        var articles = Articles(doc);
        articles.Select(a => a.Number!.Written).Should().Equal("Article 5", "Article 5-1", "Article 6");
        articles[1].EId.Should().Be("art_5-1");
        articles[1].Heading.Should().Be("Contrôle humain");
    }

    [Test]
    public void French_article_with_a_dotted_number_is_an_article()
    {
        var doc = Parse("""
            Article 11. Évaluation des risques
            L'autorité compétente évalue les risques du système.

            Article 11.1. Certification
            Un système à haut risque est certifié avant son déploiement.
            """, "fr");

        var articles = Articles(doc);
        articles.Select(a => a.EId).Should().Equal("art_11", "art_11-1");
        articles[1].Heading.Should().Be("Certification");
    }

    [Test]
    public void French_code_article_with_a_book_letter_is_an_article()
    {
        var doc = Parse("""
            Article L. 851-3
            I. – Pour les seuls besoins de la prévention du terrorisme, peut être imposé aux opérateurs la mise en œuvre sur leurs réseaux de traitements automatisés.

            Article L. 851-4
            Les données techniques relatives à la localisation des équipements terminaux peuvent être recueillies sur sollicitation du réseau.
            """, "fr");

        var articles = Articles(doc);
        articles.Select(a => a.Number!.Written).Should().Equal("Article L. 851-3", "Article L. 851-4");
        articles.Select(a => a.EId).Should().Equal("art_L851-3", "art_L851-4"); // eIds keep the number's case (akn-nc)
    }
}
