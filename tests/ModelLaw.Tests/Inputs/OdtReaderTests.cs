using System.Text;
using ModelLaw.Documents;
using ModelLaw.Tests.Docx;
using static ModelLaw.Tests.Inputs.InputsSupport;
using static ModelLaw.Tests.Inputs.OdtBuilder;

namespace ModelLaw.Tests.Inputs;

/// <summary>OpenDocument text reads as the page LibreOffice shows: list and outline numbers drawn, only visible text.</summary>
public class OdtReaderTests
{
    private const string ArticleList =
        "<text:list-style style:name=\"L1\">" +
        "<text:list-level-style-number text:level=\"1\" style:num-prefix=\"Article \" style:num-format=\"1\"><style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\"><style:list-level-label-alignment text:label-followed-by=\"listtab\"/></style:list-level-properties></text:list-level-style-number>" +
        "<text:list-level-style-number text:level=\"2\" style:num-prefix=\"(\" style:num-suffix=\")\" style:num-format=\"1\"><style:list-level-properties><style:list-level-label-alignment text:label-followed-by=\"space\"/></style:list-level-properties></text:list-level-style-number>" +
        "<text:list-level-style-number text:level=\"3\" style:num-prefix=\"(\" style:num-suffix=\")\" style:num-format=\"a\"><style:list-level-properties><style:list-level-label-alignment text:label-followed-by=\"space\"/></style:list-level-properties></text:list-level-style-number>" +
        "</text:list-style>";

    private static string Item(string inner) => $"<text:list-item>{inner}</text:list-item>";

