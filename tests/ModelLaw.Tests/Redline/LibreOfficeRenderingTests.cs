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
    internal static string RenderToText(byte[] docx, string dir, string name = "redline") =>
        RenderToText(new Dictionary<string, byte[]> { [name] = docx }, dir)[name];

    /// <summary>Converts several .docx files to PDF in one LibreOffice run (it starts once) and returns each PDF's text by name.</summary>
    internal static Dictionary<string, string> RenderToText(IReadOnlyDictionary<string, byte[]> docs, string dir)
    {
        var soffice = FindTool("soffice");
        var pdftotext = FindTool("pdftotext");
        if (soffice is null || pdftotext is null)
            Assert.Ignore("soffice or pdftotext not installed (apt-get install libreoffice-writer-nogui poppler-utils): LibreOffice rendering not checked.");
        var paths = new List<string>();
        foreach (var (name, bytes) in docs)
        {
            var path = Path.Combine(dir, name + ".docx");
            File.WriteAllBytes(path, bytes);
            paths.Add($"\"{path}\"");
        }
        var profile = Path.Combine(dir, "profile");
        Run(soffice!, $"-env:UserInstallation=file://{profile} --headless --norestore --convert-to pdf --outdir \"{dir}\" {string.Join(' ', paths)}", 180);
        var texts = new Dictionary<string, string>();
        foreach (var name in docs.Keys)
        {
            var pdf = Path.Combine(dir, name + ".pdf");
            File.Exists(pdf).Should().BeTrue($"LibreOffice must open {name}.docx and export it (a repair prompt would block or fail the conversion)");
            Run(pdftotext!, $"-layout \"{pdf}\" \"{dir}/{name}.txt\"", 60);
            texts[name] = File.ReadAllText(Path.Combine(dir, name + ".txt"));
        }
        return texts;
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
    public void LibreOffice_opens_the_redlines_and_shows_deleted_and_inserted_words()
    {
        var c = SampleComparisons.EnglishWithTaggedModel();
        var texts = RenderToText(new Dictionary<string, byte[]>
        {
            ["english"] = DocxRedlineWriterTests.Write(c, coverage: SampleComparisons.EnglishCoverage(c)),
            ["russian"] = DocxRedlineWriterTests.Write(SampleComparisons.Russian()),
        }, _dir);
        texts["english"].Should().Contain("natural person", "deleted model words are shown struck through");
        texts["english"].Should().Contain("judge", "inserted national words are shown");
        texts["english"].Should().Contain("keep logs of the operation", "an omitted article is shown deleted");
        texts["english"].Should().Contain("Data protection impact assessment", "an added article is shown inserted");
        texts["russian"].Should().Contain("судьёй").And.Contain("человеком").And.Contain("Хранение записей");
    }
}
