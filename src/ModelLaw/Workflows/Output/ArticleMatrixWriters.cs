using System.Globalization;
using System.Text;
using ModelLaw.Text.Json;
using Newtonsoft.Json;
using ModelLaw.Workflows.Matrix;
using ModelLaw.Text.Csv;
using ModelLaw.Writing.Json;

namespace ModelLaw.Workflows.Output;

/// <summary>
/// The States × articles matrix as a wide CSV (RFC 4180, UTF-8 without BOM, CRLF): <c>article,eid,citation,heading</c>
/// then one column per text holding the fate (<c>kept</c>, <c>modified</c>, <c>moved</c>, <c>split</c>, <c>merged</c>,
/// <c>omitted</c>; empty where that text's model lacks the article). Ready for a spreadsheet.
/// </summary>
public sealed class ArticleMatrixCsvWriter : IResultWriter<ArticleMatrix>
{
    /// <inheritdoc />
    public string FormatName => "csv";

    /// <inheritdoc />
    public void Write(ArticleMatrix result, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        using var table = new CsvTable(output);
        table.Row(new[] { "article", "eid", "citation", "heading" }.Concat(result.Texts.Select(t => t.Name)));
        foreach (var row in result.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var a = row.Article;
            var fields = new[] { MatrixText.Ordinal(a.Ordinal), a.EId, a.Citation, a.Heading ?? "" }
                .Concat(row.Cells.Select(c => c is null ? "" : MatrixText.FateName(c.Fate)));
            table.Row(fields);
        }
    }
}

/// <summary>
/// The matrix as a long ("tidy") CSV for R or pandas, one row per text and model article, and one per added national
/// article: <c>text,language,model,article,model_eid,model_citation,model_heading,fate,relation,similarity,
/// national_citations,national_eids</c> (several national provisions joined with "; "; fate <c>added</c> for added ones).
/// </summary>
public sealed class ArticleMatrixLongCsvWriter : IResultWriter<ArticleMatrix>
{
    /// <inheritdoc />
    public string FormatName => "long-csv";

    /// <inheritdoc />
    public void Write(ArticleMatrix result, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        using var table = new CsvTable(output);
        table.Row("text", "language", "model", "article", "model_eid", "model_citation", "model_heading", "fate", "relation",
            "similarity", "national_citations", "national_eids");
        foreach (var t in result.Texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var c in t.Cells)
                Line(table, t, [MatrixText.Ordinal(c.Model.Ordinal), c.Model.EId, c.Model.Citation, c.Model.Heading ?? "", MatrixText.FateName(c.Fate),
                    ComparisonJsonWriter.RelationName(c.Relation), CsvTable.Number(c.Similarity),
                    string.Join("; ", c.National.Select(n => n.Citation)), string.Join("; ", c.National.Select(n => n.EId))]);
            foreach (var a in t.Added)
                Line(table, t, ["", "", "", "", "added", "added", "0", a.Citation, a.EId]);
        }
    }

    private static void Line(CsvTable table, ArticleMatrixColumn t, string[] rest) =>
        table.Row(new[] { t.Name, t.Language, t.Model }.Concat(rest));
}

/// <summary>
/// The matrix as JSON: <c>{"schemaVersion":1,"kind":"articleMatrix","texts":[...],"rows":[...]}</c>; each row names the
/// model article (eId, citation, number, ordinal, heading) and holds one cell per text (null where that text's model lacks
/// it) with fate, relation, similarity and the national provisions. Deterministic, indented, UTF-8 without BOM.
/// </summary>
public sealed class ArticleMatrixJsonWriter : IResultWriter<ArticleMatrix>
{
    /// <inheritdoc />
    public string FormatName => "json";

    /// <inheritdoc />
    public void Write(ArticleMatrix result, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        using var w = JsonOut.Create(output);
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", 1);
        w.WriteString("kind", "articleMatrix");
        w.WriteStartArray("texts");
        foreach (var t in result.Texts)
        {
            w.WriteStartObject();
            w.WriteString("name", t.Name);
            w.WriteString("title", t.Title);
            w.WriteString("language", t.Language);
            w.WriteString("model", t.Model);
            w.WriteStartArray("added");
            foreach (var a in t.Added) Ref(w, a);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("rows");
        foreach (var row in result.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            w.WriteStartObject();
            w.WritePropertyName("article");
            Ref(w, row.Article);
            w.WriteStartArray("cells");
            foreach (var c in row.Cells) Cell(w, c);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Cell(JsonWriter w, ArticleMatrixCell? c)
    {
        if (c is null) { w.WriteNull(); return; }
        w.WriteStartObject();
        w.WriteString("fate", MatrixText.FateName(c.Fate));
        w.WriteString("relation", ComparisonJsonWriter.RelationName(c.Relation));
        w.WriteNumber("similarity", c.Similarity);
        w.WriteString("model", c.Model.Citation);
        w.WriteStartArray("national");
        foreach (var n in c.National) Ref(w, n);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Ref(JsonWriter w, ProvisionRef p)
    {
        w.WriteStartObject();
        w.WriteString("eId", p.EId);
        w.WriteString("citation", p.Citation);
        if (p.Number is { } n) w.WriteString("number", n);
        if (p.Ordinal is { } o) w.WriteNumber("ordinal", o);
        if (p.Heading is { } h) w.WriteString("heading", h);
        w.WriteEndObject();
    }
}

internal static class MatrixText
{
    public static string FateName(ArticleFate fate) => fate.ToString().ToLowerInvariant();

    public static string Ordinal(int? ordinal) => ordinal?.ToString(CultureInfo.InvariantCulture) ?? "";
}
