using System.Text.Encodings.Web;
using System.Text.Json;
using ModelLaw.Coverage;

namespace ModelLaw.AddIn.Api;

/// <summary>
/// The JSON of <c>POST /api/coverage</c>: per principle the status found in the text (covered / partial / absent), the status
/// derived through the alignment with a tagged model when there is one, and the evidence (provision, sentence, matched
/// phrases). Deterministic: catalogue order, scores rounded to 3 decimals.
/// </summary>
public static class CoverageJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keeps «», é and Cyrillic readable; the output is never embedded in HTML
    };

    /// <summary>Writes <paramref name="report"/> as UTF-8 JSON.</summary>
    public static void Write(CoverageReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();

        w.WriteStartObject("document");
        w.WriteString("title", report.Document.Title);
        w.WriteString("language", report.Document.Language);
        w.WriteString("sourceName", report.Document.SourceName);
        w.WriteEndObject();

        w.WriteStartObject("catalog");
        w.WriteString("id", report.Catalog.Id);
        w.WriteString("title", report.Catalog.Title);
        w.WriteString("version", report.Catalog.Version);
        w.WriteEndObject();

        w.WriteStartObject("summary");
        foreach (var status in Enum.GetValues<CoverageStatus>())
            w.WriteNumber(Name(status), report.Principles.Count(p => p.Status == status));
        w.WriteEndObject();

        w.WriteStartArray("principles");
        foreach (var p in report.Principles)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Principle.Id);
            w.WriteString("name", p.Principle.Name);
            w.WriteString("definition", p.Principle.Definition);
            w.WriteStartArray("sources");
            foreach (var s in p.Principle.Sources)
            {
                w.WriteStartObject();
                w.WriteString("instrument", s.Instrument);
                w.WriteString("pinpoint", s.Pinpoint);
                if (s.Url is not null) w.WriteString("url", s.Url);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteString("status", Name(p.Status));
            w.WriteNumber("score", Math.Round(p.Score, 3));
            if (p.DerivedStatus is { } derived) w.WriteString("derivedStatus", Name(derived));
            else w.WriteNull("derivedStatus");
            w.WriteBoolean("methodsDisagree", p.MethodsDisagree);
            w.WriteStartArray("evidence");
            foreach (var e in p.Evidence)
            {
                w.WriteStartObject();
                w.WriteString("eId", e.EId);
                w.WriteString("citation", e.Citation);
                w.WriteString("sentence", e.Sentence);
                w.WriteStartArray("matchedPhrases");
                foreach (var phrase in e.MatchedPhrases) w.WriteStringValue(phrase);
                w.WriteEndArray();
                w.WriteNumber("score", Math.Round(e.Score, 3));
                w.WriteBoolean("operational", e.Operational);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("diagnostics");
        foreach (var d in report.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            w.WriteString("code", d.Code);
            w.WriteString("message", d.Message);
            if (d.EId is not null) w.WriteString("eId", d.EId);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteEndObject();
    }

    private static string Name(CoverageStatus status) => status.ToString().ToLowerInvariant();
}
