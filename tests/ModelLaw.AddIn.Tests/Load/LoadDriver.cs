using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace ModelLaw.AddIn.Tests.Load;

/// <summary>One request of a load run: what it is, how to build its body, and whether the host must accept it.</summary>
/// <param name="Kind">"compare", "oversized" or "malformed:&lt;what&gt;".</param>
/// <param name="Body">Builds a fresh multipart body (an HttpContent is sent once).</param>
/// <param name="MustSucceed">True: 200 expected; false: a 4xx refusal expected.</param>
public sealed record LoadRequest(string Kind, Func<HttpContent> Body, bool MustSucceed);

/// <summary>What one request got: its status (0 when the client failed) and latency.</summary>
public sealed record LoadResult(string Kind, bool MustSucceed, int Status, double Milliseconds, string? ClientError)
{
    /// <summary>True when the host answered as it must: 200 for good input, 4xx for bad input.</summary>
    public bool AsExpected => ClientError is null && (MustSucceed ? Status == 200 : Status is >= 400 and < 500);
}

/// <summary>
/// Drives the add-in host with concurrent compare requests on the corpus texts, mixed with oversized and malformed uploads.
/// Shared by the always-on NUnit test and the standalone load client (tests/load/run.sh).
/// </summary>
public static class LoadDriver
{
    /// <summary>Model and national texts of the corpus in the same language (the pairs the host compares).</summary>
    public static IReadOnlyList<(string Model, string National)> CorpusPairs(string corpusDir) =>
    [
        .. new[] { ("en", "arcadia"), ("fr", "valmont"), ("ru", "severia"), ("es", "aldara"), ("ar", "alwaha"), ("zh", "haicheng") }
            .Select(p => (Path.Combine(corpusDir, "models", $"ai-ct-model-law.{p.Item1}.txt"), Path.Combine(corpusDir, "national", $"{p.Item2}.{p.Item1}.txt")))
            .Where(p => File.Exists(p.Item1) && File.Exists(p.Item2)),
    ];

    /// <summary>
    /// <paramref name="total"/> requests: of every ten, eight compare a corpus pair, one uploads more than
    /// <paramref name="maxUploadBytes"/> and one uploads a malformed file (PDF, broken zip, invalid UTF-8, DTD, encrypted, binary).
    /// </summary>
    public static IReadOnlyList<LoadRequest> Mix(string corpusDir, int total, long maxUploadBytes)
    {
        var pairs = CorpusPairs(corpusDir).Select(p => (Model: File.ReadAllBytes(p.Model), National: File.ReadAllBytes(p.National),
            ModelName: Path.GetFileName(p.Model), NationalName: Path.GetFileName(p.National))).ToList();
        if (pairs.Count == 0) throw new InvalidOperationException($"no corpus pairs under {corpusDir}");
        var en = pairs[0];
        var malformed = Malformed();
        var oversized = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Article 1\nThe authority shall act.\n\n", (int)(maxUploadBytes / 30) + 10)));
        var list = new List<LoadRequest>(total);
        for (int i = 0; i < total; i++)
        {
            if (i % 10 == 4)
                list.Add(new LoadRequest("oversized", () => Form(("model", en.ModelName, en.Model), ("national", "huge.txt", oversized)), false));
            else if (i % 10 == 9)
            {
                var (what, name, bytes) = malformed[i / 10 % malformed.Count];
                list.Add(new LoadRequest("malformed:" + what, () => Form(("model", en.ModelName, en.Model), ("national", name, bytes)), false));
            }
            else
            {
                var p = pairs[i % pairs.Count];
                list.Add(new LoadRequest("compare", () => Form(("model", p.ModelName, p.Model), ("national", p.NationalName, p.National)), true));
            }
        }
        return list;
    }

