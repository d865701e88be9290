using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ModelLaw.Cli;
using ModelLaw.Comparing;
using ModelLaw.Documents;
using ModelLaw.Writing.Table;

namespace ModelLaw.Tests.Redline;

/// <summary>The two-column comparative table: one row per aligned provision in the national order, changes marked in both columns.</summary>
[NonParallelizable]
public sealed class ComparativeTableTests
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();

    private static async Task<Comparison> Corpus(string name)
    {
        var language = name.Split('.')[1];
        var model = await Engine.ReadAsync(Path.Combine(TestPaths.Corpus, "models", $"ai-ct-model-law.{language}.txt"));
        var national = await Engine.ReadAsync(Path.Combine(TestPaths.Corpus, "national", $"{name}.txt"));
        return Engine.Compare(model, national);
    }

    private static byte[] Table(Comparison c, ComparativeTableOptions? options = null)
    {
        using var ms = new MemoryStream();
        Engine.WriteComparativeTableAsync(c, ms, options).GetAwaiter().GetResult();
        return ms.ToArray();
    }

    private static List<(string Model, string National)> Rows(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var table = doc.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Single();
        return table.Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().ToList())
            .Where(cells => cells.Count == 2).Select(cells => (Text(cells[0]), Text(cells[1]))).ToList();

        static string Text(TableCell cell) => string.Join("\n", cell.Elements<Paragraph>().Select(p => p.InnerText));
    }

    [Test]
    public async Task Every_model_article_has_a_row_with_its_model_number_in_the_national_order()
    {
        var c = await Corpus("arcadia.en");
        var rows = Rows(Table(c));
        var articles = c.Model.Root.Descendants().Where(p => p.Kind == ProvisionKind.Article).ToList();
        foreach (var a in articles)
            rows.Should().Contain(r => ("\n" + r.Model + "\n").Contains("\n" + a.Number!.Written + " ", StringComparison.Ordinal)
                || ("\n" + r.Model + "\n").Contains("\n" + a.Number.Written + "\n", StringComparison.Ordinal),
                $"model {a.Citation} stands in the model column (as a row, or inside the row of the national provision it became)");
        // model Article 23 moved to national Article 34: its row stands among the national articles 33 and 35
        int moved = rows.FindIndex(r => r.Model.StartsWith("Article 23 ", StringComparison.Ordinal));
        rows[moved].National.Should().StartWith("Article 34").And.Contain("Moved from");
        rows.FindIndex(r => r.National.StartsWith("Article 33 ", StringComparison.Ordinal)).Should().BeLessThan(moved);
    }

    [Test]
    public async Task Changes_are_marked_in_both_columns_and_the_package_validates()
    {
        var c = await Corpus("arcadia.en");
        var docx = Table(c);
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).Should().BeEmpty();
        var runs = doc.MainDocumentPart!.Document!.Body!.Descendants<Run>().ToList();
        runs.Should().Contain(r => r.RunProperties != null && r.RunProperties.GetFirstChild<Strike>() != null, "dropped words are struck through on the model's side");
        runs.Should().Contain(r => r.RunProperties != null && r.RunProperties.GetFirstChild<Bold>() != null && r.RunProperties.GetFirstChild<Italic>() != null,
            "new words are in bold italics on the national side");
        docx.Should().Equal(Table(c), "the same comparison gives the same bytes");
    }

    [Test]
    public async Task An_Arabic_table_is_right_to_left()
    {
        var docx = Table(await Corpus("alwaha.ar"));
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        body.Descendants<BiDiVisual>().Should().NotBeEmpty();
        body.Descendants<Paragraph>().Where(p => p.InnerText.Contains("المادة") && p.ParagraphProperties?.ParagraphStyleId?.Val != "MLNote").Should().OnlyContain(p => p.ParagraphProperties!.GetFirstChild<BiDi>() != null);
    }

    [Test]
    public void Table_command_writes_the_table_and_needs_an_output_file()
    {
        var dir = Directory.CreateTempSubdirectory("modellaw-table-").FullName;
        try
        {
            var model = Path.Combine(TestPaths.Corpus, "models", "ai-ct-model-law.en.txt");
            var national = Path.Combine(TestPaths.Corpus, "national", "arcadia.en.txt");
            var output = Path.Combine(dir, "table.docx");
            CliApp.Run(["table", model, national, "-o", output, "--ignore-label-style"]).Should().Be(CliApp.Ok);
            Rows(File.ReadAllBytes(output)).Should().HaveCountGreaterThan(37);
            CliApp.Run(["table", model, national]).Should().Be(CliApp.UsageError);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
