using System.Collections.Immutable;
using System.Globalization;
using ModelLaw.Comparing;
using ModelLaw.Coverage;
using ModelLaw.Documents;

namespace ModelLaw.Writing.Html;

/// <summary>The coverage heatmap and its table.</summary>
internal sealed partial class ReportBuilder
{
    // ------------------------------------------------------------------ coverage

    private (string Label, string Css, string Title) Cell(CoverageReport? report, Principle p)
    {
        var pc = report?.Principles.FirstOrDefault(x => x.Principle.Id == p.Id);
        if (pc is null) return ("n/a", "na", "not analysed");
        var label = pc.Status switch { CoverageStatus.Covered => "Covered", CoverageStatus.Partial => "Partial", _ => "Absent" };
        var title = $"{label} (score {pc.Score.ToString("0.00", Inv)})";
        if (pc.MethodsDisagree)
        {
            label += "*";
            title += $"; through the model's alignment: {pc.DerivedStatus}";
        }
        if (!pc.Evidence.IsEmpty) title += "; evidence: " + string.Join(", ", pc.Evidence.Select(e => e.Citation).Distinct());
        if (!pc.Elements.IsEmpty) title += "; elements " + GapMatrixFormatter.ElementSummary(pc);
        return (label, pc.Status.ToString().ToLowerInvariant(), title);
    }

    private void CoverageSection()
    {
        var columns = new List<(string Name, CoverageReport? Report)>();
        if (_modelCoverage is not null) columns.Add(("Model: " + _input.Model.Title, _modelCoverage));
        for (int i = 0; i < _input.Comparisons.Length; i++) columns.Add((_input.Comparisons[i].National.Title, _coverageByText[i]));

        _sb.Append("<section id=\"coverage\" aria-labelledby=\"coverage-h\">\n<h2 id=\"coverage-h\">Principle coverage</h2>\n");
        const int labelW = 340, colW = 170, headH = 50, rowH = 30;
        int w = labelW + colW * columns.Count + 10, h = headH + rowH * _principles.Count + 10;
        _sb.Append("<figure class=\"chart\">\n<div class=\"scroll\"><svg role=\"img\" aria-labelledby=\"heat-title heat-desc\" viewBox=\"0 0 ").Append(w).Append(' ').Append(h)
           .Append("\" width=\"").Append(w).Append("\" height=\"").Append(h).Append("\" xmlns=\"http://www.w3.org/2000/svg\">\n")
           .Append("<title id=\"heat-title\">Coverage heatmap: principles by text</title>\n<desc id=\"heat-desc\">")
           .Append("Rows are principles, columns are texts; each cell says whether the text covers the principle. The same data is in the table below.</desc>\n");
        for (int j = 0; j < columns.Count; j++)
        {
            int x = labelW + j * colW + colW / 2;
            var (first, second) = TwoLines(columns[j].Name, 22);
            _sb.Append("<text x=\"").Append(x).Append("\" y=\"").Append(second.Length == 0 ? headH - 10 : headH - 26).Append("\" text-anchor=\"middle\" class=\"label\">")
               .Append(E(first));
            if (second.Length > 0) _sb.Append("<tspan x=\"").Append(x).Append("\" dy=\"16\">").Append(E(second)).Append("</tspan>");
            _sb.Append("<title>").Append(E(columns[j].Name)).Append("</title></text>\n");
        }
        for (int i = 0; i < _principles.Count; i++)
        {
            var p = _principles[i];
            int y = headH + i * rowH;
            _sb.Append("<text x=\"").Append(labelW - 8).Append("\" y=\"").Append(y + 19).Append("\" text-anchor=\"end\" class=\"label\">")
               .Append(E(Short(p.Name, 44))).Append("<title>").Append(E(p.Name + ": " + p.Definition)).Append("</title></text>\n");
            for (int j = 0; j < columns.Count; j++)
            {
                var (label, css, cellTitle) = Cell(columns[j].Report, p);
                int x = labelW + j * colW;
                _sb.Append("<g class=\"cell ").Append(css).Append("\"><rect x=\"").Append(x + 2).Append("\" y=\"").Append(y + 2).Append("\" width=\"").Append(colW - 4)
                   .Append("\" height=\"").Append(rowH - 4).Append("\" rx=\"3\"/><text x=\"").Append(x + colW / 2).Append("\" y=\"").Append(y + 19)
                   .Append("\" text-anchor=\"middle\">").Append(E(label)).Append("</text><title>")
                   .Append(E($"{p.Name} in {columns[j].Name}: {cellTitle}")).Append("</title></g>\n");
            }
        }
        _sb.Append("</svg></div>\n<figcaption>Covered: addressed and operationalised; Partial: mentioned only; Absent: not addressed. ")
           .Append("An asterisk marks a principle whose status through the model's alignment differs.</figcaption>\n</figure>\n");

        _sb.Append("<details>\n<summary>Coverage as a table</summary>\n<div class=\"scroll\"><table class=\"coverage\">\n<caption>Coverage of each principle by each text</caption>\n<thead><tr><th scope=\"col\">Principle</th>");
        foreach (var col in columns) _sb.Append("<th scope=\"col\">").Append(E(col.Name)).Append("</th>");
        _sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var p in _principles)
        {
            _sb.Append("<tr><th scope=\"row\">").Append(E(p.Name)).Append("</th>");
            foreach (var col in columns)
            {
                var (label, css, cellTitle) = Cell(col.Report, p);
                _sb.Append("<td class=\"st ").Append(css).Append("\" title=\"").Append(E(cellTitle)).Append("\">").Append(E(label));
                // a partial cell says what is missing, not only in its tooltip
                if (col.Report?.For(p.Id) is { Status: CoverageStatus.Partial } pc && pc.MissingElements.Any())
                    _sb.Append("<br><small class=\"missing\">missing: ").Append(E(string.Join("; ", pc.MissingElements.Select(e => e.Element.Name)))).Append("</small>");
                _sb.Append("</td>");
            }
            _sb.Append("</tr>\n");
        }
        _sb.Append("</tbody>\n</table></div>\n</details>\n</section>\n");
    }
}
