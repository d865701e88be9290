using Microsoft.Playwright;
using ModelLaw.Writing.Html;

namespace ModelLaw.E2E;

/// <summary>Opens the HTML report in headless system Chromium (never a downloaded browser) and uses it like a reader.</summary>
[NonParallelizable]
public sealed class ReportInBrowserTests
{
    private static readonly string[] LaunchArgs =
    {
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    };

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _dir = "";

    [OneTimeSetUp]
    public async Task LaunchChromium()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
            Assert.Ignore($"{chromium} not found (apt-get install chromium, or set CHROMIUM_PATH): browser tests skipped; no browser is ever downloaded.");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = LaunchArgs });
        _dir = Directory.CreateTempSubdirectory("modellaw-e2e-").FullName;
    }

    [OneTimeTearDown]
    public async Task Close()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_dir.Length > 0) try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private async Task<(IPage Page, List<string> Errors)> OpenReport(ReportInput input, string name)
    {
        var path = Path.Combine(_dir, name + ".html");
        await using (var file = File.Create(path)) new HtmlReportWriter().Write(input, file);
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, msg) => { if (msg.Type == "error") errors.Add(msg.Text); };
        page.PageError += (_, err) => errors.Add(err);
        page.RequestFailed += (_, req) => errors.Add("request failed: " + req.Url);
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        return (page, errors);
    }

    private static async Task<int> VisibleRows(IPage page) =>
        await page.Locator("tr[data-relation]:visible").CountAsync();

    [Test]
    public async Task The_report_loads_from_a_file_without_console_errors()
    {
        var (page, errors) = await OpenReport(ReportFixture.Create(), "load");
        (await page.TitleAsync()).Should().Contain("comparison report");
        (await page.Locator("#filter-status").TextContentAsync()).Should().Be("Showing 10 of 10 rows.");
        errors.Should().BeEmpty();
        await page.CloseAsync();
    }

    [Test]
    public async Task Clicking_a_relation_filter_shows_only_the_rows_of_that_relation()
    {
        var (page, errors) = await OpenReport(ReportFixture.Create(), "filter");
        var before = await VisibleRows(page);
        await page.ClickAsync("button[data-filter-relation=omitted]");
        (await page.GetAttributeAsync("button[data-filter-relation=omitted]", "aria-pressed")).Should().Be("true");
        var after = await VisibleRows(page);
        after.Should().Be(2, "only the omitted article is left, in the concordance and in the side-by-side table");
        (await page.Locator("tr[data-relation]:visible").AllAsync()).Should().HaveCount(2);
        (await page.Locator("tr[data-relation=omitted]:visible").CountAsync()).Should().Be(2);
        await page.ClickAsync("button[data-filter-relation=added]");
        (await VisibleRows(page)).Should().BeGreaterThan(2, "a second relation pressed adds its rows");

        await page.ClickAsync("button[data-filter-reset]");
        (await VisibleRows(page)).Should().Be(before);
        errors.Should().BeEmpty();
        await page.CloseAsync();
    }

    [Test]
    public async Task The_filters_work_from_the_keyboard_and_by_principle()
    {
        var (page, errors) = await OpenReport(ReportFixture.Create(), "keyboard");
        await page.FocusAsync("button[data-filter-relation=added]");
        await page.Keyboard.PressAsync("Enter");
        (await page.GetAttributeAsync("button[data-filter-relation=added]", "aria-pressed")).Should().Be("true");
        await page.ClickAsync("button[data-filter-reset]");

        await page.SelectOptionAsync("#filter-principle", "record-keeping");
        (await page.Locator("tr[data-relation]:visible").AllTextContentsAsync()).Should().OnlyContain(t => t.Contains("Article 3"));
        errors.Should().BeEmpty();
        await page.CloseAsync();
    }

    [Test]
    public async Task A_screenshot_of_the_report_is_saved_as_a_test_artifact()
    {
        var (page, errors) = await OpenReport(ReportFixture.Create(), "screenshot");
        var shot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "report-screenshot.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        new FileInfo(shot).Length.Should().BeGreaterThan(10_000);
        TestContext.AddTestAttachment(shot, "The HTML report as rendered by headless Chromium");
        errors.Should().BeEmpty();
        await page.CloseAsync();
    }

    [Test]
    public async Task The_corpus_report_of_Arcadia_loads_filters_and_is_saved_as_a_screenshot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ModelLaw.sln"))) root = root.Parent;
        if (root is null) Assert.Ignore("repository root not found");
        var corpus = Path.Combine(root!.FullName, "corpus");
        var engine = ModelLawEngine.CreateDefault();
        var model = await engine.ReadAsync(Path.Combine(corpus, "models", "ai-ct-model-law.en.txt"));
        var national = await engine.ReadAsync(Path.Combine(corpus, "national", "arcadia.en.txt"));
        var catalog = ModelLaw.Coverage.PrincipleCatalog.Load(Path.Combine(corpus, "principles", "ai-counter-terrorism.json"));
        var comparison = engine.Compare(model, national);
        var input = new ReportInput
        {
            Model = model,
            Comparisons = System.Collections.Immutable.ImmutableArray.Create(comparison),
            Coverage = System.Collections.Immutable.ImmutableArray.Create(engine.Coverage(model, catalog), engine.Coverage(national, catalog, comparison)),
        };
        var (page, errors) = await OpenReport(input, "corpus");
        var before = await VisibleRows(page);
        before.Should().BeGreaterThan(20);
        await page.ClickAsync("button[data-filter-relation=modified]");
        (await VisibleRows(page)).Should().BeLessThan(before);
        await page.ClickAsync("button[data-filter-reset]");

        await page.EvaluateAsync("window.scrollTo(0, 0)");
        var shot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "corpus-report-screenshot.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot });
        TestContext.AddTestAttachment(shot, "The corpus report (model law vs Arcadia) in headless Chromium, first screen");
        await page.Locator("#t1-sbs").ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("document.getElementById('t1-sbs').scrollIntoView()");
        var sbs = Path.Combine(TestContext.CurrentContext.WorkDirectory, "corpus-report-side-by-side.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = sbs });
        TestContext.AddTestAttachment(sbs, "The corpus report: aligned provisions side by side");
        errors.Should().BeEmpty();
        await page.CloseAsync();
    }
}
