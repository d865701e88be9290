using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ModelLaw.AddIn.Api;

namespace ModelLaw.AddIn.Tests.Load;

/// <summary>
/// The host on a real loopback port under concurrent load: good compares succeed, bad uploads mixed in are refused with
/// a 4xx (never a 5xx), and clients that go away mid-request do not hurt it. The full-size run with latency and memory
/// figures is tests/load/run.sh; this is the always-on smaller version (no timing assertions).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ConcurrentLoadTests
{
    private const long MaxUploadBytes = 1024 * 1024;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(4);
    private AddInFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _factory = new AddInFactory(new Dictionary<string, string?>
        {
            ["AddIn:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AddIn:MaxRequestBytes"] = (4 * MaxUploadBytes).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AddIn:CorpusPath"] = TestFiles.Corpus,
        });
        _factory.StartOnLoopback();
        _client = new HttpClient { BaseAddress = _factory.ClientOptions.BaseAddress, Timeout = Bound };
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Fifty_concurrent_compares_with_bad_uploads_mixed_in_get_no_server_error()
    {
        var requests = LoadDriver.Mix(TestFiles.Corpus, total: 50, MaxUploadBytes);

        var results = await LoadDriver.RunAsync(_client, requests, concurrency: 50).WaitAsync(Bound);

        results.Should().NotContain(r => r.Status >= 500, "no request may make the host fail");
        results.Where(r => !r.AsExpected).Select(r => $"{r.Kind}: {r.Status} {r.ClientError}").Should().BeEmpty();
        results.Count(r => r.MustSucceed).Should().Be(40);
    }

    [Test]
    public async Task The_host_keeps_serving_after_clients_disconnect_mid_upload_and_mid_compare()
    {
        var baseAddress = _factory.ClientOptions.BaseAddress;
        for (int i = 0; i < 5; i++)
        {
            await LoadDriver.DisconnectMidRequestAsync(baseAddress, completeBody: false, TestFiles.Corpus);
            await LoadDriver.DisconnectMidRequestAsync(baseAddress, completeBody: true, TestFiles.Corpus);
        }

        var health = await _client.GetAsync("/health");
        var compare = await LoadDriver.RunAsync(_client, LoadDriver.Mix(TestFiles.Corpus, total: 1, MaxUploadBytes), 1).WaitAsync(Bound);

        health.StatusCode.Should().Be(HttpStatusCode.OK);
        compare.Single().Status.Should().Be(200);
    }

    [Test]
    public async Task Reading_limits_come_from_the_host_configuration()
    {
        using var factory = new AddInFactory(new Dictionary<string, string?> { ["AddIn:Limits:MaxProvisions"] = "10" });
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/compare", TestFiles.CorpusPair());

        (await Problem.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge)).Code.Should().Be("input-limit-exceeded");
    }

    [Test]
    public void The_diff_budget_comes_from_the_host_configuration()
    {
        using var factory = new AddInFactory(new Dictionary<string, string?> { ["AddIn:MaxWordDiffCells"] = "12345" });

        var inputs = factory.Services.GetRequiredService<DocumentInputs>();

        inputs.CompareOptions.MaxWordDiffCells.Should().Be(12345);
    }
}
