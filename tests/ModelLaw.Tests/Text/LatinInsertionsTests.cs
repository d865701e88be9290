using ModelLaw.Documents;
using ModelLaw.Reading.Citations;
using ModelLaw.Reading;
using ModelLaw.Reading.PlainText;
using ModelLaw.Text;

namespace ModelLaw.Tests.Text;

/// <summary>The one list of Latin insertion words, and the readers that take it from there.</summary>
public class LatinInsertionsTests
{
    [TestCase("bis", 1, 'a')]
    [TestCase("TER", 2, 'b')]
    [TestCase("nonies", 8, 'h')]
    [TestCase("novies", 8, 'h')]
    [TestCase("decies", 9, 'i')]
    public void A_word_has_its_place_and_its_letter(string word, int ordinal, char letter)
    {
        LatinInsertions.Ordinal(word).Should().Be(ordinal);
        LatinInsertions.Letter(ordinal).Should().Be(letter);
    }

    [TestCase("bisque")]
    [TestCase("terre")]
    [TestCase("")]
    public void Other_words_are_not_insertions(string word) => LatinInsertions.Ordinal(word).Should().BeNull();

    [Test]
    public void French_articles_numbered_with_either_spelling_of_the_ninth_read_and_resolve_alike()
    {
        var doc = TextParser.CreateDefault().Parse("""
            LOI RELATIVE À L'INTELLIGENCE ARTIFICIELLE

            Article 5
            Le présent titre s'applique aux systèmes d'intelligence artificielle.

            Article 5 octies
            L'autorité compétente tient un registre des systèmes à haut risque.

            Article 5 nonies
            Le registre est public.

            Article 6
            La présente loi entre en vigueur le premier jour du sixième mois suivant sa publication.
            """, ReadOptions.Default with { Language = "fr" });

        var articles = doc.Provisions.Where(p => p.Kind == ProvisionKind.Article).ToArray();
        articles.Select(a => a.EId).Should().Equal("art_5", "art_5g", "art_5h", "art_6");
        doc.Resolve("article 5 novies")!.Content.Should().Be("Le registre est public.");
        doc.Resolve("article 5 nonies")!.Content.Should().Be("Le registre est public.");
    }
}
