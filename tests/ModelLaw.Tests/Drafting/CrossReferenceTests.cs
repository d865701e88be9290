using ModelLaw.Documents;
using ModelLaw.Drafting.CrossReferences;

namespace ModelLaw.Tests.Drafting;

public class CrossReferenceTests
{
    private static readonly CrossReferenceExtractor Extractor = new();

    private static List<CrossReference> RefsFrom(LegalDocument doc, string sourceCitation) =>
        Extractor.Extract(doc).Where(r => r.SourceCitation == sourceCitation).ToList();

    [Test]
    public void Compact_citation_with_paragraph_and_point_resolves_to_the_point()
    {
        var refs = RefsFrom(DraftingTrees.English(), "Article 3(2)");
        refs.Where(r => r.Status == ReferenceStatus.Resolved).SelectMany(r => r.Targets)
            .Should().Contain(["chp_1__art_2__para_1__point_a", "chp_1__art_2__para_1__point_c"]);
    }

    [Test]
    public void Points_list_before_of_article_is_read_outer_level_first()
    {
        var r = RefsFrom(DraftingTrees.English(), "Article 3(2)").First(x => x.Text.StartsWith("points", StringComparison.Ordinal));
        r.Path.Should().Equal(new ReferenceStep(ProvisionKind.Article, "2"), new ReferenceStep(ProvisionKind.Paragraph, "1"), new ReferenceStep(ProvisionKind.Point, "a"));
    }

    [Test]
    public void Paragraph_of_this_article_resolves_inside_the_enclosing_article()
    {
        var r = RefsFrom(DraftingTrees.English(), "Article 3(3)").First(x => x.Text.StartsWith("Paragraph 2", StringComparison.Ordinal));
        r.Targets.Should().Equal("chp_2__art_3__para_2");
        r.Text.Should().Be("Paragraph 2 of this Article");
    }

    [Test]
    public void Article_range_expands_to_every_article_in_it()
    {
        var targets = RefsFrom(DraftingTrees.English(), "Article 3(3)").Where(x => x.Text.StartsWith("Articles", StringComparison.Ordinal)).SelectMany(x => x.Targets);
        targets.Should().Equal("chp_2__art_4", "chp_2__art_5", "chp_2__art_6");
    }

    [Test]
    public void Bare_paragraph_number_resolves_in_the_same_article()
    {
        RefsFrom(DraftingTrees.English(), "Article 1(2)").First(x => x.Text == "paragraph 1").Targets.Should().Equal("chp_1__art_1__para_1");
    }

    [Test]
    public void Reference_to_the_model_law_is_external_not_dangling()
    {
        var r = RefsFrom(DraftingTrees.English(), "Article 1(2)").Single(x => x.Text.Contains("Model Law", StringComparison.Ordinal));
        r.Status.Should().Be(ReferenceStatus.External);
        r.ExternalAct.Should().Be("the Model Law");
    }

    [Test]
    public void Reference_to_a_directive_is_external()
    {
        var r = RefsFrom(DraftingTrees.English(), "Article 4(1)").Single();
        r.Status.Should().Be(ReferenceStatus.External);
        r.ExternalAct.Should().StartWith("Directive 2016/680");
    }

    [Test]
    public void Preceding_paragraph_resolves_to_the_previous_sibling()
    {
        RefsFrom(DraftingTrees.English(), "Article 3(2)").Single(x => x.Text.Contains("preceding", StringComparison.Ordinal))
            .Targets.Should().Equal("chp_2__art_3__para_1");
    }

    [Test]
    public void Reference_to_a_missing_article_is_unresolved()
    {
        RefsFrom(DraftingTrees.English(), "Article 6(1)").Single().Status.Should().Be(ReferenceStatus.Unresolved);
    }

    [Test]
    public void Chapter_with_roman_numeral_resolves()
    {
        var doc = DraftingTrees.Document("en",
            DraftingTrees.Chapter("CHAPTER I", "1", "General", DraftingTrees.Article("Article 1", "1", null, DraftingTrees.Para("1", "Chapter II applies to operators."))),
            DraftingTrees.Chapter("CHAPTER II", "2", "Operators", DraftingTrees.Article("Article 2", "2", null, DraftingTrees.Para("1", "Operators shall register."))));
        RefsFrom(doc, "Article 1(1)").Single().Targets.Should().Equal("chp_2");
    }

    [Test]
    public void French_article_paragraph_chain_resolves()
    {
        var doc = DraftingTrees.Document("fr",
            DraftingTrees.Article("Article premier", "1", "Objet",
                DraftingTrees.Para("1", "La présente loi fixe les règles applicables aux systèmes d'intelligence artificielle."),
                DraftingTrees.Para("2", "Les exploitants tiennent un registre.")),
            DraftingTrees.Article("Article 2", "2", "Contrôle",
                DraftingTrees.Para("1", "Les mesures prévues à l'article 1er, paragraphe 2, sont soumises au contrôle de l'autorité."),
                DraftingTrees.Para("2", "Le paragraphe 1 du présent article s'applique sans préjudice de l'article 7 de la loi type.")));
        var refs = Extractor.Extract(doc);
        refs.Single(r => r.SourceCitation == "Article 2(1)").Targets.Should().Equal("art_1__para_2");
        refs.Single(r => r.SourceCitation == "Article 2(2)" && r.Text.StartsWith("paragraphe", StringComparison.Ordinal)).Targets.Should().Equal("art_2__para_1");
        refs.Single(r => r.SourceCitation == "Article 2(2)" && r.Text.StartsWith("article", StringComparison.Ordinal)).Status.Should().Be(ReferenceStatus.External);
    }

    [Test]
    public void Russian_part_of_this_article_in_instrumental_case_resolves()
    {
        var doc = DraftingTrees.Document("ru",
            DraftingTrees.Article("Статья 5", "5", "Контроль человека",
                DraftingTrees.Para("1", "Операторы обеспечивают контроль человека над решениями системы искусственного интеллекта."),
                DraftingTrees.Para("2", "Требование, предусмотренное частью 1 настоящей статьи, не применяется к научным исследованиям.")),
            DraftingTrees.Article("Статья 6", "6", "Ответственность",
                DraftingTrees.Para("1", "Нарушение требований части 2 статьи 5 влечет ответственность в соответствии со статьей 7 Типового закона.")));
        var refs = Extractor.Extract(doc);
        refs.Single(r => r.SourceCitation == "Статья 5(2)").Targets.Should().Equal("art_5__para_1");
        refs.Single(r => r.SourceCitation == "Статья 6(1)" && r.Text.StartsWith("части", StringComparison.Ordinal)).Targets.Should().Equal("art_5__para_2");
        refs.Single(r => r.SourceCitation == "Статья 6(1)" && r.Text.StartsWith("стать", StringComparison.Ordinal)).Status.Should().Be(ReferenceStatus.External);
    }

    [Test]
    public void Bis_article_is_found_from_its_latin_suffix()
    {
        var doc = DraftingTrees.Document("en",
            DraftingTrees.Article("Article 10", "10", null, DraftingTrees.Para("1", "See Article 10 bis.")),
            DraftingTrees.Article("Article 10 bis", "10a", null, DraftingTrees.Para("1", "Inserted provision.")));
        RefsFrom(doc, "Article 10(1)").Single().Targets.Should().Equal("art_10a");
    }
}
