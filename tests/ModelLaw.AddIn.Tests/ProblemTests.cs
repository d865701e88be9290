using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ModelLaw.Reading;

namespace ModelLaw.AddIn.Tests;

/// <summary>Every refusal is an RFC 7807 problem with the right status; typed ModelLaw errors map by kind.</summary>
[TestFixture]
public sealed class ProblemTests
{
    private AddInFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _factory = new AddInFactory(
            new Dictionary<string, string?> { ["AddIn:MaxUploadBytes"] = "1000", ["AddIn:MaxRequestBytes"] = "5000" },
            services => services.AddSingleton<IDocumentLoader, StubLoader>());
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private Task<HttpResponseMessage> Parse(string fileName, string content) =>
        _client.PostAsync("/api/parse", TestFiles.Form("file", fileName, Encoding.UTF8.GetBytes(content)));

    [TestCase("corrupt", HttpStatusCode.UnprocessableEntity, "corrupt-document")]
    [TestCase("encrypted", HttpStatusCode.UnprocessableEntity, "encrypted-document")]
    [TestCase("unsafe-xml", HttpStatusCode.UnprocessableEntity, "unsafe-xml")]
    [TestCase("operation", HttpStatusCode.UnprocessableEntity, "unsupported-operation")]
    [TestCase("limit", HttpStatusCode.RequestEntityTooLarge, "input-limit-exceeded")]
    [TestCase("encoding", HttpStatusCode.UnsupportedMediaType, "text-encoding")]
    [TestCase("unsupported", HttpStatusCode.UnsupportedMediaType, "unsupported-format")]
    public async Task A_typed_reading_error_becomes_a_problem_of_its_kind(string failure, HttpStatusCode status, string code)
    {
        var problem = await Problem.ReadAsync(await Parse("draft-law.docx", failure), status);

        problem.Status.Should().Be((int)status);
        problem.Code.Should().Be(code);
    }

    [Test]
    public async Task A_corrupt_document_is_a_422_naming_the_upload_and_the_problem()
    {
        var problem = await Problem.ReadAsync(await Parse("draft-law.docx", "corrupt"), HttpStatusCode.UnprocessableEntity);

        problem.Title.Should().Be("Corrupt document");
        problem.Detail.Should().Contain("draft-law.docx").And.Contain("word/document.xml is missing");
        problem.Source.Should().Be("draft-law.docx");
    }

    [Test]
    public async Task Content_sniffed_as_PDF_is_a_415_whatever_the_file_is_called()
    {
        var problem = await Problem.ReadAsync(await Parse("draft-law.docx", "%PDF-1.7\n1 0 obj"), HttpStatusCode.UnsupportedMediaType);

        problem.Code.Should().Be("unsupported-format");
        problem.Detail.Should().Contain("PDF");
    }

    [Test]
    public async Task An_unexpected_failure_is_a_500_that_shows_no_internals()
    {
        var response = await Parse("draft-law.txt", "crash");
        var problem = await Problem.ReadAsync(response, HttpStatusCode.InternalServerError);

        problem.Detail.Should().NotContain("/srv").And.NotContain("secret");
        (await response.Content.ReadAsStringAsync()).Should().NotContain("InvalidOperationException");
    }

    [Test]
    public async Task A_folder_path_in_the_uploaded_file_name_is_never_echoed()
    {
        var problem = await Problem.ReadAsync(await Parse("../../etc/passwd", "corrupt"), HttpStatusCode.UnprocessableEntity);

        problem.Source.Should().Be("passwd");
        problem.Detail.Should().NotContain("../");
    }

    [Test]
    public async Task A_body_that_is_not_a_multipart_form_is_a_415()
    {
        var response = await _client.PostAsync("/api/parse", new StringContent("{\"file\":\"x\"}", Encoding.UTF8, "application/json"));

        (await Problem.ReadAsync(response, HttpStatusCode.UnsupportedMediaType)).Code.Should().Be("form-expected");
    }

    [Test]
    public async Task A_form_without_the_file_field_is_a_400_saying_which_field()
    {
        var response = await _client.PostAsync("/api/parse", TestFiles.Form("document", "draft.txt", "Article 1"u8.ToArray()));

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Code.Should().Be("missing-upload");
        problem.Detail.Should().Contain("'file'");
    }

    [Test]
    public async Task An_empty_upload_is_a_422()
    {
        var response = await _client.PostAsync("/api/parse", TestFiles.Form("file", "draft.txt", []));

        (await Problem.ReadAsync(response, HttpStatusCode.UnprocessableEntity)).Code.Should().Be("empty-upload");
    }

    [Test]
    public async Task A_file_over_the_upload_limit_is_a_413()
    {
        var response = await _client.PostAsync("/api/parse", TestFiles.Form("file", "big.txt", new byte[2000]));

        var problem = await Problem.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge);
        problem.Detail.Should().Contain("big.txt").And.Contain("1,000");
    }

    [Test]
    public async Task A_request_over_the_body_limit_is_a_413_before_it_is_read()
    {
        var response = await _client.PostAsync("/api/parse", TestFiles.Form("file", "huge.txt", new byte[6000]));

        (await Problem.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge)).Code.Should().Be("upload-too-large");
    }
}