    private static string List(string items, string? style = null, string attrs = "") =>
        $"<text:list{(style is null ? "" : $" text:style-name=\"{style}\"")}{attrs}>{items}</text:list>";

    private static LegalDocument Odt(byte[] odt) => Read(odt, "law.odt");

    [Test]
    public void List_numbering_is_drawn_from_the_list_style_at_every_level()
    {
        var body = List(
            Item(P("Purpose") + List(Item(P("First paragraph.")) + Item(P("Second:") + List(Item(P("point one;")) + Item(P("point two.")))))) +
            Item(P("Scope") + List(Item(P("This Law applies to public bodies."))))
            , "L1");
        var odt = Package(body, ArticleList);

        var expected = ReadText("Article 1\nPurpose\n(1) First paragraph.\n(2) Second:\n(a) point one;\n(b) point two.\nArticle 2\nScope\n(1) This Law applies to public bodies.\n");
        TreeEquality.FirstDifference(expected.Root, Odt(odt).Root).Should().BeNull();
    }

    [Test]
    public void A_list_restarts_unless_it_continues_numbering_and_an_item_may_set_its_number()
    {
        var first = List(Item(P("Purpose")) + Item(P("Scope")), "L1");
        var continued = List(Item(P("Definitions")), "L1", " text:continue-numbering=\"true\"");
        var restarted = List("<text:list-item text:start-value=\"10\">" + P("Entry into force") + "</text:list-item>", "L1");
        var doc = Odt(Package(first + P("A paragraph between.") + continued + restarted, ArticleList));
        doc.Articles.Select(a => a.Number!.Value).Should().Equal("1", "2", "3", "10");
    }

    [Test]
    public void Numbered_headings_take_their_numbers_from_the_outline_style()
    {
        var outline = "<text:outline-style style:name=\"Outline\"><text:outline-level-style text:level=\"1\" style:num-prefix=\"CHAPTER \" style:num-format=\"I\">" +
                      "<style:list-level-properties><style:list-level-label-alignment text:label-followed-by=\"listtab\"/></style:list-level-properties></text:outline-level-style></text:outline-style>";
        var body = "<text:h text:outline-level=\"1\">General provisions</text:h>" + List(Item(P("Purpose")) + Item(P("Scope")), "L1") +
                   "<text:h text:outline-level=\"1\">Final provisions</text:h>" + List(Item(P("Entry into force")), "L1", " text:continue-numbering=\"true\"");
        var doc = Odt(Package(body, ArticleList, outline));
        doc.Provisions.Where(p => p.Kind == ProvisionKind.Chapter).Select(c => c.Number!.Written + " " + c.Heading)
            .Should().Equal("CHAPTER I General provisions", "CHAPTER II Final provisions");
        doc.Articles.Select(a => a.Number!.Value).Should().Equal("1", "2", "3");
    }

    [Test]
    public void Tracked_changes_read_accepted_and_notes_comments_and_frames_are_not_text()
    {
        var body = "<text:tracked-changes><text:changed-region xml:id=\"ct1\" text:id=\"ct1\"><text:deletion><office:change-info><dc:creator>A</dc:creator></office:change-info>" +
                   "<text:p>[model wording]</text:p></text:deletion></text:changed-region><text:changed-region text:id=\"ct2\"><text:insertion><office:change-info><dc:creator>A</dc:creator></office:change-info></text:insertion></text:changed-region></text:tracked-changes>" +
                   P("Article 1") + P("Purpose") +
                   "<text:p>This Law<text:change text:change-id=\"ct1\"/> <text:change-start text:change-id=\"ct2\"/>protects<text:change-end text:change-id=\"ct2\"/> the public" +
                   "<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation><text:note-body><text:p>Footnote text.</text:p></text:note-body></text:note>" +
                   "<office:annotation><dc:creator>B</dc:creator><text:p>Reviewer comment.</text:p></office:annotation>" +
                   "<draw:frame><draw:text-box><text:p>Text box.</text:p></draw:text-box></draw:frame>.</text:p>";
        var doc = Odt(Package(body));
        doc.Provisions.Should().Contain(p => p.Content == "This Law protects the public.");
        string.Join(" ", doc.Provisions.Select(p => p.Content)).Should().NotContainAny("model wording", "Footnote", "Reviewer", "Text box", "public1");
    }

    [Test]
    public void Spaces_tabs_and_line_breaks_are_read_as_odf_defines_them()
    {
        var body = "<text:p>Article 1<text:line-break/>Purpose</text:p><text:p>  The   Minister<text:s text:c=\"2\"/>shall<text:tab/>act.</text:p>";
        var doc = Odt(Package(body));
        doc.Articles.Single().Heading.Should().Be("Purpose");
        doc.Provisions.Should().Contain(p => p.Content == "The Minister  shall act.");
    }

    [Test]
    public void A_flat_opendocument_file_reads_like_the_package()
    {
        var body = List(Item(P("Purpose")) + Item(P("Scope")), "L1");
        var flat = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document {Namespaces} office:version=\"1.3\" office:mimetype=\"application/vnd.oasis.opendocument.text\">" +
                   $"<office:automatic-styles>{ArticleList}</office:automatic-styles><office:body><office:text>{body}</office:text></office:body></office:document>";
        var doc = Read(Encoding.UTF8.GetBytes(flat), "law.fodt");
        doc.Format.Should().Be(SourceFormat.Odt);
        TreeEquality.FirstDifference(Odt(Package(body, ArticleList)).Root, doc.Root).Should().BeNull();
    }

    [Test]
    public void A_table_row_reads_as_one_line()
    {
        var table = "<table:table><table:table-column/><table:table-column/><table:table-row><table:table-cell><text:p>(a)</text:p></table:table-cell>" +
                    "<table:table-cell><text:p>the first point;</text:p></table:table-cell></table:table-row></table:table>";
        var doc = Odt(Package(P("Article 1") + P("Scope") + P("This Law covers:") + table));
        doc.Provisions.Should().Contain(p => p.Number != null && p.Number.Written == "(a)" && p.Content == "the first point;");
    }

    [Test]
    public void The_redlines_own_notes_are_not_text_in_an_odt_either()
    {
        var styles = "<style:style style:name=\"Redline_20_Note\" style:display-name=\"Redline Note\" style:family=\"paragraph\"/>";
        var doc = Odt(Package(P("Model provisions: 37; kept: 80%.", "P1") + P("Article 1") + P("Purpose") + P("Text."),
            "<style:style style:name=\"P1\" style:family=\"paragraph\" style:parent-style-name=\"Redline_20_Note\"/>", styles));
        doc.Provisions.Should().NotContain(p => p.Content.Contains("kept"));
    }

    [Test]
    public void A_spreadsheet_is_refused_as_opendocument_never_as_docx()
    {
        var act = () => Read(Package(P("x"), mimetype: "application/vnd.oasis.opendocument.spreadsheet"), "sheet.ods");
        act.Should().Throw<UnsupportedFormatException>().Which.Message.Should().Contain("OpenDocument").And.NotContain("docx");
    }
}
