using ModelLaw.Drafting.Definitions;
using static ModelLaw.Tests.Drafting.DraftingTrees;

namespace ModelLaw.Tests.Drafting;

/// <summary>Defined terms with alternatives, by reference and inline, on the published acts and on short drafts.</summary>
public class DefinitionTests
{
    private static readonly DefinitionExtractor Extractor = new();

    private static DefinedTerm Term(string relative, string term) => Extractor.Extract(RealActs.Read(relative)).Single(t => t.Term == term);

    [Test]
    public void Term_or_term_means_defines_both()
    {
        // "‘multilateral trading facility’ or ‘MTF’"
        Term(RealActs.MifidII, "multilateral trading facility").Alternatives.Should().Equal("MTF");
        Term(RealActs.MifidII, "MTF").Alternatives.Should().Equal("multilateral trading facility");
    }

    [Test]
    public void French_guillemets_ou_guillemets_define_both()
    {
        // "«système multilatéral de négociation» ou «MTF»", then the English term
        Term(RealActs.MifidIIFr, "système multilatéral de négociation").Alternatives.Should().Equal("MTF", "multilateral trading facility");
    }

    [Test]
    public void Alternative_in_parentheses_is_defined_too()
    {
        // "‘person making an offer’ (or ‘offeror’) means"
        Term(RealActs.ProspectusDirective, "person making an offer").Alternatives.Should().Equal("offeror");
    }

    [Test]
    public void Abbreviation_inside_the_quoted_term_is_an_alternative()
    {
        // "‘Multilateral trading facility (MTF)’ means"
        Term(RealActs.MifidI, "Multilateral trading facility").Alternatives.Should().Equal("MTF");
    }

    [Test]
    public void Term_with_words_before_means_is_defined()
    {
        // "‘small and medium-sized enterprises’ for the purposes of ..., means"
        Term(RealActs.MifidII, "small and medium-sized enterprises").Inline.Should().BeFalse();
    }

    [Test]
    public void Parenthesised_quoted_term_is_an_inline_definition()
    {
        // "(the ‘assessment’)"
        Term(RealActs.MifidII, "assessment").Inline.Should().BeTrue();
    }

    [Test]
    public void Definition_by_reference_is_a_definition()
    {
        var doc = Document("en",
            Article("Article 1", "1", "Definitions", Para("1", "In this Act:",
                Point("a", "'personal information' has the meaning given in Article 3;"),
                Point("b", "'record' has the same meaning as in the Access to Information Act."))),
            Article("Article 2", "2", null, Para("1", "Every record of personal information shall be kept securely.")),
            Article("Article 3", "3", null, Para("1", "Information about an identifiable individual.")));
        Extractor.Extract(doc).Select(t => t.Term).Should().Equal("personal information", "record");
        RealActs.Engine.Lint(doc).Findings.Should().BeEmpty();
    }

    [Test]
    public void Term_defined_inside_quoted_amending_text_is_not_undefined()
    {
        // MiFID II Article 91 inserts "‘(13) ‘insurance-based investment product’ means ...’" into Directive 2002/92/EC
        RealActs.Lint(RealActs.MifidII).Findings.Should().NotContain(f => f.Message.Contains("insurance-based investment product"));
    }
}
