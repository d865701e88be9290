using Microsoft.Playwright;

namespace ModelLaw.AddIn.Tests;

/// <summary>
/// The task pane in real headless Chromium (Debian's, never a downloaded browser) against the host on a free loopback port,
/// used the way a drafter uses it outside Word: pick files, compare, read the results.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class PaneBrowserTests
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private AddInFactory _factory = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private Uri _baseUrl = null!;

    private static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    [OneTimeSetUp]
    public async Task Start()
    {
        if (!File.Exists(ChromiumPath)) Assert.Ignore($"Chromium not found at {ChromiumPath}; browser tests need Debian's chromium package.");
        _factory = new AddInFactory();
        _factory.UseKestrel(0);
        _factory.StartServer();
        _baseUrl = _factory.ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _factory?.Dispose();
    }

    /// <summary>A page whose every request off the loopback host is refused and recorded (no CDN at test time).</summary>
    private async Task<(IPage Page, List<string> External)> OpenPaneAsync()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 900, Height = 1400 } });
        var external = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Host == _baseUrl.Host && url.Port == _baseUrl.Port) await route.ContinueAsync();
            else
            {
                lock (external) external.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_baseUrl.ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        return (page, external);
    }

    [Test]
    public async Task Outside_Word_the_pane_offers_the_shipped_models_and_a_file_picker_and_loads_nothing_external()
    {
        var (page, external) = await OpenPaneAsync();

        // the first shipped model in name order (the corpus has the model in six languages)
        (await page.InputValueAsync("#model-select")).Should().StartWith("ai-ct-model-law.");
        (await page.IsVisibleAsync("#national-file")).Should().BeTrue();
        (await page.IsVisibleAsync("#insert-comments")).Should().BeFalse("comments need Word");
        (await page.TextContentAsync("#host-badge")).Should().Be("Browser");
        external.Should().BeEmpty();
        await page.Context.CloseAsync();
    }
}
