using System.Reflection;
using ModelLaw.AddIn.Corpus;
using ModelLaw.Writing;

namespace ModelLaw.AddIn.Api;

/// <summary>The web API over the library: parse, compare, coverage, redline, the shipped corpus, health.</summary>
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
        }));

        var api = app.MapGroup("/api");
        api.MapGet("/models", (ShippedCorpus corpus) => Results.Ok(corpus.List()));
        api.MapPost("/parse", ParseAsync);
        return app;
    }

    private static async Task ParseAsync(HttpContext context, DocumentInputs inputs, IEnumerable<IDocumentWriter> writers)
    {
        var ct = context.RequestAborted;
        var form = await inputs.ReadFormAsync(context.Request, ct);
        var document = await inputs.ReadUploadAsync(form, "file", ct);
        var json = writers.FirstOrDefault(w => string.Equals(w.FormatName, "json", StringComparison.OrdinalIgnoreCase))
            ?? throw new Hosting.ApiProblemException(StatusCodes.Status501NotImplemented, "Not available",
                "This build of the host cannot write documents as JSON yet.", "not-implemented");
        await WriteAsync(context, "application/json; charset=utf-8", s => json.Write(document, s, ct), ct);
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
