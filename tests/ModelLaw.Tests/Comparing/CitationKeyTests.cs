using ModelLaw.Workflows.Evaluation;

namespace ModelLaw.Tests.Comparing;

public class CitationKeyTests
{
    [TestCase("Article 4(1)(7)", "art:4", "1", "7")]
    [TestCase("Article 10a", "art:10a", null, null)]
    [TestCase("Article 21(1a)", "art:21", "1a", null)]
    [TestCase("Article 8(3a)", "art:8", "3a", null)]
    [TestCase("Article 14(4a)(b)", "art:14", "4a", "b")]
    [TestCase("Article 4, paragraphe 1, point 7)", "art:4", "1", "7")]
    [TestCase("Article 1er, paragraphe 5, premier alinéa, point i)", "art:1", "5", "i")]
    [TestCase("Article 1(5), first subparagraph, point (i)", "art:1", "5", "i")]
    [TestCase("Article 10 ter, paragraphe 1", "art:10b", "1", null)] // "ter" = third, as the language profiles number it
    [TestCase("Article 3(c)", "art:3", null, "c")]
    [TestCase("Annex I", "annex:1", null, null)]
    [TestCase("Annexe II", "annex:2", null, null)]
    [TestCase("Статья 7, часть 2", "art:7", "2", null)]
    public void A_printed_citation_becomes_article_paragraph_and_point(string citation, string article, string? paragraph, string? point)
    {
        CitationKey.Parse(citation).Should().ContainSingle().Which.Should().Be(new CitationKey(article, paragraph, point));
    }

    [TestCase("Article 6(1) and (2)")]
    [TestCase("Article 6, paragraphes 1 et 2")]
    public void Two_paragraphs_in_one_citation_give_two_keys(string citation)
    {
        CitationKey.Parse(citation).Should().Equal(new CitationKey("art:6", "1", null), new CitationKey("art:6", "2", null));
    }

    [Test]
    public void Text_that_is_not_a_citation_gives_no_key()
    {
        CitationKey.Parse("Regulation (EU) No 600/2014").Should().BeEmpty();
    }
}

public class CitationKeyInsertionTests
{
    [TestCase("Article 67.1")]
    [TestCase("Article 67-1")]
    [TestCase("Статья 67.1")]
    public void An_inserted_article_keys_as_its_provision_does(string citation)
    {
        var doc = LawFixtures.Doc("en", LawFixtures.Art("67.1", "Inserted", "Text of the inserted article."));
        var provision = doc.Root.Children[0];
        var key = CitationKey.Of([doc.Root, provision]);

        provision.EId.Should().Be("art_67-1");
        CitationKey.Parse(citation).Should().ContainSingle().Which.Should().Be(key);
    }
}
