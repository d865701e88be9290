using System.IO.Compression;
using System.Text;
using ModelLaw.Tests.Docx;

namespace ModelLaw.Tests.Malformed;

/// <summary>Generators of hostile inputs (made in code: nothing big is committed).</summary>
internal static class Inputs
{
    public const string Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    public const string Article =
        "Article {0}\nThe competent authority shall keep a register of providers of artificial intelligence systems and shall publish it.\n\n";

    /// <summary>A small valid Word document with two articles.</summary>
    public static byte[] ValidDocx() => new DocxBuilder()
        .P("Article 1").P("This Law applies to providers of artificial intelligence systems.")
        .P("Article 2").P("The competent authority shall keep a register of providers.")
        .Build();

    /// <summary>A zip archive of the given entries, compressed as hard as possible.</summary>
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                var e = zip.CreateEntry(name, CompressionLevel.SmallestSize);
                using var s = e.Open();
                s.Write(content);
            }
        return ms.ToArray();
    }

    /// <summary>A valid .docx with one more entry added.</summary>
    public static byte[] DocxWithEntry(string name, byte[] content)
    {
        var ms = new MemoryStream();
        ms.Write(ValidDocx());
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var s = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            s.Write(content);
        }
        return ms.ToArray();
    }

    /// <summary>A .docx whose word/document.xml is <paramref name="documentXml"/> (no other Word parts).</summary>
    public static byte[] DocxWithDocumentXml(string documentXml) => Zip(
        ("[Content_Types].xml", Utf8(
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")),
        ("_rels/.rels", Utf8(
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")),
        ("word/document.xml", Utf8(documentXml)));

    /// <summary>Zip archives nested <paramref name="levels"/> deep around a highly compressible payload (a recursive zip bomb).</summary>
    public static byte[] NestedZip(int levels, int payloadBytes)
    {
        var inner = Zip(("payload.bin", new byte[payloadBytes]));
        for (int i = 1; i < levels; i++)
            inner = Zip(Enumerable.Range(0, 4).Select(k => ($"layer{i}-{k}.zip", inner)).ToArray());
        return inner;
    }

    /// <summary>
    /// An OLE compound file holding an "EncryptionInfo" and an "EncryptedPackage" stream, which is how Word saves a
    /// password-protected .docx (only the header and the directory names matter to a reader that refuses it).
    /// </summary>
    public static byte[] EncryptedDocx()
    {
        var bytes = new byte[4096];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 1024);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 1152);
        return bytes;
    }

    /// <summary>The first bytes of a real PDF file.</summary>
    public static byte[] Pdf() => Utf8("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    /// <summary>An Akoma Ntoso act whose body is the given markup.</summary>
    public static string AknAct(string body, string prolog = "") =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>{prolog}<akomaNtoso xmlns=\"{Akn}\"><act name=\"act\"><meta/>"
        + $"<body>{body}</body></act></akomaNtoso>";

    public static string AknArticle(int n) =>
        $"<article eId=\"art_{n}\"><num>Article {n}</num><content><p>The competent authority shall keep a register.</p></content></article>";
}
