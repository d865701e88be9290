using System.Diagnostics;
using ModelLaw.Writing.Docx;

namespace ModelLaw.Tests.Redline;

/// <summary>Opens the redline in LibreOffice (headless, converted to PDF) and reads the PDF's text back with pdftotext.</summary>
[NonParallelizable]
public sealed class LibreOfficeRenderingTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("modellaw-lo-").FullName;

    [TearDown]
    public void DeleteFolder()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    internal static string? FindTool(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    /// <summary>Converts a .docx to PDF with a fresh LibreOffice profile and returns the PDF's text.</summary>
    internal static string RenderToText(byte[] docx, string dir, string name = "redline")
    {
        var soffice = FindTool("soffice");
        var pdftotext = FindTool("pdftotext");
        if (soffice is null || pdftotext is null)
            Assert.Ignore("soffice or pdftotext not installed (apt-get install libreoffice-writer-nogui poppler-utils): LibreOffice rendering not checked.");
        var docxPath = Path.Combine(dir, name + ".docx");
        File.WriteAllBytes(docxPath, docx);
        var profile = Path.Combine(dir, "profile");
        Run(soffice!, $"-env:UserInstallation=file://{profile} --headless --norestore --convert-to pdf --outdir \"{dir}\" \"{docxPath}\"", 120);
        var pdf = Path.Combine(dir, name + ".pdf");
        File.Exists(pdf).Should().BeTrue("LibreOffice must open the redline and export it (a repair prompt would block or fail the conversion)");
        Run(pdftotext!, $"-layout \"{pdf}\" \"{dir}/{name}.txt\"", 60);
        return File.ReadAllText(Path.Combine(dir, name + ".txt"));
    }

    private static void Run(string exe, string args, int timeoutSeconds)
    {
        using var p = Process.Start(new ProcessStartInfo(exe, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(exe)} did not finish within {timeoutSeconds} s");
        }
        p.ExitCode.Should().Be(0, $"{Path.GetFileName(exe)} {args}\n{stdout.Result}\n{stderr.Result}");
    }

    [Test]
    public void LibreOffice_opens_the_redline_and_shows_deleted_and_inserted_words()
    {
        var c = SampleComparisons.EnglishWithTaggedModel();
        var text = RenderToText(DocxRedlineWriterTests.Write(c, coverage: SampleComparisons.EnglishCoverage(c)), _dir);
        text.Should().Contain("natural person", "deleted model words are shown struck through");
        text.Should().Contain("judge", "inserted national words are shown");
        text.Should().Contain("keep logs of the operation", "an omitted article is shown deleted");
        text.Should().Contain("Data protection impact assessment", "an added article is shown inserted");
    }

    [Test]
    public void LibreOffice_renders_a_Russian_redline()
    {
        var text = RenderToText(DocxRedlineWriterTests.Write(SampleComparisons.Russian()), _dir);
        text.Should().Contain("судьёй").And.Contain("человеком").And.Contain("Хранение записей");
    }
}
