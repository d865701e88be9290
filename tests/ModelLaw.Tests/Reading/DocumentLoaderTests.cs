using System.IO.Compression;
using System.Text;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Reading.PlainText;

namespace ModelLaw.Tests.Reading;

/// <summary>The loader sniffs formats from content, decodes text and refuses what it cannot read with typed errors.</summary>
public class DocumentLoaderTests
{
    private static readonly DocumentLoader TextOnly = new([TextParser.CreateDefault()]);
    private const string Law = "Article 1\nPurpose\nThis Law prevents the terrorist use of artificial intelligence.\n";

    private static Task<LegalDocument> Load(byte[] bytes, ReadOptions? options = null) =>
        TextOnly.ReadAsync(new MemoryStream(bytes), options ?? ReadOptions.Default with { SourceName = "law.txt" });

    private static byte[] Zip(params string[] entries)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var e in entries)
                using (var w = new StreamWriter(zip.CreateEntry(e).Open())) w.Write("<x/>");
        return ms.ToArray();
    }

    [Test]
    public void Zip_with_a_word_document_part_is_sniffed_as_docx()
    {
        TextOnly.Sniff(Zip("word/document.xml")).Should().Be(SourceFormat.Docx);
    }

    [Test]
    public async Task Zip_without_a_word_document_part_is_refused_as_unsupported()
    {
        var act = () => Load(Zip("content.xml"));
        await act.Should().ThrowAsync<UnsupportedFormatException>();
    }

    [Test]
    public void Xml_rooted_in_the_akoma_ntoso_namespace_is_sniffed_as_akoma_ntoso()
    {
        var xml = "<?xml version=\"1.0\"?>\n<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act/></akomaNtoso>";
        TextOnly.Sniff(Encoding.UTF8.GetBytes(xml)).Should().Be(SourceFormat.AkomaNtoso);
    }

    [Test]
    public void Xml_in_another_namespace_is_refused_as_unsupported()
    {
        var act = () => TextOnly.Sniff(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><law xmlns=\"urn:example:statutes\"/>"), "law.xml");
        act.Should().Throw<UnsupportedFormatException>().WithMessage("law.xml*");
    }

    [Test]
    public void Pdf_is_refused_as_unsupported()
    {
        var act = () => TextOnly.Sniff(Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ"), "law.pdf");
        act.Should().Throw<UnsupportedFormatException>().WithMessage("*PDF*");
    }

    [Test]
    public void Binary_data_is_refused_as_unsupported()
    {
        var act = () => TextOnly.Sniff(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00 });
        act.Should().Throw<UnsupportedFormatException>();
    }

    [Test]
    public async Task A_format_without_a_registered_reader_is_refused_as_unsupported()
    {
        var xml = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act/></akomaNtoso>";
        var act = () => Load(Encoding.UTF8.GetBytes(xml));
        await act.Should().ThrowAsync<UnsupportedFormatException>().WithMessage("*AkomaNtoso*");
    }

    [Test]
    public async Task Utf8_text_with_a_byte_order_mark_is_read()
    {
        var doc = await Load([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Law)]);
        doc.Articles.Single().Heading.Should().Be("Purpose");
    }

    [Test]
    public async Task Utf16_little_endian_text_with_a_byte_order_mark_is_read()
    {
        var doc = await Load([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Статья 1. Цель\nНастоящий Закон.")]);
        doc.Articles.Single().Heading.Should().Be("Цель");
    }

    [Test]
    public async Task Utf16_big_endian_text_with_a_byte_order_mark_is_read()
    {
        var doc = await Load([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("Article premier\nObjet\nLa présente loi a pour objet de prévenir le terrorisme.")]);
        doc.Articles.Single().Number!.Value.Should().Be("1");
    }

    [Test]
    public async Task Damaged_utf8_is_refused_with_a_text_encoding_error()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Article 1\nObjet\nLa présente loi s'applique à l'État "), 0xE9, .. Encoding.UTF8.GetBytes(" entier.")];
        var act = () => Load(bytes);
        await act.Should().ThrowAsync<TextEncodingException>().WithMessage("law.txt*not valid UTF-8 at byte*");
    }

    [Test]
    public async Task Latin1_text_is_read_as_windows_1252_and_says_so()
    {
        var doc = await Load(Encoding.Latin1.GetBytes("Article 1\nObjet\nLa présente loi s'applique à l'État et à ses établissements."));
        doc.Provisions.Should().Contain(p => p.Content.Contains("l'État et à ses établissements"));
        doc.Diagnostics.Should().Contain(d => d.Code == "ML0401" && d.Message.Contains("windows-1252"));
    }

    [Test]
    public async Task Input_larger_than_the_limit_is_refused()
    {
        var options = ReadOptions.Default with { Limits = new ReadLimits { MaxInputBytes = 16 }, SourceName = "law.txt" };
        var act = () => Load(Encoding.UTF8.GetBytes(Law), options);
        await act.Should().ThrowAsync<InputLimitExceededException>();
    }

    [Test]
    public async Task Reading_a_file_names_the_source_in_the_document()
    {
        var path = Path.Combine(Path.GetTempPath(), $"modellaw-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, Law);
        try
        {
            var doc = await TextOnly.ReadAsync(path);
            doc.SourceName.Should().Be(Path.GetFileName(path));
            doc.Format.Should().Be(SourceFormat.Text);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
