using System.Net;
using System.Text.Json;

namespace ModelLaw.AddIn.Tests;

/// <summary>GET /api/models lists a corpus folder exactly; ids are names, never paths.</summary>
[TestFixture]
public sealed class CorpusListingTests
{
    private string _corpus = null!;
    private AddInFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _corpus = Directory.CreateTempSubdirectory("modellaw-corpus-").FullName;
        var models = Directory.CreateDirectory(Path.Combine(_corpus, "models")).FullName;
        var principles = Directory.CreateDirectory(Path.Combine(_corpus, "principles")).FullName;
        File.WriteAllText(Path.Combine(models, "data-protection.en.txt"), "MODEL LAW\nON PERSONAL DATA PROTECTION\n\nArticle 1\nScope\n");
        File.WriteAllText(Path.Combine(models, "data-protection.en.facts.json"), "{}");
        File.WriteAllText(Path.Combine(models, "loi-type.fr.txt"), "LOI TYPE SUR LA PROTECTION DES DONNÉES\n\nArticle premier\n");
        File.WriteAllText(Path.Combine(models, "notes.pdf"), "%PDF-1.4");
        File.WriteAllText(Path.Combine(principles, "privacy.json"),
            """{ "id": "privacy-principles", "title": "Privacy principles", "version": "1.2", "principles": [ { "id": "a" }, { "id": "b" } ] }""");
        File.WriteAllText(Path.Combine(principles, "broken.json"), "{ not json");
        File.WriteAllText(Path.Combine(_corpus, "secret.txt"), "outside models/: must never be readable through modelId");

        _factory = new AddInFactory(new Dictionary<string, string?> { ["AddIn:CorpusPath"] = _corpus });
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
        Directory.Delete(_corpus, recursive: true);
    }

    [Test]
    public async Task It_lists_the_model_texts_by_id_with_the_first_paragraph_as_title()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/models"));

        var models = json.RootElement.GetProperty("models").EnumerateArray()
            .Select(m => (Id: m.GetProperty("id").GetString(), Title: m.GetProperty("title").GetString())).ToList();
        models.Should().Equal(
            ("data-protection.en", "MODEL LAW ON PERSONAL DATA PROTECTION"),
            ("loi-type.fr", "LOI TYPE SUR LA PROTECTION DES DONNÉES"));
    }

    [Test]
    public async Task It_lists_the_principle_catalogues_with_their_own_id_title_version_and_size()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/models"));

        var catalogs = json.RootElement.GetProperty("catalogs").EnumerateArray().ToList();
        catalogs.Select(c => c.GetProperty("id").GetString()).Should().Equal("broken", "privacy-principles");
        var privacy = catalogs[1];
        privacy.GetProperty("title").GetString().Should().Be("Privacy principles");
        privacy.GetProperty("version").GetString().Should().Be("1.2");
        privacy.GetProperty("principles").GetInt32().Should().Be(2);
    }
}
