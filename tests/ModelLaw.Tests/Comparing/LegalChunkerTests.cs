using ModelLaw.Comparing.Diffing;

namespace ModelLaw.Tests.Comparing;

public class LegalChunkerTests
{
    [Test]
    public void Tokens_rebuild_the_text_exactly()
    {
        const string text = "Article 5(2)(a) of Directive 2014/65/EU — as amended — shall apply  from 3\u00A0January 2018.";

        string.Concat(LegalChunker.Tokenize(text)).Should().Be(text);
    }

    [Test]
    public void A_reference_with_its_subdivisions_is_one_token()
    {
        LegalChunker.Tokenize("under Article 5(2)(a) and 10a(iv)").Should().Contain(["5(2)(a)", "10a(iv)"]);
    }

    [Test]
    public void Instrument_numbers_and_decimals_stay_whole()
    {
        LegalChunker.Tokenize("Directive 2014/65/EU sets 1.5 % and EUR 8,000,000").Should().Contain(["2014/65/EU", "1.5", "8,000,000"]);
    }

    [Test]
    public void Guillemets_dashes_and_non_breaking_spaces_are_kept_as_tokens()
    {
        var tokens = LegalChunker.Tokenize("«\u00A0autorité compétente\u00A0» — désigne");

        tokens.Should().Contain(["«", "\u00A0", "»", "—", "autorité", "compétente"]);
    }

    [Test]
    public void Hyphenated_words_are_one_token()
    {
        LegalChunker.Tokenize("a sub-paragraph of the non-résident's").Should().Contain(["sub-paragraph", "non-résident"]);
    }

    [Test]
    public void Cyrillic_words_are_tokens()
    {
        LegalChunker.Tokenize("Статья 5. Сфера действия").Should().Equal("Статья", " ", "5", ".", " ", "Сфера", " ", "действия");
    }
}
