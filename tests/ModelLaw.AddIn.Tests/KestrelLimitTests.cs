using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using ModelLaw.Reading;

namespace ModelLaw.AddIn.Tests;

/// <summary>On the real server, a body without Content-Length (chunked) is still cut off at the configured limit.</summary>
[TestFixture]
public sealed class KestrelLimitTests
{
    [Test]
    public async Task A_chunked_upload_over_the_request_limit_is_a_413_problem()
    {
        using var factory = new AddInFactory(
            new Dictionary<string, string?> { ["AddIn:MaxRequestBytes"] = "5000", ["AddIn:MaxUploadBytes"] = "100000" },
            services => services.AddSingleton<IDocumentLoader, StubLoader>());
        factory.StartOnLoopback();
        using var client = new HttpClient { BaseAddress = factory.ClientOptions.BaseAddress };

        var form = new MultipartFormDataContent();
        var file = new StreamContent(new MemoryStream(new byte[20_000]));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "draft.txt");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/parse") { Content = form };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        (await Problem.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge)).Status.Should().Be(413);
    }
}
