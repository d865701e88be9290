using System.Text.Json;
using ModelLaw.Documents;
using static ModelLaw.Tests.Inputs.InputsSupport;

namespace ModelLaw.Tests.Inputs;

/// <summary>Markdown reads as the text it shows: front matter, comments, emphasis, links and tables leave no mark.</summary>
public class MarkdownReaderTests
{
    private static LegalDocument Md(string markdown) => Read(System.Text.Encoding.UTF8.GetBytes(markdown), "law.md");

    private static IEnumerable<string> Texts(LegalDocument d) =>
        d.Provisions.SelectMany(p => new[] { p.Content, p.Heading, p.WrapUp }).OfType<string>();

    [Test]
    public void Front_matter_and_comments_are_not_text_and_headings_carry_article_numbers()
    {
        var doc = Md("---\ntitle: \"Data Law\"\nstatus: draft\n---\n\n# Data Law\n\n<!-- INFO END -->\n\n## Article 1 — Purpose\n\n" +
                     "This Law governs data.\n\n## Article 2 — Scope\n\nIt applies to **every** *public* body.\n");
        doc.Title.Should().Be("Data Law");
        doc.Articles.Select(a => a.Number!.Value).Should().Equal("1", "2");
        doc.Articles.Select(a => a.Heading).Should().Equal("Purpose", "Scope");
        Texts(doc).Should().Contain("It applies to every public body.");
        NoMarkup(doc, "front matter, comment, emphasis");
    }

    [Test]
    public void Links_keep_their_text_and_lose_their_target()
    {
        var doc = Md("# Law\n\n## Article 1\n\nAs provided in [Article 2(1)](#art-2) and <https://example.org/law>.\n\n## Article 2\n\nText.\n");
        Texts(doc).Should().Contain("As provided in Article 2(1) and https://example.org/law.");
    }

    [Test]
    public void A_pipe_table_reads_one_line_per_row()
    {
        var doc = Md("# Law\n\n## Article 1\n\nRates:\n\n| Offence | Penalty |\n|---|---|\n| Fraud | five years |\n| Theft | two years |\n\n## Article 2\n\nText.\n");
        var article = doc.Articles.First();
        string.Join("\n", article.Children.Select(c => c.Content).Prepend(article.Content))
            .Should().Contain("Offence Penalty").And.Contain("Fraud five years").And.NotContain("|");
    }

    [Test]
    public void Lists_keep_their_markers_and_nesting_as_the_text_parser_reads_them()
    {
        var md = "# Law\n\n## Article 1\n\n1. The Minister shall:\n   (a) publish a register;\n   (b) report each year.\n2. The register is public.\n";
        var plain = "Law\n\nArticle 1\n\n1. The Minister shall:\n(a) publish a register;\n(b) report each year.\n2. The register is public.\n";
        Docx.TreeEquality.FirstDifference(ReadText(plain).Root, Md(md).Root).Should().BeNull();
    }

    [Test]
    public void Html_blocks_read_as_html_and_scripts_are_dropped()
    {
        var doc = Md("# Law\n\n## Article 1\n\n<div class=\"note\"><p>Inserted by Act 5 of 2020 &amp; amended.</p></div>\n\n<script>alert('x')</script>\n\nText.\n\n## Article 2\n\nMore.\n");
        Texts(doc).Should().Contain(t => t.Contains("Inserted by Act 5 of 2020 & amended.")).And.NotContain(t => t.Contains("alert"));
        NoMarkup(doc, "html block");
    }

    [Test]
    public void Spans_are_lines_of_the_markdown_file()
    {
        var doc = Md("---\ntitle: x\n---\n\n# Law\n\n## Article 1\n\nText one.\n\n## Article 2\n\nText two.\n");
        doc.Articles.Select(a => a.Span!.Value.Start).Should().Equal(7, 11);
    }

    [TestCase("zh-data-security-law", "INFO END")]
    [TestCase("ar-sa-counter-terrorism", "source_url")]
    public void A_real_markdown_law_keeps_its_counts_and_loses_its_markup(string name, string leak)
    {
        var dir = Path.Combine(TestPaths.RequireRealTexts(), name);
        var facts = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "facts.json"))).RootElement;
        var doc = Read(File.ReadAllBytes(Path.Combine(dir, "text.txt")), "text.txt");

        doc.Format.Should().Be(SourceFormat.Markdown, "front matter or an HTML comment shows it is Markdown");
        doc.Articles.Should().HaveCount(facts.GetProperty("articles").GetInt32());
        doc.Provisions.Count(p => p.Kind == ProvisionKind.Chapter).Should().Be(facts.GetProperty("chapters").GetInt32());
        Texts(doc).Should().NotContain(t => t.Contains(leak) || t.Contains("**") || t.StartsWith("> "));
        NoMarkup(doc, name);
    }

    [Test]
    public void The_spanish_constitution_stays_plain_text_with_its_counts()
    {
        var dir = Path.Combine(TestPaths.RequireRealTexts(), "es-constitucion-1978");
        var doc = Read(File.ReadAllBytes(Path.Combine(dir, "text.txt")), "text.txt");
        doc.Format.Should().Be(SourceFormat.Text, "it has no Markdown markup to strip");
        doc.Articles.Should().HaveCount(169);
    }

    [Test]
    public void Plain_text_without_markdown_signs_is_not_read_as_markdown()
    {
        Read(System.Text.Encoding.UTF8.GetBytes(CorpusText("national/arcadia.en.txt")), "arcadia.txt").Format.Should().Be(SourceFormat.Text);
    }
}
