using ModelLaw.Reading;
using static ModelLaw.Tests.Docx.DocxBuilder;

namespace ModelLaw.Tests.Docx;

/// <summary>The visible text of a paragraph: what Word shows, whatever markup carries it.</summary>
public class DocxTextTests
{
    private static string[] Read(string bodyXml, TrackedChangesView view = TrackedChangesView.Accepted) =>
        DocxTestRead.Display(new DocxBuilder().Xml(bodyXml).Build(), new ReadOptions { TrackedChanges = view });

    private const string Change = "w:id=\"1\" w:author=\"Drafter\" w:date=\"2024-05-01T00:00:00Z\"";

    private static readonly string TrackedSentence =
        "<w:p>" + R("Member States shall ") + $"<w:del {Change}><w:r><w:delText>may</w:delText></w:r></w:del>"
        + $"<w:ins {Change}>" + R("ensure") + "</w:ins>" + R(" that investment firms act honestly.") + "</w:p>";

    [Test]
    public void Accepted_view_drops_deletions_and_keeps_insertions() =>
        Read(TrackedSentence).Single().Should().Be("Member States shall ensure that investment firms act honestly.");

    [Test]
    public void Original_view_keeps_deletions_and_drops_insertions() =>
        Read(TrackedSentence, TrackedChangesView.Original).Single().Should().Be("Member States shall may that investment firms act honestly.");

    [Test]
    public void Moved_text_appears_only_at_its_destination_in_the_accepted_view()
    {
        var xml = $"<w:p><w:moveFrom {Change}>" + R("Moved sentence.") + "</w:moveFrom></w:p>"
                + $"<w:p>" + R("Stays. ") + $"<w:moveTo {Change}>" + R("Moved sentence.") + "</w:moveTo></w:p>";
        Read(xml).Should().Equal("Stays. Moved sentence.");
        Read(xml, TrackedChangesView.Original).Should().Equal("Moved sentence.", "Stays.");
    }

    [Test]
    public void Deleted_paragraph_mark_joins_the_paragraph_with_the_next_one_in_the_accepted_view()
    {
        var xml = $"<w:p><w:pPr><w:rPr><w:del {Change}/></w:rPr></w:pPr>" + R("The operator shall keep records") + "</w:p>"
                + "<w:p>" + R(" for ten years.") + "</w:p>";
        Read(xml).Should().Equal("The operator shall keep records for ten years.");
        Read(xml, TrackedChangesView.Original).Should().Equal("The operator shall keep records", "for ten years.");
    }

    [Test]
    public void Inserted_paragraph_mark_joins_the_paragraphs_in_the_original_view()
    {
        var xml = $"<w:p><w:pPr><w:rPr><w:ins {Change}/></w:rPr></w:pPr>" + R("Providers shall register ") + "</w:p>"
                + "<w:p>" + R("within one month.") + "</w:p>";
        Read(xml).Should().Equal("Providers shall register", "within one month.");
        Read(xml, TrackedChangesView.Original).Should().Equal("Providers shall register within one month.");
    }

    [Test]
    public void Deleted_table_row_is_skipped_in_the_accepted_view()
    {
        var xml = "<w:tbl><w:tr><w:tc><w:p>" + R("Article 1") + "</w:p></w:tc><w:tc><w:p>" + R("Article 3") + "</w:p></w:tc></w:tr>"
                + $"<w:tr><w:trPr><w:del {Change}/></w:trPr><w:tc><w:p>" + R("Article 2") + "</w:p></w:tc></w:tr></w:tbl>";
        Read(xml).Should().Equal("Article 1 Article 3");
        Read(xml, TrackedChangesView.Original).Should().Equal("Article 1 Article 3", "Article 2");
    }

    [Test]
    public void Complex_field_keeps_its_result_and_drops_its_instruction()
    {
        var xml = "<w:p>" + R("See Article ")
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> REF _Ref123 \\r \\h </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + R("12") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + R(" of this Law.") + "</w:p>";
        Read(xml).Single().Should().Be("See Article 12 of this Law.");
    }

    [Test]
    public void Nested_fields_keep_only_the_outer_result()
    {
        var xml = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + R("3") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:instrText> = 3 \"yes\"</w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + R("yes") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        Read(xml).Single().Should().Be("yes");
    }

    [Test]
    public void Simple_field_keeps_its_result()
    {
        var xml = "<w:p>" + R("Adopted on ") + "<w:fldSimple w:instr=\" DATE \">" + R("1 May 2024") + "</w:fldSimple></w:p>";
        Read(xml).Single().Should().Be("Adopted on 1 May 2024");
    }

