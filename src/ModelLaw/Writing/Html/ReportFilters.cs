using System.Collections.Immutable;
using System.Globalization;
using ModelLaw.Comparing;
using ModelLaw.Coverage;
using ModelLaw.Documents;

namespace ModelLaw.Writing.Html;

/// <summary>The relation and principle filters.</summary>
internal sealed partial class ReportBuilder
{
    // ------------------------------------------------------------------ filters

    private void Filters()
    {
        // every relation has its button (Merged too), in the order a drafter reads them; a pressed button shows only its rows
        var present = _input.Comparisons.SelectMany(c => c.AllLinks()).Select(l => l.Relation).ToHashSet();
        _sb.Append("<section id=\"filters\" aria-labelledby=\"filters-h\" class=\"filters\">\n<h2 id=\"filters-h\">Filters</h2>\n")
           .Append("<div role=\"group\" aria-labelledby=\"rel-label\" class=\"group\">\n<span id=\"rel-label\" class=\"group-label\">Relation:</span>\n");
        foreach (var r in Enum.GetValues<AlignmentRelation>())
        {
            _sb.Append("<button type=\"button\" class=\"rel rel-").Append(RelationId(r)).Append("\" data-filter-relation=\"").Append(RelationId(r))
               .Append("\" aria-pressed=\"false\"");
            if (!present.Contains(r)) _sb.Append(" disabled title=\"none in this report\"");
            _sb.Append('>').Append(E(r.ToString())).Append("</button>\n");
        }
        _sb.Append("<button type=\"button\" class=\"reset\" data-filter-reset=\"\">Show all</button>\n</div>\n");
        if (_principles.Count > 0 || AllTags().Any())
        {
            _sb.Append("<div class=\"group\"><label for=\"filter-principle\" class=\"group-label\">Principle:</label>\n<select id=\"filter-principle\">\n<option value=\"\">All principles</option>\n");
            foreach (var (id, name) in PrincipleOptions())
                _sb.Append("<option value=\"").Append(E(id)).Append("\">").Append(E(name)).Append("</option>\n");
            _sb.Append("</select></div>\n");
        }
        _sb.Append("<p id=\"filter-status\" role=\"status\" aria-live=\"polite\"></p>\n</section>\n");
    }

    private IEnumerable<string> AllTags() =>
        _input.Model.Provisions.SelectMany(p => p.Tags).Distinct(StringComparer.Ordinal);

    private IEnumerable<(string Id, string Name)> PrincipleOptions()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in _principles)
            if (seen.Add(p.Id)) yield return (p.Id, p.Name);
        foreach (var t in AllTags().OrderBy(t => t, StringComparer.Ordinal))
            if (seen.Add(t)) yield return (t, t);
    }

    /// <summary>Principle ids a link touches: tags of its model provisions, and principles whose evidence lies in its national provisions.</summary>
    private static string PrinciplesOf(IEnumerable<Provision> model, IEnumerable<Provision> national, CoverageReport? coverage)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var t in model.SelectMany(p => p.DescendantsAndSelf()).SelectMany(p => p.Tags)) ids.Add(t);
        if (coverage is not null)
        {
            var eids = national.Select(n => n.EId).Where(e => e.Length > 0).ToList();
            foreach (var pc in coverage.Principles)
                if (pc.Evidence.Any(e => eids.Any(n => e.EId == n || e.EId.StartsWith(n + "__", StringComparison.Ordinal))))
                    ids.Add(pc.Principle.Id);
        }
        return string.Join(" ", ids);
    }
}
