using ModelLaw.Text.Json;
using Newtonsoft.Json;
using ModelLaw.Comparing;
using ModelLaw.Documents;

namespace ModelLaw.Writing.Json;

/// <summary>
/// Writes a comparison as JSON (schema in docs/json-schema.md, "Comparison"): the two documents, the summary, the
/// article-level concordance, and every link at every level flattened in reading order, each with its level, relation,
/// similarity, model and national provisions (eId + citation), evidence and word diff. Deterministic; UTF-8 without BOM.
/// </summary>
public sealed class ComparisonJsonWriter : IComparisonWriter
{
    /// <summary>Version of the comparison JSON schema.</summary>
    public const string SchemaVersion = "1.0";

    /// <inheritdoc />
    public string FormatName => "json";

    /// <inheritdoc />
    public void Write(Comparison comparison, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(output);
        using var w = JsonOut.Create(output);
        w.WriteStartObject();
        w.WriteString("schemaVersion", SchemaVersion);
        w.WriteString("kind", "comparison");
        WriteDocument(w, "model", comparison.Model);
        WriteDocument(w, "national", comparison.National);

        var s = comparison.Summary;
        w.WriteStartObject("summary");
        w.WriteNumber("modelUnits", s.ModelUnits);
        w.WriteNumber("nationalUnits", s.NationalUnits);
        w.WriteNumber("verbatim", s.Verbatim);
        w.WriteNumber("modified", s.Modified);
        w.WriteNumber("moved", s.Moved);
        w.WriteNumber("split", s.Split);
        w.WriteNumber("merged", s.Merged);
        w.WriteNumber("omitted", s.Omitted);
        w.WriteNumber("added", s.Added);
        w.WriteNumber("modelTextKept", Math.Round(s.ModelTextKept, 4));
        w.WriteEndObject();

        w.WriteStartArray("concordance");
        foreach (var row in comparison.Concordance)
        {
            w.WriteStartObject();
            w.WriteString("model", row.ModelCitation);
            w.WriteStartArray("national");
            foreach (var n in row.NationalCitations) w.WriteStringValue(n);
            w.WriteEndArray();
            w.WriteString("relation", RelationName(row.Relation));
            w.WriteNumber("similarity", Math.Round(row.Similarity, 4));
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("diagnostics");
        foreach (var d in comparison.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            w.WriteString("code", d.Code);
            w.WriteString("message", d.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("links");
        int id = 0;
        foreach (var top in comparison.Links) WriteLink(w, top, null, 0, ref id, cancellationToken);
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    /// <summary>The JSON name of a relation ("identical", "moved", ...).</summary>
    public static string RelationName(AlignmentRelation relation) => relation.ToString().ToLowerInvariant();

    private static void WriteDocument(JsonWriter w, string name, LegalDocument d)
    {
        w.WriteStartObject(name);
        w.WriteString("title", d.Title);
        w.WriteString("language", d.Language);
        if (d.SourceName is not null) w.WriteString("source", d.SourceName);
        if (d.Jurisdiction is not null) w.WriteString("jurisdiction", d.Jurisdiction);
        w.WriteNumber("articles", d.Articles.Count());
        w.WriteNumber("provisions", d.Provisions.Count());
        w.WriteEndObject();
    }

    private static void WriteLink(JsonWriter w, AlignmentLink link, int? parent, int depth, ref int id, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        int self = id++;
        w.WriteStartObject();
        w.WriteNumber("id", self);
        if (parent is { } p) w.WriteNumber("parent", p);
        else w.WriteNull("parent");
        w.WriteNumber("depth", depth);
        w.WriteString("level", link.Level.ToLevelName());
        w.WriteString("relation", RelationName(link.Relation));
        w.WriteNumber("similarity", Math.Round(link.Similarity, 4));
        WriteProvisions(w, "model", link.Model);
        WriteProvisions(w, "national", link.National);
        w.WriteStartArray("evidence");
        foreach (var e in link.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("kind", char.ToLowerInvariant(e.Kind.ToString()[0]) + e.Kind.ToString()[1..]);
            w.WriteNumber("score", Math.Round(e.Score, 4));
            if (e.Detail is not null) w.WriteString("detail", e.Detail);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("diff");
        if (link.Diff is { } diff)
            foreach (var r in diff.Runs)
            {
                w.WriteStartObject();
                w.WriteString("op", r.Operation switch { DiffOperation.Insert => "insert", DiffOperation.Delete => "delete", _ => "equal" });
                w.WriteString("text", r.Text);
                w.WriteEndObject();
            }
        w.WriteEndArray();
        w.WriteEndObject();
        foreach (var c in link.Children) WriteLink(w, c, self, depth + 1, ref id, ct);
    }

    private static void WriteProvisions(JsonWriter w, string name, IEnumerable<Provision> provisions)
    {
        w.WriteStartArray(name);
        foreach (var p in provisions)
        {
            w.WriteStartObject();
            w.WriteString("eId", p.EId);
            w.WriteString("citation", p.Citation);
            if (p.Heading is not null) w.WriteString("heading", p.Heading);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
