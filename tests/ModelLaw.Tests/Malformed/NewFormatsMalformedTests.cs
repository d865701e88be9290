using System.IO.Compression;
using System.Text;
using ModelLaw.Reading;
using ModelLaw.Tests.Inputs;

namespace ModelLaw.Tests.Malformed;

/// <summary>
/// Hostile OpenDocument, HTML and Markdown inputs read through the loader under a hard time bound (see
/// <see cref="BoundedRead"/>): each ends in a typed error or a documented best-effort document, never a crash or hang.
/// </summary>
public class NewFormatsMalformedTests
{
    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static string DeepOdtBody(int depth) =>
        string.Concat(Enumerable.Repeat("<text:section>", depth)) + "<text:p>Article 1</text:p>" + string.Concat(Enumerable.Repeat("</text:section>", depth));

    [Test]
    public void An_odt_zip_bomb_is_refused_before_it_is_inflated()
    {
        var zeros = new byte[64 * 1024 * 1024];
        var odt = OdtBuilder.Package(OdtBuilder.P("Article 1"), extra: [("Pictures/bomb.bin", zeros)]);
        BoundedRead.Read(odt, "bomb.odt").Error.Should().BeOfType<InputLimitExceededException>().Which.Message.Should().Contain("zip bomb");
    }

    [Test]
    public void An_odt_with_too_many_entries_is_refused()
    {
        var extra = Enumerable.Range(0, 50).Select(i => ($"Pictures/{i}.png", new byte[] { 1 }));
        var outcome = BoundedRead.Read(OdtBuilder.Package(OdtBuilder.P("Article 1"), extra: extra), "many.odt", ReadLimits.Default with { MaxZipEntries = 20 });
        outcome.Error.Should().BeOfType<InputLimitExceededException>().Which.Message.Should().Contain(".odt");
    }

    [TestCase("<!DOCTYPE office:document-content [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")]
    [TestCase("<!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>")]
    public void A_dtd_in_content_xml_is_refused(string doctype)
    {
        var content = OdtBuilder.Content(OdtBuilder.P("Article 1")).Replace("?>", "?>" + doctype);
        BoundedRead.Read(OdtBuilder.Package("", contentXml: content), "dtd.odt").Error.Should().BeOfType<UnsafeXmlException>();
    }

    [Test]
    public void An_encrypted_odt_is_refused_as_encrypted()
    {
        var manifest = "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"content.xml\">" +
                       "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry></manifest:manifest>";
        var odt = OdtBuilder.Package("", manifest: manifest, contentXml: "\u0001\u0002 encrypted bytes");
        BoundedRead.Read(odt, "secret.odt").Error.Should().BeOfType<EncryptedDocumentException>();
    }

    [Test]
    public void A_truncated_odt_is_corrupt_and_named_as_opendocument()
    {
        var odt = OdtBuilder.Package(string.Concat(Enumerable.Range(1, 300).Select(i => OdtBuilder.P($"Article {i}") + OdtBuilder.P("Text of the article, long enough to fill the zip."))));
        var error = BoundedRead.Read(odt[..(odt.Length / 2)], "cut.odt").Error;
        error.Should().Match<ModelLawException>(e => e is CorruptDocumentException || e is UnsupportedFormatException);
        error!.Message.Should().NotContain("docx");
    }

    [Test]
    public void Odt_content_nested_deeper_than_the_limit_is_refused()
    {
        BoundedRead.Read(OdtBuilder.Package(DeepOdtBody(10_000)), "deep.odt").Error.Should().BeOfType<InputLimitExceededException>();
    }

    [TestCase("<div>", "</div>")]
    [TestCase("<b><i>", "")]
    [TestCase("<table><tr><td>", "")]
    [TestCase("<ul><li>", "")]
    public void Html_nested_100000_deep_is_refused_quickly(string open, string close)
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(open, 100_000)) + "Article 1" + string.Concat(Enumerable.Repeat(close, 100_000)) + "</body></html>";
        BoundedRead.Read(Utf8(html), "deep.html").Error.Should().BeOfType<InputLimitExceededException>();
    }

    [Test]
    public void Twenty_thousand_unclosed_paragraphs_are_read_as_paragraphs()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Range(1, 20_000).Select(i => $"<p>Item {i} of the list")) + "</body></html>";
        BoundedRead.Read(Utf8(html), "flat.html").Read.Provisions.Should().HaveCount(20_000);
    }

    [TestCase(">")]
    [TestCase("- ")]
    [TestCase("[")]
    [TestCase("*a ")]
    public void Markdown_nested_100000_deep_is_refused_quickly(string unit)
    {
        var md = "# Law\n\n" + string.Concat(Enumerable.Repeat(unit, 100_000)) + "Article 1\n\n## Article 2\n";
        var outcome = BoundedRead.Read(Utf8(md), "deep.md");
        outcome.Error.Should().BeOfType<InputLimitExceededException>();
    }

    [Test]
    public void Markdown_lists_indented_3000_levels_are_refused_quickly()
    {
        var md = string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', 2 * i) + "- item\n"));
        BoundedRead.Read(Utf8(md), "deep-list.md").Error.Should().BeOfType<InputLimitExceededException>();
    }

    [Test]
    public void A_zip_that_is_neither_docx_nor_odt_is_refused_naming_both()
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            using (var w = new StreamWriter(zip.CreateEntry("readme.txt").Open())) w.Write("hello");
        BoundedRead.Read(ms.ToArray(), "archive.zip").Error.Should().BeOfType<UnsupportedFormatException>()
            .Which.Message.Should().Contain("Word document").And.Contain("OpenDocument");
    }
}
