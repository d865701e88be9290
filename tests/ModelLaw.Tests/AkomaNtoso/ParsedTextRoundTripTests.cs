using System.Xml;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Reading.PlainText;
using ModelLaw.Writing.Json;
using ModelLaw.Reading.Json;

namespace ModelLaw.Tests.AkomaNtoso;

/// <summary>
/// Every shipped corpus text and every real text (../shared/real-texts) parsed by the text parser, written as Akoma Ntoso
/// and read back, gives an equal tree; the AKN is well-formed and its eIds are unique. The same for JSON.
/// </summary>
public class ParsedTextRoundTripTests
{
    private static readonly TextParser Parser = TextParser.CreateDefault();

    public static IEnumerable<TestCaseData> CorpusTexts()
    {
        if (!Directory.Exists(TestPaths.Corpus)) yield break;
        foreach (var file in Directory.GetFiles(TestPaths.Corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            yield return new TestCaseData(file).SetArgDisplayNames(Path.GetRelativePath(TestPaths.Corpus, file).Replace('\\', '/'));
    }

    public static IEnumerable<TestCaseData> RealTexts()
    {
        if (!Directory.Exists(TestPaths.RealTexts))
        {
            yield return new TestCaseData("").SetArgDisplayNames("real-texts-absent");
            yield break;
        }
        foreach (var dir in Directory.GetDirectories(TestPaths.RealTexts).Order(StringComparer.Ordinal))
            foreach (var name in new[] { "model.txt", "national.txt", "text.txt" })
            {
                var file = Path.Combine(dir, name);
                if (File.Exists(file)) yield return new TestCaseData(file).SetArgDisplayNames($"{Path.GetFileName(dir)}/{name}");
            }
    }

    private static LegalDocument Parse(string file) =>
        Parser.Parse(File.ReadAllText(file), ReadOptions.Default with { SourceName = Path.GetFileName(file) });

    [TestCaseSource(nameof(CorpusTexts))]
    public void Corpus_text_survives_the_akn_round_trip(string file) => AssertAknRoundTrip(Parse(file));

    [TestCaseSource(nameof(RealTexts))]
    public void Real_text_survives_the_akn_round_trip(string file)
    {
        TestPaths.RequireRealTexts();
        AssertAknRoundTrip(Parse(file));
    }

    [TestCaseSource(nameof(CorpusTexts))]
    public void Corpus_text_survives_the_json_round_trip(string file) => AssertJsonRoundTrip(Parse(file));

    [TestCaseSource(nameof(RealTexts))]
    public void Real_text_survives_the_json_round_trip(string file)
    {
        TestPaths.RequireRealTexts();
        AssertJsonRoundTrip(Parse(file));
    }

    private static void AssertAknRoundTrip(LegalDocument document)
    {
        document.Provisions.Should().NotBeEmpty();
        var akn = AkomaNtosoRoundTripTests.ToAkn(document);

        var eIds = EIdsOfWellFormed(akn);
        eIds.Should().OnlyHaveUniqueItems("eIds must be unique in an AKN document");
        eIds.Should().Contain(document.Provisions.Select(p => p.EId));

        var back = AkomaNtosoRoundTripTests.FromAkn(akn, document.SourceName ?? "text");
        back.Root.Should().Be(document.Root);
        back.Provisions.Select(p => p.EId).Should().Equal(document.Provisions.Select(p => p.EId));
        back.Provisions.Select(p => p.Citation).Should().Equal(document.Provisions.Select(p => p.Citation));
        back.Title.Should().Be(document.Title);
        back.Language.Should().Be(document.Language);
    }

    private static void AssertJsonRoundTrip(LegalDocument document)
    {
        using var first = new MemoryStream();
        new JsonDocumentWriter().Write(document, first);
        var back = new JsonDocumentReader().Read(new MemoryStream(first.ToArray()));
        back.Root.Should().Be(document.Root);
        using var second = new MemoryStream();
        new JsonDocumentWriter().Write(back, second);
        second.ToArray().Should().Equal(first.ToArray());
    }

    /// <summary>Parses the XML with a plain, strict XmlReader (throws when not well-formed) and collects every eId.</summary>
    internal static List<string> EIdsOfWellFormed(byte[] xml)
    {
        var eIds = new List<string>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CheckCharacters = true };
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
            if (reader.NodeType == XmlNodeType.Element && reader.GetAttribute("eId") is { } eId) eIds.Add(eId);
        return eIds;
    }
}
