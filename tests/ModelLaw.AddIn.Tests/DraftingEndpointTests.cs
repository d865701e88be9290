using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using ModelLaw.Drafting.Amendments;
using ModelLaw.Writing.Json;

namespace ModelLaw.AddIn.Tests;

/// <summary>
/// The drafting endpoints the pane calls, over the real library on the shipped corpus: the language of a text, the draft
/// checks, the amending act (text and JSON, which applies back to the national text), the comparative table and the HTML
/// report; and their errors as problem details.
/// </summary>
[TestFixture]
public sealed class DraftingEndpointTests : HostFixture
{
    private static string National(string name) => Path.Combine(TestFiles.Corpus, "national", name);

    private static MultipartFormDataContent ShippedModelAnd(string modelId, string nationalPath, params (string, string)[] values) =>
        TestFiles.Form("national", Path.GetFileName(nationalPath), File.ReadAllBytes(nationalPath), [("modelId", modelId), .. values]);

    private static MultipartFormDataContent NationalOnly(string nationalPath) =>
        TestFiles.Form("national", Path.GetFileName(nationalPath), File.ReadAllBytes(nationalPath));

    [TestCase("valmont.fr.txt", "fr")]
    [TestCase("alwaha.ar.txt", "ar")]
    [TestCase("severia.ru.txt", "ru")]
    public async Task Detect_names_the_language_of_a_text(string file, string language)
    {
        var response = await Client.PostAsync("/api/detect", NationalOnly(National(file)));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("language").GetString().Should().Be(language);
        json.RootElement.GetProperty("articles").GetInt32().Should().BeGreaterThan(30);
    }

