using System.Buffers.Binary;
using System.Text;
using ModelLaw.Reading;
using ModelLaw.Reading.Docx;
using ModelLaw.Reading.PlainText;
using static ModelLaw.Tests.Malformed.Inputs;

namespace ModelLaw.Tests.Malformed;

/// <summary>
/// Inputs found by fuzzing (fuzz/run.sh) that crashed a reader with an untyped exception, rebuilt in code. Each must now
/// be a typed <see cref="ModelLawException"/>. The .docx reader is called directly: the loader refuses a zip without
/// word/document.xml before the reader sees it, but the reader is a public service of its own.
/// </summary>
public class FuzzRegressionTests
{
    private static readonly DocxReader Docx = new(TextParser.CreateDefault());

    /// <summary>A package without word/document.xml whose _rels/.rels cannot be read: the reader looks in it for the main part.</summary>
    private static byte[] PackageWithBrokenRels(Action<byte[], int> breakLocalHeader)
    {
        var zip = Zip(
            ("[Content_Types].xml", Utf8("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")),
            ("_rels/.rels", Utf8("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>")));
        int header = LocalHeaderOf(zip, "_rels/.rels");
        breakLocalHeader(zip, header);
        return zip;
    }

    private static int LocalHeaderOf(byte[] zip, string name)
    {
        var n = Encoding.ASCII.GetBytes(name);
        for (int i = 0; i + 30 < zip.Length; i++)
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) == 0x04034b50
                && zip.AsSpan(i + 30).StartsWith(n)) return i;
        throw new InvalidOperationException("entry not found");
    }

    [Test]
    public void Rels_with_an_unknown_compression_method_is_a_corrupt_document()
    {
        // AFL crash id:000001 (docx target): InvalidDataException "compressed using an unsupported compression method"
        var bytes = PackageWithBrokenRels((zip, at) =>
        {
            BinaryPrimitives.WriteUInt16LittleEndian(zip.AsSpan(at + 8), 99);
            // the central directory's copy of the method too, as the mutated input had
            for (int i = at + 30; i + 46 < zip.Length; i++)
                if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) == 0x02014b50 && zip.AsSpan(i + 46).StartsWith("_rels/.rels"u8))
                    BinaryPrimitives.WriteUInt16LittleEndian(zip.AsSpan(i + 10), 99);
        });

        var read = () => Docx.Read(new MemoryStream(bytes), new ReadOptions { SourceName = "fuzz.docx" });

        read.Should().Throw<CorruptDocumentException>().Which.Message.Should().Contain("_rels/.rels");
    }

    [Test]
    public void Rels_with_a_damaged_local_header_is_a_corrupt_document()
    {
        // AFL crash id:000000 (docx target): InvalidDataException "A local file header is corrupt"
        var bytes = PackageWithBrokenRels((zip, at) => zip[at + 1] = (byte)'X');

        var read = () => Docx.Read(new MemoryStream(bytes), new ReadOptions { SourceName = "fuzz.docx" });

        read.Should().Throw<CorruptDocumentException>();
    }
}
