using System.Net;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using ModelLaw.Reading;
using ModelLaw.Writing.Json;

namespace ModelLaw.AddIn.Tests;

/// <summary>The endpoints over the real library, on the shipped corpus: the English model law and Arcadia's adaptation.</summary>
[TestFixture]
public sealed class PipelineTests : HostFixture
{
    private static MultipartFormDataContent ShippedModelAnd(string nationalPath, params (string, string)[] values) =>
        TestFiles.Form("national", Path.GetFileName(nationalPath), File.ReadAllBytes(nationalPath), [("modelId", TestFiles.ModelId), .. values]);

    [Test]
    public async Task Parse_returns_the_outline_of_an_uploaded_text()
    {
        var response = await Client.PostAsync("/api/parse?format=outline", TestFiles.Form("file", "arcadia.en.txt", File.ReadAllBytes(TestFiles.NationalPath)));

        var outline = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, outline);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        outline.Should().Contain("Article 10a").And.Contain("Article 38");
    }

    [Test]
    public async Task Parse_with_an_unknown_format_is_a_400_listing_the_formats()
    {
        var response = await Client.PostAsync("/api/parse?format=pdf", TestFiles.Form("file", "arcadia.en.txt", File.ReadAllBytes(TestFiles.NationalPath)));

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        problem.Code.Should().Be("unknown-format");
        problem.Detail.Should().Contain("outline");
    }

    [Test]
    public async Task Compare_answers_exactly_what_the_comparison_JSON_writer_writes_for_the_same_texts()
    {
        var response = await Client.PostAsync("/api/compare", TestFiles.CorpusPair());
        var body = await response.Content.ReadAsByteArrayAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK, Encoding.UTF8.GetString(body));
        var engine = ModelLawEngine.CreateDefault();
        var model = await engine.ReadAsync(TestFiles.ModelPath);
        var national = await engine.ReadAsync(TestFiles.NationalPath);
        using var expected = new MemoryStream();
        new ComparisonJsonWriter().Write(engine.Compare(model, national), expected);
        Encoding.UTF8.GetString(body).Should().Be(Encoding.UTF8.GetString(expected.ToArray()));
    }

    [Test]
    public async Task Compare_with_a_shipped_model_id_gives_the_concordance_of_the_adaptation()
    {
        var response = await Client.PostAsync("/api/compare", ShippedModelAnd(TestFiles.NationalPath));

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var rows = json.RootElement.GetProperty("concordance").EnumerateArray()
            .Select(r => (Model: r.GetProperty("model").GetString(), National: string.Join(", ", r.GetProperty("national").EnumerateArray().Select(n => n.GetString())),
                Relation: r.GetProperty("relation").GetString()))
            .ToList();
        rows.Should().Contain(("Article 1", "Article 1", "modified"), "Arcadia reworded the purpose article");
        rows.Should().Contain(("Article 6", "", "omitted"), "Arcadia left out the article on international humanitarian law");
    }

    [Test]
    public async Task Compare_can_answer_the_concordance_as_CSV()
    {
        var response = await Client.PostAsync("/api/compare?format=csv", ShippedModelAnd(TestFiles.NationalPath));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        (await response.Content.ReadAsStringAsync()).Should().Contain("Article 1");
    }

    [Test]
    public async Task Coverage_reports_every_principle_of_the_catalogue_with_a_status()
    {
        var response = await Client.PostAsync("/api/coverage", ShippedModelAnd(TestFiles.NationalPath, ("catalogId", "ai-counter-terrorism")));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("catalog").GetProperty("id").GetString().Should().Be("ai-counter-terrorism");
        var principles = json.RootElement.GetProperty("principles").EnumerateArray().ToList();
        principles.Should().HaveCount(18);
        principles.Select(p => p.GetProperty("status").GetString()).Should().OnlyContain(s => s == "covered" || s == "partial" || s == "absent");
        var legality = principles.Single(p => p.GetProperty("id").GetString() == "legality");
        legality.GetProperty("status").GetString().Should().Be("covered");
        legality.GetProperty("evidence").EnumerateArray().Should().Contain(e => e.GetProperty("citation").GetString()!.StartsWith("Article 7", StringComparison.Ordinal));
    }

    [Test]
    public async Task Redline_is_a_Word_document_with_tracked_changes()
    {
        var response = await Client.PostAsync("/api/redline", ShippedModelAnd(TestFiles.NationalPath));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("arcadia.en.redline.docx");
        using var docx = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var body = docx.MainDocumentPart!.Document.Body!;
        body.Descendants<DocumentFormat.OpenXml.Wordprocessing.InsertedRun>().Should().NotBeEmpty();
        body.Descendants<DocumentFormat.OpenXml.Wordprocessing.DeletedRun>().Should().NotBeEmpty();
    }

    [Test]
    public async Task A_truncated_docx_is_a_422_naming_the_upload()
    {
        var valid = await (await Client.PostAsync("/api/redline", ShippedModelAnd(TestFiles.NationalPath))).Content.ReadAsByteArrayAsync();
        var truncated = valid[..(valid.Length / 2)];

        var response = await Client.PostAsync("/api/compare", TestFiles.Form("national", "projet-de-loi.docx", truncated, ("modelId", TestFiles.ModelId)));

        var problem = await Problem.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        problem.Detail.Should().Contain("projet-de-loi.docx");
    }

    [Test]
    public async Task A_PDF_named_docx_is_a_415()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

        var response = await Client.PostAsync("/api/compare", TestFiles.Form("national", "draft-law.docx", pdf, ("modelId", TestFiles.ModelId)));

        (await Problem.ReadAsync(response, HttpStatusCode.UnsupportedMediaType)).Code.Should().Be("unsupported-format");
    }

    [Test]
    public async Task Concurrent_compares_are_independent_and_each_equals_its_sequential_answer()
    {
        (string Model, string National)[] pairs =
        [
            ("ai-ct-model-law.en", "arcadia.en.txt"),
            ("ai-ct-model-law.fr", "valmont.fr.txt"),
            ("ai-ct-model-law.ru", "severia.ru.txt"),
        ];
        MultipartFormDataContent Form((string Model, string National) pair) =>
            TestFiles.Form("national", pair.National, File.ReadAllBytes(Path.Combine(TestFiles.Corpus, "national", pair.National)), ("modelId", pair.Model));
        var sequential = new Dictionary<string, string>();
        foreach (var pair in pairs)
        {
            var response = await Client.PostAsync("/api/compare", Form(pair));
            sequential[pair.National] = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(HttpStatusCode.OK, sequential[pair.National]);
        }

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            var pair = pairs[i % pairs.Length];
            var response = await Client.PostAsync("/api/compare", Form(pair));
            return (pair.National, Status: response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        concurrent.Should().OnlyContain(r => r.Status == HttpStatusCode.OK);
        foreach (var r in concurrent) r.Body.Should().Be(sequential[r.National], $"the answer for {r.National} must not depend on other requests");
        sequential.Values.Distinct().Should().HaveCount(pairs.Length);
    }

    [Test]
    public async Task A_national_text_in_another_language_than_the_model_is_compared_across_languages_saying_so()
    {
        var valmont = Path.Combine(TestFiles.Corpus, "national", "valmont.fr.txt");

        var response = await Client.PostAsync("/api/compare", ShippedModelAnd(valmont));

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        body.Should().Contain("\"ML0303\"", "the answer must say that the texts were compared across languages");
        body.Should().Contain("ai-ct-model-law.fr", "the shipped model's French version is the bridge to a French text");
    }

    [Test]
    public async Task With_crossLanguage_false_a_national_text_in_another_language_is_a_422_saying_so()
    {
        var valmont = Path.Combine(TestFiles.Corpus, "national", "valmont.fr.txt");

        var response = await Client.PostAsync("/api/compare", ShippedModelAnd(valmont, ("crossLanguage", "false")));

        var problem = await Problem.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        problem.Code.Should().Be("unsupported-operation");
        problem.Source.Should().Be("valmont.fr.txt");
    }
}
