using System.Text.Encodings.Web;
using System.Text.Json;
using ModelLaw.Documents;
using ModelLaw.Drafting.Lint;

namespace ModelLaw.AddIn.Api;

/// <summary>
/// The JSON of <c>POST /api/lint</c>, in the shape of <c>modellaw lint --format json</c>: counts, then each finding with its
/// severity, code, rule, citation, eId, line (or Word paragraph) and message, in the linter's order.
/// </summary>
public static class LintJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keeps «», é and Cyrillic readable; the output is never embedded in HTML
    };

    /// <summary>Writes <paramref name="report"/> for the text named <paramref name="file"/> as UTF-8 JSON.</summary>
    public static void Write(LintReport report, string? file, string language, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("schemaVersion", "1.0");
        w.WriteString("file", file);
        w.WriteString("language", language);
        w.WriteNumber("errors", report.Errors);
        w.WriteNumber("warnings", report.Warnings);
        w.WriteStartArray("findings");
        foreach (var f in report.Findings)
        {
            w.WriteStartObject();
            w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
            w.WriteString("code", f.Code);
            w.WriteString("rule", f.Rule);
            w.WriteString("citation", f.Citation);
            w.WriteString("eId", f.EId);
            if (f.Span is { Unit: SourceUnit.Line } line) w.WriteNumber("line", line.Start); else w.WriteNull("line");
            if (f.Span is { Unit: SourceUnit.WordParagraph } para) w.WriteNumber("wordParagraph", para.Start); else w.WriteNull("wordParagraph");
            w.WriteString("message", f.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
