using System.Xml;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Reading.AkomaNtoso;
using ModelLaw.Writing.AkomaNtoso;

namespace ModelLaw.Tests.AkomaNtoso;

public class AkomaNtosoRoundTripTests
{
    internal static byte[] ToAkn(LegalDocument document)
    {
        using var ms = new MemoryStream();
        new AkomaNtosoWriter().Write(document, ms);
        return ms.ToArray();
    }

    internal static LegalDocument FromAkn(byte[] akn, string sourceName = "roundtrip.akn.xml", ReadOptions? options = null) =>
        new AkomaNtosoReader().Read(new MemoryStream(akn), (options ?? ReadOptions.Default) with { SourceName = sourceName });

    internal static void AssertLossless(LegalDocument original)
    {
        var back = FromAkn(ToAkn(original));
        back.Root.Should().Be(original.Root, "tree → AKN → tree must give an equal tree");
        back.Provisions.Select(p => p.EId).Should().Equal(original.Provisions.Select(p => p.EId));
        back.Provisions.Select(p => p.Citation).Should().Equal(original.Provisions.Select(p => p.Citation));
        back.Provisions.Select(p => p.Number?.Ordinal).Should().Equal(original.Provisions.Select(p => p.Number?.Ordinal));
    }

    [TestCaseSource(typeof(SampleLaws), nameof(SampleLaws.All))]
    public void Tree_written_as_akn_and_read_back_is_equal(LegalDocument document) => AssertLossless(document);

    [TestCaseSource(typeof(SampleLaws), nameof(SampleLaws.All))]
    public void Title_language_jurisdiction_and_metadata_survive_the_round_trip(LegalDocument document)
    {
        var back = FromAkn(ToAkn(document));
        back.Title.Should().Be(document.Title);
        back.Language.Should().Be(document.Language);
        back.Jurisdiction.Should().Be(document.Jurisdiction);
        back.Metadata.Should().BeEquivalentTo(document.Metadata);
        back.Format.Should().Be(SourceFormat.AkomaNtoso);
    }

    [Test]
    public void Provisions_read_back_carry_xml_element_spans()
    {
        var back = FromAkn(ToAkn(SampleLaws.English()));
        back.Provisions.Should().OnlyContain(p => p.Span != null && p.Span.Value.Unit == SourceUnit.XmlElement);
    }

    [Test]
    public void Own_output_records_no_differing_source_eids()
    {
        var back = FromAkn(ToAkn(SampleLaws.English()));
        back.Metadata.Keys.Should().NotContain(k => k.StartsWith("akn:eId:"));
        back.Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Random_trees_with_awkward_text_survive_the_round_trip()
    {
        // seeded: the same 150 trees on every run
        var random = new Random(20261125);
        for (int i = 0; i < 150; i++)
        {
            var doc = RandomTrees.Document(random);
            var back = FromAkn(ToAkn(doc));
            back.Root.Should().Be(doc.Root, $"random tree #{i} must survive the round trip");
        }
    }

    [Test]
    public void Characters_xml_cannot_carry_are_replaced_and_the_output_stays_well_formed()
    {
        var root = new ProvisionBuilder(ProvisionKind.Document);
        root.Add(new ProvisionBuilder(ProvisionKind.Article) { Number = new("Article 1", "1", 1), Content = "bell\u0007 and NUL\0 and lone \uD800 surrogate" });
        var akn = ToAkn(new LegalDocument(root.Build(), "Control characters", "en"));

        var back = FromAkn(akn);
        back.Articles.Single().Content.Should().Be("bell\uFFFD and NUL\uFFFD and lone \uFFFD surrogate");
    }
}

/// <summary>Seeded random trees with every kind and awkward strings (spaces at the ends, tabs, newlines in headings, markup characters).</summary>
internal static class RandomTrees
{
    private static readonly string[] Words =
    [
        "Article", "shall", "l’autorité", "компетентный", "орган", "«guillemets»", "x < y", "a & b", "]]>", "\"quoted\"", "'single'",
        "\u00A0", "\t", " ", "  ", "—", "(a)", "5(2)(a)", "ç", "ё", "🙂",
    ];

    public static LegalDocument Document(Random random)
    {
        var root = new ProvisionBuilder(ProvisionKind.Document);
        if (random.Next(4) == 0) root.Content = Text(random, lines: random.Next(1, 3));
        int count = random.Next(1, 5);
        for (int i = 0; i < count; i++) root.Add(Node(random, depth: 1));
        return new LegalDocument(root.Build(), Text(random, 1), "en");
    }

    private static ProvisionBuilder Node(Random random, int depth)
    {
        var kinds = Enum.GetValues<ProvisionKind>();
        var b = new ProvisionBuilder(kinds[random.Next(kinds.Length)]);
        if (random.Next(3) > 0)
        {
            var value = random.Next(1, 30).ToString(System.Globalization.CultureInfo.InvariantCulture);
            b.Number = new ProvisionNumber(random.Next(2) == 0 ? $"({value})" : Text(random, 1), value, random.Next(2) == 0 ? null : int.Parse(value));
        }
        if (random.Next(3) == 0) b.Heading = Text(random, random.Next(1, 3));
        if (random.Next(5) > 0) b.Content = Text(random, random.Next(1, 4));
        if (random.Next(5) == 0) b.WrapUp = Text(random, 1);
        if (random.Next(6) == 0) b.Tags.Add(Text(random, 1));
        if (depth < 5)
        {
            int children = random.Next(0, depth == 1 ? 4 : 3);
            for (int i = 0; i < children; i++) b.Add(Node(random, depth + 1));
        }
        return b;
    }

    private static string Text(Random random, int lines)
    {
        var result = new List<string>();
        for (int l = 0; l < lines; l++)
        {
            int n = random.Next(0, 6);
            result.Add(string.Concat(Enumerable.Range(0, n).Select(_ => Words[random.Next(Words.Length)] + (random.Next(3) == 0 ? "" : " "))));
        }
        return string.Join("\n", result);
    }
}
