using System.Text;
using ModelLaw.Reading;
using ModelLaw.Reading.AkomaNtoso;

namespace ModelLaw.Tests.AkomaNtoso;

public class AkomaNtosoBadInputTests
{
    private const string Ns = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private static Action Reading(string xml, string name, ReadOptions? options = null) => () =>
        new AkomaNtosoReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), (options ?? ReadOptions.Default) with { SourceName = name });

    [Test]
    public void A_file_with_a_dtd_is_refused_as_unsafe()
    {
        var xml = $"<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [ <!ELEMENT akomaNtoso ANY> ]>\n<akomaNtoso xmlns=\"{Ns}\"><act name=\"act\"><body/></act></akomaNtoso>";
        Reading(xml, "with-dtd.akn.xml").Should().Throw<UnsafeXmlException>().WithMessage("*with-dtd.akn.xml*");
    }

    [Test]
    public void An_external_entity_is_refused_as_unsafe_and_never_resolved()
    {
        var xml = $"<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n" +
                  $"<akomaNtoso xmlns=\"{Ns}\"><act name=\"act\"><body><article><content><p>&xxe;</p></content></article></body></act></akomaNtoso>";
        Reading(xml, "xxe.akn.xml").Should().Throw<UnsafeXmlException>().WithMessage("*xxe.akn.xml*");
    }

    [Test]
    public void A_billion_laughs_file_is_refused_as_unsafe()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++)
            sb.Append($" <!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : (i - 1).ToString())};", 10))}\">\n");
        sb.Append($"]>\n<akomaNtoso xmlns=\"{Ns}\"><act name=\"act\"><body><article><content><p>&lol9;</p></content></article></body></act></akomaNtoso>");
        Reading(sb.ToString(), "lolz.akn.xml").Should().Throw<UnsafeXmlException>().WithMessage("*lolz.akn.xml*");
    }

    [Test]
    public void Malformed_xml_is_a_corrupt_document_with_the_line()
    {
        var xml = $"<akomaNtoso xmlns=\"{Ns}\">\n<act name=\"act\">\n<body>\n<article><num>Article 1</num>\n</body></act></akomaNtoso>";
        Reading(xml, "broken.akn.xml").Should().Throw<CorruptDocumentException>()
            .Where(e => e.Location!.SourceName == "broken.akn.xml" && e.Location.Line != null);
    }

    [Test]
    public void Truncated_xml_is_a_corrupt_document()
    {
        var full = Encoding.UTF8.GetString(AkomaNtosoRoundTripTests.ToAkn(SampleLaws.English()));
        Reading(full[..(full.Length / 2)], "truncated.akn.xml").Should().Throw<CorruptDocumentException>().WithMessage("*truncated.akn.xml*");
    }

    [Test]
    public void Xml_in_another_namespace_is_an_unsupported_format()
    {
        var xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>";
        Reading(xml, "word.xml").Should().Throw<UnsupportedFormatException>().WithMessage("*word.xml*");
    }

    [Test]
    public void An_akoma_ntoso_root_without_its_namespace_is_an_unsupported_format()
    {
        Reading("<akomaNtoso><act name=\"act\"><body/></act></akomaNtoso>", "no-namespace.xml")
            .Should().Throw<UnsupportedFormatException>().WithMessage("*no-namespace.xml*");
    }

    [Test]
    public void An_unsupported_akn_document_type_is_an_unsupported_format()
    {
        Reading($"<akomaNtoso xmlns=\"{Ns}\"><judgment name=\"judgment\"/></akomaNtoso>", "judgment.akn.xml")
            .Should().Throw<UnsupportedFormatException>().WithMessage("*judgment*");
    }

    [Test]
    public void Nesting_deeper_than_the_limit_is_refused_before_a_tree_is_built()
    {
        var depth = 10_000;
        var xml = $"<akomaNtoso xmlns=\"{Ns}\"><act name=\"act\"><body>" +
                  string.Concat(Enumerable.Repeat("<point><num>(a)</num>", depth)) + string.Concat(Enumerable.Repeat("</point>", depth)) +
                  "</body></act></akomaNtoso>";
        Reading(xml, "deep.akn.xml").Should().Throw<InputLimitExceededException>().WithMessage("*deep.akn.xml*");
    }

    [Test]
    public void Provision_nesting_deeper_than_the_configured_limit_is_refused()
    {
        var xml = $"<akomaNtoso xmlns=\"{Ns}\"><act name=\"act\"><body>" +
                  string.Concat(Enumerable.Repeat("<point>", 12)) + "<content><p>x</p></content>" + string.Concat(Enumerable.Repeat("</point>", 12)) +
                  "</body></act></akomaNtoso>";
        var options = ReadOptions.Default with { Limits = ReadLimits.Default with { MaxNestingDepth = 10 } };
        Reading(xml, "deep-provisions.akn.xml", options).Should().Throw<InputLimitExceededException>().WithMessage("*deep-provisions.akn.xml*");
    }

    [Test]
    public void Input_larger_than_the_byte_limit_is_refused()
    {
        var xml = Encoding.UTF8.GetString(AkomaNtosoRoundTripTests.ToAkn(SampleLaws.English()));
        var options = ReadOptions.Default with { Limits = ReadLimits.Default with { MaxInputBytes = 1_000 } };
        Reading(xml, "big.akn.xml", options).Should().Throw<InputLimitExceededException>().WithMessage("*big.akn.xml*");
    }

    [Test]
    public void More_provisions_than_the_limit_are_refused()
    {
        var xml = Encoding.UTF8.GetString(AkomaNtosoRoundTripTests.ToAkn(SampleLaws.English()));
        var options = ReadOptions.Default with { Limits = ReadLimits.Default with { MaxProvisions = 5 } };
        Reading(xml, "many.akn.xml", options).Should().Throw<InputLimitExceededException>().WithMessage("*many.akn.xml*");
    }

    [Test]
    public void Binary_data_is_a_corrupt_document_not_a_crash()
    {
        var bytes = new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x00, 0xFF, 0xFE, 0x01 };
        var act = () => new AkomaNtosoReader().Read(new MemoryStream(bytes), ReadOptions.Default with { SourceName = "renamed.pdf.xml" });
        act.Should().Throw<CorruptDocumentException>().WithMessage("*renamed.pdf.xml*");
    }
}
