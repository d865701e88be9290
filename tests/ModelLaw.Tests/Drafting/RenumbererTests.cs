using ModelLaw.Documents;
using ModelLaw.Drafting.Renumbering;
using static ModelLaw.Tests.Drafting.DraftingTrees;

namespace ModelLaw.Tests.Drafting;

public class RenumbererTests
{
    private static readonly Renumberer Renumberer = new();

    private static LegalDocument Law() => Document("en",
        Chapter("CHAPTER I", "1", "General provisions",
            Article("Article 1", "1", "Purpose", Para("1", "This Law prevents the use of artificial intelligence for terrorist purposes.")),
            Article("Article 2", "2", "Scope", Para("1", "This Law applies to the operators referred to in Article 3."))),
        Chapter("CHAPTER II", "2", "Obligations",
            Article("Article 3", "3", "Operators",
                Para("1", "Operators shall register with the competent authority."),
                Para("2", "Operators shall keep the records referred to in Article 4(2)."),
                Para("3", "Paragraph 2 applies from the date of registration.")),
            Article("Article 4", "4", "Records",
                Para("1", "Records shall be kept for five years."),
                Para("2", "Records shall be made available on request, as laid down in Article 3(1)."))));

    private static ProvisionBuilder NewArticle() =>
        Article("Article X", "x", "Risk assessment", Para("1", "Operators shall assess the risks of misuse for terrorist purposes."));

    [Test]
    public void Inserting_an_article_renumbers_the_following_articles_across_chapters()
    {
        var result = Renumberer.Insert(Law(), "chp_1__art_1", InsertPosition.After, NewArticle());
        result.Document.Articles.Select(a => a.Number!.Written).Should().Equal("Article 1", "Article 2", "Article 3", "Article 4", "Article 5");
        result.Document.Articles.Select(a => a.Heading).Should().Equal("Purpose", "Risk assessment", "Scope", "Operators", "Records");
    }

    [Test]
    public void Inserting_an_article_rewrites_references_to_renumbered_articles()
    {
        var doc = Renumberer.Insert(Law(), "chp_1__art_1", InsertPosition.After, NewArticle()).Document;
        doc.FindByCitation("Article 3(1)")!.Content.Should().Be("This Law applies to the operators referred to in Article 4.");
        doc.FindByCitation("Article 4(2)")!.Content.Should().Be("Operators shall keep the records referred to in Article 5(2).");
        doc.FindByCitation("Article 5(2)")!.Content.Should().Be("Records shall be made available on request, as laid down in Article 4(1).");
    }

    [Test]
    public void Insertion_numbering_gives_a_letter_suffix_and_leaves_others_alone()
    {
        var result = Renumberer.Insert(Law(), "chp_1__art_1", InsertPosition.After, NewArticle(), new RenumberOptions { Numbering = InsertionNumbering.LetterSuffix });
        result.Document.Articles.Select(a => a.Number!.Written).Should().Equal("Article 1", "Article 1a", "Article 2", "Article 3", "Article 4");
        result.Document.FindByEId("chp_1__art_1a").Should().NotBeNull();
        result.UpdatedReferences.Should().BeEmpty();
    }

    [Test]
    public void Latin_insertion_numbering_gives_bis_then_ter()
    {
        var once = Renumberer.Insert(Law(), "chp_2__art_3", InsertPosition.After, NewArticle(), new RenumberOptions { Numbering = InsertionNumbering.LatinSuffix });
        var twice = Renumberer.Insert(once.Document, "chp_2__art_3a", InsertPosition.After, NewArticle(), new RenumberOptions { Numbering = InsertionNumbering.LatinSuffix });
        twice.Document.Articles.Select(a => a.Number!.Written).Should().Equal("Article 1", "Article 2", "Article 3", "Article 3 bis", "Article 3 ter", "Article 4");
    }

    [Test]
    public void Deleting_a_paragraph_renumbers_its_siblings_and_relative_references()
    {
        var result = Renumberer.Delete(Law(), "chp_2__art_3__para_1");
        var article = result.Document.FindByCitation("Article 3")!;
        article.Children.Select(c => c.Number!.Written).Should().Equal("1.", "2.");
        result.Document.FindByCitation("Article 3(2)")!.Content.Should().Be("Paragraph 1 applies from the date of registration.");
    }

    [Test]
    public void Deleting_a_referenced_paragraph_reports_the_reference_as_broken()
    {
        var result = Renumberer.Delete(Law(), "chp_2__art_3__para_1");
        result.BrokenReferences.Should().ContainSingle().Which.Should().Contain("Article 3(1)");
    }

    [Test]
    public void Moving_an_article_renumbers_in_the_new_order()
    {
        var result = Renumberer.Move(Law(), "chp_2__art_4", "chp_1__art_2", InsertPosition.After);
        result.Document.Articles.Select(a => (a.Number!.Written, a.Heading)).Should().Equal(
            ("Article 1", "Purpose"), ("Article 2", "Scope"), ("Article 3", "Records"), ("Article 4", "Operators"));
        result.Document.FindByCitation("Article 4(2)")!.Content.Should().Be("Operators shall keep the records referred to in Article 3(2).");
        result.Renumbered.Select(r => (r.OldCitation, r.NewCitation)).Should().Contain(("Article 4", "Article 3"));
    }

    [Test]
    public void Russian_points_renumber_with_drafting_letters()
    {
        static ProvisionBuilder P(string letter, string text) => Point(letter, text, "{0})");
        var doc = Document("ru", Article("Статья 2", "2", "Основные понятия",
            Para("1", "Для целей настоящего Закона:", P("а", "оператор — лицо, эксплуатирующее систему;"), P("б", "дрон — беспилотное воздушное судно;"), P("в", "платформа — онлайн-сервис."))));
        var result = Renumberer.Delete(doc, "art_2__para_1__point_а");
        result.Document.FindByCitation("Статья 2(1)")!.Children.Select(c => c.Number!.Written).Should().Equal("а)", "б)");
    }
}

public class RenumberWriteBackTests
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();

    [TestCase("text")]
    [TestCase("akn")]
    public async Task Renumbered_corpus_text_written_back_reads_as_the_same_tree(string format)
    {
        var national = await Engine.ReadAsync(Path.Combine(TestPaths.Corpus, "national", "arcadia.en.txt"));
        var article = national.Articles.First(a => a.Number!.Value == "12");
        var edited = Engine.GetService<ModelLaw.Drafting.Renumbering.Renumberer>().Delete(national, article.EId).Document;
        edited.Articles.Count().Should().Be(national.Articles.Count() - 1);

        var writer = Engine.GetService<IEnumerable<ModelLaw.Writing.IDocumentWriter>>().Single(w => w.FormatName == format);
        using var stream = new MemoryStream();
        writer.Write(edited, stream);
        stream.Position = 0;
        var back = await Engine.ReadAsync(stream, ModelLaw.Reading.ReadOptions.Default with { SourceName = "edited." + format });

        back.Articles.Select(a => (a.Number!.Written, a.Heading)).Should().Equal(edited.Articles.Select(a => (a.Number!.Written, a.Heading)));
        back.Articles.Select(a => a.FullText()).Should().Equal(edited.Articles.Select(a => a.FullText()));
    }
}
