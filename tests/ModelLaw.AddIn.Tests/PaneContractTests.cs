using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ModelLaw.AddIn.Tests;

/// <summary>
/// The HTTP contract between the pane's scripts (wwwroot) and the host, as the pane uses it: each request in the shape the
/// scripts build it (form fields modelId, model, national, catalogId, lang; query format), and in each answer every field
/// the scripts read, with the type they expect. A field renamed on one side fails here, not in a drafter's pane.
/// </summary>
[TestFixture]
public sealed class PaneContractTests : HostFixture
{
    // the relations the pane words (relation.* in i18n.js; PaneStringsTests checks every one has words)
    private static readonly string[] Relations = Enum.GetNames<ModelLaw.Comparing.AlignmentRelation>().Select(n => n.ToLowerInvariant()).ToArray();

    private static MultipartFormDataContent PaneForm(bool model = true, params (string, string)[] values) =>
        TestFiles.Form("national", "arcadia.en.txt", File.ReadAllBytes(TestFiles.NationalPath), model ? [("modelId", TestFiles.ModelId), .. values] : values);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string Shorten(JsonElement o) => o.GetRawText() is { Length: > 120 } s ? s[..120] + "…" : o.GetRawText();

    private static JsonElement Get(JsonElement o, string name, JsonValueKind kind)
    {
        o.TryGetProperty(name, out var v).Should().BeTrue($"the pane reads '{name}' in {Shorten(o)}");
        v.ValueKind.Should().Be(kind, $"the pane reads '{name}' as {kind} in {Shorten(o)}");
        return v;
    }

    [Test]
    public async Task The_models_listing_gives_each_model_an_id_naming_its_language_a_title_and_a_file_name()
    {
        var listing = await JsonAsync(await Client.GetAsync("/api/models"));
        var models = Get(listing, "models", JsonValueKind.Array).EnumerateArray().ToList();
        foreach (var m in models)
        {
            Get(m, "title", JsonValueKind.String);
            Get(m, "fileName", JsonValueKind.String);
        }
        // the pane picks the model in a language by the id's parts ("ai-ct-model-law.fr"): one per pane language
        var ids = models.Select(m => Get(m, "id", JsonValueKind.String).GetString()!).ToList();
        foreach (var lang in new[] { "en", "fr", "ru", "es", "ar" })
            ids.Count(id => Regex.Split(id, @"[.\-_]").Contains(lang)).Should().Be(1, $"one shipped model in {lang}");
        foreach (var c in Get(listing, "catalogs", JsonValueKind.Array).EnumerateArray())
        {
            Get(c, "id", JsonValueKind.String);
            Get(c, "title", JsonValueKind.String);
        }
    }

    [Test]
    public async Task Detect_gives_the_language_the_pane_matches_to_a_model_id()
    {
        var detected = await JsonAsync(await Client.PostAsync("/api/detect", PaneForm(model: false)));
        Get(detected, "language", JsonValueKind.String).GetString().Should().Be("en");
    }

    [Test]
    public async Task The_comparison_carries_what_the_summary_the_concordance_and_the_changes_read()
    {
        var cmp = await JsonAsync(await Client.PostAsync("/api/compare", PaneForm()));
        Get(Get(cmp, "model", JsonValueKind.Object), "title", JsonValueKind.String);
        Get(Get(cmp, "national", JsonValueKind.Object), "title", JsonValueKind.String);
        var summary = Get(cmp, "summary", JsonValueKind.Object);
        foreach (var tile in new[] { "modelUnits", "verbatim", "modified", "moved", "split", "merged", "omitted", "added", "modelTextKept" })
            Get(summary, tile, JsonValueKind.Number);
        summary.GetProperty("modelTextKept").GetDouble().Should().BeInRange(0, 1, "the pane shows it as a percentage");

        var rows = Get(cmp, "concordance", JsonValueKind.Array).EnumerateArray().ToList();
        rows.Should().HaveCountGreaterThan(30);
        foreach (var row in rows)
        {
            Relations.Should().Contain(Get(row, "relation", JsonValueKind.String).GetString());
            Get(row, "similarity", JsonValueKind.Number);
            Get(row, "national", JsonValueKind.Array).EnumerateArray().Where(n => n.ValueKind != JsonValueKind.String).Should().BeEmpty("national citations are strings");
            row.GetProperty("model").ValueKind.Should().BeOneOf(JsonValueKind.String, JsonValueKind.Null);
        }

        // links in reading order: ids, a parent among the earlier ids (or null at the top), depth, provisions with a citation, runs
        var seen = new HashSet<int>();
        var links = Get(cmp, "links", JsonValueKind.Array).EnumerateArray().ToList();
        foreach (var link in links)
        {
            var parent = link.GetProperty("parent");
            if (parent.ValueKind != JsonValueKind.Null) seen.Should().Contain(parent.GetInt32(), "a link's parent comes before it");
            seen.Add(Get(link, "id", JsonValueKind.Number).GetInt32());
            Get(link, "depth", JsonValueKind.Number);
            Relations.Should().Contain(Get(link, "relation", JsonValueKind.String).GetString());
            foreach (var side in new[] { "model", "national" })
                foreach (var p in Get(link, side, JsonValueKind.Array).EnumerateArray()) Get(p, "citation", JsonValueKind.String);
            foreach (var run in Get(link, "diff", JsonValueKind.Array).EnumerateArray())
            {
                new[] { "equal", "insert", "delete" }.Should().Contain(Get(run, "op", JsonValueKind.String).GetString());
                Get(run, "text", JsonValueKind.String);
            }
        }
        // every concordance row naming a model provision finds its link the way the pane does (a link naming that provision)
        var linked = links.SelectMany(l => l.GetProperty("model").EnumerateArray()).Select(p => p.GetProperty("citation").GetString()).ToHashSet();
        rows.Where(r => r.GetProperty("model").ValueKind == JsonValueKind.String).Select(r => r.GetProperty("model").GetString())
            .Where(c => c is { Length: > 0 } && !linked.Contains(c)).Should().BeEmpty("the pane finds a row's changes by its model citation (an added row has none)");
    }

