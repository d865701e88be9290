using ModelLaw.Cli;

namespace ModelLaw.Tests.Reading;

/// <summary><c>modellaw parse</c>: formats chosen by name, clean failures on bad input.</summary>
public class ParseCommandTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "modellaw-parse-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Law = "MODEL LAW\n\nCHAPTER I\nGENERAL PROVISIONS\n\nArticle 1\nPurpose\n1. This Law prevents the terrorist use of artificial intelligence.\n\n2. It applies to providers:\n\n(a) established in the State;\n\n(b) offering services in the State.\n";

    [Test]
    public void Outline_lists_every_provision_with_kind_and_eid()
    {
        var output = Path.Combine(_dir, "out.txt");
        CliApp.Run(["parse", Write("law.txt", Law), "--format", "outline", "-o", output]).Should().Be(CliApp.Ok);
        var outline = File.ReadAllText(output);
        outline.Should().Contain("Article 1 [article] chp_1__art_1 — Purpose");
        outline.Should().Contain("(b) [point] chp_1__art_1__para_2__point_b: offering services in the State.");
    }

    [Test]
    public void Text_format_writes_text_that_parses_to_the_same_tree()
    {
        var output = Path.Combine(_dir, "out.txt");
        CliApp.Run(["parse", Write("law.txt", Law), "--format", "text", "-o", output]).Should().Be(CliApp.Ok);
        var parser = ModelLaw.Reading.PlainText.TextParser.CreateDefault();
        var options = ModelLaw.Reading.ReadOptions.Default with { Language = "en" };
        parser.Parse(File.ReadAllText(output), options).Root.Should().Be(parser.Parse(Law, options).Root);
    }

    [Test]
    public void Unknown_format_is_a_usage_error()
    {
        CliApp.Run(["parse", Write("law.txt", Law), "--format", "pdf"]).Should().Be(CliApp.UsageError);
    }

    [Test]
    public void Missing_file_is_an_input_error()
    {
        CliApp.Run(["parse", Path.Combine(_dir, "absent.txt")]).Should().Be(CliApp.InputError);
    }

    [Test]
    public void Damaged_utf8_is_an_input_error()
    {
        var path = Path.Combine(_dir, "damaged.txt");
        File.WriteAllBytes(path, [.. System.Text.Encoding.UTF8.GetBytes("Article 1\nObjet\nLa loi s'applique à l'État "), 0xC9, .. "."u8]);
        CliApp.Run(["parse", path]).Should().Be(CliApp.InputError);
    }
}