    [Test]
    public async Task Lint_finds_a_dangling_reference_and_says_where()
    {
        var draft = File.ReadAllText(TestFiles.NationalPath).Replace("(2) No decision producing", "(2) Subject to Article 97, no decision producing", StringComparison.Ordinal);
        var response = await Client.PostAsync("/api/lint", TestFiles.Form("national", "draft.txt", System.Text.Encoding.UTF8.GetBytes(draft)));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("errors").GetInt32().Should().BeGreaterThan(0);
        var dangling = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("message").GetString()!.Contains("Article 97"));
        dangling.GetProperty("code").GetString().Should().Be("ML101");
        dangling.GetProperty("citation").GetString().Should().Be("Article 12(2)");
        dangling.GetProperty("line").GetInt32().Should().BeGreaterThan(0);
    }

    [Test]
    public async Task Lint_answers_the_json_that_modellaw_lint_writes()
    {
        var draft = File.ReadAllText(TestFiles.NationalPath).Replace("(2) No decision producing", "(2) Subject to Article 97, no decision producing", StringComparison.Ordinal);
        var response = await Client.PostAsync("/api/lint", TestFiles.Form("national", "draft.txt", System.Text.Encoding.UTF8.GetBytes(draft)));
        var body = await response.Content.ReadAsStringAsync();

        var engine = ModelLaw.ModelLawEngine.CreateDefault();
        var document = await engine.ReadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(draft)), ModelLaw.Reading.ReadOptions.Default with { SourceName = "draft.txt" });
        using var expected = new MemoryStream();
        ModelLaw.Writing.Json.LintReportJson.Write(engine.Lint(document), expected, "draft.txt", document.Language);
        body.Should().Be(System.Text.Encoding.UTF8.GetString(expected.ToArray()), "the pane and the CLI share one lint JSON writer");
    }

    [Test]
    public async Task Amend_writes_the_act_as_text_in_the_drafting_style()
    {
        var response = await Client.PostAsync("/api/amend", ShippedModelAnd(TestFiles.ModelId, TestFiles.NationalPath));
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("arcadia.en.amendments.txt");
        text.Should().Contain("is amended as follows:").And.Contain("Throughout the text, the word ‘Law’ is replaced by ‘Act’.");
    }

    [Test]
    public async Task Amend_as_json_applies_back_to_the_national_text()
    {
        var response = await Client.PostAsync("/api/amend?format=json", ShippedModelAnd("ai-ct-model-law.fr", National("valmont.fr.txt")));
        var body = await response.Content.ReadAsByteArrayAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(body));
        var act = new AmendingActJson().Read(new MemoryStream(body));
        act.Language.Should().Be("fr");
        var engine = ModelLawEngine.CreateDefault();
        var model = await engine.ReadAsync(Path.Combine(TestFiles.Corpus, "models", "ai-ct-model-law.fr.txt"));
        var national = await engine.ReadAsync(National("valmont.fr.txt"));
        new AmendmentApplier().Apply(model, act).Root.Should().Be(national.Root);
    }

    [Test]
    public async Task Amend_in_another_language_words_the_act_in_it()
    {
        var response = await Client.PostAsync("/api/amend", ShippedModelAnd(TestFiles.ModelId, TestFiles.NationalPath, ("lang", "fr")));
        (await response.Content.ReadAsStringAsync()).Should().Contain("est modifié(e) comme suit :");
    }

    [Test]
    public async Task Amend_refuses_a_language_it_cannot_word_and_an_unknown_format()
    {
        var language = await Problem.ReadAsync(await Client.PostAsync("/api/amend", ShippedModelAnd(TestFiles.ModelId, TestFiles.NationalPath, ("lang", "de"))), HttpStatusCode.BadRequest);
        language.Code.Should().Be("invalid-language");
        var format = await Problem.ReadAsync(await Client.PostAsync("/api/amend?format=pdf", ShippedModelAnd(TestFiles.ModelId, TestFiles.NationalPath)), HttpStatusCode.BadRequest);
        format.Code.Should().Be("unknown-format");
    }

    [Test]
    public async Task Table_is_a_word_document_with_a_row_per_aligned_provision()
    {
        var response = await Client.PostAsync("/api/table", ShippedModelAnd(TestFiles.ModelId, TestFiles.NationalPath));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("arcadia.en.table.docx");
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var rows = doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Count();
        rows.Should().BeGreaterThan(37, "a row per model article at least");
    }

    [Test]
    public async Task Report_is_one_html_page_with_the_national_text_right_to_left()
    {
        var response = await Client.PostAsync("/api/report", ShippedModelAnd("ai-ct-model-law.ar", National("alwaha.ar.txt"), ("catalogId", "ai-counter-terrorism")));
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, html);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("alwaha.ar.report.html");
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("lang=\"ar\" dir=\"rtl\"");
    }

    [TestCase("/api/lint")]
    [TestCase("/api/detect")]
    [TestCase("/api/amend")]
    [TestCase("/api/table")]
    [TestCase("/api/report")]
    public async Task Without_the_national_text_each_tool_answers_a_400_problem(string path)
    {
        var response = await Client.PostAsync(path, TestFiles.Form([], ("modelId", TestFiles.ModelId)));
        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Code.Should().Be("missing-upload");
    }

    [TestCase("/api/amend", "")]
    [TestCase("/api/table", "false")]
    [TestCase("/api/report", "false")]
    public async Task A_text_in_another_language_than_the_model_is_refused_in_a_sentence(string path, string crossLanguage)
    {
        var response = await Client.PostAsync(path, ShippedModelAnd(TestFiles.ModelId, National("valmont.fr.txt"),
            crossLanguage.Length == 0 ? Array.Empty<(string, string)>() : new[] { ("crossLanguage", crossLanguage) }));
        ((int)response.StatusCode).Should().BeInRange(400, 499);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
    }

    [TestCase("/api/table")]
    [TestCase("/api/report")]
    public async Task A_text_in_another_language_than_the_model_is_compared_across_languages_by_the_table_and_the_report(string path)
    {
        var response = await Client.PostAsync(path, ShippedModelAnd(TestFiles.ModelId, National("valmont.fr.txt")));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadAsByteArrayAsync()).Length.Should().BeGreaterThan(1000);
    }
}
