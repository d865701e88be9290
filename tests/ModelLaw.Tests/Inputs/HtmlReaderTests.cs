using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ModelLaw.Documents;
using ModelLaw.Reading;
using static ModelLaw.Tests.Inputs.InputsSupport;

namespace ModelLaw.Tests.Inputs;

/// <summary>HTML reads as the page shows: block structure and lists kept, markup, scripts and entities gone.</summary>
public partial class HtmlReaderTests
{
    private static LegalDocument Html(string html, string name = "page.html") => Read(Encoding.UTF8.GetBytes(html), name);

    private static IEnumerable<string> Texts(LegalDocument d) =>
        d.Provisions.SelectMany(p => new[] { p.Content, p.Heading, p.WrapUp }).OfType<string>();

    /// <summary>
    /// A page laid out as the Official Journal's HTML is: head with script and style, a navigation menu, one &lt;p&gt; per
    /// paragraph with class names (its lines joined by &lt;br&gt;), points as a two-column table ("(a)" | text), references as
    /// links, entities for quotes and ampersands, a hidden span, comments and the site's footer.
    /// </summary>
    private static string GazettePage(string text)
    {
        var sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Official Journal</title>\n" +
            "<script>var toc = \"<p>Article 99</p>\";</script><style>p.oj-normal { margin: 0 }</style></head>\n<body>\n" +
            "<nav><ul><li><a href=\"/\">Home</a></li><li>Search</li></ul></nav>\n<div id=\"docHtml\"><!-- document starts -->\n");
        foreach (var paragraph in text.Replace("\r\n", "\n").Split("\n\n").Select(p => p.Trim('\n')).Where(p => p.Length > 0))
        {
            var line = paragraph;
            var m = Point().Match(line);
            var body = string.Join("<br>\n", (m.Success ? m.Groups[2].Value : line).Split('\n')
                .Select(l => Reference().Replace(Encode(l), r => $"<a href=\"#{r.Value.Length}\">{r.Value}</a>")));
            if (m.Success)
                sb.Append($"<table width=\"100%\" border=\"0\"><col width=\"4%\"><col width=\"96%\"><tbody><tr><td valign=\"top\"><p class=\"oj-normal\">{Encode(m.Groups[1].Value)}</p></td>" +
                          $"<td valign=\"top\"><p class=\"oj-normal\">{body}</p></td></tr></tbody></table>\n");
            else if (line.StartsWith("Article ", StringComparison.Ordinal) || line.StartsWith("CHAPTER ", StringComparison.Ordinal))
                sb.Append($"<p class=\"oj-ti-art\">{body}<span style=\"display:none\"> (hidden anchor)</span></p>\n");
            else
                sb.Append($"<p class=\"oj-normal\">{body}</p>\n");
        }
        return sb.Append("</div><footer><p>&copy; European Union</p></footer></body></html>\n").ToString();
    }

    private static string Encode(string s) => WebUtility.HtmlEncode(s).Replace("\u2019", "&rsquo;");

    [GeneratedRegex(@"^(\([a-z0-9]+\)) ([^\n]*)$")]
    private static partial Regex Point();

    [GeneratedRegex(@"Article \d+(\(\d+\))?")]
    private static partial Regex Reference();

    [TestCase("national/arcadia.en.txt")]
    [TestCase("models/ai-ct-model-law.en.txt")]
    public void A_gazette_style_page_reads_as_its_text(string file)
    {
        var text = CorpusText(file);
        var read = Html(GazettePage(text));
        read.Format.Should().Be(SourceFormat.Html);
        var clean = ReadText(text, "page.html");
        read.ShouldReadAs(clean, file + " as gazette HTML", sameTitle: false);
        Texts(read).Should().NotContain(t => t.Contains("Article 99") || t.Contains("Home") || t.Contains("hidden anchor"));
    }

    [Test]
    public void Ordered_lists_get_the_labels_a_browser_draws_unless_the_text_has_its_own()
    {
        var doc = Html("<html><body><p>Article 1</p><p>Purpose</p><ol><li>The Minister shall act.</li><li>The Centre shall report.</li></ol>" +
                       "<ol type=\"a\" start=\"2\"><li>second point;</li><li>third point.</li></ol>" +
                       "<ol style=\"list-style-type: none\"><li>(i) own label</li></ol><ol><li>(d) typed label</li></ol></body></html>");
        string.Join("|", doc.Provisions.Select(p => (p.Number?.Written ?? "") + " " + p.Content))
            .Should().Contain("1. The Minister shall act.").And.Contain("2. The Centre shall report.")
            .And.Contain("b. second point;").And.NotContain("1. (i)").And.NotContain("1. (d)");
    }

    [Test]
    public void Scripts_styles_forms_and_hidden_elements_are_not_text()
    {
        var doc = Html("<html><head><style>.x{}</style></head><body><script>document.write('Article 7')</script><noscript>Enable JavaScript</noscript>" +
                       "<p>Article 1</p><p>Scope</p><p hidden>secret</p><p aria-hidden=\"true\">icon</p><form><input value=\"Search\"><button>Go</button></form>" +
                       "<p>This Law applies &mdash; in full &amp; at once &#8212; to &lt;all&gt; bodies.</p></body></html>");
        doc.Articles.Should().ContainSingle();
        Texts(doc).Should().Contain("This Law applies — in full & at once — to <all> bodies.");
        Texts(doc).Should().NotContain(t => t.Contains("secret") || t.Contains("icon") || t.Contains("JavaScript") || t.Contains("Search"));
    }

    [Test]
    public void A_line_break_inside_a_heading_paragraph_reads_as_heading_and_title()
    {
        var doc = Html("<html><body><p><b>Article 1<br>Purpose</b></p><p>This Law protects the public.</p><p><b>Article 2<br/>Scope</b></p><p>It applies.</p></body></html>");
        doc.Articles.Select(a => a.Heading).Should().Equal("Purpose", "Scope");
    }

    [Test]
    public void Empty_paragraphs_are_blank_lines_as_in_a_word_processor_export()
    {
        var blank = "<p><br></p>";
        var doc = Html($"<html><body><p>Article 1</p><p>Purpose</p>{blank}<p>The Law</p><p>protects.</p>{blank}<p>Article 2</p><p>Scope</p></body></html>");
        Docx.TreeEquality.FirstDifference(ReadText("Article 1\nPurpose\n\nThe Law\nprotects.\n\nArticle 2\nScope\n").Root, doc.Root).Should().BeNull();
    }

    [Test]
    public void A_layout_table_holding_an_article_reads_as_the_article()
    {
        var doc = Html("<html><body><table><tr><td><p>Article 1</p><p>Purpose</p><p>(1) First paragraph.</p><p>(2) Second paragraph.</p></td></tr></table></body></html>");
        doc.Articles.Single().Children.Should().HaveCount(2);
    }

    [Test]
    public void The_declared_charset_of_a_legacy_page_is_honoured()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>Статья 1</p><p>Общие положения</p><p>Настоящий Закон действует.</p></body></html>";
        var doc = Read(TextEncodings.Resolve("windows-1251").GetBytes(html), "page.html");
        doc.Articles.Single().Heading.Should().Be("Общие положения");
        doc.Diagnostics.Should().Contain(d => d.Code == "ML0401" && d.Message.Contains("windows-1251"));
    }

    [Test]
    public void Xhtml_is_read_as_html_not_refused_as_foreign_xml()
    {
        var doc = Html("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Article 1</p><p>Scope</p><p>Text.</p></body></html>", "page.xhtml");
        doc.Format.Should().Be(SourceFormat.Html);
        doc.Articles.Single().Heading.Should().Be("Scope");
    }

    [Test]
    public void Spans_are_lines_of_the_html_source()
    {
        var doc = Html("<html>\n<body>\n<p>Article 1</p>\n<p>Scope</p>\n<p>Text.</p>\n<p>Article 2</p>\n<p>End</p>\n</body></html>");
        doc.Articles.Select(a => a.Span!.Value.Start).Should().Equal(3, 6);
    }
}
