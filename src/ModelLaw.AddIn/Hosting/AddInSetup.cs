using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using ModelLaw.AddIn.Api;
using ModelLaw.AddIn.Corpus;
using ModelLaw.DependencyInjection;

namespace ModelLaw.AddIn.Hosting;

/// <summary>Wires the add-in host: services, limits, CORS, problem details, static task pane, API and manifest.</summary>
public static class AddInSetup
{
    /// <summary>Name of the CORS policy that admits only the configured add-in origins.</summary>
    public const string CorsPolicy = "addin";

    /// <summary>Registers the host's services (all stateless singletons) and ModelLaw's.</summary>
    public static IServiceCollection AddModelLawAddIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AddInOptions>().Bind(configuration.GetSection(AddInOptions.Section));
        services.AddModelLaw();
        services.AddSingleton<ShippedCorpus>();
        services.AddSingleton<DocumentInputs>();

        services.AddProblemDetails();
        services.AddModelLawOpenApi();
        services.AddExceptionHandler<ProblemMapping>();

        // the same limit at every layer: Kestrel (also for chunked bodies without Content-Length) and the form reader
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<AddInOptions>>((kestrel, addIn) =>
            kestrel.Limits.MaxRequestBodySize = addIn.Value.MaxRequestBytes);
        services.AddOptions<FormOptions>().Configure<IOptions<AddInOptions>>((form, addIn) =>
        {
            form.MultipartBodyLengthLimit = addIn.Value.MaxRequestBytes;
            form.ValueCountLimit = 64;
            form.ValueLengthLimit = 4096;
        });

        // CPU-bound API work runs a few requests at a time and queues the rest (see AddInOptions.MaxConcurrentRequests)
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<IOptions<AddInOptions>>((limiter, addIn) =>
        {
            var permits = addIn.Value.MaxConcurrentRequests > 0 ? addIn.Value.MaxConcurrentRequests : 2 * Environment.ProcessorCount;
            var queue = Math.Max(0, addIn.Value.RequestQueueLimit);
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "5";
                return ValueTask.CompletedTask;
            };
            limiter.GlobalLimiter = System.Threading.RateLimiting.PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.Request.Path.StartsWithSegments("/api") && HttpMethods.IsPost(http.Request.Method)
                    ? System.Threading.RateLimiting.RateLimitPartition.GetConcurrencyLimiter("api", _ =>
                        new System.Threading.RateLimiting.ConcurrencyLimiterOptions
                        {
                            PermitLimit = permits,
                            QueueLimit = queue,
                            QueueProcessingOrder = System.Threading.RateLimiting.QueueProcessingOrder.OldestFirst,
                        })
                    : System.Threading.RateLimiting.RateLimitPartition.GetNoLimiter("other"));
        });

        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IOptions<AddInOptions>>((cors, addIn) =>
            cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins(addIn.Value.AllowedOrigins.Select(o => o.TrimEnd('/')).ToArray())
                .WithMethods("GET", "POST")
                .WithHeaders("Content-Type", "Accept")
                .WithExposedHeaders("Content-Disposition")));
        return services;
    }

    /// <summary>Adds the middleware and endpoints.</summary>
    public static WebApplication UseModelLawAddIn(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCors(CorsPolicy);
        app.UseRateLimiter();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapModelLawApi();
        app.MapManifest();
        app.MapOpenApi();
        return app;
    }
}
