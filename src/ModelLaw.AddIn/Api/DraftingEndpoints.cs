using Microsoft.Extensions.Options;
using ModelLaw.AddIn.Hosting;
using ModelLaw.Coverage;
using ModelLaw.Drafting.Amendments;
using ModelLaw.Writing.Json;
using ModelLaw.Drafting.Lint;
using ModelLaw.Writing.Html;
using ModelLaw.Writing.Table;

namespace ModelLaw.AddIn.Api;

/// <summary>
/// What a drafter asks of the pane besides the comparison: the language of a text (to pick the model in it), the draft
/// checks (lint), the amending act, the comparative table and the HTML report. Each reads its documents as
/// <c>/api/compare</c> does, under the same limits, and answers errors as problem details.
/// </summary>
public static class DraftingEndpoints
{
    /// <summary>Maps <c>/api/detect</c>, <c>/api/lint</c>, <c>/api/amend</c>, <c>/api/table</c> and <c>/api/report</c> on the API group.</summary>
    public static RouteGroupBuilder MapDraftingApi(this RouteGroupBuilder api)
    {
        FormField[] pair = [ApiEndpoints.Model, ApiEndpoints.ModelId, ApiEndpoints.National, .. ApiEndpoints.CompareSwitches];
        api.MapPost("/detect", DetectAsync)
            .WithSummary("The language the reader detects in the national text, with its title and size (the pane picks the model in it)")
            .WithMetadata(new FormFields(ApiEndpoints.National)).Described(["application/json; charset=utf-8"]);
        api.MapPost("/lint", LintAsync)
            .WithSummary("The draft checks of the national text: dangling references, numbering, lead-ins, placeholders, defined terms")
            .WithMetadata(new FormFields(ApiEndpoints.National)).Described(["application/json; charset=utf-8"]);
        api.MapPost("/amend", AmendAsync)
            .WithSummary("The amending act that turns the model into the national text (?format=text|json; json applies with modellaw apply)")
            .WithMetadata(new FormFields([.. pair, new FormField("lang", IsFile: false, "The act's drafting style: en, fr or ru (default: the model's language)")]))
            .Described(["text/plain; charset=utf-8", "application/json; charset=utf-8"]);
        api.MapPost("/table", TableAsync)
            .WithSummary("The two-column comparative table (model | national text, a row per aligned provision) as a Word document")
            .WithMetadata(new FormFields(pair)).Described([ApiEndpoints.DocxMediaType]);
        api.MapPost("/report", ReportAsync)
            .WithSummary("The HTML report of the comparison (tables, side-by-side view, coverage with a catalogue) as one page")
            .WithMetadata(new FormFields([.. pair, ApiEndpoints.Catalog, ApiEndpoints.CatalogId])).Described(["text/html; charset=utf-8"]);
        return api;
    }

    private static async Task DetectAsync(HttpContext context, DocumentInputs inputs)
    {
        var ct = context.RequestAborted;
        var form = await inputs.ReadFormAsync(context.Request, ct);
        var document = await inputs.ReadUploadAsync(form, "national", ct);
        await context.Response.WriteAsJsonAsync(new
        {
            language = document.Language,
            title = document.Title,
            articles = document.Articles.Count(),
            provisions = document.Provisions.Count(),
        }, ct);
    }

    private static async Task LintAsync(HttpContext context, DocumentInputs inputs)
    {
        var ct = context.RequestAborted;
        var form = await inputs.ReadFormAsync(context.Request, ct);
        var document = await inputs.ReadUploadAsync(form, "national", ct);
        var report = inputs.Require<ILinter>("check drafts").Lint(document, LintOptions.Default, ct);
        await ApiEndpoints.WriteAsync(context, "application/json; charset=utf-8", s => ModelLaw.Writing.Json.LintReportJson.Write(report, s, document.SourceName, document.Language), ct);
    }

    private static async Task AmendAsync(HttpContext context, DocumentInputs inputs)
    {
        var ct = context.RequestAborted;
        var format = context.Request.Query["format"].ToString() is { Length: > 0 } f ? f : "text";
        if (format is not ("text" or "json"))
            throw new ApiProblemException(StatusCodes.Status400BadRequest, "Unknown format", "format must be text or json.", "unknown-format");
        var form = await inputs.ReadFormAsync(context.Request, ct);
        var language = form["lang"].ToString() switch
        {
            "" => null,
            "en" or "fr" or "ru" => form["lang"].ToString(),
            var other => throw new ApiProblemException(StatusCodes.Status400BadRequest, "Unknown language",
                $"lang must be en, fr or ru (the languages amending acts are worded in), not '{other}'.", "invalid-language"),
        };
        // an amending act rewords the old text word by word: it cannot be drawn across languages
        var comparison = await ApiEndpoints.CompareAsync(form, inputs, ct, acrossLanguages: false);
        var act = inputs.Require<AmendmentGenerator>("write amending acts").Generate(comparison, new AmendmentOptions { Language = language }, ct);
        var name = BaseName(comparison) + (format == "json" ? ".amendments.json" : ".amendments.txt");
        Attachment(context, name);
        if (format == "json")
            await ApiEndpoints.WriteAsync(context, "application/json; charset=utf-8", s => inputs.Require<AmendingActJson>("write amending acts").Write(act, s, ct), ct);
        else
            await ApiEndpoints.WriteAsync(context, "text/plain; charset=utf-8", s => s.Write(System.Text.Encoding.UTF8.GetBytes(act.ToText())), ct);
    }

    private static async Task TableAsync(HttpContext context, DocumentInputs inputs)
    {
        var ct = context.RequestAborted;
        var form = await inputs.ReadFormAsync(context.Request, ct);
        var comparison = await ApiEndpoints.CompareAsync(form, inputs, ct);
        var writer = inputs.Require<IComparativeTableWriter>("write comparative tables");
        Attachment(context, BaseName(comparison) + ".table.docx");
        await ApiEndpoints.WriteAsync(context, ApiEndpoints.DocxMediaType, s => writer.Write(comparison, s, ComparativeTableOptions.Default, ct), ct);
    }

    private static async Task ReportAsync(HttpContext context, DocumentInputs inputs)
    {
        var ct = context.RequestAborted;
        var form = await inputs.ReadFormAsync(context.Request, ct);
        var comparison = await ApiEndpoints.CompareAsync(form, inputs, ct);
        var catalog = await inputs.ReadCatalogAsync(form, required: false, ct);
        var coverage = catalog is null ? [] : new[]
        {
            inputs.Require<ICoverageAnalyzer>("check coverage").Analyze(comparison.National, catalog, comparison, CoverageOptions.Default, ct),
        };
        var input = new ReportInput { Model = comparison.Model, Comparisons = [comparison], Coverage = [.. coverage] };
        var writer = inputs.Require<IReportWriter>("write reports");
        Attachment(context, BaseName(comparison) + ".report.html");
        // the report's own words are English; the national text's sections carry its language and direction
        await ApiEndpoints.WriteAsync(context, "text/html; charset=utf-8", s => writer.Write(input, s, ReportOptions.Default, ct), ct);
    }

    private static string BaseName(Comparing.Comparison comparison) => Path.GetFileNameWithoutExtension(comparison.National.SourceName ?? "national");

    internal static void Attachment(HttpContext context, string fileName) =>
        context.Response.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();
}
