using System.IO.Compression;
using System.Text;
using ModelLaw.Reading;

namespace ModelLaw.Tests.Docx;

/// <summary>Untrusted .docx input: every bad file gets a typed error naming the file and the reason, never a crash or hang.</summary>
public class DocxBadInputTests
{
    private const string Name = "draft-law.docx";

    private static ReadOptions Options(ReadLimits? limits = null) =>
        new() { SourceName = Name, Limits = limits ?? ReadLimits.Default };

    private static Action Reading(byte[] bytes, ReadOptions? options = null) =>
        () => DocxTestRead.Lines(bytes, options ?? Options());

    private static byte[] ValidDocx() => new DocxBuilder().P("Article 1").P("This Law applies to providers.").Build();

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                s.Write(content);
            }
        return ms.ToArray();
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private const string ContentTypes =
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    private const string Rels =
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    [Test]
    public void Plain_text_is_not_a_docx()
    {
        Reading(Utf8("Article 1. This Law applies to providers.")).Should().Throw<UnsupportedFormatException>()
            .Which.Message.Should().Contain(Name).And.Contain("not a zip");
    }

    [Test]
    public void Empty_file_is_refused_as_corrupt()
    {
        Reading([]).Should().Throw<CorruptDocumentException>().Which.Message.Should().Contain("empty");
    }

    [Test]
    public void Zip_without_word_document_is_not_a_word_document()
    {
        var zip = Zip(("notes/readme.txt", Utf8("not a document")));
        Reading(zip).Should().Throw<CorruptDocumentException>().Which.Message.Should().Contain("word/document.xml");
    }

    [Test]
    public void Truncated_docx_is_reported_as_damaged()
    {
        var docx = ValidDocx();
        Reading(docx[..(docx.Length / 2)]).Should().Throw<CorruptDocumentException>()
            .Which.Location!.SourceName.Should().Be(Name);
    }

    [Test]
    public void Encrypted_office_package_is_recognised_as_password_protected()
    {
        Reading(CompoundFile("EncryptionInfo", "EncryptedPackage")).Should().Throw<EncryptedDocumentException>()
            .Which.Message.Should().Contain(Name).And.Contain("password");
    }

    [Test]
    public void Legacy_word_97_document_is_unsupported_not_encrypted()
    {
        Reading(CompoundFile("WordDocument", "1Table")).Should().Throw<UnsupportedFormatException>()
            .Which.Message.Should().Contain(".doc");
    }

    [Test]
    public void Pdf_renamed_to_docx_is_recognised_as_pdf()
    {
        Reading(Utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n")).Should().Throw<UnsupportedFormatException>()
            .Which.Message.Should().Contain("PDF");
    }

    [Test]
    public void Entry_expanding_beyond_the_ratio_limit_is_refused_as_a_zip_bomb()
    {
        var bomb = Zip(("[Content_Types].xml", Utf8(ContentTypes)), ("_rels/.rels", Utf8(Rels)),
            ("word/document.xml", new byte[4 * 1024 * 1024]));
        Reading(bomb).Should().Throw<InputLimitExceededException>().Which.Message.Should().Contain("word/document.xml").And.Contain("zip bomb");
    }

    [Test]
    public void Package_expanding_beyond_the_size_limit_is_refused()
    {
        Reading(ValidDocx(), Options(new ReadLimits { MaxUncompressedBytes = 1024 })).Should().Throw<InputLimitExceededException>()
            .Which.Message.Should().Contain("MaxUncompressedBytes");
    }

    [Test]
    public void Zip_with_too_many_entries_is_refused()
    {
        var entries = Enumerable.Range(0, 50).Select(i => ($"word/media/image{i}.bin", new byte[] { 1, 2, 3 })).ToArray();
        var zip = Zip([("[Content_Types].xml", Utf8(ContentTypes)), ("_rels/.rels", Utf8(Rels)), .. entries]);
        Reading(zip, Options(new ReadLimits { MaxZipEntries = 20 })).Should().Throw<InputLimitExceededException>()
            .Which.Message.Should().Contain("52 entries");
    }

    [Test]
    public void Input_larger_than_the_byte_limit_is_refused_before_unzipping()
    {
        Reading(ValidDocx(), Options(new ReadLimits { MaxInputBytes = 100 })).Should().Throw<InputLimitExceededException>()
            .Which.Message.Should().Contain("MaxInputBytes");
    }

    [Test]
    public void Dtd_inside_document_xml_is_refused()
    {
        var document = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
            + $"<w:document xmlns:w=\"{DocxBuilder.WNs}\"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>";
        var zip = Zip(("[Content_Types].xml", Utf8(ContentTypes)), ("_rels/.rels", Utf8(Rels)), ("word/document.xml", Utf8(document)));
        Reading(zip).Should().Throw<UnsafeXmlException>().Which.Message.Should().Contain("DTD");
    }

    [Test]
    public void Malformed_document_xml_is_reported_as_damaged()
    {
        var zip = Zip(("[Content_Types].xml", Utf8(ContentTypes)), ("_rels/.rels", Utf8(Rels)),
            ("word/document.xml", Utf8($"<w:document xmlns:w=\"{DocxBuilder.WNs}\"><w:body><w:p>unclosed")));
        Reading(zip).Should().Throw<CorruptDocumentException>().Which.Message.Should().Contain(Name);
    }

    [Test]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var reader = new ModelLaw.Reading.Docx.DocxReader(new NeverCalledParser());
        var act = () => reader.ReadLines(new MemoryStream(ValidDocx()), Options(), cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void Content_nested_beyond_the_depth_limit_is_refused()
    {
        var xml = "<w:p><w:r><w:t>deep</w:t></w:r></w:p>";
        for (int i = 0; i < 20; i++) xml = $"<w:tbl><w:tr><w:tc>{xml}</w:tc></w:tr></w:tbl>";
        var docx = new DocxBuilder().Xml($"<w:sdt><w:sdtContent>{xml}</w:sdtContent></w:sdt>").Build();
        var nested = "<w:p/>";
        for (int i = 0; i < 70; i++) nested = $"<w:sdt><w:sdtContent>{nested}</w:sdtContent></w:sdt>";
        Reading(new DocxBuilder().Xml(nested).Build()).Should().Throw<InputLimitExceededException>();
        Reading(docx).Should().NotThrow();
    }

    /// <summary>A minimal OLE compound file: the signature and a directory sector naming the given streams (UTF-16LE).</summary>
    private static byte[] CompoundFile(params string[] streamNames)
    {
        var bytes = new byte[512 * 3];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        bytes[0x1C] = 0xFE; bytes[0x1D] = 0xFF; // byte order mark
        bytes[0x1E] = 9;                          // 512-byte sectors
        var offset = 512;
        foreach (var name in new[] { "Root Entry" }.Concat(streamNames))
        {
            var n = Encoding.Unicode.GetBytes(name);
            n.CopyTo(bytes, offset);
            bytes[offset + 64] = (byte)(n.Length + 2);
            offset += 128;
        }
        return bytes;
    }

    private sealed class NeverCalledParser : ITextParser
    {
        public ModelLaw.Documents.LegalDocument Parse(string text, ReadOptions options, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException();
    }
}
