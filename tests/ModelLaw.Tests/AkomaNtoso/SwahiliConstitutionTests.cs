using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Reading.AkomaNtoso;

namespace ModelLaw.Tests.AkomaNtoso;

/// <summary>
/// The Constitution of Tanzania (1977) in Swahili, Akoma Ntoso 3.0 from Laws.Africa: 10 chapters (Sura, numbered in words:
/// Kwanza … Kumi), 23 parts, 155 <c>section</c> elements (ibara 1–152 with 46A, 98A … and inserted sections) and two
/// attachments (Nyongeza). Counts and texts below were read off the file itself.
/// </summary>
public class SwahiliConstitutionTests
{
    private static LegalDocument? _document;

    private static LegalDocument Document()
    {
        var path = Path.Combine(TestPaths.RequireRealTexts(), "akn-tz-constitution-1977-swa", "swahili_in.akn.xml");
        if (_document is not null) return _document;
        using var stream = File.OpenRead(path);
        return _document = new AkomaNtosoReader().Read(stream, ReadOptions.Default with { SourceName = "swahili_in.akn.xml" });
    }

    [Test]
    public void Reads_the_ten_chapters_numbered_in_swahili_words()
    {
        var chapters = Document().Provisions.Where(p => p.Kind == ProvisionKind.Chapter).ToList();
        chapters.Select(c => c.Number!.Written).Should().Equal("Kwanza", "Pili", "Tatu", "Nne", "Tano", "Sita", "Saba", "Nane", "Tisa", "Kumi");
    }

    [Test]
    public void Reads_twenty_three_parts()
    {
        Document().Provisions.Count(p => p.Kind == ProvisionKind.Part).Should().Be(23);
    }

    [Test]
    public void Reads_the_155_sections_as_the_units_of_the_act_not_as_articles()
    {
        var doc = Document();
        doc.Articles.Should().BeEmpty();
        doc.Units.Should().HaveCount(155).And.OnlyContain(u => u.Kind == ProvisionKind.ActSection);
        doc.Units.First().Number!.Written.Should().Be("1.");
        doc.Units.Last().Number!.Written.Should().Be("152.");
        doc.Diagnostics.Should().Contain(d => d.Code == "ML-AKN-001");
    }

    [Test]
    public void Article_one_has_its_heading_and_text()
    {
        var first = Document().Units.First();
        first.Heading.Should().Be("Kutangaza jamhuri ya muungano");
        first.Content.Should().Be("Tanzania ni nchi moja na ni Jamhuri ya Muungano.");
    }

    [Test]
    public void Subsections_and_their_lettered_paragraphs_keep_their_names_and_closing_words()
    {
        var subsection = Document().Units.Single(a => a.Number!.Value == "5").Children[1];
        subsection.Kind.Should().Be(ProvisionKind.ActSubsection);
        subsection.EId.Should().EndWith("sec_5__subsec_2");
        subsection.Citation.Should().Be("Section 5(2)");
        subsection.Number!.Written.Should().Be("(2)");
        subsection.Children.Select(c => c.Number!.Value).Should().Equal("a", "b", "c", "d");
        subsection.Children.Should().OnlyContain(c => c.Kind == ProvisionKind.ActParagraph);
        subsection.Children[1].Content.Should().Be("kuwa na ugonjwa wa akili;");
        subsection.WrapUp.Should().StartWith("mbali na sababu hizo hakuna sababu nyingine");
    }

    [Test]
    public void A_chapter_keeps_its_heading_and_its_intro_text()
    {
        var chapter = Document().Provisions.First(p => p.Kind == ProvisionKind.Chapter);
        chapter.Heading.Should().Be("(ib 1-32)");
        chapter.Content.Should().Be("JAMHURI YA MUUNGANO, VYAMA VYA SIASA, WATU NA SIASA YA UJAMAA NA KUJITEGEMEA");
    }

    [Test]
    public void Inserted_section_46A_gets_a_normalised_eid()
    {
        Document().Units.Should().Contain(a => a.Number!.Written == "46A." && a.EId.EndsWith("sec_46A"));
    }

    [Test]
    public void Attachments_become_annexes_with_heading_body_text_and_table_rows()
    {
        var annexes = Document().Provisions.Where(p => p.Kind == ProvisionKind.Annex).ToList();
        annexes.Select(a => a.Heading).Should().Equal("Nyongeza ya kwanza", "Nyongeza ya pili");
        annexes[0].Children.Should().HaveCount(22).And.OnlyContain(c => c.Kind == ProvisionKind.Paragraph);
        annexes[0].Children[2].Content.Should().Be("Ulinzi na Usalama.");
        annexes[1].Content.Should().Contain("Sura ya 357, Sheria ya Uraia ............................................... | Sheria yote.");
    }

    [Test]
    public void Document_metadata_comes_from_the_frbr_identification()
    {
        var doc = Document();
        doc.Title.Should().Be("Katiba ya Jamhuri ya Muungano wa Tanzania, ya Mwaka");
        doc.Language.Should().Be("sw");
        doc.Jurisdiction.Should().Be("tz");
        doc.Format.Should().Be(SourceFormat.AkomaNtoso);
        doc.Metadata["akn:workUri"].Should().Be("/akn/tz/act/1977/1");
    }

    [Test]
    public void Source_eids_that_differ_from_the_assigned_ones_are_kept_in_the_metadata()
    {
        var doc = Document();
        // eIds keep the case of their numbers (Akoma Ntoso naming convention), so the first section's is the source's own
        var first = doc.Units.First();
        first.EId.Should().Be("chp_Kwanza__part_Kwanza__sec_1");
        doc.Metadata.Should().NotContainKey("akn:eId:" + first.EId);
        doc.Metadata["akn:eId:annex_1"].Should().Be("att_1");
    }

    [Test]
    public void Every_provision_points_back_to_its_xml_element()
    {
        Document().Provisions.Where(p => p.Kind != ProvisionKind.Subparagraph)
            .Should().OnlyContain(p => p.Span != null && p.Span.Value.Unit == SourceUnit.XmlElement);
    }

    [Test]
    public void The_tree_read_from_the_file_survives_our_own_akn_round_trip()
    {
        AkomaNtosoRoundTripTests.AssertLossless(Document());
    }
}
