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
        w.WriteLine(string.Create(inv, $"| {s.ModelProvisions} | {s.Verbatim} | {s.Modified} | {s.Moved} | {s.Split} | {s.Merged} | {s.Omitted} | {s.Added} | {s.ModelTextKept * 100:0}% |"));
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
        foreach (var link in comparison.AllLinks())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (link.Relation is AlignmentRelation.Identical or AlignmentRelation.Equivalent) continue;
            if (link.Relation is AlignmentRelation.Omitted or AlignmentRelation.Added)
            {
                // only the topmost omitted/added provision is worth a line
                if (!link.Level.IsDivision() && !link.Level.IsUnit() && link.Level is not (ProvisionKind.Paragraph or ProvisionKind.ActSubsection or ProvisionKind.Annex)) continue;
            }
            else if (link.Diff is null || link.Diff.IsUnchanged) continue;
            var m = link.Model.IsEmpty ? "—" : Escape(string.Join(" + ", link.Model.Select(p => p.Citation)));
            var n = link.National.IsEmpty ? "—" : Escape(string.Join(" + ", link.National.Select(p => p.Citation)));
            w.WriteLine(string.Create(inv, $"### {m} → {n} ({ComparisonJsonWriter.RelationName(link.Relation)}, {link.Similarity:0.00})"));
            w.WriteLine();
            if (link.Diff is { } diff && !diff.IsUnchanged) w.WriteLine(RenderDiff(diff));
            else if (link.Relation == AlignmentRelation.Omitted) w.WriteLine("Not taken over in the national text.");
            else if (link.Relation == AlignmentRelation.Added) w.WriteLine("No counterpart in the model.");
            w.WriteLine();
        }
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