    /// <summary>Bad uploads that must be refused with a 4xx.</summary>
    public static IReadOnlyList<(string What, string Name, byte[] Bytes)> Malformed()
    {
        byte[] encrypted = new byte[2048];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(encrypted, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(encrypted, 1024);
        var zip = new byte[3000];
        "PK\u0003\u0004"u8.CopyTo(zip);
        for (int i = 4; i < zip.Length; i++) zip[i] = (byte)(i * 7919 % 251);
        return
        [
            ("pdf", "scan.docx", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")),
            ("broken-zip", "draft.docx", zip),
            // damaged UTF-8: well-formed "é" around bad bytes (a text with only stray high bytes reads as a legacy encoding)
            ("invalid-utf8", "draft.txt", [.. "Article 1\nThe authority’s décret "u8, 0xC3, 0x28, 0xFF, .. " shall act.\n"u8]),
            ("dtd", "act.xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>&x;</body></act></akomaNtoso>")),
            ("encrypted", "secret.docx", encrypted),
            ("binary", "image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]),
        ];
    }

    private static MultipartFormDataContent Form(params (string Field, string FileName, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (field, name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, field, name);
        }
        return form;
    }

    /// <summary>Sends every request to <c>/api/compare</c>, at most <paramref name="concurrency"/> at a time.</summary>
    public static async Task<IReadOnlyList<LoadResult>> RunAsync(HttpClient client, IReadOnlyList<LoadRequest> requests, int concurrency,
        CancellationToken cancellationToken = default)
    {
        var results = new LoadResult[requests.Count];
        using var gate = new SemaphoreSlim(concurrency);
        var tasks = requests.Select(async (r, i) =>
        {
            await gate.WaitAsync(cancellationToken);
            var sw = Stopwatch.StartNew();
            try
            {
                using var response = await client.PostAsync("/api/compare?format=json", r.Body(), cancellationToken);
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                results[i] = new LoadResult(r.Kind, r.MustSucceed, (int)response.StatusCode, sw.Elapsed.TotalMilliseconds, null);
            }
            catch (HttpRequestException ex)
            {
                // the host may close the connection on an oversized body before reading it all: that is a refusal, not a failure,
                // only when the request was one to refuse
                results[i] = new LoadResult(r.Kind, r.MustSucceed, r.MustSucceed ? 0 : 413, sw.Elapsed.TotalMilliseconds, r.MustSucceed ? ex.Message : null);
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(tasks);
        return results;
    }

    /// <summary>The <paramref name="p"/>-th percentile (0–100) of the latencies of the good requests, in ms.</summary>
    public static double Percentile(IEnumerable<LoadResult> results, double p)
    {
        var sorted = results.Where(r => r.MustSucceed).Select(r => r.Milliseconds).Order().ToArray();
        if (sorted.Length == 0) return 0;
        int rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    /// <summary>
    /// Opens a raw connection, announces a large multipart upload, sends part of it and closes the socket (a client that
    /// goes away mid-request); with <paramref name="completeBody"/> it sends a whole compare request and closes before reading.
    /// </summary>
    public static async Task DisconnectMidRequestAsync(Uri baseAddress, bool completeBody, string corpusDir, CancellationToken cancellationToken = default)
    {
        var pair = CorpusPairs(corpusDir)[0];
        const string Boundary = "----modellaw-load";
        var body = new MemoryStream();
        void Part(string field, string name, byte[] bytes)
        {
            body.Write(Encoding.ASCII.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\nContent-Type: text/plain\r\n\r\n"));
            body.Write(bytes);
            body.Write("\r\n"u8);
        }
        Part("model", "model.txt", File.ReadAllBytes(pair.Model));
        Part("national", "national.txt", File.ReadAllBytes(pair.National));
        body.Write(Encoding.ASCII.GetBytes($"--{Boundary}--\r\n"));
        var bytes = body.ToArray();

        using var tcp = new TcpClient();
        await tcp.ConnectAsync(baseAddress.Host, baseAddress.Port, cancellationToken);
        var stream = tcp.GetStream();
        long announced = completeBody ? bytes.Length : bytes.Length * 4L;
        var head = $"POST /api/compare?format=json HTTP/1.1\r\nHost: {baseAddress.Authority}\r\nContent-Type: multipart/form-data; boundary={Boundary}\r\nContent-Length: {announced}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), cancellationToken);
        await stream.WriteAsync(completeBody ? bytes : bytes.AsMemory(0, bytes.Length / 2), cancellationToken);
        await stream.FlushAsync(cancellationToken);
        tcp.Client.LingerState = new LingerOption(true, 0); // reset, not a graceful close
        tcp.Close();
    }
}
