using System.Text;
using ModelLaw.Cli;
using ModelLaw.Tests.Docx;
using static ModelLaw.Tests.Docx.DocxBuilder;
using static ModelLaw.Tests.Inputs.InputsSupport;

namespace ModelLaw.Tests.Inputs;

/// <summary>
/// An empty file, or one with no text, is an error in every command and every format, never "0% kept": a wrong path
/// in a script must not turn into "this State adopted nothing".
/// </summary>
[NonParallelizable]
public class EmptyInputTests
{
    private string _dir = "";
    private string _empty = "", _blank = "", _model = "", _catalog = "";

    [OneTimeSetUp]
    public void Files()
    {
        _dir = Directory.CreateTempSubdirectory("modellaw-empty-").FullName;
        _empty = Path.Combine(_dir, "empty.txt");
        File.WriteAllBytes(_empty, []);
        _blank = Path.Combine(_dir, "blank.txt");
        File.WriteAllText(_blank, " \n\t\n\n");
        _model = Path.Combine(TestPaths.Corpus, "models", "ai-ct-model-law.en.txt");
        _catalog = Path.Combine(TestPaths.Corpus, "principles", "ai-counter-terrorism.json");
    }

    [OneTimeTearDown]
    public void CleanUp() => Directory.Delete(_dir, recursive: true);

    private static IEnumerable<TestCaseData> Commands()
    {
        foreach (var file in new[] { "empty", "blank" })
        {
            yield return new TestCaseData("parse", file).SetName($"parse {file}");
            yield return new TestCaseData("lint", file).SetName($"lint {file}");
            yield return new TestCaseData("compare", file).SetName($"compare MODEL {file}");
            yield return new TestCaseData("redline", file).SetName($"redline MODEL {file}");
            yield return new TestCaseData("report", file).SetName($"report MODEL {file}");
            yield return new TestCaseData("amend", file).SetName($"amend MODEL {file}");
            yield return new TestCaseData("coverage", file).SetName($"coverage {file}");
        }
    }

    [TestCaseSource(nameof(Commands))]
    public void Every_command_refuses_an_input_with_no_text(string command, string which)
    {
        var file = which == "empty" ? _empty : _blank;
        var output = Path.Combine(_dir, $"{command}-{which}.out");
        string[] args = command switch
        {
            "parse" or "lint" => [command, file, "-o", output],
            "coverage" => [command, file, "--principles", _catalog, "-o", output],
            "redline" => [command, _model, file, "-o", output + ".docx"],
            _ => [command, _model, file, "-o", output],
        };
        var error = new StringWriter();
        var saved = Console.Error;
        Console.SetError(error);
        int code;
        try
        {
            code = CliApp.Run(args);
        }
        finally
        {
            Console.SetError(saved);
        }
        code.Should().NotBe(CliApp.Ok, string.Join(" ", args));
        error.ToString().Should().Contain(Path.GetFileName(file)).And.MatchRegex("empty|no text");
    }

    private static IEnumerable<TestCaseData> NoText()
    {
        yield return new TestCaseData("empty.txt", Array.Empty<byte>());
        yield return new TestCaseData("spaces.txt", Encoding.UTF8.GetBytes("   \n\n\t \n"));
        yield return new TestCaseData("bom.txt", Encoding.UTF8.GetPreamble());
        yield return new TestCaseData("only-front-matter.md", Encoding.UTF8.GetBytes("---\ntitle: Draft\n---\n\n<!-- to be written -->\n"));
        yield return new TestCaseData("markup.html", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Law</title><script>var a = 1;</script></head><body><p> </p><div></div></body></html>"));
        yield return new TestCaseData("empty.odt", OdtBuilder.Package("<text:p/><text:p>  </text:p>"));
        yield return new TestCaseData("empty.docx", new DocxBuilder().Xml("<w:p/>" + $"<w:p>{R("   ")}</w:p>").Build());
    }

    [TestCaseSource(nameof(NoText))]
    public void A_file_with_no_text_is_an_empty_document_error_in_every_format(string name, byte[] bytes)
    {
        var act = () => Read(bytes, name);
        act.Should().Throw<EmptyDocumentException>().WithMessage($"{name}:*");
    }
}
