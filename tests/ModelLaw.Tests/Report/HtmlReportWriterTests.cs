using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ModelLaw.Comparing;
using ModelLaw.Coverage;
using ModelLaw.Tests.Redline;
using ModelLaw.Writing.Html;

namespace ModelLaw.Tests.Report;

public sealed class HtmlReportWriterTests
{
    /// <summary>Two national texts against the English model: Arcadia (with coverage) and Beta (a renamed copy, without).</summary>
    internal static ReportInput SampleInput()
    {
        var arcadia = SampleComparisons.EnglishWithTaggedModel();
        var beta = arcadia with { National = arcadia.National with { Title = "Republic of Beta Counter-Terrorism (AI) Act" } };
        beta = beta with { Summary = beta.Summary with { ModelTextKept = 0.55 } };
        return new ReportInput
        {
            Model = arcadia.Model,
            Comparisons = ImmutableArray.Create(arcadia, beta),
            Coverage = ImmutableArray.Create(SampleComparisons.EnglishCoverage(arcadia)),
        };
    }

    internal static string Write(ReportInput input, ReportOptions? options = null)
    {
        using var ms = new MemoryStream();
        new HtmlReportWriter().Write(input, ms, options);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    [Test]
    public void The_report_is_one_self_contained_file_that_fetches_nothing()
    {
        var html = Write(SampleInput());
        html.Should().StartWith("<!DOCTYPE html>");
        html.Should().NotContainAny("<link", "src=", "@import", "url(", "http://cdn", "https://");
        html.Should().Contain("<style>").And.Contain("<script>").And.Contain("<svg");
    }

    [Test]
    public void Two_writes_of_the_same_input_are_byte_identical()
    {
        Write(SampleInput()).Should().Be(Write(SampleInput()));
    }

    [Test]
    public void All_text_from_the_documents_is_html_encoded()
    {
        var input = SampleInput();
        var c = input.Comparisons[0];
        var hostile = c with { National = c.National with { Title = "Act <script>alert('x')</script> & \"quoted\"" } };
        var html = Write(input with { Comparisons = ImmutableArray.Create(hostile) });
        html.Should().NotContain("<script>alert");
        html.Should().Contain("Act &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quoted&quot;");
    }

    [Test]
    public void The_page_has_landmarks_one_h1_a_language_and_a_skip_link()
    {
        var html = Write(SampleInput());
        html.Should().Contain("<html lang=\"en\">");
        Regex.Matches(html, "<h1[ >]").Should().HaveCount(1);
        html.Should().Contain("<header").And.Contain("<nav aria-label=").And.Contain("<main id=\"main\"").And.Contain("<footer");
        html.Should().Contain("<a class=\"skip\" href=\"#main\">");
    }

    [Test]
    public void Summary_lists_every_national_text_with_the_share_of_the_model_it_kept()
    {
        var html = Write(SampleInput());
        var summary = html[html.IndexOf("id=\"summary\"", StringComparison.Ordinal)..html.IndexOf("id=\"coverage\"", StringComparison.Ordinal)];
        summary.Should().Contain("Arcadia Act on Artificial Intelligence in Counter-Terrorism").And.Contain("82%");
        summary.Should().Contain("Republic of Beta Counter-Terrorism (AI) Act").And.Contain("55%");
        Regex.Matches(summary, "class=\"bar\"").Should().HaveCount(2, "one bar per national text");
    }

    [Test]
    public void Every_inline_svg_is_well_formed_and_labelled()
    {
        var html = Write(SampleInput());
        var svgs = Regex.Matches(html, "<svg.*?</svg>", RegexOptions.Singleline).Select(m => m.Value).ToList();
        svgs.Should().HaveCount(2, "the bar chart and the heatmap");
        foreach (var svg in svgs)
        {
            var x = XElement.Parse(svg);
            x.Attribute("role")!.Value.Should().Be("img");
            x.Attribute("aria-labelledby").Should().NotBeNull();
        }
    }

    [Test]
    public void Heatmap_has_one_cell_per_principle_and_text_with_its_status()
    {
        var html = Write(SampleInput());
        var svg = Regex.Matches(html, "<svg.*?</svg>", RegexOptions.Singleline)[1].Value;
        Regex.Matches(svg, "<g class=\"cell ").Should().HaveCount(3 * 2);
        svg.Should().Contain("<g class=\"cell covered\">").And.Contain("<g class=\"cell absent\">").And.Contain("<g class=\"cell partial\">");
        svg.Should().Contain("<g class=\"cell na\">", "Beta has no coverage report");
    }

    [Test]
    public void Concordance_rows_carry_their_relation_and_principles_for_the_filters()
    {
        var html = Write(SampleInput());
        foreach (var r in new[] { "identical", "renumbered", "moved", "omitted", "split", "merged", "added" })
            html.Should().Contain($"<tr data-relation=\"{r}\"");
        html.Should().MatchRegex("<tr data-relation=\"omitted\" data-principles=\"record-keeping\"><td>Article 5</td>");
        html.Should().MatchRegex("<tr data-relation=\"moved\" data-principles=\"human-oversight\"><td>Article 4</td><td>Article 3</td>");
    }

    [Test]
    public void Side_by_side_marks_dropped_words_as_del_and_added_words_as_ins()
    {
        var html = Write(SampleInput());
        html.Should().Contain("<del>natural person</del>").And.Contain("<ins>judge</ins>");
        html.Should().Contain("<del>machine-based</del>").And.Contain("<ins>computer</ins>");
        html.Should().Contain("<ins>4</ins>", "the new number of the renumbered article");
    }

    [Test]
    public void Filters_offer_one_toggle_per_relation_none_pressed_so_a_click_shows_only_that_relation()
    {
        var html = Write(SampleInput());
        var buttons = Regex.Matches(html, "data-filter-relation=\"(\\w+)\" aria-pressed=\"false\"").Select(m => m.Groups[1].Value).ToList();
        buttons.Should().Contain(new[] { "identical", "equivalent", "modified", "renumbered", "moved", "split", "merged", "omitted", "added" });
        Regex.IsMatch(html, "<button[^>]*aria-pressed=\"true\"").Should().BeFalse("nothing is filtered out until a relation is chosen");
        html.Should().Contain("<option value=\"human-oversight\">Human oversight</option>");
        html.Should().Contain("role=\"status\" aria-live=\"polite\"");
    }

    [Test]
    public void A_partial_cell_says_which_elements_are_missing()
    {
        var input = SampleInput();
        var report = input.Coverage[0];
        var partial = report.Principles[2];
        var published = new PrincipleElement { Id = "public-disclosure", Name = "Public disclosure", Indicators = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("en", ["publish"]) };
        var explained = new PrincipleElement { Id = "explanation", Name = "Explanation of outputs", Indicators = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("en", ["explain"]) };
        partial = partial with { Elements = [new ElementCoverage(published, ["Article 5"]), new ElementCoverage(explained, [])] };
        var html = Write(input with { Coverage = [report with { Principles = report.Principles.SetItem(2, partial) }] });

        html.Should().Contain("<small class=\"missing\">missing: Explanation of outputs</small>");
        html.Should().Contain("elements present: Public disclosure (Article 5); missing: Explanation of outputs");
    }

    [Test]
    public void Without_coverage_the_report_has_no_heatmap_section()
    {
        var input = SampleInput() with { Coverage = ImmutableArray<CoverageReport>.Empty };
        var html = Write(input);
        html.Should().NotContain("id=\"coverage\"");
        Regex.Matches(html, "<svg").Should().HaveCount(1);
    }

    [Test]
    public void Russian_text_is_written_as_utf8_without_entities()
    {
        var ru = SampleComparisons.Russian();
        var html = Write(new ReportInput { Model = ru.Model, Comparisons = ImmutableArray.Create(ru) });
        html.Should().Contain("<ins>судьёй</ins>").And.Contain("Хранение записей");
    }

    [Test]
    public void Print_stylesheet_hides_the_interactive_parts()
    {
        var html = Write(SampleInput());
        html.Should().MatchRegex(@"@media print \{[^@]*nav, \.filters, \.skip \{ display: none; \}");
    }
}
