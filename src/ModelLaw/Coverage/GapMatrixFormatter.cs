using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ModelLaw.Text.Json;
using Newtonsoft.Json;

using ModelLaw.Text.Csv;

namespace ModelLaw.Coverage;

/// <summary>Renders a <see cref="GapMatrix"/> as JSON, CSV or Markdown. Output is deterministic (same matrix, same bytes).</summary>
public static class GapMatrixFormatter
{
    /// <summary>Version of the JSON layout written by <see cref="WriteJson"/>.</summary>
    public const int JsonSchemaVersion = 1;

    /// <summary>Lower-case status name used in every format ("covered", "partial", "absent").</summary>
    public static string StatusName(CoverageStatus status) => status switch
    {
        CoverageStatus.Covered => "covered",
        CoverageStatus.Partial => "partial",
        _ => "absent",
    };

    /// <summary>
    /// Writes JSON: catalogue, texts, one row per principle with its cells, and (when <paramref name="includeEvidence"/>) each
    /// text's evidence per principle (eId, citation, sentence, phrases, operational) and derived evidence.
    /// </summary>
    public static void WriteJson(GapMatrix matrix, Stream output, bool includeEvidence = true)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        using var w = JsonOut.Create(output);
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", JsonSchemaVersion);
        w.WriteStartObject("catalog");
        w.WriteString("id", matrix.Catalog.Id);
        w.WriteString("version", matrix.Catalog.Version);
        w.WriteString("title", matrix.Catalog.Title);
        w.WriteEndObject();

