using System.Text.Json;
using System.Text.RegularExpressions;
using ModelLaw.Comparing;
using ModelLaw.Coverage;
using ModelLaw.Documents;

namespace ModelLaw.AddIn.Tests;

/// <summary>
/// The pane's own words (wwwroot/i18n.js) read in Chromium: English, French, Russian, Spanish and Arabic each define
/// every string, with the same placeholders; every key the page and its scripts ask for exists, and so does every value
/// the host sends that the pane words (relations, coverage statuses, severities, the languages of the shipped models).
/// A missing string would show its key ("relation.moved") or fall back to English in the middle of French.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class PaneStringsTests : BrowserFixture
{
    private static readonly string[] PaneLanguages = ["en", "fr", "ru", "es", "ar"];

    private static string Wwwroot => Path.Combine(TestFiles.RepoRoot, "src", "ModelLaw.AddIn", "wwwroot");

    // every string of a language, raw ({name} placeholders unfilled), by key
    private const string StringsOf = """
        lang => {
          const I = window.ModelLawI18n;
          I.choose(lang);
          const out = {};
          for (const k of I.keys(lang)) out[k] = I.t(k);
          I.choose(navigator.language);
          return out;
        }
        """;

    private async Task<Dictionary<string, Dictionary<string, string>>> AllStringsAsync()
    {
        var (page, _) = await OpenPaneAsync();
        (await page.EvaluateAsync<string[]>("() => window.ModelLawI18n.languages")).Should().BeEquivalentTo(PaneLanguages);
        var all = new Dictionary<string, Dictionary<string, string>>();
        foreach (var lang in PaneLanguages)
            all[lang] = (await page.EvaluateAsync<Dictionary<string, string>>(StringsOf, lang));
        await page.Context.CloseAsync();
        return all;
    }

    private static readonly Regex Placeholder = new(@"\{(\w+)\}", RegexOptions.CultureInvariant);

    private static string[] PlaceholdersOf(string s) => Placeholder.Matches(s).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    [Test]
    public async Task Every_language_has_every_string_of_English_with_the_same_placeholders()
    {
        var all = await AllStringsAsync();
        var english = all["en"];
        english.Should().HaveCountGreaterThan(100);
        foreach (var lang in PaneLanguages.Skip(1))
        {
            all[lang].Keys.Should().BeEquivalentTo(english.Keys, $"{lang} must define the strings English defines, no more, no fewer");
            foreach (var (key, text) in all[lang])
            {
                text.Should().NotBeNullOrWhiteSpace($"{lang} {key}");
                PlaceholdersOf(text).Should().Equal(PlaceholdersOf(english[key]), $"{lang} '{key}' must fill the placeholders English fills");
            }
        }
        // the Arabic pane is Arabic: most of its strings are in Arabic script, not English left in place
        all["ar"].Values.Count(v => v.Any(c => c is >= '\u0600' and <= '\u06FF')).Should().BeGreaterThan(all["ar"].Count * 9 / 10);
    }

    private static readonly Regex StaticKey = new(@"data-i18n(?:-title|-label)?=""([\w.]+)""", RegexOptions.CultureInvariant);
    private static readonly Regex ScriptKey = new(@"\bt\(""([\w.]+)""", RegexOptions.CultureInvariant);
    private static readonly Regex DatasetKey = new(@"dataset\.i18n\w* = ""([\w.]+)""", RegexOptions.CultureInvariant);

    [Test]
    public async Task Every_string_the_pane_asks_for_is_defined()
    {
        var english = (await AllStringsAsync())["en"];
        var html = File.ReadAllText(Path.Combine(Wwwroot, "index.html"));
        var scripts = Directory.GetFiles(Wwwroot, "*.js").Where(p => Path.GetFileName(p) != "i18n.js").Select(File.ReadAllText).ToList();
        var asked = StaticKey.Matches(html).Select(m => m.Groups[1].Value)
            .Concat(scripts.SelectMany(s => ScriptKey.Matches(s).Concat(DatasetKey.Matches(s))).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        asked.Should().HaveCountGreaterThan(60, "the scan must find the keys of index.html and the scripts");
        asked.Where(k => !english.ContainsKey(k)).Should().BeEmpty("every key the page or a script asks for is defined");

        // the values the host sends that the pane words through a key built at run time (t(`relation.${relation}`))
        var sent = Enum.GetNames<AlignmentRelation>().Select(n => "relation." + n.ToLowerInvariant())
            .Concat(Enum.GetNames<CoverageStatus>().Select(n => "status." + n.ToLowerInvariant()))
            .Concat(Enum.GetNames<DiagnosticSeverity>().Select(n => "severity." + n.ToLowerInvariant()))
            .Concat(Directory.GetFiles(Path.Combine(TestFiles.Corpus, "models"), "*.txt").Select(p => "languages." + Path.GetFileNameWithoutExtension(p).Split('.')[^1]))
            .Concat(PaneLanguages.Select(l => "languages." + l));
        sent.Where(k => !english.ContainsKey(k)).Should().BeEmpty("every relation, status, severity and model language the host sends has words");
    }
}
