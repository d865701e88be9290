using System.Text;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Tests.Docx;
using static ModelLaw.Tests.Inputs.InputsSupport;

namespace ModelLaw.Tests.Inputs;

/// <summary>
/// The inputs drafters actually receive read into exactly the tree of the clean UTF-8 text they were made from, with
/// no markup in any provision: a Windows-1251 Russian text, a Windows-1252 French text (both without options), an .odt
/// and an HTML file exported by LibreOffice (converted in this run where LibreOffice is installed, and committed
/// LibreOffice exports otherwise), a Markdown file with front matter and comments, and the project's own redline.
/// </summary>
[NonParallelizable]
public class ReceivedFormatsTests
{
    private static readonly string[] Texts = ["national/arcadia.en.txt", "national/valmont.fr.txt", "national/severia.ru.txt", "national/alwaha.ar.txt"];
    private string _dir = "";

    [OneTimeSetUp]
    public void ConvertWithLibreOffice()
    {
        _dir = Directory.CreateTempSubdirectory("modellaw-inputs-").FullName;
        var sources = Texts.Select(t => Path.Combine(_dir, Path.GetFileName(t))).ToArray();
        foreach (var (t, s) in Texts.Zip(sources)) File.WriteAllText(s, CorpusText(t));
        // Word numbering turned into OpenDocument list styles by LibreOffice: the .odt reader draws the numbers itself
        File.WriteAllBytes(Path.Combine(_dir, "numbered.docx"), TextToDocx.Convert(CorpusText(Texts[0]), "en").Docx);
        if (!LibreOffice.Convert("odt", _dir, [.. sources, Path.Combine(_dir, "numbered.docx")])) return;
        LibreOffice.Convert("html", _dir, sources);
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        if (_dir.Length > 0 && Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Test]
    public void A_windows_1251_russian_text_reads_as_the_clean_text()
    {
        var text = CorpusText("national/severia.ru.txt");
        Read(TextEncodings.Resolve("windows-1251").GetBytes(text), "severia.ru.txt").ShouldReadAs(ReadText(text, "severia.ru.txt"), "cp1251");
    }

    [Test]
    public void A_windows_1252_french_text_reads_as_the_clean_text()
    {
        var text = CorpusText("national/valmont.fr.txt");
        Read(TextEncodings.Resolve("windows-1252").GetBytes(text), "valmont.fr.txt").ShouldReadAs(ReadText(text, "valmont.fr.txt"), "cp1252");
    }

    [TestCaseSource(nameof(Texts))]
    public void An_odt_exported_by_libreoffice_reads_as_the_clean_text(string file) => Converted(file, ".odt", SourceFormat.Odt);

    [TestCaseSource(nameof(Texts))]
    public void An_html_page_exported_by_libreoffice_reads_as_the_clean_text(string file) => Converted(file, ".html", SourceFormat.Html);

    private void Converted(string file, string extension, SourceFormat format)
    {
        var path = Path.Combine(_dir, Path.GetFileNameWithoutExtension(file) + extension);
        if (LibreOffice.Soffice is null) Assert.Ignore("LibreOffice (soffice) is not installed: the committed exports are read by the *_committed_* tests");
        if (!File.Exists(path)) Assert.Fail($"LibreOffice wrote no {Path.GetFileName(path)}");
        var read = Read(File.ReadAllBytes(path), Path.GetFileName(path));
        read.Format.Should().Be(format);
        read.ShouldReadAs(ReadText(CorpusText(file), Path.GetFileName(path)), $"{file} exported as {extension} by LibreOffice");
    }

    [Test]
    public void An_odt_with_list_numbering_made_by_libreoffice_from_word_numbering_reads_as_the_clean_text()
    {
        if (LibreOffice.Soffice is null) Assert.Ignore("LibreOffice (soffice) is not installed");
        var path = Path.Combine(_dir, "numbered.odt");
        if (!File.Exists(path)) Assert.Fail("LibreOffice wrote no numbered.odt");
        var xml = OdtContent(File.ReadAllBytes(path));
        xml.Should().Contain("<text:list ", "LibreOffice keeps Word's automatic numbers as OpenDocument lists");
        xml.Should().NotContain(">Article 5<", "the article numbers are drawn by the list style, not written in the text");
        Read(File.ReadAllBytes(path), "numbered.odt").ShouldReadAs(ReadText(CorpusText(Texts[0]), "numbered.odt"), "numbered .odt");
    }

    [TestCase("arcadia-excerpt.odt")]
    [TestCase("arcadia-excerpt.html")]
    public void A_committed_libreoffice_export_of_a_corpus_excerpt_reads_as_the_excerpt(string fixture)
    {
        // Inputs/Fixtures holds LibreOffice 7.4 exports of the first 60 lines of corpus/national/arcadia.en.txt
        var excerpt = string.Join("\n", CorpusText("national/arcadia.en.txt").Replace("\r\n", "\n").Split('\n').Take(60)) + "\n";
        var read = Read(File.ReadAllBytes(Fixture(fixture)), fixture);
        read.ShouldReadAs(ReadText(excerpt, fixture), fixture);
        read.Articles.Should().HaveCountGreaterThan(2);
    }

    [TestCase("national/arcadia.en.txt")]
    [TestCase("national/valmont.fr.txt")]
    [TestCase("national/severia.ru.txt")]
    [TestCase("national/aldara.es.txt")]
    [TestCase("national/alwaha.ar.txt")]
    [TestCase("models/ai-ct-model-law.zh.txt")]
    public void A_markdown_file_with_front_matter_and_comments_reads_as_the_clean_text(string file)
    {
        var text = CorpusText(file);
        var markdown = MarkdownFromText(text, "A national law");
        markdown.Should().Contain("<!--").And.Contain("---\ntitle:");
        var read = Read(Encoding.UTF8.GetBytes(markdown), "law.md");
        read.Format.Should().Be(SourceFormat.Markdown);
        read.ShouldReadAs(ReadText(text, "law.md"), file + " as Markdown");
    }

    [TestCase("arcadia.en")]
    [TestCase("valmont.fr")]
    [TestCase("severia.ru")]
    [TestCase("aldara.es")]
    [TestCase("alwaha.ar")]
    [TestCase("haicheng.zh")]
    public void The_projects_own_redline_of_a_corpus_pair_reads_as_the_national_text(string national)
    {
        var language = national[(national.IndexOf('.') + 1)..];
        var clean = Read(System.Text.Encoding.UTF8.GetBytes(CorpusText($"national/{national}.txt")), $"{national}.txt");
        var model = ReadText(CorpusText($"models/ai-ct-model-law.{language}.txt"), "model.txt");
        var redline = RedlineLoop.Redline(model, clean);

        // the title is not compared: the redline's title paragraph reads "<national title> — measured against <model title>"
        Read(redline, "redline.docx").ShouldReadAs(clean, $"the redline of {national}, every change accepted", sameTitle: false);
    }

    [Test]
    public void The_projects_own_redline_with_every_change_rejected_reads_as_the_model()
    {
        var (model, national) = RedlineLoop.ModelAndEditedNational();
        var redline = RedlineLoop.Redline(model, national);
        Read(redline, "redline.docx").ShouldReadAs(ReadText(national, "redline.docx"), "accepted", sameTitle: false);
        var original = Read(redline, "redline.docx", ReadOptions.Default with { TrackedChanges = TrackedChangesView.Original });
        TreeEquality.FirstDifference(ReadText(model).Root, original.Root).Should().BeNull("the redline with every change rejected is the model");
    }

    internal static string OdtContent(byte[] odt)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(odt));
        using var r = new StreamReader(zip.GetEntry("content.xml")!.Open());
        return r.ReadToEnd();
    }
}
