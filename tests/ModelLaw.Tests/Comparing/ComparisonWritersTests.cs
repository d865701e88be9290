using System.Text;
using System.Text.Json;
using ModelLaw.Comparing;
using ModelLaw.Writing.Csv;
using ModelLaw.Writing.Json;
using ModelLaw.Writing.Markdown;
using static ModelLaw.Tests.Comparing.LawFixtures;

namespace ModelLaw.Tests.Comparing;

public class ComparisonWritersTests
{
    private static Comparison Sample()
    {
        var changed = (string[])Oversight.Clone();
        changed[1] = "The oversight body shall have access to all records and shall report every six months to the National Assembly.";
        var national = Doc("en",
            Art("1", "Purpose", Purpose),
            Art("2", "Short title", "This Act may be cited as the Counter-Terrorism (Artificial Intelligence) Act 2026, \"the Act\"."),
            Art("3", "Definitions", Definitions),
            Art("4", "Independent oversight", changed),
            Art("5", "Offences", Offences));
        var model = Doc("en", Art("1", "Purpose", Purpose), Art("2", "Definitions", Definitions), Art("3", "Independent oversight", Oversight),
            Art("4", "Human control", HumanControl), Art("5", "Offences", Offences));
        return new DocumentComparer().Compare(model, national);
    }

    private static string Render(Action<Stream> write)
    {
        using var ms = new MemoryStream();
        write(ms);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    [Test]
    public void Json_has_the_agreed_shape_with_one_entry_per_link()
    {
        var c = Sample();
        using var json = JsonDocument.Parse(Render(s => new ComparisonJsonWriter().Write(c, s)));
        var root = json.RootElement;

        root.GetProperty("schemaVersion").GetString().Should().Be(ComparisonJsonWriter.SchemaVersion);
        root.GetProperty("model").ValueKind.Should().Be(JsonValueKind.Object);
        root.GetProperty("national").ValueKind.Should().Be(JsonValueKind.Object);
        var links = root.GetProperty("links").EnumerateArray().ToList();
        links.Should().HaveCount(c.AllLinks().Count());
        foreach (var l in links)
        {
            l.GetProperty("level").GetString().Should().BeOneOf("article", "paragraph", "point", "chapter", "subparagraph");
            l.GetProperty("similarity").GetDouble().Should().BeInRange(0, 1);
            l.GetProperty("diff").ValueKind.Should().Be(JsonValueKind.Array);
        }
        var renumbered = links.Single(l => l.GetProperty("level").GetString() == "article" && l.GetProperty("model").EnumerateArray().Any(m => m.GetProperty("citation").GetString() == "Article 2"));
        renumbered.GetProperty("national")[0].GetProperty("eId").GetString().Should().Be("art_3");
        renumbered.GetProperty("relation").GetString().Should().Be("renumbered");
    }

    [Test]
    public void Json_omitted_links_have_empty_national_and_added_links_empty_model()
    {
        using var json = JsonDocument.Parse(Render(s => new ComparisonJsonWriter().Write(Sample(), s)));
        var links = json.RootElement.GetProperty("links").EnumerateArray().ToList();

        links.Where(l => l.GetProperty("relation").GetString() == "omitted").Should().NotBeEmpty()
            .And.OnlyContain(l => l.GetProperty("national").GetArrayLength() == 0);
        links.Where(l => l.GetProperty("relation").GetString() == "added").Should().NotBeEmpty()
            .And.OnlyContain(l => l.GetProperty("model").GetArrayLength() == 0);
    }

    [Test]
    public void Json_output_is_deterministic()
    {
        var a = Render(s => new ComparisonJsonWriter().Write(Sample(), s));
        var b = Render(s => new ComparisonJsonWriter().Write(Sample(), s));

        a.Should().Be(b);
    }

    [Test]
    public void Csv_concordance_has_a_header_and_one_row_per_article()
    {
        var c = Sample();
        var lines = Render(s => new ConcordanceCsvWriter().Write(c, s)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        lines[0].Should().Be("model,national,relation,similarity");
        lines.Should().HaveCount(c.Concordance.Length + 1);
        lines.Should().Contain("Article 2,Article 3,renumbered,1");
        lines.Should().Contain(",Article 2,added,0");
        lines.Should().Contain(l => l.StartsWith("Article 4,,omitted", StringComparison.Ordinal));
    }

    [Test]
    public void Markdown_report_shows_the_concordance_and_the_word_changes()
    {
        var md = Render(s => new ComparisonMarkdownWriter().Write(Sample(), s));

        md.Should().Contain("## Concordance");
        md.Should().Contain("| Article 2 | Article 3 | renumbered |");
        md.Should().Contain("**every six months**");
        md.Should().Contain("~~annually~~");
    }
}
