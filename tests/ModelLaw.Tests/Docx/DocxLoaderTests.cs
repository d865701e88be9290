using System.Text;
using ModelLaw.Documents;
using ModelLaw.Reading;

namespace ModelLaw.Tests.Docx;

/// <summary>The engine's loader sniffs .docx content and hands it to the Word reader.</summary>
public class DocxLoaderTests
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();

    [Test]
    public async Task Loader_reads_a_word_document_with_automatic_numbering_into_articles_and_paragraphs()
    {
        var docx = new DocxBuilder()
            .AbstractNum(1, DocxBuilder.Lvl(0, "decimal", "Article %1"), DocxBuilder.Lvl(1, "decimal", "%2."))
            .Num(1, 1)
            .P("Scope", 1, 0).P("This Law applies to providers of artificial intelligence systems.", 1, 1)
            .P("Definitions", 1, 0).P("For the purposes of this Law, the following definitions apply.", 1, 1)
            .Build();
        var doc = await Engine.ReadAsync(new MemoryStream(docx), new ReadOptions { SourceName = "law.docx", Language = "en" });
        doc.Format.Should().Be(SourceFormat.Docx);
        doc.Articles.Select(a => a.Number!.Written).Should().Equal("Article 1", "Article 2");
        doc.FindByCitation("Article 2(1)")!.Content.Should().StartWith("For the purposes of this Law");
    }

    [Test]
    public async Task Provisions_point_back_to_their_word_paragraphs()
    {
        var docx = new DocxBuilder()
            .AbstractNum(1, DocxBuilder.Lvl(0, "decimal", "Article %1"), DocxBuilder.Lvl(1, "decimal", "%2."))
            .Num(1, 1)
            .P("Scope", 1, 0).P("").P("This Law applies to providers.", 1, 1)
            .P("Definitions", 1, 0).P("For the purposes of this Law, the following definitions apply.", 1, 1)
            .Build();
        var doc = await Engine.ReadAsync(new MemoryStream(docx), new ReadOptions { SourceName = "law.docx", Language = "en" });
        doc.FindByCitation("Article 2")!.Span.Should().Be(SourceSpan.WordParagraphs(3, 4));
        doc.FindByCitation("Article 1(1)")!.Span.Should().Be(SourceSpan.WordParagraphs(2, 2));
    }

    [Test]
    public async Task Loader_reports_a_password_protected_docx_as_encrypted()
    {
        var cfb = new byte[1536];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(cfb, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(cfb, 640);
        var act = () => Engine.ReadAsync(new MemoryStream(cfb), new ReadOptions { SourceName = "protected.docx" });
        (await act.Should().ThrowAsync<EncryptedDocumentException>()).Which.Message.Should().Contain("protected.docx");
    }
}
