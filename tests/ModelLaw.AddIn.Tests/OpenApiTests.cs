using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ModelLaw.AddIn.Tests;

/// <summary>
/// GET /openapi/v1.json describes the host as it answers: every route, the multipart fields the handlers read, the media
/// types they send; a client built from the document alone gets answers.
/// </summary>
[TestFixture]
public sealed class OpenApiTests
{
    private AddInFactory _factory = null!;
    private HttpClient _client = null!;
    private JsonElement _document;

    [OneTimeSetUp]
    public async Task Start()
    {
        _factory = new AddInFactory();
        _client = _factory.CreateClient();
        using var response = await _client.GetAsync("/openapi/v1.json");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public void The_document_is_openapi_3_and_names_the_host()
    {
        _document.GetProperty("openapi").GetString().Should().StartWith("3.");
        _document.GetProperty("info").GetProperty("title").GetString().Should().Be("ModelLaw add-in host");
    }

    [TestCase("/health", "get")]
    [TestCase("/api/models", "get")]
    [TestCase("/api/parse", "post")]
    [TestCase("/api/compare", "post")]
    [TestCase("/api/coverage", "post")]
    [TestCase("/api/redline", "post")]
    [TestCase("/api/detect", "post")]
    [TestCase("/api/lint", "post")]
    [TestCase("/api/amend", "post")]
    [TestCase("/api/table", "post")]
    [TestCase("/api/report", "post")]
    public void Every_route_is_described_with_a_summary(string path, string method)
    {
        var operation = _document.GetProperty("paths").GetProperty(path).GetProperty(method);
        operation.GetProperty("summary").GetString().Should().NotBeNullOrWhiteSpace();
    }

    [TestCase("/api/parse", "file")]
    [TestCase("/api/compare", "national")]
    [TestCase("/api/coverage", "national")]
    [TestCase("/api/redline", "national")]
    [TestCase("/api/lint", "national")]
    [TestCase("/api/amend", "national")]
    [TestCase("/api/table", "national")]
    public void Each_upload_endpoint_names_its_required_file_field(string path, string field)
    {
        var schema = FormSchema(path);
        schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Contain(field);
        schema.GetProperty("properties").GetProperty(field).GetProperty("format").GetString().Should().Be("binary");
    }

    [TestCase("/api/compare"), TestCase("/api/redline"), TestCase("/api/amend"), TestCase("/api/table"), TestCase("/api/report")]
    public void Each_endpoint_that_compares_documents_the_compare_switches(string path)
    {
        var properties = FormSchema(path).GetProperty("properties");
        foreach (var field in new[] { "ignoreCase", "ignorePunctuation", "ignoreLabelStyle", "ignorePlaceholderBrackets" })
            properties.GetProperty(field).GetProperty("description").GetString().Should().StartWith("'true'");
    }

    [Test]
    public void The_redline_answers_a_word_document_and_problems_as_problem_details()
    {
        var responses = _document.GetProperty("paths").GetProperty("/api/redline").GetProperty("post").GetProperty("responses");
        responses.GetProperty("200").GetProperty("content").EnumerateObject().Select(p => p.Name)
            .Should().Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        responses.GetProperty("400").GetProperty("content").EnumerateObject().Select(p => p.Name).Should().Contain("application/problem+json");
    }

    [Test]
    public async Task A_compare_built_from_the_documented_fields_alone_is_answered_in_a_documented_media_type()
    {
        var properties = FormSchema("/api/compare").GetProperty("properties");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(TestFiles.ModelId), Field(properties, "modelId"));
        var national = new ByteArrayContent(File.ReadAllBytes(TestFiles.NationalPath));
        national.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(national, Field(properties, "national"), "arcadia.en.txt");

        using var response = await _client.PostAsync("/api/compare", form);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var documented = _document.GetProperty("paths").GetProperty("/api/compare").GetProperty("post").GetProperty("responses")
            .GetProperty("200").GetProperty("content").EnumerateObject().Select(p => p.Name.Split(';')[0]);
        documented.Should().Contain(response.Content.Headers.ContentType!.MediaType);
    }

    private JsonElement FormSchema(string path) =>
        _document.GetProperty("paths").GetProperty(path).GetProperty("post").GetProperty("requestBody")
            .GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema");

    private static string Field(JsonElement properties, string name) =>
        properties.TryGetProperty(name, out _) ? name : throw new AssertionException($"the document does not describe the field '{name}'");
}