    [Test]
    public async Task Coverage_carries_what_the_coverage_card_reads()
    {
        var listing = await JsonAsync(await Client.GetAsync("/api/models"));
        var catalog = listing.GetProperty("catalogs").EnumerateArray().First().GetProperty("id").GetString()!;
        var cov = await JsonAsync(await Client.PostAsync("/api/coverage", PaneForm(model: false, ("catalogId", catalog))));
        Get(Get(cov, "catalog", JsonValueKind.Object), "title", JsonValueKind.String);
        var principles = Get(cov, "principles", JsonValueKind.Array).EnumerateArray().ToList();
        principles.Should().NotBeEmpty();
        foreach (var p in principles)
        {
            Get(p, "id", JsonValueKind.String);
            Get(p, "name", JsonValueKind.String);
            foreach (var source in Get(p, "sources", JsonValueKind.Array).EnumerateArray()) Get(source, "instrument", JsonValueKind.String);
            new[] { "covered", "partial", "absent" }.Should().Contain(Get(p, "status", JsonValueKind.String).GetString());
            var derived = p.GetProperty("derivedStatus");
            if (derived.ValueKind != JsonValueKind.Null) new[] { "covered", "partial", "absent" }.Should().Contain(derived.GetString());
            foreach (var e in Get(p, "evidence", JsonValueKind.Array).EnumerateArray())
            {
                Get(e, "citation", JsonValueKind.String);
                Get(e, "sentence", JsonValueKind.String);
                Get(e, "matchedPhrases", JsonValueKind.Array);
            }
        }
    }

    [Test]
    public async Task Lint_carries_the_counts_and_findings_the_pane_lists()
    {
        var report = await JsonAsync(await Client.PostAsync("/api/lint", PaneForm(model: false)));
        int errors = Get(report, "errors", JsonValueKind.Number).GetInt32(), warnings = Get(report, "warnings", JsonValueKind.Number).GetInt32();
        var findings = Get(report, "findings", JsonValueKind.Array).EnumerateArray().ToList();
        (errors + warnings).Should().BeLessThanOrEqualTo(findings.Count, "the pane counts the notes as the findings left");
        foreach (var f in findings)
        {
            new[] { "error", "warning", "info" }.Should().Contain(Get(f, "severity", JsonValueKind.String).GetString());
            Get(f, "code", JsonValueKind.String);
            Get(f, "message", JsonValueKind.String);
        }
    }

    // the pane counts the instructions of the text form with /^\d+\) /gm: that count must be the act's
    [TestCase("en"), TestCase("fr"), TestCase("ru")]
    public async Task The_act_as_text_has_as_many_numbered_lines_as_the_json_has_instructions(string lang)
    {
        var text = await (await Client.PostAsync("/api/amend?format=text", PaneForm(true, ("lang", lang)))).Content.ReadAsStringAsync();
        var json = await JsonAsync(await Client.PostAsync("/api/amend?format=json", PaneForm(true, ("lang", lang))));
        var instructions = Get(json, "instructions", JsonValueKind.Array).GetArrayLength();
        instructions.Should().BeGreaterThan(10);
        Regex.Matches(text, @"^\d+\) ", RegexOptions.Multiline).Count.Should().Be(instructions);
    }

    // the pane names a download by Content-Disposition's filename* (RFC 5987), which it decodes itself
    [TestCase("/api/table", "arcadia.en.table.docx")]
    [TestCase("/api/redline", "arcadia.en.redline.docx")]
    [TestCase("/api/report", "arcadia.en.report.html")]
    [TestCase("/api/amend?format=json", "arcadia.en.amendments.json")]
    public async Task Downloads_name_their_file_the_way_the_pane_reads_it(string path, string name)
    {
        var response = await Client.PostAsync(path, PaneForm());
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var header = response.Content.Headers.GetValues("Content-Disposition").Single();
        Regex.Match(header, @"filename\*=UTF-8''([^;]+)", RegexOptions.IgnoreCase).Groups[1].Value.Should().Be(Uri.EscapeDataString(name));
    }

    // the pane shows title and detail of a problem as one sentence
    [Test]
    public async Task Errors_are_problem_details_with_a_title_and_a_detail()
    {
        var response = await Client.PostAsync("/api/compare", TestFiles.Form([], ("modelId", TestFiles.ModelId)));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Get(problem, "title", JsonValueKind.String).GetString().Should().NotBeNullOrWhiteSpace();
        Get(problem, "detail", JsonValueKind.String).GetString().Should().NotBeNullOrWhiteSpace();
    }
}
