using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ModelLaw.Search.Contract;
using ModelLaw.Writing.Json;

namespace ModelLaw.Search.Searching;

/// <summary>
/// Writes search results as JSON (<c>{"hits": [...]}</c>, deterministic, indented, UTF-8) or as a Markdown table.
/// Provision hits carry document, title, language, citation, article, heading, eId, score and snippet; source hits
/// carry document, title, language, share, explained, provisions, score and the aligned pairs.
/// </summary>
public static class SearchOutput
{
    private static readonly JsonWriterOptions Json = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Provision hits as JSON.</summary>
    public static void WriteJson(IReadOnlyList<ProvisionHit> hits, Stream output)
    {
        ArgumentNullException.ThrowIfNull(hits);
        using var w = new Utf8JsonWriter(output, Json);
        w.WriteStartObject();
        w.WriteStartArray("hits");
        foreach (var h in hits)
        {
            w.WriteStartObject();
            w.WriteString("document", h.Document);
            w.WriteString("title", h.Title);
            w.WriteString("language", h.Language);
            w.WriteString("citation", h.Citation);
            w.WriteString("article", h.Article);
            if (h.Heading is { } heading) w.WriteString("heading", heading); else w.WriteNull("heading");
            w.WriteString("eId", h.EId);
            w.WriteNumber("score", h.Score);
            w.WriteString("snippet", h.Snippet);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Source hits as JSON.</summary>
    public static void WriteJson(IReadOnlyList<SourceHit> hits, Stream output)
    {
        ArgumentNullException.ThrowIfNull(hits);
        using var w = new Utf8JsonWriter(output, Json);
        w.WriteStartObject();
        w.WriteStartArray("hits");
        foreach (var h in hits)
        {
            w.WriteStartObject();
            w.WriteString("document", h.Document);
            w.WriteString("title", h.Title);
            w.WriteString("language", h.Language);
            w.WriteNumber("match", h.Match);
            w.WriteNumber("share", h.Share);
            w.WriteNumber("sourceShare", h.SourceShare);
            w.WriteNumber("explained", h.Explained);
            w.WriteNumber("provisions", h.Provisions);
            w.WriteNumber("score", h.Score);
            w.WriteStartArray("pairs");
            foreach (var p in h.Pairs)
            {
                w.WriteStartObject();
                w.WriteString("provision", p.Provision);
                w.WriteStartArray("source");
                foreach (var s in p.Source) w.WriteStringValue(s);
                w.WriteEndArray();
                w.WriteString("relation", ComparisonJsonWriter.RelationName(p.Relation));
                w.WriteNumber("similarity", p.Similarity);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Provision hits as a Markdown table.</summary>
    public static string ToMarkdown(IReadOnlyList<ProvisionHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var sb = new StringBuilder("| # | score | document | provision | heading | snippet |\n|---:|---:|---|---|---|---|\n");
        int i = 0;
        foreach (var h in hits)
            sb.Append(CultureInfo.InvariantCulture, $"| {++i} | {h.Score:0.000} | {Cell(h.Document)} | {Cell(h.Citation)} | {Cell(h.Heading ?? "")} | {Cell(h.Snippet)} |\n");
        if (i == 0) sb.Append("\nNo provision found.\n");
        return sb.ToString();
    }

    /// <summary>Source hits as Markdown: a ranking table, then the aligned pairs of each source.</summary>
    public static string ToMarkdown(IReadOnlyList<SourceHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var sb = new StringBuilder("| # | match | share | explained | taken from it | document | title |\n|---:|---:|---:|---:|---:|---|---|\n");
        int i = 0;
        foreach (var h in hits)
            sb.Append(CultureInfo.InvariantCulture, $"| {++i} | {h.Match:0.000} | {h.Share:P1} | {h.Explained}/{h.Provisions} | {h.SourceShare:P1} | {Cell(h.Document)} | {Cell(h.Title)} |\n");
        if (i == 0) sb.Append("\nNo source found.\n");
        foreach (var h in hits.Where(h => !h.Pairs.IsEmpty))
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n## {Cell(h.Document)}\n\n| provision | source | relation | similarity |\n|---|---|---|---:|\n");
            foreach (var p in h.Pairs)
                sb.Append(CultureInfo.InvariantCulture, $"| {Cell(p.Provision)} | {Cell(string.Join(", ", p.Source))} | {ComparisonJsonWriter.RelationName(p.Relation)} | {p.Similarity:0.00} |\n");
        }
        return sb.ToString();
    }

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