    [Test]
    public void Hyperlinks_smart_tags_and_content_controls_keep_their_text()
    {
        var xml = "<w:p>" + R("as defined in ")
            + "<w:hyperlink w:anchor=\"art4\">" + R("Article 4") + "</w:hyperlink>" + R(" of ")
            + "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"country-region\">" + R("Denmark") + "</w:smartTag>"
            + R(" and ")
            + "<w:sdt><w:sdtPr><w:alias w:val=\"Country\"/></w:sdtPr><w:sdtContent>" + R("Finland") + "</w:sdtContent></w:sdt>"
            + "</w:p>";
        Read(xml).Single().Should().Be("as defined in Article 4 of Denmark and Finland");
    }

    [Test]
    public void Block_content_controls_keep_their_paragraphs()
    {
        var xml = "<w:sdt><w:sdtPr><w:tag w:val=\"article\"/></w:sdtPr><w:sdtContent><w:p>" + R("Article 7") + "</w:p><w:p>"
            + R("Transparency") + "</w:p></w:sdtContent></w:sdt>";
        Read(xml).Should().Equal("Article 7", "Transparency");
    }

    [Test]
    public void Footnote_references_leave_no_mark_in_the_text()
    {
        var xml = "<w:p>" + R("Directive 2013/36/EU") + "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"2\"/></w:r>"
            + R(" applies.") + "</w:p>";
        Read(xml).Single().Should().Be("Directive 2013/36/EU applies.");
    }

    [Test]
    public void Tabs_breaks_and_symbols_do_not_break_the_line()
    {
        var xml = "<w:p>" + R("Article 5") + "<w:r><w:tab/></w:r>" + R("Scope") + "<w:r><w:br/></w:r>" + R("of")
            + "<w:r><w:br w:type=\"page\"/></w:r>" + R("application ") + "<w:r><w:sym w:font=\"Symbol\" w:char=\"F0A7\"/></w:r>"
            + "<w:r><w:sym w:font=\"Arial\" w:char=\"00A7\"/></w:r>" + R(" 3") + "</w:p>";
        Read(xml).Single().Should().Be("Article 5 Scope of application §§ 3");
    }

    [Test]
    public void Hidden_text_is_not_shown()
    {
        var xml = "<w:p>" + R("Visible") + "<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space=\"preserve\"> hidden note</w:t></w:r>" + R(" text.") + "</w:p>";
        Read(xml).Single().Should().Be("Visible text.");
    }

    [Test]
    public void Table_rows_become_one_line_each_with_their_paragraph_span()
    {
        var docx = new DocxBuilder().P("Annex I").Xml(
            "<w:tbl><w:tr><w:tc><w:p>" + R("(1)") + "</w:p></w:tc><w:tc><w:p>" + R("Reception and transmission of orders.") + "</w:p></w:tc></w:tr>"
            + "<w:tr><w:tc><w:p>" + R("(2)") + "</w:p></w:tc><w:tc><w:p>" + R("Execution of orders.") + "</w:p></w:tc></w:tr></w:tbl>").Build();
        var lines = DocxTestRead.Lines(docx);
        lines.Select(l => l.Display).Should().Equal("Annex I", "(1) Reception and transmission of orders.", "(2) Execution of orders.");
        lines[2].Should().Match<ModelLaw.Reading.Docx.DocxLine>(l => l.FirstParagraph == 3 && l.LastParagraph == 4 && l.InTable);
    }

    [Test]
    public void Heading_styles_and_title_become_heading_hints()
    {
        var docx = new DocxBuilder()
            .ParagraphStyle("Title", "Title").ParagraphStyle("Heading1", "heading 1").ParagraphStyle("Titre2", "Titre 2")
            .ParagraphStyle("ArticleHead", "Article Head", basedOn: "Heading1")
            .P("MODEL LAW ON ARTIFICIAL INTELLIGENCE", style: "Title").P("CHAPTER I", style: "Heading1")
            .P("Article premier", style: "Titre2").P("Article 2", style: "ArticleHead").P("Body text.").Build();
        DocxTestRead.Lines(docx).Select(l => l.HeadingLevel).Should().Equal(0, 1, 2, 1, null);
    }

    [Test]
    public void Outline_level_of_a_paragraph_makes_it_a_heading()
    {
        var docx = new DocxBuilder().Xml("<w:p><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr>" + R("Section 2") + "</w:p>").Build();
        DocxTestRead.Lines(docx).Single().HeadingLevel.Should().Be(3);
    }

    [Test]
    public void Original_view_uses_the_numbering_before_a_tracked_formatting_change()
    {
        var docx = new DocxBuilder().AbstractNum(1, Lvl(0, "decimal", "%1.")).Num(1, 1)
            .P("Existing paragraph.", 1, 0)
            .Xml("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
                 + $"<w:pPrChange {Change}><w:pPr/></w:pPrChange></w:pPr>" + R("Formerly a subparagraph.") + "</w:p>")
            .Build();
        DocxTestRead.Display(docx).Should().Equal("1. Existing paragraph.", "2. Formerly a subparagraph.");
        DocxTestRead.Display(docx, new ReadOptions { TrackedChanges = TrackedChangesView.Original })
            .Should().Equal("1. Existing paragraph.", "Formerly a subparagraph.");
    }
}
