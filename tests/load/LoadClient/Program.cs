using System.Globalization;
using ModelLaw.AddIn.Tests.Load;

// usage: LoadClient BASE_URL CORPUS_DIR TOTAL CONCURRENCY MAX_UPLOAD_BYTES
// Prints one line per request kind and a summary; exit code 0 when every request got what it must (200 / 4xx), else 1.
if (args.Length != 5)
{
    Console.Error.WriteLine("usage: LoadClient BASE_URL CORPUS_DIR TOTAL CONCURRENCY MAX_UPLOAD_BYTES");
    return 2;
}
var baseUrl = new Uri(args[0]);
var corpus = args[1];
int total = int.Parse(args[2], CultureInfo.InvariantCulture);
int concurrency = int.Parse(args[3], CultureInfo.InvariantCulture);
long maxUpload = long.Parse(args[4], CultureInfo.InvariantCulture);

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
using var client = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(10) };

// warm-up: one compare, so that JIT and first-use costs do not count as load latency
await LoadDriver.RunAsync(client, LoadDriver.Mix(corpus, 1, maxUpload), 1);

var requests = LoadDriver.Mix(corpus, total, maxUpload);
var sw = System.Diagnostics.Stopwatch.StartNew();
var results = await LoadDriver.RunAsync(client, requests, concurrency);
sw.Stop();

// clients that go away mid-upload and mid-compare, then the host must still answer
for (int i = 0; i < 10; i++)
{
    await LoadDriver.DisconnectMidRequestAsync(baseUrl, completeBody: false, corpus);
    await LoadDriver.DisconnectMidRequestAsync(baseUrl, completeBody: true, corpus);
}
var after = await LoadDriver.RunAsync(client, LoadDriver.Mix(corpus, 1, maxUpload), 1);
using var health = await client.GetAsync("/health");

foreach (var g in results.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
    Console.WriteLine($"{g.Key,-24} {g.Count(),4} requests  statuses {string.Join(" ", g.GroupBy(r => r.Status).OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Count()}"))}");
var good = results.Where(r => r.MustSucceed).ToList();
int unexpected = results.Count(r => !r.AsExpected);
int server = results.Count(r => r.Status >= 500);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"requests {results.Count} (compare {good.Count}, bad {results.Count - good.Count}) at concurrency {concurrency} in {sw.Elapsed.TotalSeconds:0.0} s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"compare latency p50 {LoadDriver.Percentile(results, 50):0} ms, p99 {LoadDriver.Percentile(results, 99):0} ms, max {good.Max(r => r.Milliseconds):0} ms"));
Console.WriteLine($"errors: {unexpected} unexpected outcomes, {server} 5xx; after 20 disconnecting clients: compare {after[0].Status}, health {(int)health.StatusCode}");
foreach (var r in results.Where(r => !r.AsExpected).Take(10)) Console.WriteLine($"  unexpected: {r.Kind} → {r.Status} {r.ClientError}");
return unexpected == 0 && server == 0 && after[0].Status == 200 && health.IsSuccessStatusCode ? 0 : 1;
