using Microsoft.Playwright;

namespace ModelLaw.AddIn.Tests;

/// <summary>
/// The pane at the widths Word gives it (320, 380 and 500 px) in English and in Arabic (right to left), measured in
/// Chromium after a real comparison: the relation of every concordance row is on screen and whole, nothing makes the
/// pane scroll sideways, and Arabic is laid out from the right (French and Russian, whose words are longest, at 320 px too).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class PaneLayoutTests : BrowserFixture
{
    // what a drafter cannot see: a badge or a button cut or off screen, a page wider than the pane
    private const string Measure = """
        () => {
          const w = document.documentElement.clientWidth;
          const problems = [];
          if (document.documentElement.scrollWidth > w) problems.push(`page is ${document.documentElement.scrollWidth}px wide in ${w}px`);
          const rows = [...document.querySelectorAll('#concordance tbody tr')];
          for (const tr of rows) {
            const b = tr.querySelector('.rel');
            const r = b.getBoundingClientRect();
            if (r.left < 0 || r.right > w + 0.5) problems.push(`row ${tr.dataset.index}: badge at ${r.left}..${r.right}`);
            if (b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1) problems.push(`row ${tr.dataset.index}: badge '${b.textContent}' clipped`);
            if (r.width < 10) problems.push(`row ${tr.dataset.index}: badge invisible`);
            const text = document.createRange();
            text.selectNodeContents(b);
            if (text.getClientRects().length > 1) problems.push(`row ${tr.dataset.index}: badge '${b.textContent}' broken over lines`);
          }
          for (const button of document.querySelectorAll('button:not([hidden])')) {
            const r = button.getBoundingClientRect();
            if (r.width > 0 && (r.left < 0 || r.right > w + 0.5)) problems.push(`button ${button.id || button.textContent} at ${r.left}..${r.right}`);
          }
          const first = rows[0] && rows[0].querySelector('.rel').getBoundingClientRect();
          return { problems, rows: rows.length, badgeCenter: first ? (first.left + first.right) / 2 : -1, width: w };
        }
        """;

    [TestCase("en-US", 320), TestCase("en-US", 380), TestCase("en-US", 500)]
    [TestCase("ar-SA", 320), TestCase("ar-SA", 380), TestCase("ar-SA", 500)]
    [TestCase("ru-RU", 320), TestCase("fr-FR", 320)]
    public async Task Every_row_shows_its_relation_at_task_pane_width(string locale, int width)
    {
        var arabic = locale.StartsWith("ar", StringComparison.Ordinal);
        var lang = locale[..2];
        var national = lang switch { "ar" => "alwaha.ar.txt", "ru" => "severia.ru.txt", "fr" => "valmont.fr.txt", _ => "arcadia.en.txt" };
        var (page, external) = await OpenPaneAsync(locale, width);
        await page.SetInputFilesAsync("#national-file", Path.Combine(TestFiles.Corpus, "national", national));
        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("#concordance tbody tr", new PageWaitForSelectorOptions { Timeout = 90_000 });
        (await page.InputValueAsync("#model-select")).Should().Be($"ai-ct-model-law.{lang}");

        var layout = (await page.EvaluateAsync<System.Text.Json.JsonElement>(Measure));
        layout.GetProperty("rows").GetInt32().Should().BeGreaterThan(30);
        layout.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).Should().BeEmpty();
        var (center, pane) = (layout.GetProperty("badgeCenter").GetDouble(), layout.GetProperty("width").GetDouble());
        (await page.GetAttributeAsync("html", "dir")).Should().Be(arabic ? "rtl" : "ltr");
        // the relation column opens each row: at the right edge in Arabic, the left in English
        if (arabic) center.Should().BeGreaterThan(pane / 2);
        else center.Should().BeLessThan(pane / 2);
        var omitted = page.Locator("#concordance tbody tr[data-relation=omitted] .rel").First;
        (await omitted.TextContentAsync()).Should().Be(lang switch { "ar" => "محذوف", "ru" => "опущено", "fr" => "omis", _ => "omitted" });

        await ShotAsync(page, $"pane-{lang}-{width}.png", $"The pane at {width} px in {lang}, top");
        await page.Locator("#concordance").ScrollIntoViewIfNeededAsync();
        await ShotAsync(page, $"pane-{lang}-{width}-concordance.png", $"The concordance at {width} px in {lang}");
        external.Should().BeEmpty();
        await page.Context.CloseAsync();
    }
}
