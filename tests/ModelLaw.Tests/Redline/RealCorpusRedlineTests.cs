using System.Collections.Immutable;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ModelLaw.Comparing;
using ModelLaw.Coverage;
using ModelLaw.Reading;
using ModelLaw.Writing.Docx;
using ModelLaw.Writing.Html;

namespace ModelLaw.Tests.Redline;

/// <summary>The writers on real comparisons: the shipped corpus (model law vs Arcadia) and MiFID I vs MiFID II.</summary>
[NonParallelizable]
public sealed class RealCorpusRedlineTests
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("modellaw-real-").FullName;

    [TearDown]
    public void DeleteFolder()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private static async Task<Comparison> Compare(string model, string national, string language)
    {
        var m = await Engine.ReadAsync(model, ReadOptions.Default with { Language = language, SourceName = Path.GetFileName(model) });
        var n = await Engine.ReadAsync(national, ReadOptions.Default with { Language = language, SourceName = Path.GetFileName(national) });
        return Engine.Compare(m, n);
    }

    private static byte[] Redline(Comparison c, CoverageReport? coverage = null)
    {
        using var ms = new MemoryStream();
        Engine.GetService<IRedlineWriter>().Write(c, ms, new RedlineOptions { Author = "ModelLaw", Date = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) }, coverage);
        return ms.ToArray();
    }

    private static List<string> Validate(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").Take(20).ToList();
    }

    /// <summary>A word of at least six letters that the diff inserted (or deleted), to look for in the rendered PDF.</summary>
    private static string? ChangedWord(Comparison c, DiffOperation op) =>
        c.AllLinks().Where(l => l.Diff is not null).SelectMany(l => l.Diff!.Runs).Where(r => r.Operation == op)
            .SelectMany(r => r.Text.Split(' ', '\n', ',', '.', ';', ':', '(', ')')).FirstOrDefault(w => w.Length >= 6 && w.All(char.IsLetter));

    [Test]
    public async Task Corpus_redline_of_Arcadia_validates_and_LibreOffice_renders_its_changes()
    {
        var c = await Compare(Path.Combine(TestPaths.Corpus, "models", "ai-ct-model-law.en.txt"), Path.Combine(TestPaths.Corpus, "national", "arcadia.en.txt"), "en");
        var catalog = PrincipleCatalog.Load(Path.Combine(TestPaths.Corpus, "principles", "ai-counter-terrorism.json"));
        var docx = Redline(c, Engine.Coverage(c.National, catalog, c));
        Validate(docx).Should().BeEmpty();
        docx.Should().Equal(Redline(c, Engine.Coverage(c.National, catalog, c)), "the same comparison gives the same bytes");

        var text = LibreOfficeRenderingTests.RenderToText(docx, _dir, "arcadia");
        var inserted = ChangedWord(c, DiffOperation.Insert);
        var deleted = ChangedWord(c, DiffOperation.Delete);
        inserted.Should().NotBeNull();
        deleted.Should().NotBeNull();
        text.Should().Contain(inserted!).And.Contain(deleted!);
    }

    [Test]
    public async Task MiFID_redline_validates_and_the_report_marks_changes()
    {
        var dir = Path.Combine(TestPaths.RequireRealTexts(), "eu-mifid-2004-39-to-2014-65-en");
        var c = await Compare(Path.Combine(dir, "model.txt"), Path.Combine(dir, "national.txt"), "en");
        var docx = Redline(c);
        Validate(docx).Should().BeEmpty();

        using var html = new MemoryStream();
        Engine.GetService<IReportWriter>().Write(new ReportInput { Model = c.Model, Comparisons = ImmutableArray.Create(c) }, html);
        var page = Encoding.UTF8.GetString(html.ToArray());
        page.Should().Contain("<ins>").And.Contain("<del>");
        TestContext.Progress.WriteLine($"MiFID I vs II: redline {docx.Length:N0} bytes, report {html.Length:N0} bytes, " +
            $"{c.AllLinks().Count():N0} links, {c.Summary.ModelUnits} model / {c.Summary.NationalUnits} national provisions");
        // LibreOffice is checked on the corpus redline above; converting MiFID's 160 kB redline costs ~25 s on 2 cores
    }
}
