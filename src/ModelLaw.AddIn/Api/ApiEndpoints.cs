using System.Reflection;
using Microsoft.Extensions.Options;
using ModelLaw.AddIn.Corpus;
using ModelLaw.AddIn.Hosting;
using ModelLaw.Comparing;
using ModelLaw.Coverage;
using ModelLaw.Documents;
using ModelLaw.Writing;
using ModelLaw.Writing.Docx;

namespace ModelLaw.AddIn.Api;

/// <summary>The web API over the library: parse, compare, coverage, redline, the shipped corpus, health (and <see cref="DraftingEndpoints"/>).</summary>
public static class ApiEndpoints
{
    /// <summary>Media type of a Word document.</summary>
    public const string DocxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The host's version.</summary>
    public static string Version { get; } =
        typeof(ApiEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Maps every API endpoint.</summary>
    public static IEndpointRouteBuilder MapModelLawApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (IServiceProvider services) => Results.Ok(new
        {
            status = "ok",
            version = Version,
        })).WithSummary("The host's status and version");

        var api = app.MapGroup("/api");
        api.MapGet("/models", (ShippedCorpus corpus) => Results.Ok(corpus.List()))
            .WithSummary("The model laws and principle catalogues shipped with the host (ids for modelId and catalogId)");
        api.MapPost("/parse", ParseAsync)
            .WithSummary("Parse a legal text into its provision tree (?format=json|akn|outline|text)")
            .WithMetadata(new FormFields(new FormField("file", IsFile: true, "The text: .txt, .docx, .odt, .html, .md, Akoma Ntoso or JSON", Required: true)))
            .Described(DocumentMediaTypes.Values.Append("text/plain; charset=utf-8"));
        api.MapPost("/compare", CompareEndpointAsync)
            .WithSummary("Align the national text against the model provision by provision, with word diffs (?format=json|csv|md)")
            .WithMetadata(new FormFields([Model, ModelId, National, .. CompareSwitches]))
            .Described(ComparisonMediaTypes.Values);
        api.MapPost("/coverage", CoverageAsync)
            .WithSummary("Which key principles of the catalogue the national text covers, with evidence; through the model when one is given")
            .WithMetadata(new FormFields([National, Catalog, CatalogId, Model, ModelId, .. CompareSwitches]))
            .Described(["application/json; charset=utf-8"]);
        api.MapPost("/redline", RedlineAsync)
            .WithSummary("The national text measured against the model as a Word document with tracked changes and comments")
            .WithMetadata(new FormFields([Model, ModelId, National, Catalog, CatalogId,
                new FormField("layout", IsFile: false, "'national' (default: the national text, changes against the model) or 'model'"), .. CompareSwitches]))
            .Described([DocxMediaType]);
        api.MapDraftingApi();
        return app;
    }

    internal static readonly FormField Model = new("model", IsFile: true, "The model law (or name a shipped one in modelId)");
    internal static readonly FormField ModelId = new("modelId", IsFile: false, "A shipped model's id (GET /api/models), when no model is uploaded");
    internal static readonly FormField National = new("national", IsFile: true, "The national text", Required: true);
    internal static readonly FormField Catalog = new("catalog", IsFile: true, "A principle catalogue (JSON), or name a shipped one in catalogId");
    internal static readonly FormField CatalogId = new("catalogId", IsFile: false, "A shipped catalogue's id (GET /api/models)");

    /// <summary>The compare settings every endpoint that compares takes (<see cref="DocumentInputs.CompareOptionsFor"/>).</summary>
    internal static readonly FormField[] CompareSwitches =
    [
        new("ignoreCase", IsFile: false, "'true': a change of case only is not shown as a change"),
        new("ignorePunctuation", IsFile: false, "'true': punctuation added, dropped or changed is not shown as a change"),
        new("ignoreLabelStyle", IsFile: false, "'true': a label of another style with the same number (1. and (1)) is not a change"),
        new("ignorePlaceholderBrackets", IsFile: false, "'true': the brackets of a filled placeholder ([five] and five) are not a change"),
        new("crossLanguage", IsFile: false,
            "'true' (default: texts in different languages are compared across languages, diagnostic ML0303) or 'false' (they are refused with 422)"),
    ];

    /// <summary>The success media types and the problem answers every POST endpoint can give.</summary>
    internal static RouteHandlerBuilder Described(this RouteHandlerBuilder endpoint, IEnumerable<string> mediaTypes)
    {
        var types = mediaTypes.Distinct().ToArray();
        return endpoint
            .Produces(StatusCodes.Status200OK)
            .WithMetadata(new AnswerMediaTypes(types))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>Media types of the document formats (?format=json|akn|outline|text).</summary>
    private static readonly Dictionary<string, string> DocumentMediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["json"] = "application/json; charset=utf-8",
        ["akn"] = "application/akn+xml; charset=utf-8",
    };

    private static async Task ParseAsync(HttpContext context, DocumentInputs inputs, IEnumerable<IDocumentWriter> writers)
    {
        var ct = context.RequestAborted;
        var format = context.Request.Query["format"].ToString() is { Length: > 0 } f ? f : "json";
        var form = await inputs.ReadFormAsync(context.Request, ct);
        var document = await inputs.ReadUploadAsync(form, "file", ct);
        // the same writers as `modellaw parse --format ...`
        var writer = writers.FirstOrDefault(w => string.Equals(w.FormatName, format, StringComparison.OrdinalIgnoreCase))
            ?? throw (format == "json"
                ? new ApiProblemException(StatusCodes.Status501NotImplemented, "Not available",
                    "This build of the host cannot write documents as JSON yet.", "not-implemented")
                : new ApiProblemException(StatusCodes.Status400BadRequest, "Unknown format",
                    $"format must be one of: {string.Join(", ", writers.Select(w => w.FormatName))}.", "unknown-format"));
        var mediaType = DocumentMediaTypes.GetValueOrDefault(writer.FormatName, "text/plain; charset=utf-8");
        await WriteAsync(context, mediaType, s => writer.Write(document, s, ct), ct);
    }

    /// <summary>Media types of the comparison formats (?format=json|csv|md).</summary>
    private static readonly Dictionary<string, string> ComparisonMediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["json"] = "application/json; charset=utf-8",
        ["csv"] = "text/csv; charset=utf-8",
        ["md"] = "text/markdown; charset=utf-8",
    };

    private static async Task CompareEndpointAsync(HttpContext context, DocumentInputs inputs, IEnumerable<IComparisonWriter> writers)
    {
        var ct = context.RequestAborted;
        var format = context.Request.Query["format"].ToString() is { Length: > 0 } f ? f : "json";
        // the same writer as `modellaw compare --format json|csv|md`: one JSON shape for the CLI and the add-in
        var writer = writers.FirstOrDefault(w => string.Equals(w.FormatName, format, StringComparison.OrdinalIgnoreCase))
            ?? throw new ApiProblemException(StatusCodes.Status400BadRequest, "Unknown format",
                $"format must be one of: {string.Join(", ", writers.Select(w => w.FormatName))}.", "unknown-format");
        var form = await inputs.ReadFormAsync(context.Request, ct);
        var comparison = await CompareAsync(form, inputs, ct);
        var mediaType = ComparisonMediaTypes.GetValueOrDefault(writer.FormatName, "text/plain; charset=utf-8");
        await WriteAsync(context, mediaType, s => writer.Write(comparison, s, ct), ct);
    }

    private static async Task CoverageAsync(HttpContext context, DocumentInputs inputs)
    {
        var ct = context.RequestAborted;
        var form = await inputs.ReadFormAsync(context.Request, ct);
        var catalog = (await inputs.ReadCatalogAsync(form, required: true, ct))!;
        Comparison? viaModel = null;
        LegalDocument national;
        if (DocumentInputs.HasModel(form))
        {
            viaModel = await CompareAsync(form, inputs, ct);
            national = viaModel.National;
        }
        else
        {
            national = await inputs.ReadUploadAsync(form, "national", ct);
        }
        var report = inputs.Require<ICoverageAnalyzer>("check coverage").Analyze(national, catalog, viaModel, CoverageOptions.Default, ct);
        await WriteAsync(context, "application/json; charset=utf-8", s => CoverageJson.Write(report, s), ct);
    }

    private static async Task RedlineAsync(HttpContext context, DocumentInputs inputs, IOptions<AddInOptions> options)
    {
        var ct = context.RequestAborted;
        var form = await inputs.ReadFormAsync(context.Request, ct);
        var comparison = await CompareAsync(form, inputs, ct);
        var catalog = await inputs.ReadCatalogAsync(form, required: false, ct);
        var coverage = catalog is null ? null
            : inputs.Require<ICoverageAnalyzer>("check coverage").Analyze(comparison.National, catalog, comparison, CoverageOptions.Default, ct);
        var writer = inputs.Require<IRedlineWriter>("write redlines");
        var layout = form["layout"].ToString() switch
        {
            "" or "national" => RedlineLayout.National,
            "model" => RedlineLayout.Model,
            var other => throw new ApiProblemException(StatusCodes.Status400BadRequest, "Invalid layout",
                $"layout must be 'national' or 'model', not '{other}'.", "invalid-layout"),
        };
        var redlineOptions = RedlineOptions.Default with { Author = options.Value.RedlineAuthor, Layout = layout };
        var fileName = Path.GetFileNameWithoutExtension(comparison.National.SourceName ?? "national") + ".redline.docx";
        context.Response.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = fileName,
        }.ToString();
        await WriteAsync(context, DocxMediaType, s => writer.Write(comparison, s, redlineOptions, coverage, ct), ct);
    }

    /// <summary>Reads the model (upload or shipped id) and the national upload of a form, and compares them.</summary>
    /// <param name="form">The request form.</param>
    /// <param name="inputs">The document reader.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="acrossLanguages">False for the tools that need word diffs (an amending act): texts in different languages are then refused.</param>
    internal static async Task<Comparison> CompareAsync(IFormCollection form, DocumentInputs inputs, CancellationToken ct, bool acrossLanguages = true)
    {
        var model = await inputs.ReadModelAsync(form, ct);
        var national = await inputs.ReadUploadAsync(form, "national", ct);
        var options = inputs.CompareOptionsFor(form);
        if (!acrossLanguages) options = options with { CrossLanguage = false };
        if (options.CrossLanguage) options = options with { ModelVersions = await inputs.ReadShippedVersionAsync(form, model, national, ct) };
        return inputs.Require<IDocumentComparer>("compare documents").Compare(model, national, options, ct);
    }

    /// <summary>
    /// Runs a synchronous writer into memory, then sends the bytes asynchronously (Kestrel forbids synchronous writes to the
    /// response, and a failed writer must still be able to answer with a problem).
    /// </summary>
    internal static async Task WriteAsync(HttpContext context, string contentType, Action<Stream> write, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        context.Response.ContentType = contentType;
        context.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body, ct);
    }
}
