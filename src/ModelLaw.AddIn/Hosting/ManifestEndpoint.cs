using Microsoft.Extensions.Options;

namespace ModelLaw.AddIn.Hosting;

/// <summary>
/// Serves the add-in manifest at <c>/manifest.xml</c> with the host's public base URL in place of the development default
/// (<see cref="DefaultBaseUrl"/>) that the sideloadable file in the repository carries.
/// </summary>
public static class ManifestEndpoint
{
    /// <summary>The base URL written in <c>src/ModelLaw.AddIn/manifest.xml</c>.</summary>
    public const string DefaultBaseUrl = "https://localhost:5443";

    /// <summary>Maps <c>GET /manifest.xml</c>.</summary>
    public static IEndpointRouteBuilder MapManifest(this IEndpointRouteBuilder app)
    {
        app.MapGet("/manifest.xml", async (HttpContext context, IWebHostEnvironment environment, IOptions<AddInOptions> options) =>
        {
            var path = new[] { environment.ContentRootPath, AppContext.BaseDirectory }
                .Select(dir => Path.Combine(dir, "manifest.xml"))
                .FirstOrDefault(File.Exists)
                ?? throw new ApiProblemException(StatusCodes.Status404NotFound, "No manifest", "manifest.xml is not deployed with this host.", "no-manifest");
            var xml = await File.ReadAllTextAsync(path, context.RequestAborted);
            // escaped: the Host header comes from the client and must not be able to break the XML
            var baseUrl = System.Security.SecurityElement.Escape(BaseUrl(context.Request, options.Value));
            return Results.Text(xml.Replace(DefaultBaseUrl, baseUrl, StringComparison.Ordinal), "application/xml; charset=utf-8");
        });
        return app;
    }

    /// <summary>The configured public base URL, or the scheme and host of the request; without a trailing slash.</summary>
    public static string BaseUrl(HttpRequest request, AddInOptions options)
    {
        var configured = options.PublicBaseUrl;
        if (!string.IsNullOrWhiteSpace(configured)) return configured.TrimEnd('/');
        return $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
    }
}
