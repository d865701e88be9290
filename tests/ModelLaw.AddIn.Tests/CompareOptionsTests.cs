using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace ModelLaw.AddIn.Tests;

/// <summary>
/// The compare settings of Word and LibreOffice in the host and the pane: the form fields ignoreCase, ignorePunctuation,
/// ignoreLabelStyle and ignorePlaceholderBrackets reach the word diff of every endpoint that compares, and the pane's
/// switches send them. The national text here is the model with 'shall' written 'SHALL': a change of case only.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class CompareOptionsTests : BrowserFixture
{
    private static byte[] Shouted => Encoding.UTF8.GetBytes(File.ReadAllText(TestFiles.ModelPath).Replace(" shall ", " SHALL ", StringComparison.Ordinal));

    private static MultipartFormDataContent Form(params (string, string)[] values) =>
        TestFiles.Form("national", "shouted.en.txt", Shouted, [("modelId", TestFiles.ModelId), .. values]);

    // the changes of the comparison's word diffs (insert and delete runs), at every level
    private static async Task<int> ChangedRunsAsync(HttpClient client, params (string, string)[] values)
    {
        var response = await client.PostAsync("/api/compare", Form(values));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("links").EnumerateArray()
            .SelectMany(l => l.GetProperty("diff").EnumerateArray()).Count(r => r.GetProperty("op").GetString() != "equal");
    }

    [Test]
    public async Task A_change_of_case_is_a_change_unless_the_form_asks_to_ignore_case()
    {
        using var client = new HttpClient { BaseAddress = BaseUrl };
        (await ChangedRunsAsync(client)).Should().BeGreaterThan(20, "'shall' became 'SHALL' all over the text");
        (await ChangedRunsAsync(client, ("ignoreCase", "false"))).Should().BeGreaterThan(20);
        (await ChangedRunsAsync(client, ("ignoreCase", "true"))).Should().Be(0);
        // another switch does not hide a change of case
        (await ChangedRunsAsync(client, ("ignorePunctuation", "true"), ("ignoreLabelStyle", "true"), ("ignorePlaceholderBrackets", "true"))).Should().BeGreaterThan(20);
    }

    [TestCase("/api/compare")]
    [TestCase("/api/redline")]
    [TestCase("/api/table")]
    public async Task A_switch_that_is_neither_true_nor_false_is_refused_in_a_sentence(string path)
    {
        using var client = new HttpClient { BaseAddress = BaseUrl };
        var response = await client.PostAsync(path, Form(("ignoreCase", "yes please")));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("detail").GetString().Should().Be("ignoreCase must be true or false, not 'yes please'.");
    }

    [Test]
    public async Task The_pane_switch_ignore_case_hides_a_change_of_case_and_changing_it_clears_the_results()
    {
        var (page, external) = await OpenPaneAsync("en-US", 380);
        await page.SetInputFilesAsync("#national-file", new FilePayload { Name = "shouted.en.txt", MimeType = "text/plain", Buffer = Shouted });

        async Task<int> MarksAfterRunAsync()
        {
            await page.ClickAsync("#run");
            await page.WaitForSelectorAsync("#concordance tbody tr", new PageWaitForSelectorOptions { Timeout = 90_000 });
            await page.Locator("#concordance tbody tr:not([data-relation=identical])").First.ClickAsync();
            await page.WaitForSelectorAsync("#diff-card:not([hidden])");
            return await page.Locator("#diff ins, #diff del").CountAsync();
        }

        (await MarksAfterRunAsync()).Should().BeGreaterThan(0, "without the switch 'SHALL' is marked");
        await page.ClickAsync("#compare-options summary");
        (await page.TextContentAsync("#compare-options summary")).Should().Be("Compare options");
        await page.CheckAsync("#ignore-case");
        (await page.IsHiddenAsync("#results")).Should().BeTrue("results of other settings are stale");
        (await MarksAfterRunAsync()).Should().Be(0, "with it the change of case is not shown");
        await ShotAsync(page, "pane-compare-options-380.png", "The compare options open at 380 px, ignore case checked");
        external.Should().BeEmpty();
        await page.Context.CloseAsync();
    }
}
