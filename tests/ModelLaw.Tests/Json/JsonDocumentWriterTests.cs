using System.Text;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Tests.AkomaNtoso;
using ModelLaw.Writing.Json;
using Newtonsoft.Json.Linq;
using ModelLaw.Reading.Json;

namespace ModelLaw.Tests.Json;

public class JsonDocumentWriterTests
{
    private static byte[] Bytes(LegalDocument document)
    {
        using var ms = new MemoryStream();
        new JsonDocumentWriter().Write(document, ms);
        return ms.ToArray();
    }

    private static JObject Parse(LegalDocument document) => JObject.Parse(Encoding.UTF8.GetString(Bytes(document)));

    [Test]
    public void Output_starts_with_the_schema_version_and_kind()
    {
        var json = Parse(SampleLaws.English());
        json.Properties().First().Name.Should().Be("schemaVersion");
        ((string?)json["schemaVersion"]).Should().Be("1.0");
        ((string?)json["kind"]).Should().Be("document");
    }

    [Test]
    public void Two_writes_of_the_same_document_are_byte_identical()
    {
        Bytes(SampleLaws.English()).Should().Equal(Bytes(SampleLaws.English()));
    }

    [Test]
    public void Metadata_keys_are_written_in_ordinal_order_whatever_the_insertion_order()
    {
        var a = SampleLaws.French() with { Metadata = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("zeta", "1").Add("alpha", "2").Add("Beta", "3") };
        var b = SampleLaws.French() with { Metadata = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("Beta", "3").Add("alpha", "2").Add("zeta", "1") };
        Bytes(a).Should().Equal(Bytes(b));
        Parse(a)["metadata"]!.Children<JProperty>().Select(p => p.Name).Should().Equal("Beta", "alpha", "zeta");
    }

    [Test]
    public void Document_fields_are_present()
    {
        var json = Parse(SampleLaws.English());
        ((string?)json["title"]).Should().StartWith("Model Law on Countering");
        ((string?)json["language"]).Should().Be("en");
        ((string?)json["jurisdiction"]).Should().Be("Model");
        ((string?)json["sourceName"]).Should().Be("model-ai.txt");
        ((string?)json["format"]).Should().Be("text");
        ((string?)json["metadata"]!["version"]).Should().Be("2026-1");
        json["diagnostics"].Should().BeOfType<JArray>();
        ((string?)json["root"]!["kind"]).Should().Be("document");
    }

    [Test]
    public void A_point_carries_kind_number_eid_citation_content_and_span_free_fields()
    {
        var json = Parse(SampleLaws.English());
        var point = json.SelectTokens("$..children[?(@.eId == 'part_1__title_1__chp_1__sec_1__subsec_1__art_1__para_2__point_a')]").Single();
        ((string?)point["kind"]).Should().Be("point");
        ((string?)point["citation"]).Should().Be("Article 1(2)(a)");
        ((string?)point["num"]!["written"]).Should().Be("(a)");
        ((string?)point["num"]!["value"]).Should().Be("a");
        ((int?)point["num"]!["ordinal"]).Should().Be(1);
        ((string?)point["content"]).Should().Be("assess the risk of misuse, including:");
        point["children"]!.Should().HaveCount(2);
    }

    [Test]
    public void Heading_wrap_up_and_tags_are_written_when_present()
    {
        var json = Parse(SampleLaws.English());
        var para = json.SelectTokens("$..children[?(@.eId == 'part_1__title_1__chp_1__sec_1__subsec_1__art_1__para_2')]").Single();
        ((string?)para["wrapUp"]).Should().Be("unless the competent authority decides otherwise.");
        var art2 = json.SelectTokens("$..children[?(@.eId == 'part_1__title_1__chp_1__sec_1__subsec_1__art_2')]").Single();
        ((string?)art2["heading"]).Should().Be("Definitions");
        art2["tags"]!.Values<string>().Should().Equal("PR-01", "PR-02 legality");
    }

