using ModelLaw.Documents;
using ModelLaw.Drafting.Lint;
using ModelLaw.Text.Json;
using Newtonsoft.Json;

namespace ModelLaw.Writing.Json;

/// <summary>
/// The lint report as JSON, the one shape of <c>modellaw lint --format json</c> and the add-in's <c>POST /api/lint</c>:
/// schema version, file, language, counts, each finding (severity, code, rule, citation, eId, line or Word paragraph,
/// message, and the other place of a duplicate) in the linter's order, then the other instruments the text cites.
/// Deterministic; UTF-8 without BOM.
/// </summary>
public static class LintReportJson
{
    /// <summary>Writes <paramref name="report"/> of the text named <paramref name="file"/> (in <paramref name="language"/>).</summary>
    public static void Write(LintReport report, Stream output, string? file = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using (var w = JsonOut.Create(output))
        {
            w.WriteStartObject();
            w.WriteString("schemaVersion", "1.0");
            w.WriteString("file", file);
            if (language is not null) w.WriteString("language", language);
            w.WriteNumber("errors", report.Errors);
            w.WriteNumber("warnings", report.Warnings);
            w.WriteStartArray("findings");
            foreach (var f in report.Findings) Finding(w, f);
            w.WriteEndArray();
            w.WriteStartArray("citedInstruments");
            foreach (var i in report.CitedInstruments)
            {
                w.WriteStartObject();
                w.WriteString("key", i.Key);
                w.WriteString("name", i.Name);
                w.WriteNumber("references", i.References);
                w.WriteNumber("mentions", i.Mentions);
                w.WriteBoolean("checked", report.CheckedInstruments.Contains(i.Key));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
    }

    private static void Finding(JsonWriter w, LintFinding f)
    {
        w.WriteStartObject();
        w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
        w.WriteString("code", f.Code);
        w.WriteString("rule", f.Rule);
        w.WriteString("citation", f.Citation);
        w.WriteString("eId", f.EId);
        Span(w, "line", "wordParagraph", f.Span);
        w.WriteString("message", f.Message);
        if (f.RelatedEId is not null)
        {
            w.WriteString("relatedEId", f.RelatedEId);
            Span(w, "relatedLine", "relatedWordParagraph", f.RelatedSpan);
        }
        w.WriteEndObject();
    }

    private static void Span(JsonWriter w, string line, string paragraph, SourceSpan? span)
    {
        if (span is { Unit: SourceUnit.Line } s) w.WriteNumber(line, s.Start); else w.WriteNull(line);
        if (span is { Unit: SourceUnit.WordParagraph } p) w.WriteNumber(paragraph, p.Start); else w.WriteNull(paragraph);
    }
}
