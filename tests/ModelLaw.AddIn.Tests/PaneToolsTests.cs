using Microsoft.Playwright;

namespace ModelLaw.AddIn.Tests;

/// <summary>
/// The pane as a drafter uses it beyond Compare, in Chromium outside Word: the model follows the text's language, an error
/// clears the results it would contradict, the drafting tools (checks, amending act, comparative table, HTML report) answer
/// from the pane, and the help page is one click away.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class PaneToolsTests : BrowserFixture
{
    private static string National(string name) => Path.Combine(TestFiles.Corpus, "national", name);

    [Test]
    public async Task The_model_in_the_language_of_the_national_text_is_picked()
    {
        var (page, _) = await OpenPaneAsync();
        (await page.InputValueAsync("#model-select")).Should().Be(TestFiles.ModelId, "the browser speaks English");

        await page.SetInputFilesAsync("#national-file", National("valmont.fr.txt"));
        await page.WaitForFunctionAsync("() => document.getElementById('model-select').value === 'ai-ct-model-law.fr'");
        (await page.TextContentAsync("#detected")).Should().Be("The text is in French: the model in French is selected.");

        await page.ClickAsync("#run");
        await WaitForStatusAsync(page, "^Done\\.$");
        (await page.Locator("#concordance tbody tr").CountAsync()).Should().BeGreaterThan(30);
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task An_error_clears_the_results_of_the_previous_run()
    {
        var (page, _) = await OpenPaneAsync();
        await page.SetInputFilesAsync("#national-file", TestFiles.NationalPath);
        await page.ClickAsync("#run");
        await WaitForStatusAsync(page, "^Done\\.$");
        (await page.IsVisibleAsync("#results")).Should().BeTrue();
        (await page.IsEnabledAsync("#redline")).Should().BeTrue();

        // the same inputs, but the host is overloaded this time: the error replaces the results
        await page.RouteAsync("**/api/compare", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 503, ContentType = "application/problem+json",
            Body = "{\"status\":503,\"title\":\"Too many requests\",\"detail\":\"Try again in a few seconds.\"}",
        }));
        await page.ClickAsync("#run");
        await WaitForStatusAsync(page, "Too many requests");
        (await page.GetAttributeAsync("#status", "class")).Should().Contain("error");
        (await page.IsVisibleAsync("#results")).Should().BeFalse("results must not stand under an error about the same inputs");
        (await page.IsEnabledAsync("#redline")).Should().BeFalse();
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task A_text_in_another_language_than_the_chosen_model_is_compared_across_languages_saying_so()
    {
        var (page, _) = await OpenPaneAsync();
        await page.SelectOptionAsync("#model-select", TestFiles.ModelId); // chosen by hand: the pane keeps it
        await page.SetInputFilesAsync("#national-file", National("valmont.fr.txt"));
        await page.ClickAsync("#run");
        await WaitForStatusAsync(page, "'fr'");
        (await page.InputValueAsync("#model-select")).Should().Be(TestFiles.ModelId);
        (await page.TextContentAsync("#status")).Should().Contain("across languages").And.Contain("'en'");
        (await page.GetAttributeAsync("#status", "class") ?? "").Should().NotContain("error");
        (await page.IsVisibleAsync("#results")).Should().BeTrue();
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task The_draft_checks_and_the_amending_act_show_in_the_pane()
    {
        var (page, external) = await OpenPaneAsync();
        await page.SetInputFilesAsync("#national-file", TestFiles.NationalPath);

        await page.ClickAsync("#lint");
        await page.WaitForSelectorAsync("#lint-card:not([hidden])", new PageWaitForSelectorOptions { Timeout = 60_000 });
        (await page.TextContentAsync("#lint-summary")).Should().MatchRegex(@"^(\d+ error\(s\), \d+ warning\(s\), \d+ note\(s\)|No finding: .*)$");

        await page.ClickAsync("#amend");
        await page.WaitForSelectorAsync("#amend-card:not([hidden])", new PageWaitForSelectorOptions { Timeout = 60_000 });
        var act = await page.TextContentAsync("#amend-body");
        act.Should().Contain("is amended as follows:").And.Contain("In Article 3(e), the word ‘board’ is replaced by");
        (await page.TextContentAsync("#amend-summary")).Should().MatchRegex(@"^\d+ instruction\(s\)$");

        var json = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#amend-json"));
        json.SuggestedFilename.Should().Be("arcadia.en.amendments.json");
        var saved = Path.Combine(TestContext.CurrentContext.WorkDirectory, "pane-amendments.json");
        await json.SaveAsAsync(saved);
        File.ReadAllText(saved).Should().Contain("\"kind\": \"amendingAct\"");
        await ShotAsync(page, "pane-tools-en.png", "The draft checks and the amending act in the pane", fullPage: true);
        external.Should().BeEmpty();
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task The_comparative_table_and_the_report_download_from_the_pane()
    {
        var (page, _) = await OpenPaneAsync();
        await page.SetInputFilesAsync("#national-file", TestFiles.NationalPath);

        var table = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#table"), new PageRunAndWaitForDownloadOptions { Timeout = 90_000 });
        table.SuggestedFilename.Should().Be("arcadia.en.table.docx");
        var docx = Path.Combine(TestContext.CurrentContext.WorkDirectory, "pane-table.docx");
        await table.SaveAsAsync(docx);
        File.ReadAllBytes(docx).Take(2).Should().Equal((byte)'P', (byte)'K');
        (await page.TextContentAsync("#status")).Should().Be("Downloaded: arcadia.en.table.docx.");

        var report = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#report"), new PageRunAndWaitForDownloadOptions { Timeout = 90_000 });
        report.SuggestedFilename.Should().Be("arcadia.en.report.html");
        var html = Path.Combine(TestContext.CurrentContext.WorkDirectory, "pane-report.html");
        await report.SaveAsAsync(html);
        File.ReadAllText(html).Should().StartWith("<!DOCTYPE html>");
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task The_help_page_is_linked_from_the_pane()
    {
        var (page, _) = await OpenPaneAsync("es-ES");
        var link = page.Locator("#help-link");
        (await link.TextContentAsync()).Should().Be("Ayuda");
        (await link.GetAttributeAsync("href")).Should().Be("help.html");
        var help = await page.Context.NewPageAsync();
        var response = await help.GotoAsync(new Uri(BaseUrl, "help.html").ToString());
        response!.Ok.Should().BeTrue();
        (await help.TextContentAsync("h1")).Should().Contain("help");
        await page.Context.CloseAsync();
    }

    [TestCase("fr-FR", "Comparer", "Outils de rédaction")]
    [TestCase("ru-RU", "Сравнить", "Инструменты юриста")]
    [TestCase("es-ES", "Comparar", "Herramientas de redacción")]
    [TestCase("ar-SA", "قارن", "أدوات الصياغة")]
    public async Task The_pane_speaks_the_language_of_the_browser(string locale, string compare, string tools)
    {
        var (page, _) = await OpenPaneAsync(locale);
        (await page.TextContentAsync("#run")).Should().Be(compare);
        (await page.TextContentAsync("#tools-title")).Should().Be(tools);
        (await page.GetAttributeAsync("html", "lang")).Should().Be(locale[..2]);
        (await page.GetAttributeAsync("html", "dir")).Should().Be(locale.StartsWith("ar", StringComparison.Ordinal) ? "rtl" : "ltr");
        await page.Context.CloseAsync();
    }
}
