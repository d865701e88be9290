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
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapModelLawApi();
        app.MapManifest();
        return app;
    }
}
