using System.Globalization;
using System.Text;
using ModelLaw.Comparing;
using ModelLaw.Documents;
using ModelLaw.Writing.Json;

namespace ModelLaw.Writing.Markdown;

/// <summary>
/// Writes a comparison as a Markdown report: summary, article-level concordance table, then every changed provision
/// with its word diff (deletions as <c>~~struck~~</c>, insertions in <c>**bold**</c>). Deterministic; UTF-8 without BOM.
/// </summary>
public sealed class ComparisonMarkdownWriter : IComparisonWriter
{
    /// <inheritdoc />
    public string FormatName => "md";

    /// <inheritdoc />
    public void Write(Comparison comparison, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(output);
        using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        var inv = CultureInfo.InvariantCulture;
        w.WriteLine($"# Comparison: {Escape(comparison.National.Title)} against {Escape(comparison.Model.Title)}");
        w.WriteLine();
        var s = comparison.Summary;
        w.WriteLine("| Model articles | Verbatim | Modified | Moved | Split | Merged | Omitted | Added (national) | Model text kept |");
        w.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        w.WriteLine(string.Create(inv, $"| {s.ModelUnits} | {s.Verbatim} | {s.Modified} | {s.Moved} | {s.Split} | {s.Merged} | {s.Omitted} | {s.Added} | {s.ModelTextKept * 100:0}% |"));
        w.WriteLine();
        foreach (var d in comparison.Diagnostics) w.WriteLine($"> {Escape(d.ToString())}");
        if (!comparison.Diagnostics.IsEmpty) w.WriteLine();

        w.WriteLine("## Concordance");
        w.WriteLine();
        w.WriteLine("| Model | National | Relation | Similarity |");
        w.WriteLine("|---|---|---|---:|");
        foreach (var row in comparison.Concordance)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var model = row.ModelCitation.Length == 0 ? "—" : Escape(row.ModelCitation);
            var national = row.NationalCitations.IsEmpty ? "—" : Escape(string.Join(", ", row.NationalCitations));
            w.WriteLine(string.Create(inv, $"| {model} | {national} | {ComparisonJsonWriter.RelationName(row.Relation)} | {row.Similarity:0.00} |"));
        }
        w.WriteLine();

        w.WriteLine("## Changes");
        w.WriteLine();
        var shown = new HashSet<Provision>(ReferenceEqualityComparer.Instance);
        foreach (var link in comparison.AllLinks())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (link.Relation is AlignmentRelation.Identical or AlignmentRelation.Equivalent) continue;
            bool oneSided = link.Relation is AlignmentRelation.Omitted or AlignmentRelation.Added;
            var side = link.Relation == AlignmentRelation.Omitted ? link.Model : link.National;
            if (oneSided)
            {
                // one heading per omission or addition: what lies below an omitted or added provision is shown with it
                if (side.IsEmpty || side.All(shown.Contains)) continue;
                foreach (var p in side.SelectMany(p => p.DescendantsAndSelf())) shown.Add(p);
            }
            else if (link.Diff is null || link.Diff.IsUnchanged) continue;
            var m = link.Model.IsEmpty ? "—" : Escape(string.Join(" + ", link.Model.Select(p => p.Citation)));
            var n = link.National.IsEmpty ? "—" : Escape(string.Join(" + ", link.National.Select(p => p.Citation)));
            var relation = ComparisonJsonWriter.RelationName(link.Relation);
            w.WriteLine(oneSided ? $"### {m} → {n} ({relation})" : string.Create(inv, $"### {m} → {n} ({relation}, {link.Similarity:0.00})"));
            w.WriteLine();
            if (oneSided)
            {
                w.WriteLine(link.Relation == AlignmentRelation.Omitted ? "Not taken over in the national text:" : "Not in the model:");
                w.WriteLine();
                var op = link.Relation == AlignmentRelation.Omitted ? DiffOperation.Delete : DiffOperation.Insert;
                foreach (var p in side) WriteSubtree(w, p, op, 0);
            }
            else w.WriteLine(RenderDiff(link.Diff!));
            w.WriteLine();
        }
    }

    /// <summary>An omitted or added provision with everything below it, one line per provision, struck or in bold.</summary>
    private static void WriteSubtree(StreamWriter w, Provision p, DiffOperation op, int depth)
    {
        var parts = new[] { p.Number?.Written, p.Heading, p.Content }.Where(x => !string.IsNullOrEmpty(x)).ToList();
        if (parts.Count > 0)
        {
            var text = string.Join(" ", parts);
            w.WriteLine($"{new string(' ', 2 * depth)}- {RenderDiff(new TextDiff([new DiffRun(op, text)]))}");
        }
        foreach (var c in p.Children) WriteSubtree(w, c, op, parts.Count > 0 ? depth + 1 : depth);
        if (!string.IsNullOrEmpty(p.WrapUp)) w.WriteLine($"{new string(' ', 2 * (depth + 1))}- {RenderDiff(new TextDiff([new DiffRun(op, p.WrapUp)]))}");
    }

    private static string RenderDiff(TextDiff diff)
    {
        var sb = new StringBuilder();
        foreach (var r in diff.Runs)
        {
            var text = Escape(r.Text).Replace("\n", " ", StringComparison.Ordinal);
            if (text.Trim().Length == 0) { sb.Append(text); continue; }
            // keep the spaces outside the emphasis markers, or Markdown ignores them
            var lead = text[..(text.Length - text.TrimStart().Length)];
            var trail = text[text.TrimEnd().Length..];
            var core = text.Trim();
            switch (r.Operation)
            {
                case DiffOperation.Equal: sb.Append(text); break;
                case DiffOperation.Delete: sb.Append(lead).Append("~~").Append(core).Append("~~").Append(trail); break;
                case DiffOperation.Insert: sb.Append(lead).Append("**").Append(core).Append("**").Append(trail); break;
            }
        }
        return sb.ToString();
    }

    private static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is '|' or '*' or '_' or '~' or '`' or '[' or ']' or '#' or '<' or '>' or '\\') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
