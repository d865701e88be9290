using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ModelLaw.Comparing;
using ModelLaw.Comparing.Diffing;
using ModelLaw.Coverage;
using ModelLaw.Documents;

namespace ModelLaw.Writing.Html;

/// <summary>
/// Writes the comparison report as one self-contained HTML file: summary figures, a bar chart of how much of the model
/// each text kept, a coverage heatmap (principles × texts), and per national text a concordance table and the aligned
/// provisions side by side with <c>&lt;del&gt;</c>/<c>&lt;ins&gt;</c> marks. Filters by relation and by principle are
/// plain buttons and a select (keyboard-operable, state in <c>aria-pressed</c>, result announced in a live region).
/// Nothing is fetched: CSS, script and charts (SVG) are inline. All text is HTML-encoded. The output depends only on
/// the input and options (no dates, no random ids).
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    /// <inheritdoc />
    public void Write(ReportInput input, Stream output, ReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var html = new ReportBuilder(input, options ?? ReportOptions.Default, cancellationToken).Build();
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(html);
        output.Write(bytes, 0, bytes.Length);
    }
}

/// <summary>Builds one report; holds the state of one write.</summary>
internal sealed partial class ReportBuilder
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly ReportInput _input;
    private readonly ReportOptions _options;
    private readonly CancellationToken _ct;
    private readonly StringBuilder _sb = new();
    private readonly List<CoverageReport?> _coverageByText;
    private readonly CoverageReport? _modelCoverage;
    private readonly List<Principle> _principles;

    public ReportBuilder(ReportInput input, ReportOptions options, CancellationToken ct)
    {
        _input = input;
        _options = options;
        _ct = ct;
        _coverageByText = input.Comparisons.Select(c => Match(input.Coverage, c.National)).ToList();
        _modelCoverage = Match(input.Coverage, input.Model);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        _principles = input.Coverage.SelectMany(r => r.Catalog.Principles).Where(p => seen.Add(p.Id)).ToList();
    }

    private static CoverageReport? Match(ImmutableArray<CoverageReport> reports, LegalDocument doc) =>
        reports.FirstOrDefault(r => ReferenceEquals(r.Document, doc))
        ?? reports.FirstOrDefault(r => r.Document.Title == doc.Title && r.Document.Language == doc.Language
                                       && r.Document.SourceName == doc.SourceName);

    /// <summary>The platform's HTML encoder, letting every script through as itself (Arabic, Cyrillic, Han stay readable in the source).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string? s) => string.IsNullOrEmpty(s) ? "" : Encoder.Encode(s);

    /// <summary>The <c>lang</c> and <c>dir</c> attributes of text in a language (dir only for right-to-left scripts).</summary>
    private static string LangDir(string? language) =>
        string.IsNullOrEmpty(language) ? "" : $" lang=\"{E(language)}\"" + (RedlineModel.IsRightToLeft(language) ? " dir=\"rtl\"" : "");

    private static string Pct(double x) => (x * 100).ToString("0", Inv) + "%";

    private static string RelationId(AlignmentRelation r) => r.ToString().ToLowerInvariant();

    public string Build()
    {
        var title = _options.Title ?? $"{_input.Model.Title}: comparison report";
        _sb.Append("<!DOCTYPE html>\n<html").Append(LangDir(_options.Language)).Append(">\n<head>\n<meta charset=\"utf-8\">\n")
           .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
           .Append("<meta name=\"generator\" content=\"ModelLaw\">\n")
           .Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(ReportAssets.Css).Append("</style>\n</head>\n<body>\n")
           .Append("<a class=\"skip\" href=\"#main\">Skip to the report</a>\n")
           .Append("<header class=\"page\">\n<h1>").Append(E(title)).Append("</h1>\n<p>Model: <strong").Append(LangDir(_input.Model.Language)).Append(">").Append(E(_input.Model.Title))
           .Append("</strong> (").Append(E(_input.Model.Language)).Append("). National texts compared: ")
           .Append(_input.Comparisons.Length.ToString(Inv)).Append(".</p>\n</header>\n");
        Nav();
        _sb.Append("<main id=\"main\" tabindex=\"-1\">\n");
        Summary();
        if (_principles.Count > 0) CoverageSection();
        Filters();
        for (int i = 0; i < _input.Comparisons.Length; i++)
        {
            _ct.ThrowIfCancellationRequested();
            TextSection(i, _input.Comparisons[i], _coverageByText[i]);
        }
        _sb.Append("</main>\n<footer class=\"page\"><p>Written by ModelLaw. Insertions are underlined on a green ground, deletions struck through on a red ground.</p></footer>\n");
        _sb.Append("<script>\n").Append(ReportAssets.Script).Append("</script>\n</body>\n</html>\n");
        return _sb.ToString();
    }

    private void Nav()
    {
        _sb.Append("<nav aria-label=\"Report sections\">\n<ul>\n<li><a href=\"#summary\">Summary</a></li>\n");
        if (_principles.Count > 0) _sb.Append("<li><a href=\"#coverage\">Principle coverage</a></li>\n");
        _sb.Append("<li><a href=\"#filters\">Filters</a></li>\n");
        for (int i = 0; i < _input.Comparisons.Length; i++)
            _sb.Append("<li><a href=\"#t").Append(i + 1).Append("\">").Append(E(_input.Comparisons[i].National.Title)).Append("</a></li>\n");
        _sb.Append("</ul>\n</nav>\n");
    }

    // ------------------------------------------------------------------ summary

    private void Summary()
    {
        _sb.Append("<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n")
           .Append("<div class=\"scroll\"><table class=\"figures\">\n<caption>Articles (or sections) and annexes of the model and what each national text did with them</caption>\n<thead><tr>")
           .Append("<th scope=\"col\">National text</th><th scope=\"col\">Language</th><th scope=\"col\">Model articles</th><th scope=\"col\">National articles</th>")
           .Append("<th scope=\"col\">Verbatim</th><th scope=\"col\">Modified</th><th scope=\"col\">Moved</th><th scope=\"col\">Split</th><th scope=\"col\">Merged</th>")
           .Append("<th scope=\"col\">Omitted</th><th scope=\"col\">Added</th><th scope=\"col\">Model text kept</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < _input.Comparisons.Length; i++)
        {
            var c = _input.Comparisons[i];
            var s = c.Summary;
            _sb.Append("<tr><th scope=\"row\"><a href=\"#t").Append(i + 1).Append("\">").Append(E(c.National.Title)).Append("</a></th><td>")
               .Append(E(c.National.Language)).Append("</td>");
            foreach (var n in new[] { s.ModelUnits, s.NationalUnits, s.Verbatim, s.Modified, s.Moved, s.Split, s.Merged, s.Omitted, s.Added })
                _sb.Append("<td class=\"n\">").Append(n.ToString(Inv)).Append("</td>");
            _sb.Append("<td class=\"n\">").Append(Pct(s.ModelTextKept)).Append("</td></tr>\n");
        }
        _sb.Append("</tbody>\n</table></div>\n");
        KeptChart();
        _sb.Append("</section>\n");
    }

    private void KeptChart()
    {
        const int labelW = 260, barW = 380, rowH = 30, top = 10;
        int h = top + rowH * _input.Comparisons.Length + 30;
        int w = labelW + barW + 60;
        _sb.Append("<figure class=\"chart\">\n<svg role=\"img\" aria-labelledby=\"kept-title kept-desc\" viewBox=\"0 0 ").Append(w).Append(' ').Append(h)
           .Append("\" width=\"").Append(w).Append("\" height=\"").Append(h).Append("\" xmlns=\"http://www.w3.org/2000/svg\">\n")
           .Append("<title id=\"kept-title\">Share of the model's words each national text kept</title>\n<desc id=\"kept-desc\">");
        _sb.Append(E(string.Join("; ", _input.Comparisons.Select(c => $"{c.National.Title}: {Pct(c.Summary.ModelTextKept)}")))).Append("</desc>\n");
        for (int k = 0; k <= 4; k++)
        {
            int x = labelW + barW * k / 4;
            _sb.Append("<line x1=\"").Append(x).Append("\" y1=\"").Append(top - 4).Append("\" x2=\"").Append(x).Append("\" y2=\"").Append(h - 24)
               .Append("\" class=\"grid\"/><text x=\"").Append(x).Append("\" y=\"").Append(h - 8).Append("\" class=\"axis\" text-anchor=\"middle\">")
               .Append((k * 25).ToString(Inv)).Append("%</text>\n");
        }
        for (int i = 0; i < _input.Comparisons.Length; i++)
        {
            var c = _input.Comparisons[i];
            double v = Math.Clamp(c.Summary.ModelTextKept, 0, 1);
            int y = top + i * rowH;
            _sb.Append("<text x=\"").Append(labelW - 8).Append("\" y=\"").Append(y + 19).Append("\" text-anchor=\"end\" class=\"label\">")
               .Append(E(Short(c.National.Title, 38))).Append("<title>").Append(E(c.National.Title)).Append("</title></text>\n")
               .Append("<rect x=\"").Append(labelW).Append("\" y=\"").Append(y + 4).Append("\" width=\"").Append((barW * v).ToString("0.#", Inv))
               .Append("\" height=\"").Append(rowH - 10).Append("\" class=\"bar\"><title>").Append(E($"{c.National.Title}: {Pct(v)} of the model's words kept")).Append("</title></rect>\n")
               .Append("<text x=\"").Append((labelW + barW * v + 6).ToString("0.#", Inv)).Append("\" y=\"").Append(y + 19).Append("\" class=\"value\">")
               .Append(Pct(v)).Append("</text>\n");
        }
        _sb.Append("</svg>\n<figcaption>How much of the model's wording each national text kept.</figcaption>\n</figure>\n");
    }

    /// <summary>Breaks a label into at most two lines of about <paramref name="width"/> characters, at a space when possible.</summary>
    private static (string First, string Second) TwoLines(string s, int width)
    {
        if (s.Length <= width) return (s, "");
        int cut = s.LastIndexOf(' ', width);
        if (cut <= 0) cut = width;
        return (s[..cut].TrimEnd(), Short(s[cut..].Trim(), width));
    }

    private static string Short(string s, int max) => s.Length <= max ? s : s[..(max - 1)].TrimEnd() + "…";

    // ------------------------------------------------------------------ one national text

    private void TextSection(int index, Comparison c, CoverageReport? coverage)
    {
        var id = "t" + (index + 1).ToString(Inv);
        var s = c.Summary;
        _sb.Append("<section id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-h\" class=\"text\"").Append(LangDir(c.National.Language)).Append(">\n<h2 id=\"").Append(id).Append("-h\">")
           .Append(E(c.National.Title)).Append("</h2>\n<p class=\"meta\">Language: ").Append(E(c.National.Language));
        if (!string.IsNullOrEmpty(c.National.Jurisdiction)) _sb.Append("; jurisdiction: ").Append(E(c.National.Jurisdiction));
        _sb.Append("; model text kept: ").Append(Pct(s.ModelTextKept)).Append(".</p>\n");
        foreach (var d in c.Diagnostics)
            _sb.Append("<p class=\"diag\">").Append(E(d.ToString())).Append("</p>\n");

        // concordance
        _sb.Append("<h3 id=\"").Append(id).Append("-conc\">Concordance</h3>\n<div class=\"scroll\"><table class=\"concordance\">\n<caption>Where each provision of the model went in ")
           .Append(E(c.National.Title)).Append("</caption>\n<thead><tr><th scope=\"col\">Model</th><th scope=\"col\">National</th><th scope=\"col\">Relation</th><th scope=\"col\">Similarity</th></tr></thead>\n<tbody>\n");
        foreach (var row in c.Concordance)
        {
            var model = c.Model.FindByCitation(row.ModelCitation) is { } mp ? new[] { mp } : Array.Empty<Provision>();
            var national = row.NationalCitations.Select(n => c.National.FindByCitation(n)).OfType<Provision>().ToList();
            _sb.Append("<tr data-relation=\"").Append(RelationId(row.Relation)).Append("\" data-principles=\"").Append(E(PrinciplesOf(model, national, coverage))).Append("\"><td>")
               .Append(row.ModelCitation.Length == 0 ? "<span class=\"none\">—</span>" : E(row.ModelCitation)).Append("</td><td>")
               .Append(row.NationalCitations.IsEmpty ? "<span class=\"none\">—</span>" : E(string.Join(", ", row.NationalCitations))).Append("</td><td>")
               .Append(Badge(row.Relation)).Append("</td><td class=\"n\">")
               .Append(row.Relation is AlignmentRelation.Omitted or AlignmentRelation.Added ? "" : row.Similarity.ToString("0.00", Inv)).Append("</td></tr>\n");
        }
        _sb.Append("</tbody>\n</table></div>\n");

        if (_options.IncludeSideBySide) SideBySide(id, c, coverage);
        _sb.Append("</section>\n");
    }

    private static string Badge(AlignmentRelation r) =>
        $"<span class=\"badge rel-{RelationId(r)}\">{r}</span>";
}
