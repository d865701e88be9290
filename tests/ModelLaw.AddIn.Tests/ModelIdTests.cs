using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ModelLaw.Reading;

namespace ModelLaw.AddIn.Tests;

/// <summary>A shipped model is named by an id from the listing, never by a path.</summary>
[TestFixture]
public sealed class ModelIdTests
{
    private AddInFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _factory = new AddInFactory(services: s => s.AddSingleton<IDocumentLoader, StubLoader>());
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private Task<HttpResponseMessage> Redline(string modelId) =>
        _client.PostAsync("/api/redline", TestFiles.Form("national", "loi.txt", Encoding.UTF8.GetBytes("Article premier"), ("modelId", modelId)));

    [TestCase("../../../../etc/passwd")]
    [TestCase("..")]
    [TestCase("/etc/passwd")]
    [TestCase("models/ai-ct-model-law.en")]
    [TestCase("..\\..\\appsettings.json")]
    [TestCase("ai-ct-model-law.en.txt\0")]
    public async Task A_model_id_that_looks_like_a_path_is_refused_with_a_400(string modelId)
    {
        var problem = await Problem.ReadAsync(await Redline(modelId), HttpStatusCode.BadRequest);

        problem.Code.Should().Be("invalid-id");
    }

    [Test]
    public async Task A_well_formed_id_that_is_not_listed_is_a_404()
    {
        var problem = await Problem.ReadAsync(await Redline("appsettings"), HttpStatusCode.NotFound);

        problem.Code.Should().Be("unknown-model");
        problem.Detail.Should().Contain("GET /api/models");
    }

    [Test]
    public async Task The_facts_file_beside_a_model_is_not_a_model()
    {
        var problem = await Problem.ReadAsync(await Redline("ai-ct-model-law.en.facts"), HttpStatusCode.NotFound);

        problem.Code.Should().Be("unknown-model");
    }

    [Test]
    public async Task A_request_with_neither_model_upload_nor_id_is_a_400()
    {
        var response = await _client.PostAsync("/api/redline", TestFiles.Form("national", "loi.txt", "Article premier"u8.ToArray()));

        (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Code.Should().Be("missing-model");
    }
}

/// <summary>A principle catalogue is named by a listed id or uploaded; a broken upload is a 422 naming it.</summary>
[TestFixture]
public sealed class CatalogInputTests
{
    private AddInFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _factory = new AddInFactory(services: s => s.AddSingleton<IDocumentLoader, StubLoader>());
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task A_catalogue_id_that_looks_like_a_path_is_refused_with_a_400()
    {
        var response = await _client.PostAsync("/api/coverage",
            TestFiles.Form("national", "loi.txt", "Article premier"u8.ToArray(), ("catalogId", "../principles/ai-counter-terrorism")));

        (await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Code.Should().Be("invalid-id");
    }

    [Test]
    public async Task An_unknown_catalogue_id_is_a_404()
    {
        var response = await _client.PostAsync("/api/coverage",
            TestFiles.Form("national", "loi.txt", "Article premier"u8.ToArray(), ("catalogId", "climate-principles")));

        (await Problem.ReadAsync(response, HttpStatusCode.NotFound)).Code.Should().Be("unknown-catalog");
    }

    [Test]
    public async Task A_malformed_uploaded_catalogue_is_a_422_naming_the_file()
    {
        var form = TestFiles.Form([("national", "loi.txt", "Article premier"u8.ToArray()), ("catalog", "my-principles.json", "{ \"id\": "u8.ToArray())]);

        var problem = await Problem.ReadAsync(await _client.PostAsync("/api/coverage", form), HttpStatusCode.UnprocessableEntity);

        problem.Code.Should().Be("invalid-configuration");
        problem.Detail.Should().Contain("my-principles.json");
    }
}
