using System.Collections.Immutable;
using System.Text.Json;
using ModelLaw.Comparing;
using ModelLaw.Documents;
using ModelLaw.Workflows.Matrix;
using ModelLaw.Workflows.Output;

namespace ModelLaw.Tests.Workflows;

/// <summary>The States × articles matrix: one row per model article, one column per text, the fate in each cell.</summary>
[TestFixture]
public sealed class ArticleMatrixTests
{
    // model: Articles 1–5; national: Articles 1–4 (4 holds model 4 + 5 merged); model 3 omitted; model 2 split into 2 and 3
    private static Comparison Hand()
    {
        var model = Doc("Model", "en", 5);
        var national = Doc("Arcadia", "en", 4);
        Provision M(int n) => model.Root.Children[n - 1];
        Provision N(int n) => national.Root.Children[n - 1];
        ImmutableArray<ConcordanceRow> rows =
        [
            new([M(1)], [N(1)], AlignmentRelation.Identical, 1),
            new([M(2)], [N(2), N(3)], AlignmentRelation.Split, 0.8),
            new([M(3)], [], AlignmentRelation.Omitted, 0),
            new([M(4), M(5)], [N(4)], AlignmentRelation.Merged, 0.7),
        ];
        return new Comparison { Model = model, National = national, Links = [], Summary = new ComparisonSummary(), Concordance = rows };
    }

    private static LegalDocument Doc(string title, string language, int articles)
    {
        var root = new ProvisionBuilder(ProvisionKind.Document);
        for (int i = 1; i <= articles; i++)
            root.Children.Add(new ProvisionBuilder(ProvisionKind.Article)
            {
                Number = new ProvisionNumber($"Article {i}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), i),
                Heading = $"Heading {i}",
                Content = $"Text of article {i}.",
            });
        return new LegalDocument(root.Build(), title, language) { SourceName = title.ToLowerInvariant() + ".txt" };
    }

    [Test]
    public void A_merge_gives_each_merged_model_article_a_cell_and_a_split_names_every_part()
    {
        var matrix = ArticleMatrix.From([Hand()]);

        matrix.Rows.Select(r => r.Article.Ordinal).Should().Equal(1, 2, 3, 4, 5);
        matrix.Rows.Select(r => r.Cells[0]!.Fate).Should().Equal(ArticleFate.Kept, ArticleFate.Split, ArticleFate.Omitted, ArticleFate.Merged, ArticleFate.Merged);
        matrix.Rows[1].Cells[0]!.National.Select(n => n.Citation).Should().Equal("Article 2", "Article 3");
        matrix.Rows[4].Cells[0]!.National.Single().Ordinal.Should().Be(4);
        matrix.Count(0, ArticleFate.Merged).Should().Be(2);
    }

    [TestCase(AlignmentRelation.Identical, ArticleFate.Kept)]
    [TestCase(AlignmentRelation.Equivalent, ArticleFate.Kept)]
    [TestCase(AlignmentRelation.Renumbered, ArticleFate.Kept)]
    [TestCase(AlignmentRelation.Modified, ArticleFate.Modified)]
    [TestCase(AlignmentRelation.Moved, ArticleFate.Moved)]
    [TestCase(AlignmentRelation.Omitted, ArticleFate.Omitted)]
    public void Each_relation_has_its_fate(AlignmentRelation relation, ArticleFate fate) =>
        ArticleMatrixColumn.FateOf(relation).Should().Be(fate);

    [Test]
    public async Task Over_the_corpus_the_six_languages_and_the_act_in_sections_share_one_row_per_model_article()
    {
        var engine = ModelLawEngine.CreateDefault();
        var models = await engine.LoadModelSetAsync(Path.Combine(TestPaths.Corpus, "models"));
        var comparisons = new List<Comparison>();
        foreach (var f in Directory.GetFiles(Path.Combine(TestPaths.Corpus, "national"), "*.txt").Order(StringComparer.Ordinal))
            comparisons.Add(engine.Compare(models, await engine.ReadAsync(f)));

        var matrix = engine.Matrix(comparisons);

        matrix.Texts.Should().HaveCount(7);
        matrix.Rows.Count(r => r.Article.EId.Contains("art_", StringComparison.Ordinal)).Should().Be(37, "the model has 37 articles in every language");
        matrix.Rows.Should().OnlyContain(r => r.Cells.All(c => c != null), "every language version has every article");
        matrix.Rows.Single(r => r.Article.EId == "chp_1__art_1").Article.Citation.Should().Be("Article 1", "row labels come from the English column");
    }

    [Test]
    public void The_wide_csv_has_a_column_per_text_and_a_fate_per_cell()
    {
        var matrix = ArticleMatrix.From([Hand(), Hand() with { National = Hand().National with { SourceName = "b.txt" } }]);
        var csv = Write(new ArticleMatrixCsvWriter(), matrix);

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("article,eid,citation,heading,arcadia.txt,b.txt");
        lines[2].Should().EndWith(",Article 2,Heading 2,split,split");
        lines.Should().HaveCount(6);
    }

    [Test]
    public void The_long_csv_has_a_row_per_text_and_article_with_the_national_eids()
    {
        var csv = Write(new ArticleMatrixLongCsvWriter(), ArticleMatrix.From([Hand()]));

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("text,language,model,article,model_eid,");
        lines.Should().HaveCount(6);
        lines[2].Should().Contain(",split,split,0.8,Article 2; Article 3,");
    }

    [Test]
    public void The_json_names_every_provision_and_is_the_same_bytes_each_time()
    {
        var matrix = ArticleMatrix.From([Hand()]);
        var a = Write(new ArticleMatrixJsonWriter(), matrix);

        a.Should().Be(Write(new ArticleMatrixJsonWriter(), matrix));
        using var json = JsonDocument.Parse(a);
        json.RootElement.GetProperty("kind").GetString().Should().Be("articleMatrix");
        var cell = json.RootElement.GetProperty("rows")[3].GetProperty("cells")[0];
        cell.GetProperty("fate").GetString().Should().Be("merged");
        cell.GetProperty("national")[0].GetProperty("heading").GetString().Should().Be("Heading 4");
    }

    private static string Write(IResultWriter<ArticleMatrix> writer, ArticleMatrix matrix)
    {
        using var s = new MemoryStream();
        writer.Write(matrix, s);
        return System.Text.Encoding.UTF8.GetString(s.ToArray());
    }
}
