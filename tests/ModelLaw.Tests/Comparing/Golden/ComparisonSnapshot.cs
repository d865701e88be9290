using System.Globalization;
using System.Text;
using ModelLaw.Comparing;

namespace ModelLaw.Tests.Comparing.Golden;

/// <summary>
/// A canonical text form of what the alignment decides (links at every level with relation, similarity and evidence;
/// summary; concordance; diagnostics), independent of the writers' formats, for golden files. The word diffs and the
/// share of model text kept (counted on them) are left out: they belong to the differ, which changes on its own.
/// </summary>
internal static class ComparisonSnapshot
{
    public static string Of(Comparison c)
    {
        var sb = new StringBuilder();
        foreach (var l in c.Links) Link(sb, l, 0);
        var s = c.Summary;
        sb.Append(Inv($"summary {s.ModelUnits} {s.NationalUnits} verbatim {s.Verbatim} modified {s.Modified} moved {s.Moved} split {s.Split} merged {s.Merged} omitted {s.Omitted} added {s.Added}\n"));
        foreach (var r in c.Concordance)
            sb.Append(Inv($"row {r.ModelCitation} -> {string.Join(" + ", r.NationalCitations)} {r.Relation} {r.Similarity:0.0000}\n"));
        foreach (var d in c.Diagnostics) sb.Append($"diagnostic {d.Code} {d.Message}\n");
        return sb.ToString();
    }

    private static void Link(StringBuilder sb, AlignmentLink l, int depth)
    {
        sb.Append(' ', depth * 2);
        sb.Append(Inv($"{l.Level} {l.Relation} {l.Similarity:0.0000} [{string.Join(", ", l.Model.Select(p => p.EId))}] -> [{string.Join(", ", l.National.Select(p => p.EId))}]"));
        foreach (var e in l.Evidence) sb.Append(Inv($" {e.Kind}={e.Score:0.0000}{(e.Detail is null ? "" : "(" + e.Detail + ")")}"));
        sb.Append('\n');
        foreach (var c in l.Children) Link(sb, c, depth + 1);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
