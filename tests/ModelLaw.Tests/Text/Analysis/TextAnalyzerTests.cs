using FsCheck;
using FsCheck.Fluent;
using ModelLaw.Text.Analysis;

namespace ModelLaw.Tests.Text.Analysis;

public class TextAnalyzerTests
{
    private static List<string> Terms(string text) => TextAnalyzer.Default.Terms(text);

    [Test]
    public void Latin_accents_and_case_are_folded()
    {
        Terms("Marché RÉGLEMENTÉ, protección").Should().Equal("marche", "reglemente", "proteccion");
    }

    [Test]
    public void Ligatures_open_and_sharp_s_doubles()
    {
        Terms("Œuvre cœur Straße").Should().Equal("oeuvre", "coeur", "strasse");
    }

    [Test]
    public void Russian_yo_is_ye_and_short_i_keeps_its_breve()
    {
        Terms("Её действий").Should().Equal("ее", "действий");
    }

    [Test]
    public void Arabic_is_normalised_and_lightly_stemmed()
    {
        // diacritics and tatweel dropped, alef with hamza folded, "ال" and "وال" stripped, plural "ات" stripped
        Terms("والمعلومـات الإرهابيَّة").Should().Equal("معلوم", "ارهابيه");
    }

    [Test]
    public void Digits_of_any_script_become_ascii()
    {
        Terms("المادة ١٢").Should().Equal("ماده", "12");
    }

    [Test]
    public void A_reference_gives_its_numbers_and_letters_as_terms()
    {
        Terms("Article 5(2)(a) of 2014/65/EU").Should().Equal("article", "5", "2", "a", "of", "2014", "65", "eu");
    }

    [Test]
    public void Han_runs_give_overlapping_bigrams_and_a_single_character_stays_itself()
    {
        Terms("数据安全 法").Should().Equal("数据", "据安", "安全", "法");
    }

    [Test]
    public void Combining_marks_and_format_characters_vanish_inside_a_word()
    {
        Terms("re\u0301gle\u00ADment").Should().Equal("reglement");
    }

    [Test]
    public void Equal_terms_get_equal_ids_in_first_seen_order()
    {
        var table = new TermTable();
        var ids = new List<int>();

        TextAnalyzer.Default.Analyze("the Member State and the member states", table, ids);

        ids.Should().Equal(0, 1, 2, 3, 0, 1, 4);
        table[4].Should().Be("states");
        table.TryGetId("member".AsSpan(), out var id).Should().BeTrue();
        id.Should().Be(1);
    }

    [Test]
    public void The_tokens_handed_back_are_those_of_the_tokenizer()
    {
        const string text = "Article 5(2) — «\u00A0texte\u00A0»";
        var tokens = new List<Token>();

        TextAnalyzer.Default.Analyze(text, new TermTable(), new List<int>(), tokens);

        tokens.Should().Equal(LegalTokenizer.Tokenize(text));
    }

    private static readonly char[] Alphabet =
        "aAzé5 0(2)-/.,;:«»—\u00A0\nÉœæßёЁйСтатья١٢۳أإآةىـَُال数据安全\u0301\u00AD\u200Bī'’𝐀ःि".ToCharArray();

    [Test]
    public void Terms_are_those_of_the_alignment_normaliser_they_replace()
    {
        var strings = Gen.ArrayOf(Gen.Elements(Alphabet)).Select(a => new string(a)).ToArbitrary();
        Prop.ForAll(strings, s => Terms(s).SequenceEqual(ModelLaw.Comparing.Alignment.TextNormalizer.Words(s)))
            .QuickCheckThrowOnFailure();
    }
}