    [Test]
    public void Spans_and_diagnostics_are_written()
    {
        var root = new ProvisionBuilder(ProvisionKind.Document);
        root.Add(new ProvisionBuilder(ProvisionKind.Article) { Number = new("Article 1", "1", 1), Content = "Text.", Span = SourceSpan.Lines(3, 4) });
        var doc = new LegalDocument(root.Build(), "Law", "en")
        {
            Diagnostics = [new Diagnostic(DiagnosticSeverity.Warning, "ML0007", "Numbering gap after Article 1.", SourceSpan.Lines(5, 5), "art_1")],
        };
        var json = Parse(doc);
        json["root"]!["children"]![0]!["span"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be("{\"unit\":\"line\",\"start\":3,\"end\":4}");
        var diagnostic = json["diagnostics"]![0]!;
        ((string?)diagnostic["severity"]).Should().Be("warning");
        ((string?)diagnostic["code"]).Should().Be("ML0007");
        ((string?)diagnostic["eId"]).Should().Be("art_1");
    }

    [Test]
    public void Cyrillic_and_french_characters_are_written_as_utf8_not_escaped()
    {
        var ru = Encoding.UTF8.GetString(Bytes(SampleLaws.Russian()));
        ru.Should().Contain("\"Статья 5\"").And.Contain("обеспечивать человеческий контроль;").And.NotContain("\\u04");
        var fr = Encoding.UTF8.GetString(Bytes(SampleLaws.French()));
        fr.Should().Contain("« système d’intelligence artificielle »").And.NotContain("\\u00");
    }

    [Test]
    public void Output_is_utf8_without_bom_with_unix_line_ends()
    {
        var bytes = Bytes(SampleLaws.Russian());
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        bytes.Should().NotContain((byte)'\r');
        bytes[^1].Should().Be((byte)'\n');
    }

    [TestCaseSource(typeof(SampleLaws), nameof(SampleLaws.All))]
    public void Json_read_back_gives_an_equal_document(LegalDocument document)
    {
        var back = new JsonDocumentReader().Read(new MemoryStream(Bytes(document)));
        back.Root.Should().Be(document.Root);
        back.Provisions.Select(p => p.EId).Should().Equal(document.Provisions.Select(p => p.EId));
        back.Provisions.Select(p => p.Number?.Ordinal).Should().Equal(document.Provisions.Select(p => p.Number?.Ordinal));
        back.Title.Should().Be(document.Title);
        back.Metadata.Should().BeEquivalentTo(document.Metadata);
        Bytes(back).Should().Equal(Bytes(document), "writing the read-back document gives the same bytes");
    }

    [Test]
    public void A_newer_major_schema_version_is_refused()
    {
        var json = "{\"schemaVersion\":\"2.0\",\"kind\":\"document\",\"root\":{\"kind\":\"document\"}}";
        var act = () => new JsonDocumentReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), ReadOptions.Default with { SourceName = "future.json" });
        act.Should().Throw<UnsupportedFormatException>().WithMessage("*future.json*2.0*");
    }

    [Test]
    public void Malformed_json_is_a_corrupt_document_with_the_file_name()
    {
        var act = () => new JsonDocumentReader().Read(new MemoryStream(Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.0\",")), ReadOptions.Default with { SourceName = "cut.json" });
        act.Should().Throw<CorruptDocumentException>().WithMessage("*cut.json*");
    }

    [Test]
    public void Json_nested_deeper_than_the_limit_is_refused()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"kind\":\"point\",\"children\":[", 200)) + string.Concat(Enumerable.Repeat("]}", 200));
        var json = "{\"schemaVersion\":\"1.0\",\"kind\":\"document\",\"root\":" + deep + "}";
        var act = () => new JsonDocumentReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), ReadOptions.Default with { SourceName = "deep.json" });
        act.Should().Throw<InputLimitExceededException>().WithMessage("*deep.json*");
    }
}
