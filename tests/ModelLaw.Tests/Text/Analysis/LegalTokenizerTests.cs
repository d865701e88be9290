using FsCheck;
using FsCheck.Fluent;
using ModelLaw.Text.Analysis;

namespace ModelLaw.Tests.Text.Analysis;

public class LegalTokenizerTests
{
    private static string[] Texts(string text) => LegalTokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();

    private static TokenKind KindOf(string text, string token) =>
        LegalTokenizer.Tokenize(text).First(t => text.Substring(t.Start, t.Length) == token).Kind;

    /// <summary>Characters legal texts are made of, in several scripts, with the traps (marks, glue spaces, Han, surrogates).</summary>
    private static readonly char[] Alphabet =
        "aAzé5 0(2)-/.,;:«»—–\u00A0\u202F\n\tÉœßёЁйСтатья١٢أإةىـَُ数据安全第条\u0301\u00AD\u200Bī'’§[]".ToCharArray();

    private static Arbitrary<string> LegalStrings() =>
        Gen.ArrayOf(Gen.Elements(Alphabet)).Select(a => new string(a)).ToArbitrary();

    [Test]
    public void Tokens_rebuild_the_text_exactly()
    {
        Prop.ForAll(LegalStrings(), s =>
        {
            var tokens = LegalTokenizer.Tokenize(s);
            int at = 0;
            foreach (var t in tokens)
            {
                if (t.Start != at || t.Length <= 0) return false;
                at = t.End;
            }
            return at == s.Length;
        }).QuickCheckThrowOnFailure();
    }

    [Test]
    public void Spans_are_those_of_the_diff_chunker_outside_format_characters()
    {
        // the chunker ends a word at a soft hyphen or zero-width space and a number at a combining mark (the tokenizer
        // keeps them inside, as the alignment terms always did), and glues a hyphen to a word when a Han character follows
        var strings = Gen.ArrayOf(Gen.Elements(Alphabet.Where(c => !LegalTokenizer.IsInWordMark(c) && !HanScript.IsHan(c)).ToArray()))
            .Select(a => new string(a)).ToArbitrary();
        Prop.ForAll(strings, s => Texts(s).SequenceEqual(ModelLaw.Comparing.Diffing.LegalChunker.Tokenize(s)))
            .QuickCheckThrowOnFailure();
    }

    [Test]
    public void A_reference_with_its_subdivisions_is_one_token()
    {
        Texts("under Article 5(2)(a) and 10a(iv)").Should().Contain(["5(2)(a)", "10a(iv)"]);
        KindOf("under Article 5(2)(a)", "5(2)(a)").Should().Be(TokenKind.Reference);
    }

    [Test]
    public void Instrument_numbers_and_decimals_stay_whole()
    {
        Texts("Directive 2014/65/EU sets 1.5 % and EUR 8,000,000").Should().Contain(["2014/65/EU", "1.5", "8,000,000"]);
    }

    [Test]
    public void A_plain_number_is_a_number_in_any_script()
    {
        KindOf("Article 36 applies", "36").Should().Be(TokenKind.Number);
        KindOf("المادة ١٢ تطبق", "١٢").Should().Be(TokenKind.Number);
    }

    [Test]
    public void Guillemets_dashes_and_non_breaking_spaces_are_kept_as_tokens()
    {
        const string text = "«\u00A0autorité compétente\u00A0» — désigne";

        Texts(text).Should().Contain(["«", "\u00A0", "»", "—", "autorité", "compétente"]);
        KindOf(text, "\u00A0").Should().Be(TokenKind.GlueSpace);
        KindOf(text, "—").Should().Be(TokenKind.Mark);
    }

    [Test]
    public void Hyphenated_words_are_one_token()
    {
        Texts("a sub-paragraph of the non-résident's").Should().Contain(["sub-paragraph", "non-résident"]);
    }

    [Test]
    public void Cyrillic_words_are_tokens()
    {
        Texts("Статья 5. Сфера действия").Should().Equal("Статья", " ", "5", ".", " ", "Сфера", " ", "действия");
    }

    [Test]
    public void Each_han_character_is_a_token()
    {
        Texts("第五条 数据").Should().Equal("第", "五", "条", " ", "数", "据");
        KindOf("第五条", "五").Should().Be(TokenKind.Han);
    }

    [Test]
    public void Combining_accents_and_soft_hyphens_stay_inside_the_word()
    {
        Texts("re\u0301gle\u00ADment").Should().Equal("re\u0301gle\u00ADment");
    }

    [Test]
    public void A_surrogate_pair_is_never_cut()
    {
        Texts("a 𝐀 b").Should().Equal("a", " ", "𝐀", " ", "b");
    }
}
