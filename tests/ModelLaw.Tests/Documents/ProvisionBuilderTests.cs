using ModelLaw.Documents;

namespace ModelLaw.Tests.Documents;

public class ProvisionBuilderTests
{
    private static Provision SampleTree()
    {
        var root = new ProvisionBuilder(ProvisionKind.Document);
        var chapter = root.Add(new ProvisionBuilder(ProvisionKind.Chapter) { Number = new("Chapter II", "2", 2), Heading = "Obligations" });
        var article = chapter.Add(new ProvisionBuilder(ProvisionKind.Article) { Number = new("Article 5", "5", 5), Heading = "Human oversight" });
        var para = article.Add(new ProvisionBuilder(ProvisionKind.Paragraph) { Number = new("2.", "2", 2), Content = "Operators shall ensure:" });
        para.Add(new ProvisionBuilder(ProvisionKind.Point) { Number = new("(a)", "a", 1), Content = "meaningful human control over targeting decisions;" });
        chapter.Add(new ProvisionBuilder(ProvisionKind.Article) { Number = new("Article 10 bis", "10a", 10), Content = "Inserted article." });
        return root.Build();
    }

    [Test]
    public void Nested_point_gets_akoma_ntoso_eid_with_full_path()
    {
        var point = SampleTree().Descendants().Single(p => p.Kind == ProvisionKind.Point);
        point.EId.Should().Be("chp_2__art_5__para_2__point_a");
    }

    [Test]
    public void Nested_point_gets_compact_citation()
    {
        var point = SampleTree().Descendants().Single(p => p.Kind == ProvisionKind.Point);
        point.Citation.Should().Be("Article 5(2)(a)");
    }

    [Test]
    public void Bis_article_uses_its_normalised_value_in_the_eid()
    {
        SampleTree().Descendants().Single(p => p.Number?.Value == "10a").EId.Should().Be("chp_2__art_10a");
    }

    [Test]
    public void An_eid_keeps_the_case_of_its_number_as_the_akoma_ntoso_naming_convention_has_it()
    {
        var root = new ProvisionBuilder(ProvisionKind.Document);
        var part = root.Add(new ProvisionBuilder(ProvisionKind.Part) { Number = new("PART 1", "1", 1) });
        part.Add(new ProvisionBuilder(ProvisionKind.ActSection) { Number = new("5.", "5", 5) });
        part.Add(new ProvisionBuilder(ProvisionKind.ActSection) { Number = new("5A.", "5A", 5) });
        part.Add(new ProvisionBuilder(ProvisionKind.ActSection) { Number = new("5a.", "5a", 5) });
        root.Build().Descendants().Where(p => p.Kind == ProvisionKind.ActSection).Select(p => p.EId)
            .Should().Equal("part_1__sec_5", "part_1__sec_5A", "part_1__sec_5a");
    }

    [Test]
    public void Equal_trees_are_equal_and_share_a_content_hash()
    {
        var a = SampleTree();
        var b = SampleTree();
        a.Should().Be(b);
        a.ContentHash.Should().Be(b.ContentHash);
    }

    [Test]
    public void A_changed_word_deep_in_the_tree_changes_equality_and_hash()
    {
        var a = SampleTree();
        var builder = ProvisionBuilder.From(a);
        builder.Children[0].Children[0].Children[0].Children[0].Content = "meaningful human control over all decisions;";
        var b = builder.Build();
        b.Should().NotBe(a);
        b.ContentHash.Should().NotBe(a.ContentHash);
    }

    [Test]
    public void Duplicate_numbers_among_siblings_still_get_unique_eids()
    {
        var root = new ProvisionBuilder(ProvisionKind.Document);
        root.Add(new ProvisionBuilder(ProvisionKind.Article) { Number = new("Article 3", "3", 3) });
        root.Add(new ProvisionBuilder(ProvisionKind.Article) { Number = new("Article 3", "3", 3) });
        var eids = root.Build().Children.Select(c => c.EId).ToList();
        eids.Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void Document_finds_provisions_by_eid_and_by_citation()
    {
        var doc = new LegalDocument(SampleTree(), "Model Law", "en");
        doc.FindByEId("chp_2__art_5__para_2")!.Content.Should().Be("Operators shall ensure:");
        doc.FindByCitation("article 5(2)(a)")!.Kind.Should().Be(ProvisionKind.Point);
    }

    [Test]
    public void With_expression_rebuilds_the_lookup_indexes_for_the_new_tree()
    {
        var doc = new LegalDocument(SampleTree(), "Model Law", "en");
        doc.FindByEId("chp_2__art_5").Should().NotBeNull();
        var empty = doc with { Root = new ProvisionBuilder(ProvisionKind.Document).Build() };
        empty.FindByEId("chp_2__art_5").Should().BeNull();
    }
}
