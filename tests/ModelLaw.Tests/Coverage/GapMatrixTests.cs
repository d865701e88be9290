using System.Text.Json;
using ModelLaw.Coverage;

namespace ModelLaw.Tests.Coverage;

public class GapMatrixTests
{
    private static GapMatrix Matrix()
    {
        var analyzer = new CoverageAnalyzer();
        var a = analyzer.Analyze(Docs.Document("en",
            Docs.Article(1, "Human oversight", "Every output shall be verified by a human operator before any measure is taken."),
            Docs.Article(2, "Remedies", "The purpose of this Law is to provide remedies.")), Docs.Catalog);
        var b = analyzer.Analyze(Docs.Document("fr",
            Docs.Article(1, "Contrôle humain", "L'autorité compétente veille à ce que toute décision soit vérifiée par un opérateur humain.")), Docs.Catalog);
        return GapMatrix.From(Docs.Catalog, [a, b], ["alpha, the first.txt", "beta.txt"]);
    }

    [Test]
    public void Matrix_has_one_row_per_principle_and_one_cell_per_text()
    {
        var m = Matrix();
        m.Rows.Select(r => r.Principle.Id).Should().Equal(Docs.Catalog.Principles.Select(p => p.Id));
        m.Rows.Should().OnlyContain(r => r.Cells.Length == 2);
        m["human-oversight", 0].Status.Should().Be(CoverageStatus.Covered);
        m["human-oversight", 1].Status.Should().Be(CoverageStatus.Covered);
        m["early-warning", 1].Status.Should().Be(CoverageStatus.Absent);
        m.TotalsFor(1).Absent.Should().Be(Docs.Catalog.Principles.Length - m.TotalsFor(1).Covered - m.TotalsFor(1).Partial);
    }

    [Test]
    public void Csv_quotes_names_with_commas_and_uses_lower_case_statuses()
    {
        var csv = GapMatrixFormatter.ToCsv(Matrix());
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("principle,name,\"alpha, the first.txt\",beta.txt");
        lines.Should().Contain(l => l.StartsWith("human-oversight,", StringComparison.Ordinal) && l.EndsWith(",covered,covered", StringComparison.Ordinal));
        lines.Should().HaveCount(1 + Docs.Catalog.Principles.Length);
    }

    [Test]
    public void Markdown_table_has_a_header_a_row_per_principle_and_totals()
    {
        var md = GapMatrixFormatter.ToMarkdown(Matrix());
        // the table ends at the first blank line; what follows explains the partial cells
        var lines = md.Split('\n').TakeWhile(l => l.Length > 0).ToArray();
        lines[0].Should().Be("| Principle | alpha, the first.txt | beta.txt |");
        lines.Should().HaveCount(2 + Docs.Catalog.Principles.Length + 1);
        lines[^1].Should().StartWith("| **Covered / partial / absent** |");
        md.Should().Contain("✔ covered").And.Contain("✘ absent");
    }

    [Test]
    public void Json_holds_cells_and_evidence_and_is_deterministic()
    {
        var json = GapMatrixFormatter.ToJson(Matrix());
        GapMatrixFormatter.ToJson(Matrix()).Should().Be(json);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        root.GetProperty("schemaVersion").GetInt32().Should().Be(1);
        root.GetProperty("texts").GetArrayLength().Should().Be(2);
        var oversight = root.GetProperty("principles").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "human-oversight");
        oversight.GetProperty("cells")[0].GetProperty("status").GetString().Should().Be("covered");
        var evidence = root.GetProperty("reports")[0].GetProperty("principles").EnumerateArray()
            .Single(p => p.GetProperty("id").GetString() == "human-oversight").GetProperty("evidence").EnumerateArray()
            .First(e => !e.TryGetProperty("heading", out _));
        evidence.GetProperty("eId").GetString().Should().Be("art_1");
        evidence.GetProperty("operational").GetBoolean().Should().BeTrue();
    }

    [Test]
    public void Reports_made_with_another_catalogue_are_refused()
    {
        var other = Docs.Catalog with { Id = "other" };
        var report = new CoverageAnalyzer().Analyze(Docs.Sentence("en", "Nothing."), other);
        var act = () => GapMatrix.From(Docs.Catalog, [report]);
        act.Should().Throw<ArgumentException>();
    }
}
