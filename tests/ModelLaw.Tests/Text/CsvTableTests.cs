using ModelLaw.Coverage;
using ModelLaw.Tests.Coverage;
using ModelLaw.Text.Csv;

namespace ModelLaw.Tests.Text;

/// <summary>The one CSV writer of the library: RFC 4180 quoting and formula-injection protection.</summary>
public class CsvTableTests
{
    [Test]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted_and_the_rest_left_bare()
    {
        var csv = CsvTable.ToText(t =>
        {
            t.Row("model", "national");
            t.Row("Article 1(5), first subparagraph", "the \"Act\"");
            t.Row("Article 2\nPurpose", "Статья 3");
        });

        csv.Should().Be("model,national\r\n\"Article 1(5), first subparagraph\",\"the \"\"Act\"\"\"\r\n\"Article 2\nPurpose\",Статья 3\r\n");
    }

    [TestCase("=HYPERLINK(\"http://example.org\",\"Article 5\")")]
    [TestCase("+1 Scope")]
    [TestCase("-2 Definitions")]
    [TestCase("@SUM(A1:A9)")]
    public void A_cell_that_starts_like_a_formula_is_written_as_text(string cell)
    {
        var csv = CsvTable.ToText(t => t.Row("heading", cell));

        var second = csv.TrimEnd('\r', '\n')[("heading,".Length)..];
        second.TrimStart('"').Should().StartWith("'" + cell[0], "a spreadsheet must show the cell as text, not run it");
    }

    [Test]
    public void Numbers_are_invariant_whatever_the_thread_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
            CsvTable.ToText(t => t.Row(CsvTable.Number(0.83333), CsvTable.Number(12))).Should().Be("0.8333,12\r\n");
        }
        finally { Thread.CurrentThread.CurrentCulture = previous; }
    }

    [Test]
    public void A_record_with_a_different_number_of_fields_is_refused()
    {
        var act = () => CsvTable.ToText(t => { t.Row("a", "b"); t.Row("only one"); });

        act.Should().Throw<Exception>("every row of a table has the header's columns");
    }

    [Test]
    public void The_gap_matrix_protects_a_text_name_that_starts_like_a_formula()
    {
        var analysis = new CoverageAnalyzer().Analyze(Docs.Document("en",
            Docs.Article(1, "Human oversight", "Every output shall be verified by a human operator before any measure is taken.")), Docs.Catalog);
        var matrix = GapMatrix.From(Docs.Catalog, [analysis], ["=cmd|' /C calc'!A0.txt"]);

        var header = GapMatrixFormatter.ToCsv(matrix).Split("\r\n")[0];

        header.Should().Be("principle,name,\"'=cmd|' /C calc'!A0.txt\"");
    }
}
