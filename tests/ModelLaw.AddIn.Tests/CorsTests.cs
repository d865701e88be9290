using System.Net;

namespace ModelLaw.AddIn.Tests;

/// <summary>Only the configured add-in origin may call the API from another origin.</summary>
[TestFixture]
public sealed class CorsTests : HostFixture
{
    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/compare");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        return request;
    }

    [Test]
    public async Task The_configured_add_in_origin_passes_the_preflight()
    {
        var response = await Client.SendAsync(Preflight(AddInFactory.AddInOrigin));

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal(AddInFactory.AddInOrigin);
        response.Headers.GetValues("Access-Control-Allow-Methods").Single().Should().Contain("POST");
    }

    [Test]
    public async Task Another_origin_gets_no_CORS_grant_on_the_preflight()
    {
        var response = await Client.SendAsync(Preflight("https://evil.example.net"));

        response.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }

    [Test]
    public async Task A_simple_cross_origin_read_is_granted_to_the_add_in_origin_only()
    {
        var allowed = new HttpRequestMessage(HttpMethod.Get, "/api/models");
        allowed.Headers.Add("Origin", AddInFactory.AddInOrigin);
        var denied = new HttpRequestMessage(HttpMethod.Get, "/api/models");
        denied.Headers.Add("Origin", "https://evil.example.net");

        var allowedResponse = await Client.SendAsync(allowed);
        var deniedResponse = await Client.SendAsync(denied);

        allowedResponse.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal(AddInFactory.AddInOrigin);
        deniedResponse.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }
}
