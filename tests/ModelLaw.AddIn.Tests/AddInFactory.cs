using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ModelLaw.AddIn.Tests;

/// <summary>
/// The add-in host in memory (or on a real loopback port with <see cref="StartOnLoopback"/>), with settings and services
/// overridden per test fixture.
/// </summary>
internal sealed class AddInFactory(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    /// <summary>The cross-origin caller the tests configure as the add-in's origin.</summary>
    public const string AddInOrigin = "https://addin.example.org";

    /// <summary>
    /// Starts the host on a free loopback port. Kestrel is given the endpoint itself: <c>UseKestrel(0)</c> makes the factory
    /// rewrite the server's addresses after the minimal app has started binding them, a race that failed browser fixtures
    /// under load with "IServerAddressesFeature.Addresses cannot be modified after the server has started"
    /// (dotnet/aspnetcore#67714).
    /// </summary>
    public void StartOnLoopback()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("AddIn:AllowedOrigins:0", AddInOrigin);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        if (services is not null) builder.ConfigureTestServices(services);
    }
}
