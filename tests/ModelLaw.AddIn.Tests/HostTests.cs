using System.Net;
using System.Text.Json;

namespace ModelLaw.AddIn.Tests;

[TestFixture]
public sealed class HostTests : HostFixture
{
    [Test]
    public async Task Health_answers_ok_with_the_version()
    {
        var response = await Client.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("status").GetString().Should().Be("ok");
        json.RootElement.GetProperty("version").GetString().Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Test]
    public async Task Models_lists_the_model_laws_shipped_in_the_corpus_by_id()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/api/models"));

        var models = json.RootElement.GetProperty("models").EnumerateArray().ToList();
        models.Select(m => m.GetProperty("id").GetString()).Should().Contain(TestFiles.ModelId);
        var model = models.Single(m => m.GetProperty("id").GetString() == TestFiles.ModelId);
        model.GetProperty("title").GetString().Should().StartWith("MODEL LAW ON COUNTERING");
        model.GetProperty("format").GetString().Should().Be("text");
    }

    [Test]
    public async Task Models_does_not_list_the_structure_facts_kept_beside_the_models()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/api/models"));

        json.RootElement.GetProperty("models").EnumerateArray()
            .Select(m => m.GetProperty("fileName").GetString())
            .Should().NotContain(f => f!.EndsWith(".json", StringComparison.Ordinal));
    }

    [Test]
    public async Task Models_lists_the_shipped_principle_catalogue_with_its_title_and_size()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/api/models"));

        var catalog = json.RootElement.GetProperty("catalogs").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "ai-counter-terrorism");
        catalog.GetProperty("title").GetString().Should().StartWith("Key principles");
        catalog.GetProperty("principles").GetInt32().Should().Be(18);
    }

    [Test]
    public async Task The_task_pane_is_served_at_the_root_without_any_external_script()
    {
        var html = await Client.GetStringAsync("/");

        html.Should().Contain("id=\"concordance\"").And.Contain("app.js");
        html.Should().NotContain("<script src=\"http", "Office.js is loaded by app.js only inside Office");
    }

    [Test]
    public async Task An_unknown_path_is_a_404_problem()
    {
        var response = await Client.GetAsync("/api/nothing-here");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
    }
}
