using FluentAssertions;
using ModelLaw.Workflows.Batch;
using ModelLaw.Coverage;

namespace ModelLaw.Tests.Batch;

/// <summary>One model against a folder of national texts: a result per text, resumable, failures as rows.</summary>
[TestFixture]
public sealed class BatchComparerTests
{
    private const string Model = """
        MODEL LAW ON DATA PROTECTION

        Article 1 — Purpose

        (1) This Law protects personal data processed by public authorities.

        (2) It lays down the rights of data subjects and the duties of controllers.

        Article 2 — Supervisory authority

        (1) Each State shall establish an independent supervisory authority.

        (2) The authority shall have power to investigate complaints and to impose fines.

        Article 3 — Remedies

        Any person whose rights under this Law have been infringed shall have an effective judicial remedy.
        """;

    private const string Arcadia = """
        DATA PROTECTION ACT OF ARCADIA

        Article 1 — Purpose

        (1) This Act protects personal data processed by public authorities.

        (2) It lays down the rights of data subjects and the duties of controllers.

        Article 2 — Data Protection Commissioner

        (1) Arcadia shall establish an independent Data Protection Commissioner.

        (2) The Commissioner shall have power to investigate complaints and to impose administrative fines.
        """;

    private const string Valdoria = """
        PERSONAL DATA ACT OF VALDORIA

        Article 1 — Object

        (1) This Act protects personal data processed by public authorities and private bodies.

        Article 2 — Remedies

        Any person whose rights under this Act have been infringed shall have an effective judicial remedy before the courts.
        """;

