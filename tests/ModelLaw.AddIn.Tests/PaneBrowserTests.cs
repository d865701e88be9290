using Microsoft.Playwright;

namespace ModelLaw.AddIn.Tests;

/// <summary>
/// The task pane in real headless Chromium (Debian's, never a downloaded browser) against the host on a free loopback port,
/// used the way a drafter uses it outside Word: pick files, compare, read the results.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class PaneBrowserTests : BrowserFixture
{
    [Test]
    public async Task Outside_Word_the_pane_offers_the_shipped_models_and_a_file_picker_and_loads_nothing_external()
    {
        var (page, external) = await OpenPaneAsync();

        // the corpus has the model in six languages: the pane proposes the one in the browser's language
        (await page.InputValueAsync("#model-select")).Should().Be(TestFiles.ModelId);
        (await page.Locator("#model-select option").CountAsync()).Should().BeGreaterThan(1);
        (await page.IsVisibleAsync("#national-file")).Should().BeTrue();
        (await page.IsVisibleAsync("#insert-comments")).Should().BeFalse("comments need Word");
        (await page.TextContentAsync("#host-badge")).Should().Be("Browser");
        external.Should().BeEmpty();
        await page.Context.CloseAsync();
    }
    [Test]
    public async Task A_French_speaking_drafter_is_offered_the_French_model_first()
    {
        var (page, _) = await OpenPaneAsync("fr-FR");

        (await page.InputValueAsync("#model-select")).Should().Be("ai-ct-model-law.fr");
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task A_drafter_uploads_a_model_and_a_national_text_and_reads_the_concordance_the_changes_and_the_coverage()
    {
        var (page, external) = await OpenPaneAsync();

        await page.SelectOptionAsync("#model-select", "__upload");
        await page.SetInputFilesAsync("#model-file", TestFiles.ModelPath);
        await page.SetInputFilesAsync("#national-file", TestFiles.NationalPath);
        await page.SelectOptionAsync("#catalog-select", "ai-counter-terrorism");
        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("#coverage tbody tr", new PageWaitForSelectorOptions { Timeout = 60_000 });

        // concordance: exactly the rows of the API's concordance, in its order
        var expected = await ConcordanceFromApiAsync();
        var rows = page.Locator("#concordance tbody tr");
        (await rows.CountAsync()).Should().Be(expected.Count);
        (await page.Locator("#concordance tbody tr td.model").AllTextContentsAsync())
            .Should().Equal(expected.Select(r => r.Model.Length == 0 ? "—" : r.Model));
        var article6 = page.Locator("#concordance tbody tr", new PageLocatorOptions { Has = page.Locator("td.model", new PageLocatorOptions { HasTextString = "Article 6" }) }).First;
        (await article6.GetAttributeAsync("data-relation")).Should().Be("omitted", "Arcadia left out the article on international humanitarian law");
        (await article6.Locator(".rel").TextContentAsync()).Should().Be("omitted");

        // coverage: one row per principle; legality is covered by Article 7 of the Act
        (await page.Locator("#coverage tbody tr").CountAsync()).Should().Be(18);
        var legality = page.Locator("#coverage tbody tr[data-principle=legality]");
        (await legality.Locator("td.status-cell").TextContentAsync()).Should().StartWith("covered");
        (await legality.Locator(".evidence strong").AllTextContentsAsync()).Should().Contain("Article 7");

        // a modified article shows its word-level changes
        (await page.TextContentAsync("#status")).Should().Be("Done.");
        await page.Locator("#concordance tbody tr[data-relation=modified]").First.ClickAsync();
        (await page.IsVisibleAsync("#diff-card")).Should().BeTrue();
        (await page.Locator("#diff ins, #diff del").CountAsync()).Should().BeGreaterThan(0);

        // the redline downloads as a Word package
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#redline"));
        download.SuggestedFilename.Should().Be("arcadia.en.redline.docx", "the name comes from the national upload");
        var saved = Path.Combine(TestContext.CurrentContext.WorkDirectory, "pane-redline.docx");
        await download.SaveAsAsync(saved);
        File.ReadAllBytes(saved).Take(2).Should().Equal((byte)'P', (byte)'K');
        (await page.TextContentAsync("#status")).Should().Be("Downloaded: arcadia.en.redline.docx.");

        Directory.CreateDirectory(ScreenshotFolder);
        var shot = Path.Combine(ScreenshotFolder, "pane-compare-arcadia.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        TestContext.AddTestAttachment(shot, "The pane after comparing Arcadia's act with the model law");
        await page.SetViewportSizeAsync(400, 1000); // Word's task pane width
        var narrow = Path.Combine(ScreenshotFolder, "pane-compare-arcadia-narrow.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = narrow });
        TestContext.AddTestAttachment(narrow, "The same at the width of Word's task pane");
        external.Should().BeEmpty("the pane must not fetch anything off the host at test time");
        await page.Context.CloseAsync();
    }

    private async Task<List<(string Model, string National)>> ConcordanceFromApiAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseUrl };
        var response = await client.PostAsync("/api/compare", TestFiles.CorpusPair());
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("concordance").EnumerateArray()
            .Select(r => (r.GetProperty("model").GetString()!, string.Join(", ", r.GetProperty("national").EnumerateArray().Select(n => n.GetString()))))
            .ToList();
    }

    private static string ScreenshotFolder => Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
}
