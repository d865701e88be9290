using Microsoft.Playwright;

namespace ModelLaw.AddIn.Tests;

/// <summary>
/// The host on a free loopback port and Debian's headless Chromium (never a downloaded browser), shared by the tests of a
/// fixture. Every request off the host is refused and recorded: the pane must load nothing from elsewhere.
/// </summary>
public abstract class BrowserFixture
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private AddInFactory _factory = null!;
    private IPlaywright _playwright = null!;

    private protected IBrowser Browser { get; private set; } = null!;

    private protected Uri BaseUrl { get; private set; } = null!;

    // uncaught exceptions and unhandled rejections of the pane's scripts during the current test
    private readonly List<string> _scriptErrors = [];

    private static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    [OneTimeSetUp]
    public async Task StartBrowser()
    {
        if (!File.Exists(ChromiumPath)) Assert.Ignore($"Chromium not found at {ChromiumPath}; browser tests need Debian's chromium package.");
        _factory = new AddInFactory();
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
    }

    [SetUp]
    public void ForgetScriptErrors()
    {
        lock (_scriptErrors) _scriptErrors.Clear();
    }

    /// <summary>Every browser test also checks the pane's scripts: none may throw where nothing catches it.</summary>
    [TearDown]
    public void NoScriptError()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status != NUnit.Framework.Interfaces.TestStatus.Passed) return;
        lock (_scriptErrors) _scriptErrors.Should().BeEmpty("the pane's scripts must not throw uncaught errors");
    }

    [OneTimeTearDown]
    public async Task StopBrowser()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        _factory?.Dispose();
    }

    /// <summary>The pane in a new browser context with that locale and width, ready; and the list of refused external requests.</summary>
    private protected async Task<(IPage Page, List<string> External)> OpenPaneAsync(string locale = "en-US", int width = 900, string path = "", string? initScript = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale, ViewportSize = new ViewportSize { Width = width, Height = 1400 }, AcceptDownloads = true });
        var external = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Host == BaseUrl.Host && url.Port == BaseUrl.Port) await route.ContinueAsync();
            else
            {
                lock (external) external.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        if (initScript is not null) await context.AddInitScriptAsync(initScript);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => { lock (_scriptErrors) _scriptErrors.Add($"{page.Url}: {error}"); };
        await page.GotoAsync(new Uri(BaseUrl, path).ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        return (page, external);
    }

    /// <summary>Waits until the status line says something (the pane is done or failed).</summary>
    private protected static Task WaitForStatusAsync(IPage page, string pattern) =>
        page.WaitForFunctionAsync("p => new RegExp(p).test(document.getElementById('status').textContent)", pattern, new PageWaitForFunctionOptions { Timeout = 90_000 });

    /// <summary>Saves a screenshot beside the test results and attaches it.</summary>
    private protected static async Task<string> ShotAsync(IPage page, string name, string description, bool fullPage = false)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        TestContext.AddTestAttachment(path, description);
        return path;
    }
}
