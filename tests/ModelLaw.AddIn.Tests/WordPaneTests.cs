using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ModelLaw.AddIn.Tests;

/// <summary>
/// The pane as Word runs it, in Chromium with a stand-in for Office.js that records every call: the open document is read
/// in slices with getFileAsync, a concordance row selects its provision through body.search, "Insert comments" puts the
/// gaps on ranges with insertComment, and the redline opens with createDocument. The stand-in is defined before the page
/// loads, so the pane never fetches the real Office.js.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class WordPaneTests
{
    private const string FakeOffice = """
        (() => {
          const calls = window.__officeCalls = [];
          const ok = (value) => ({ status: "succeeded", value });
          window.__openDocument = new Uint8Array(0);
          window.Office = {
            HostType: { Word: "Word" },
            FileType: { Compressed: "compressed" },
            AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
            onReady(callback) { setTimeout(() => callback({ host: "Word", platform: "PC" }), 0); },
            context: { document: { getFileAsync(type, options, callback) {
              calls.push(["getFileAsync", type]);
              const bytes = window.__openDocument, size = 4096, count = Math.max(1, Math.ceil(bytes.length / size));
              callback(ok({ size: bytes.length, sliceCount: count,
                getSliceAsync(i, cb) { calls.push(["getSliceAsync", i]); cb(ok({ index: i, data: Array.from(bytes.subarray(i * size, (i + 1) * size)) })); },
                closeAsync(cb) { calls.push(["closeAsync"]); if (cb) cb(ok()); } }));
            } } },
          };
          const range = (text) => ({ text,
            select() { calls.push(["select", text]); },
            insertComment(comment) { calls.push(["insertComment", text, comment]); return {}; } });
          window.Word = { run: async (batch) => batch({
            document: { body: {
              search(text, options) { calls.push(["search", text]); return { items: [range(text)], load() { } }; },
              getRange(where) { return range("<" + where + ">"); } } },
            application: { createDocument(base64) { return { open() { calls.push(["createDocument", base64.length]); } }; } },
            sync: async () => { },
          }) };
        })();
        """;

    private AddInFactory _factory = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private Uri _baseUrl = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium)) Assert.Ignore($"Chromium not found at {chromium}; browser tests need Debian's chromium package.");
        _factory = new AddInFactory();
        _factory.UseKestrel(0);
        _factory.StartServer();
        _baseUrl = _factory.ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _factory?.Dispose();
    }

    /// <summary>Arcadia's act as a Word document: one paragraph per line of the corpus text.</summary>
    private static byte[] ArcadiaDocx()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(File.ReadAllLines(TestFiles.NationalPath)
                .Where(l => l.Trim().Length > 0)
                .Select(l => new Paragraph(new Run(new WordText(l.Trim()) { Space = SpaceProcessingModeValues.Preserve })))));
        }
        return ms.ToArray();
    }

    private static async Task<List<string[]>> CallsAsync(IPage page) =>
        (await page.EvaluateAsync<string[][]>("() => window.__officeCalls.map(c => c.map(String))")).ToList();

    [Test]
    public async Task Inside_Word_the_pane_compares_the_open_document_selects_provisions_and_inserts_the_gaps_as_comments()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US", ViewportSize = new ViewportSize { Width = 400, Height = 1000 } });
        var external = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Host == _baseUrl.Host && url.Port == _baseUrl.Port) await route.ContinueAsync();
            else { lock (external) external.Add(route.Request.Url); await route.AbortAsync(); }
        });
        await context.AddInitScriptAsync(FakeOffice);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_baseUrl, "index.html?office=1").ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");

        (await page.TextContentAsync("#host-badge")).Should().Be("Word");
        (await page.IsVisibleAsync("#national-file")).Should().BeFalse("inside Word the open document is the national text");
        (await page.IsVisibleAsync("#insert-comments")).Should().BeTrue();

        await page.EvaluateAsync("b64 => { window.__openDocument = Uint8Array.from(atob(b64), c => c.charCodeAt(0)); }", Convert.ToBase64String(ArcadiaDocx()));
        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("#coverage tbody tr", new PageWaitForSelectorOptions { Timeout = 60_000 });
        var calls = await CallsAsync(page);
        calls.Select(c => c[0]).Should().ContainInOrder("getFileAsync", "getSliceAsync", "closeAsync");
        calls.Count(c => c[0] == "getSliceAsync").Should().BeGreaterThan(1, "the document is read in several slices");

        // a concordance row selects its provision: the search starts with the first words of Arcadia's Article 7
        await page.Locator("#concordance tbody tr", new PageLocatorOptions { Has = page.Locator("td.national", new PageLocatorOptions { HasTextString = "Article 7" }) }).First.ClickAsync();
        await page.WaitForFunctionAsync("() => window.__officeCalls.some(c => c[0] === 'select')");
        var selected = (await CallsAsync(page)).Last(c => c[0] == "select")[1];
        selected.Split(' ').Length.Should().BeInRange(2, 12);
        File.ReadAllText(TestFiles.NationalPath).Should().Contain(selected.Split(' ')[0]);

        // comments: the omitted model article and the partly covered principle
        await page.ClickAsync("#insert-comments");
        await page.WaitForFunctionAsync("() => /comment\\(s\\) inserted/.test(document.getElementById('status').textContent)");
        var comments = (await CallsAsync(page)).Where(c => c[0] == "insertComment").Select(c => c[2]).ToList();
        comments.Should().Contain(c => c.Contains("model Article 6 has no counterpart"));
        comments.Should().Contain(c => c.StartsWith("ModelLaw: adapted from model Article 1 (", StringComparison.Ordinal));
        comments.Should().NotContain(c => c.Contains("model Article 1(1)"), "adaptations are commented once per article, not per paragraph");
        (await page.TextContentAsync("#status")).Should().Be($"{comments.Count} comment(s) inserted.");

        // the redline opens as a new Word document
        await page.ClickAsync("#redline");
        await page.WaitForFunctionAsync("() => window.__officeCalls.some(c => c[0] === 'createDocument')");
        int.Parse((await CallsAsync(page)).Single(c => c[0] == "createDocument")[1]).Should().BeGreaterThan(1000);

        external.Should().BeEmpty("with Office.js present the pane loads nothing from the CDN");
        await context.CloseAsync();
    }

    [Test]
    public async Task Inside_Word_the_pane_speaks_Office_display_language_not_the_browser_one()
    {
        // Word set to Arabic on an English system: the pane is in Arabic, right to left, with the Arabic model first
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US", ViewportSize = new ViewportSize { Width = 320, Height = 900 } });
        await context.AddInitScriptAsync(FakeOffice.Replace("context: { document:", "context: { displayLanguage: \"ar-SA\", document:", StringComparison.Ordinal));
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(_baseUrl, "index.html?office=1").ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");

        (await page.GetAttributeAsync("html", "lang")).Should().Be("ar");
        (await page.GetAttributeAsync("html", "dir")).Should().Be("rtl");
        (await page.TextContentAsync("#run")).Should().Be("قارن");
        (await page.TextContentAsync("#redline")).Should().Be("افتح المراجعة", "inside Word the redline opens as a document");
        (await page.InputValueAsync("#model-select")).Should().Be("ai-ct-model-law.ar");
        await context.CloseAsync();
    }
}