    private readonly ModelLawEngine _engine = ModelLawEngine.CreateDefault();
    private string _dir = "";
    private string _national = "";
    private string _output = "";
    private string _model = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "modellaw-batch-" + Guid.NewGuid().ToString("N"));
        _national = Path.Combine(_dir, "national");
        _output = Path.Combine(_dir, "out");
        Directory.CreateDirectory(_national);
        _model = Path.Combine(_dir, "model.txt");
        File.WriteAllText(_model, Model);
        File.WriteAllText(Path.Combine(_national, "arcadia.txt"), Arcadia);
        File.WriteAllText(Path.Combine(_national, "valdoria.txt"), Valdoria);
        // the inputs are older than anything the run writes
        foreach (var f in Directory.EnumerateFiles(_dir, "*.txt", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(f, DateTime.UtcNow.AddMinutes(-10));
    }

    [TearDown]
    public void TearDown()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private BatchComparer Batch => _engine.GetService<BatchComparer>();

    private BatchOptions Options => new() { OutputDirectory = _output, Language = "en", MaxDegreeOfParallelism = 2 };

    [Test]
    public async Task Each_national_text_gets_its_comparison_and_a_summary_row()
    {
        var result = await Batch.RunAsync(_model, _national, Options);

        result.Items.Select(i => i.Name).Should().Equal("arcadia.txt", "valdoria.txt");
        result.Items.Should().OnlyContain(i => i.Status == BatchItemStatus.Compared);
        File.Exists(Path.Combine(_output, "arcadia.txt.json")).Should().BeTrue();
        File.Exists(Path.Combine(_output, "valdoria.txt.json")).Should().BeTrue();
        result.Items[1].Summary!.Omitted.Should().BeGreaterThan(0, "Valdoria has no supervisory authority");
        var csv = File.ReadAllLines(result.SummaryCsvPath);
        csv.Should().HaveCount(3);
        csv[1].Should().StartWith("arcadia.txt,compared,");
    }

    [Test]
    public async Task The_result_per_text_is_the_json_that_compare_writes()
    {
        await Batch.RunAsync(_model, _national, Options);

        var model = await _engine.ReadAsync(_model, ModelLaw.Reading.ReadOptions.Default with { SourceName = "model.txt", Language = "en" });
        var national = await _engine.ReadAsync(Path.Combine(_national, "arcadia.txt"), ModelLaw.Reading.ReadOptions.Default with { SourceName = "arcadia.txt", Language = "en" });
        using var expected = new MemoryStream();
        _engine.GetService<IEnumerable<ModelLaw.Writing.IComparisonWriter>>().First(w => w.FormatName == "json").Write(_engine.Compare(model, national), expected);
        File.ReadAllBytes(Path.Combine(_output, "arcadia.txt.json")).Should().Equal(expected.ToArray());
    }

    [Test]
    public async Task The_stored_row_is_camel_case_like_every_other_json_file()
    {
        await Batch.RunAsync(_model, _national, Options);

        var row = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(Path.Combine(_output, "valdoria.txt.row.json")));
        row.Properties().Select(p => p.Name).Should().OnlyContain(n => char.IsLower(n[0]), "the result JSON is camelCase too");
        ((string?)row["status"]).Should().Be("compared");
        ((int?)row["summary"]!["omitted"]).Should().BeGreaterThan(0);
    }

    [Test]
    public async Task The_summary_page_has_a_row_per_text_and_escapes_what_the_texts_say()
    {
        File.WriteAllText(Path.Combine(_national, "borduria.txt"), Arcadia.Replace("DATA PROTECTION ACT OF ARCADIA",
            "DATA PROTECTION <SCRIPT>ALERT(1)</SCRIPT> & PRIVACY ACT", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(Path.Combine(_national, "borduria.txt"), DateTime.UtcNow.AddMinutes(-10));

        var result = await Batch.RunAsync(_model, _national, Options);

        var html = File.ReadAllText(result.SummaryHtmlPath);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        page.QuerySelectorAll("tbody tr").Select(r => r.Children[0].TextContent).Should().Equal("arcadia.txt", "borduria.txt", "valdoria.txt");
        page.QuerySelectorAll("script").Should().BeEmpty("a title is text, never markup");
        page.QuerySelectorAll("tbody tr")[1].Children[1].TextContent.Should().Be("DATA PROTECTION <SCRIPT>ALERT(1)</SCRIPT> & PRIVACY ACT");
        html.Should().Contain("&lt;SCRIPT&gt;").And.StartWith("<!DOCTYPE html>");
    }

    [Test]
    public async Task A_damaged_stored_row_makes_its_text_compared_again()
    {
        await Batch.RunAsync(_model, _national, Options);
        File.WriteAllText(Path.Combine(_output, "valdoria.txt.row.json"), "{ \"name\": \"valdoria.txt\", \"status\": ");

        var again = await Batch.RunAsync(_model, _national, Options);

        again.Items.Select(i => i.Status).Should().Equal(BatchItemStatus.UpToDate, BatchItemStatus.Compared);
        again.Items[1].Summary!.Omitted.Should().BeGreaterThan(0);
    }

    [Test]
    public async Task A_second_run_skips_the_texts_whose_results_are_up_to_date()
    {
        await Batch.RunAsync(_model, _national, Options);
        var written = File.GetLastWriteTimeUtc(Path.Combine(_output, "arcadia.txt.json"));

        var again = await Batch.RunAsync(_model, _national, Options);

        again.Items.Should().OnlyContain(i => i.Status == BatchItemStatus.UpToDate);
        again.Items[1].Summary!.Omitted.Should().BeGreaterThan(0, "the row is read back from the stored result");
        File.GetLastWriteTimeUtc(Path.Combine(_output, "arcadia.txt.json")).Should().Be(written);
        File.ReadAllLines(again.SummaryCsvPath)[1].Should().StartWith("arcadia.txt,up-to-date,");
    }

    [Test]
    public async Task A_text_changed_after_its_result_is_compared_again()
    {
        await Batch.RunAsync(_model, _national, Options);
        var valdoria = Path.Combine(_national, "valdoria.txt");
        File.SetLastWriteTimeUtc(valdoria, File.GetLastWriteTimeUtc(Path.Combine(_output, "valdoria.txt.json")).AddSeconds(5));

        var again = await Batch.RunAsync(_model, _national, Options);

        again.Items.Single(i => i.Name == "valdoria.txt").Status.Should().Be(BatchItemStatus.Compared);
        again.Items.Single(i => i.Name == "arcadia.txt").Status.Should().Be(BatchItemStatus.UpToDate);
    }

    [Test]
    public async Task A_model_changed_after_the_results_makes_every_text_compared_again()
    {
        await Batch.RunAsync(_model, _national, Options);
        File.SetLastWriteTimeUtc(_model, DateTime.UtcNow.AddMinutes(5));

        var again = await Batch.RunAsync(_model, _national, Options);

        again.Items.Should().OnlyContain(i => i.Status == BatchItemStatus.Compared);
    }

    [Test]
    public async Task Force_compares_texts_whose_results_are_up_to_date()
    {
        await Batch.RunAsync(_model, _national, Options);

        var again = await Batch.RunAsync(_model, _national, Options with { Resume = false });

        again.Items.Should().OnlyContain(i => i.Status == BatchItemStatus.Compared);
    }

    [Test]
    public async Task A_corrupt_file_in_the_folder_gives_a_failed_row_and_the_others_are_compared()
    {
        File.WriteAllBytes(Path.Combine(_national, "broken.docx"), [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0xFF, 0xFF, 0x00, 0x01, 0x02]);

        var result = await Batch.RunAsync(_model, _national, Options);

        var broken = result.Items.Single(i => i.Name == "broken.docx");
        broken.Status.Should().Be(BatchItemStatus.Failed);
        broken.Error.Should().NotBeNullOrWhiteSpace();
        result.Items.Where(i => i.Name != "broken.docx").Should().OnlyContain(i => i.Status == BatchItemStatus.Compared);
        File.Exists(Path.Combine(_output, "broken.docx.json")).Should().BeFalse();
        File.ReadAllLines(result.SummaryCsvPath).Should().Contain(l => l.StartsWith("broken.docx,failed,", StringComparison.Ordinal));
    }

    [Test]
    public async Task Progress_is_reported_once_per_text_up_to_the_total()
    {
        var reports = new System.Collections.Concurrent.ConcurrentBag<BatchProgress>();

        await Batch.RunAsync(_model, _national, Options, new Collect(reports));

        reports.Should().HaveCount(2);
        reports.Max(r => r.Done).Should().Be(2);
        reports.Should().OnlyContain(r => r.Total == 2);
    }

    [Test]
    public async Task A_cancelled_run_stops_with_OperationCanceledException()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var act = () => Batch.RunAsync(_model, _national, Options, cancellationToken: cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Test]
    public async Task With_a_catalogue_each_text_gets_a_gap_matrix_column()
    {
        var catalog = PrincipleCatalog.Load(Path.Combine(TestPaths.Corpus, "principles", "ai-counter-terrorism.json"));

        var result = await Batch.RunAsync(_model, _national, Options with { Principles = catalog });

        result.GapMatrixCsvPath.Should().NotBeNull();
        File.ReadAllLines(result.GapMatrixCsvPath!)[0].Should().Be("principle,name,arcadia.txt,valdoria.txt");
        result.Items.Should().OnlyContain(i => i.Coverage.Length == catalog.Principles.Length);
        File.ReadAllText(result.SummaryHtmlPath).Should().Contain(catalog.Principles[0].Id);
    }

    [Test]
    public async Task Results_made_without_the_catalogue_are_not_reused_for_a_run_with_it()
    {
        await Batch.RunAsync(_model, _national, Options);
        var catalog = PrincipleCatalog.Load(Path.Combine(TestPaths.Corpus, "principles", "ai-counter-terrorism.json"));

        var again = await Batch.RunAsync(_model, _national, Options with { Principles = catalog });

        again.Items.Should().OnlyContain(i => i.Status == BatchItemStatus.Compared);
    }

    [Test]
    public void A_missing_model_is_an_input_error_naming_the_file()
    {
        var act = () => Batch.RunAsync(Path.Combine(_dir, "nowhere.txt"), _national, Options);

        act.Should().ThrowAsync<ModelLawException>().WithMessage("*nowhere.txt*").GetAwaiter().GetResult();
    }

    private sealed class Collect(System.Collections.Concurrent.ConcurrentBag<BatchProgress> bag) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => bag.Add(value);
    }
}
