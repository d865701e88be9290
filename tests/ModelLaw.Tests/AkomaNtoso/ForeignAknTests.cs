using System.Text;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Reading.AkomaNtoso;

namespace ModelLaw.Tests.AkomaNtoso;

/// <summary>Akoma Ntoso written by other tools (AKN4EU-style bills, generic docs): read into the same tree shape.</summary>
public class ForeignAknTests
{
    private const string Ns = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private static LegalDocument Read(string xml, string name = "foreign.akn.xml") =>
        new AkomaNtosoReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), ReadOptions.Default with { SourceName = name });

    private const string Bill = $"""
        <akomaNtoso xmlns="{Ns}">
          <bill name="regulation">
            <meta>
              <identification source="#ec">
                <FRBRWork><FRBRthis value="/akn/eu/bill/2026/7/!main"/><FRBRuri value="/akn/eu/bill/2026/7"/><FRBRdate date="2026-01-01" name="proposal"/><FRBRauthor href="#ec"/><FRBRcountry value="eu"/></FRBRWork>
                <FRBRExpression><FRBRthis value="/akn/eu/bill/2026/7/fra@/!main"/><FRBRuri value="/akn/eu/bill/2026/7/fra@"/><FRBRdate date="2026-01-01" name="proposal"/><FRBRauthor href="#ec"/><FRBRlanguage language="fra"/></FRBRExpression>
                <FRBRManifestation><FRBRthis value="/akn/eu/bill/2026/7/fra@/!main.xml"/><FRBRuri value="/akn/eu/bill/2026/7/fra@.akn"/><FRBRdate date="2026-01-01" name="proposal"/><FRBRauthor href="#ec"/></FRBRManifestation>
              </identification>
            </meta>
            <preface>
              <longTitle><p>Proposition de <docType>RÈGLEMENT</docType> <docTitle>relatif à la lutte contre l’utilisation de l’intelligence artificielle à des fins terroristes</docTitle></p></longTitle>
            </preface>
            <preamble>
              <formula name="actingEntity"><p>LE PARLEMENT EUROPÉEN ET LE CONSEIL DE L’UNION EUROPÉENNE,</p></formula>
              <citations><citation><p>vu le traité sur le fonctionnement de l’Union européenne,</p></citation></citations>
              <recitals>
                <intro><p>considérant ce qui suit :</p></intro>
                <recital eId="rec_1"><num>(1)</num><p>L’intelligence artificielle peut être détournée
                   à des fins terroristes.</p></recital>
              </recitals>
              <formula name="enactingFormula"><p>ONT ADOPTÉ LE PRÉSENT RÈGLEMENT :</p></formula>
            </preamble>
            <body>
              <chapter eId="chp_I">
                <num>CHAPITRE I</num>
                <heading>Dispositions générales</heading>
                <article eId="art_1">
                  <num>Article premier</num>
                  <heading>Objet</heading>
                  <paragraph eId="art_1__para_1">
                    <num>1.</num>
                    <list eId="art_1__para_1__list_1">
                      <intro><p>Le présent règlement établit<authorialNote marker="1"><p>JO L 1 du 1.1.2026.</p></authorialNote> :</p></intro>
                      <point eId="art_1__para_1__list_1__point_a"><num>a)</num><content><p>des règles de prévention ;</p></content></point>
                      <point eId="art_1__para_1__list_1__point_b"><num>b)</num><content><p>des obligations de signalement.</p></content></point>
                    </list>
                  </paragraph>
                  <paragraph eId="art_1__para_2"><num>2.</num><content><p>Il s’applique aux fournisseurs<br/>et aux déployeurs.</p></content></paragraph>
                </article>
                <article eId="art_10bis">
                  <num>Article 10 bis</num>
                  <content><p>Réexamen.</p></content>
                </article>
              </chapter>
            </body>
          </bill>
        </akomaNtoso>
        """;

    [Test]
    public void A_bill_is_read_with_its_chapter_articles_paragraphs_and_points()
    {
        var doc = Read(Bill);
        doc.Articles.Select(a => a.Number!.Written).Should().Equal("Article premier", "Article 10 bis");
        var para1 = doc.Articles.First().Children[0];
        para1.Kind.Should().Be(ProvisionKind.Paragraph);
        para1.Children.Select(c => (c.Kind, c.Number!.Value)).Should().Equal((ProvisionKind.Point, "a"), (ProvisionKind.Point, "b"));
        para1.Children[1].Citation.Should().Be("Article premier(1)(b)");
    }

    [Test]
    public void A_list_wrapper_is_transparent_its_intro_is_the_paragraphs_text()
    {
        var para1 = Read(Bill).Articles.First().Children[0];
        para1.Content.Should().Be("Le présent règlement établit :");
    }

    [Test]
    public void Footnotes_are_left_out_of_the_text_and_reported()
    {
        var doc = Read(Bill);
        doc.FullTextOf().Should().NotContain("JO L 1");
        doc.Diagnostics.Should().Contain(d => d.Code == "ML-AKN-004" && d.Message.StartsWith("1 authorial"));
    }

    [Test]
    public void Layout_newlines_inside_a_paragraph_become_one_space_and_br_becomes_a_line_break()
    {
        var doc = Read(Bill);
        doc.Provisions.Single(p => p.Kind == ProvisionKind.Recital).Content.Should().Be("L’intelligence artificielle peut être détournée à des fins terroristes.");
        doc.Articles.First().Children[1].Content.Should().Be("Il s’applique aux fournisseurs\net aux déployeurs.");
    }

    [Test]
    public void The_preamble_keeps_formulas_citations_and_recitals()
    {
        var preamble = Read(Bill).Root.Children[0];
        preamble.Kind.Should().Be(ProvisionKind.Preamble);
        preamble.Content.Should().Be("LE PARLEMENT EUROPÉEN ET LE CONSEIL DE L’UNION EUROPÉENNE,\nvu le traité sur le fonctionnement de l’Union européenne,\nconsidérant ce qui suit :");
        preamble.Children.Should().ContainSingle().Which.Number!.Value.Should().Be("1");
        preamble.WrapUp.Should().Be("ONT ADOPTÉ LE PRÉSENT RÈGLEMENT :");
    }

    [Test]
    public void Numbers_are_normalised_from_their_written_form()
    {
        var doc = Read(Bill);
        doc.Provisions.Single(p => p.Kind == ProvisionKind.Chapter).Number.Should().Be(new ProvisionNumber("CHAPITRE I", "1", 1));
        doc.Articles.Last().Number.Should().Be(new ProvisionNumber("Article 10 bis", "10a", 10));
        doc.Articles.Last().EId.Should().Be("chp_1__art_10a");
    }

    [Test]
    public void Title_language_and_document_type_come_from_the_metadata()
    {
        var doc = Read(Bill);
        doc.Title.Should().Be("relatif à la lutte contre l’utilisation de l’intelligence artificielle à des fins terroristes");
        doc.Language.Should().Be("fr");
        doc.Jurisdiction.Should().Be("eu");
        doc.Metadata["akn:documentType"].Should().Be("regulation");
        doc.Metadata["akn:eId:chp_1__art_10a"].Should().Be("art_10bis");
    }

    [Test]
    public void A_generic_doc_with_a_schedule_and_loose_paragraphs_is_read()
    {
        var xml = $"""
            <akomaNtoso xmlns="{Ns}">
              <doc name="guidance">
                <meta><identification source="#x"><FRBRWork><FRBRthis value="/x"/><FRBRuri value="/x"/><FRBRalias value="Руководство" name="short"/><FRBRdate date="2026" name="x"/><FRBRauthor href="#x"/><FRBRcountry value="kz"/></FRBRWork><FRBRExpression><FRBRthis value="/x"/><FRBRuri value="/x"/><FRBRdate date="2026" name="x"/><FRBRauthor href="#x"/><FRBRlanguage language="rus"/></FRBRExpression><FRBRManifestation><FRBRthis value="/x"/><FRBRuri value="/x"/><FRBRdate date="2026" name="x"/><FRBRauthor href="#x"/></FRBRManifestation></identification></meta>
                <mainBody>
                  <p>Вводный текст.</p>
                  <hcontainer name="schedule" eId="sched_1">
                    <num>Приложение 1</num>
                    <content><table><tr><td><p>Орган</p></td><td><p>Полномочия</p></td></tr></table></content>
                  </hcontainer>
                  <p>Заключительный текст.</p>
                </mainBody>
              </doc>
            </akomaNtoso>
            """;
        var doc = Read(xml);
        doc.Title.Should().Be("Руководство");
        doc.Language.Should().Be("ru");
        doc.Root.Content.Should().Be("Вводный текст.");
        doc.Root.WrapUp.Should().Be("Заключительный текст.");
        var annex = doc.Root.Children.Single();
        annex.Kind.Should().Be(ProvisionKind.Annex);
        annex.Content.Should().Be("Орган | Полномочия");
    }

    [Test]
    public void Text_between_two_provisions_becomes_an_unnumbered_subparagraph()
    {
        var xml = $"""
            <akomaNtoso xmlns="{Ns}"><act name="act"><body>
              <article><num>Article 1</num>
                <paragraph><num>1.</num><content><p>First.</p></content></paragraph>
                <wrapUp><p>Text after the first paragraph.</p></wrapUp>
                <paragraph><num>2.</num><content><p>Second.</p></content></paragraph>
              </article>
            </body></act></akomaNtoso>
            """;
        var article = Read(xml).Articles.Single();
        article.Children.Select(c => c.Kind).Should().Equal(ProvisionKind.Paragraph, ProvisionKind.Subparagraph, ProvisionKind.Paragraph);
        article.Children[1].Content.Should().Be("Text after the first paragraph.");
        article.WrapUp.Should().BeNull();
    }
}

internal static class LegalDocumentTestExtensions
{
    public static string FullTextOf(this LegalDocument document) => document.Root.FullText();
}
