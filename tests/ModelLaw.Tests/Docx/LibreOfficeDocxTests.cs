using System.Diagnostics;
using System.Text.RegularExpressions;
using ModelLaw.Reading;
using ModelLaw.Reading.Docx;

namespace ModelLaw.Tests.Docx;

/// <summary>
/// Word documents written by another program: LibreOffice imports a law as text and saves it as .docx, and re-saves a
/// .docx with automatic numbering, writing numbering.xml its own way. The reader must show the same lines as the text.
/// </summary>
[NonParallelizable]
public class LibreOfficeDocxTests
{
    private const string Source = "models/ai-ct-model-law.en.txt";
    private string _dir = "";
    private string _text = "";

    [OneTimeSetUp]
    public void ConvertWithLibreOffice()
    {
        var soffice = FindOnPath("soffice") ?? FindOnPath("libreoffice");
        if (soffice is null) Assert.Ignore("LibreOffice (soffice) is not installed: apt-get install -y libreoffice-writer-nogui");
        var textPath = Path.Combine(TestPaths.Corpus, Source);
        if (!File.Exists(textPath)) Assert.Ignore($"corpus text {Source} not found");

        _dir = Directory.CreateTempSubdirectory("modellaw-lo-").FullName;
        _text = File.ReadAllText(textPath);
        File.WriteAllText(Path.Combine(_dir, "law.txt"), _text);
        File.WriteAllBytes(Path.Combine(_dir, "numbered.docx"), TextToDocx.Convert(_text, "en").Docx);
        var profile = Directory.CreateTempSubdirectory("modellaw-lo-profile-").FullName;
        try
        {
            var psi = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = _dir,
            };
            foreach (var a in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", "docx:MS Word 2007 XML",
                         "--outdir", Path.Combine(_dir, "out"), "law.txt", "numbered.docx" })
                psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            p.StandardOutput.ReadToEndAsync();
            p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                p.Kill(entireProcessTree: true);
                Assert.Ignore("LibreOffice did not finish converting within 3 minutes");
            }
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
        }
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        if (_dir.Length > 0 && Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private byte[] Output(string name)
    {
        var path = Path.Combine(_dir, "out", name);
        if (!File.Exists(path)) Assert.Fail($"LibreOffice wrote no {name}");
        return File.ReadAllBytes(path);
    }

    private string[] TextLines() => _text.Replace("\r\n", "\n").Split('\n').Select(Collapse).Where(l => l.Length > 0).ToArray();

    [Test]
    public void Text_imported_and_saved_by_libreoffice_reads_line_for_line()
    {
        DocxTestRead.Display(Output("law.docx")).Should().Equal(TextLines());
    }

    [Test]
    public void Automatic_numbering_resaved_by_libreoffice_still_shows_every_number()
    {
        var lines = DocxTestRead.Lines(Output("numbered.docx"));
        lines.Count(l => l.Label is not null).Should().BeGreaterThan(50, "LibreOffice keeps the numbers in numbering.xml");
        lines.Select(l => l.Display).Should().Equal(TextLines());
    }

    [Test]
    public void Libreoffice_documents_parse_to_the_same_tree_as_the_text()
    {
        var parser = TreeEquality.ParserOrIgnore();
        var fromText = parser.Parse(_text, new ReadOptions { Language = "en" });
        var reader = new DocxReader(parser);
        foreach (var name in new[] { "law.docx", "numbered.docx" })
        {
            var fromDocx = reader.Read(new MemoryStream(Output(name)), new ReadOptions { Language = "en", SourceName = name });
            TreeEquality.FirstDifference(fromText.Root, fromDocx.Root).Should().BeNull($"{name} must parse like the text");
            fromDocx.Articles.Count().Should().Be(fromText.Articles.Count());
        }
    }

    private static string Collapse(string s) => Regex.Replace(s.Trim(), @"[ ]*\t[\s]*", " ");

    private static string? FindOnPath(string exe) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, exe)).FirstOrDefault(File.Exists);
}