        w.WriteStartArray("texts");
        for (int t = 0; t < matrix.Texts.Length; t++)
        {
            var text = matrix.Texts[t];
            var totals = matrix.TotalsFor(t);
            w.WriteStartObject();
            w.WriteString("name", text.Name);
            w.WriteString("title", text.Title);
            w.WriteString("language", text.Language);
            if (text.Jurisdiction is not null) w.WriteString("jurisdiction", text.Jurisdiction);
            w.WriteNumber("covered", totals.Covered);
            w.WriteNumber("partial", totals.Partial);
            w.WriteNumber("absent", totals.Absent);
            w.WriteNumber("disagreements", totals.Disagreements);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("principles");
        foreach (var row in matrix.Rows)
        {
            w.WriteStartObject();
            w.WriteString("id", row.Principle.Id);
            w.WriteString("name", row.Principle.Name);
            w.WriteStartArray("cells");
            foreach (var c in row.Cells)
            {
                w.WriteStartObject();
                w.WriteString("status", StatusName(c.Status));
                w.WriteNumber("score", c.Score);
                w.WriteNumber("evidence", c.EvidenceCount);
                if (c.DerivedStatus is { } d)
                {
                    w.WriteString("derivedStatus", StatusName(d));
                    w.WriteBoolean("methodsDisagree", c.MethodsDisagree);
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        if (includeEvidence && !matrix.Reports.IsEmpty)
        {
            w.WriteStartArray("reports");
            for (int t = 0; t < matrix.Reports.Length; t++)
            {
                var report = matrix.Reports[t];
                w.WriteStartObject();
                w.WriteString("text", matrix.Texts[t].Name);
                w.WriteStartArray("principles");
                foreach (var p in report.Principles)
                {
                    w.WriteStartObject();
                    w.WriteString("id", p.Principle.Id);
                    w.WriteString("status", StatusName(p.Status));
                    w.WriteNumber("score", p.Score);
                    if (p.DerivedStatus is { } d)
                    {
                        w.WriteString("derivedStatus", StatusName(d));
                        w.WriteBoolean("methodsDisagree", p.MethodsDisagree);
                    }
                    w.WriteStartArray("evidence");
                    foreach (var e in p.Evidence) WriteEvidence(w, e);
                    w.WriteEndArray();
                    if (!p.Elements.IsEmpty) WriteElements(w, p.Elements);
                    if (!p.Negations.IsEmpty)
                    {
                        w.WriteStartArray("negated");
                        foreach (var e in p.Negations) WriteEvidence(w, e);
                        w.WriteEndArray();
                    }
                    if (!p.DerivedEvidence.IsEmpty)
                    {
                        w.WriteStartArray("derivedEvidence");
                        foreach (var de in p.DerivedEvidence)
                        {
                            w.WriteStartObject();
                            w.WriteString("modelEId", de.ModelEId);
                            w.WriteString("modelCitation", de.ModelCitation);
                            w.WriteString("relation", de.Relation.ToString().ToLowerInvariant());
                            w.WriteNumber("similarity", de.Similarity);
                            w.WriteStartArray("national");
                            foreach (var n in de.NationalCitations) w.WriteStringValue(n);
                            w.WriteEndArray();
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                    }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("diagnostics");
                foreach (var diag in report.Diagnostics) w.WriteStringValue(diag.ToString());
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteElements(JsonWriter w, ImmutableArray<ElementCoverage> elements)
    {
        w.WriteStartArray("elements");
        foreach (var el in elements)
        {
            w.WriteStartObject();
            w.WriteString("id", el.Element.Id);
            w.WriteString("name", el.Element.Name);
            w.WriteBoolean("present", el.Present);
            w.WriteStartArray("citations");
            foreach (var c in el.Citations) w.WriteStringValue(c);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>
    /// The elements of a principle in one text, in words: "present: Human review (Article 5(2)); missing: Power to intervene".
    /// Empty when the principle has no elements in the text's language.
    /// </summary>
    public static string ElementSummary(PrincipleCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        if (coverage.Elements.IsEmpty) return "";
        var present = coverage.Elements.Where(e => e.Present).Select(e => $"{e.Element.Name} ({string.Join(", ", e.Citations)})").ToList();
        var missing = coverage.MissingElements.Select(e => e.Element.Name).ToList();
        return $"present: {(present.Count == 0 ? "none" : string.Join("; ", present))}; missing: {(missing.Count == 0 ? "none" : string.Join("; ", missing))}";
    }

    // every partial cell whose principle has elements: what the text shows and what it leaves out
    private static void AppendPartialExplained(GapMatrix matrix, StringBuilder sb)
    {
        var lines = new List<string>();
        for (int t = 0; t < matrix.Reports.Length && t < matrix.Texts.Length; t++)
            foreach (var p in matrix.Reports[t].Principles.Where(p => p.Status == CoverageStatus.Partial && !p.Elements.IsEmpty))
                lines.Add($"- {Md(matrix.Texts[t].Name)}, {Md(p.Principle.Name)}: {Md(ElementSummary(p))}");
        if (lines.Count == 0) return;
        sb.Append("\nPartial coverage explained (elements of each partial principle):\n\n");
        foreach (var l in lines) sb.Append(l).Append('\n');
    }

    private static string Md(string s) => s.Replace("|", "\\|", StringComparison.Ordinal);

    private static void WriteEvidence(JsonWriter w, CoverageEvidence e)
    {
        w.WriteStartObject();
        w.WriteString("eId", e.EId);
        w.WriteString("citation", e.Citation);
        w.WriteString("sentence", e.Sentence);
        w.WriteStartArray("phrases");
        foreach (var p in e.MatchedPhrases) w.WriteStringValue(p);
        w.WriteEndArray();
        if (!e.NegatedPhrases.IsEmpty)
        {
            w.WriteStartArray("negatedPhrases");
            foreach (var p in e.NegatedPhrases) w.WriteStringValue(p);
            w.WriteEndArray();
        }
        w.WriteNumber("score", e.Score);
        w.WriteBoolean("operational", e.Operational);
        if (e.FromHeading) w.WriteBoolean("heading", true);
        w.WriteEndObject();
    }

    /// <summary>The matrix as JSON text.</summary>
    public static string ToJson(GapMatrix matrix, bool includeEvidence = true)
    {
        using var ms = new MemoryStream();
        WriteJson(matrix, ms, includeEvidence);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>
    /// CSV (RFC 4180, comma, CRLF): <c>principle,name,&lt;text&gt;...</c>, cells "covered" / "partial" / "absent", with
    /// "/derived" appended when a derived status exists and differs ("partial/covered").
    /// </summary>
    public static string ToCsv(GapMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return CsvTable.ToText(table =>
        {
            table.Row(new[] { "principle", "name" }.Concat(matrix.Texts.Select(t => t.Name)));
            foreach (var row in matrix.Rows)
                table.Row(new[] { row.Principle.Id, row.Principle.Name }.Concat(row.Cells.Select(CellText)));
        });
    }

    /// <summary>
    /// A Markdown table: principles down, texts across, with ✔ covered, ◐ partial, ✘ absent, and totals; then, for every partial
    /// principle that has elements, which of them the text shows (and where) and which it leaves out.
    /// </summary>
    public static string ToMarkdown(GapMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var sb = new StringBuilder();
        sb.Append("| Principle |");
        foreach (var t in matrix.Texts) sb.Append(' ').Append(Md(t.Name)).Append(" |");
        sb.Append('\n').Append("|---|");
        foreach (var _ in matrix.Texts) sb.Append(":---:|");
        sb.Append('\n');
        foreach (var row in matrix.Rows)
        {
            sb.Append("| ").Append(Md(row.Principle.Name)).Append(" (`").Append(row.Principle.Id).Append("`) |");
            foreach (var c in row.Cells)
            {
                sb.Append(' ').Append(Symbol(c.Status)).Append(' ').Append(StatusName(c.Status));
                if (c.MethodsDisagree) sb.Append(" ≠ model: ").Append(StatusName(c.DerivedStatus!.Value));
                sb.Append(" |");
            }
            sb.Append('\n');
        }
        sb.Append("| **Covered / partial / absent** |");
        for (int t = 0; t < matrix.Texts.Length; t++)
        {
            var totals = matrix.TotalsFor(t);
            sb.Append(CultureInfo.InvariantCulture, $" {totals.Covered} / {totals.Partial} / {totals.Absent} |");
        }
        sb.Append('\n');
        AppendPartialExplained(matrix, sb);
        return sb.ToString();

        static string Symbol(CoverageStatus s) => s switch { CoverageStatus.Covered => "✔", CoverageStatus.Partial => "◐", _ => "✘" };
    }

    private static string CellText(GapMatrixCell c) =>
        c.MethodsDisagree ? $"{StatusName(c.Status)}/{StatusName(c.DerivedStatus!.Value)}" : StatusName(c.Status);
}
