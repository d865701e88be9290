using ModelLaw.Cli;

namespace ModelLaw.Tests.Cli;

[NonParallelizable]
public class DraftingCommandTests
{
    private string _dir = "";

    [SetUp]
    public void CreateDir() => _dir = Directory.CreateTempSubdirectory("modellaw-cli-").FullName;

    [TearDown]
    public void DeleteDir() => Directory.Delete(_dir, recursive: true);

    private static string Corpus(string relative) => Path.Combine(TestPaths.Corpus, relative);

    [Test]
    public void Lint_exits_0_on_a_clean_text_and_writes_json()
    {
        var output = Path.Combine(_dir, "lint.json");
        CliApp.Run(["lint", Corpus("national/arcadia.en.txt"), "--format", "json", "-o", output]).Should().Be(CliApp.Ok);
        var json = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(output));
        ((int)json["errors"]!).Should().Be(0);
        ((string)json["schemaVersion"]!).Should().Be("1.0");
    }

    [Test]
    public void Lint_exits_1_when_a_reference_dangles()
    {
        var draft = Path.Combine(_dir, "draft.txt");
        File.WriteAllText(draft, File.ReadAllText(Corpus("national/arcadia.en.txt")).Replace("(2) No decision producing", "(2) Subject to Article 97, no decision producing", StringComparison.Ordinal));
        var output = Path.Combine(_dir, "lint.txt");
        CliApp.Run(["lint", draft, "-o", output]).Should().Be(CliApp.Findings);
        File.ReadAllText(output).Should().Contain("ML101 dangling-reference: Article 12(2): 'Article 97'");
    }

    [Test]
    public void Lint_of_a_missing_file_is_an_input_error()
    {
        CliApp.Run(["lint", Path.Combine(_dir, "nope.txt")]).Should().Be(CliApp.InputError);
    }

    [Test]
    public void Amend_writes_a_french_amending_act()
    {
        var output = Path.Combine(_dir, "amend.txt");
        CliApp.Run(["amend", Corpus("models/ai-ct-model-law.fr.txt"), Corpus("national/valmont.fr.txt"), "-o", output]).Should().Be(CliApp.Ok);
        var act = File.ReadAllText(output);
        act.Should().Contain("est modifié(e) comme suit :").And.Contain("est supprimé.");
    }

    [Test]
    public void Amend_refuses_an_unknown_language()
    {
        CliApp.Run(["amend", Corpus("models/ai-ct-model-law.en.txt"), Corpus("national/arcadia.en.txt"), "--lang", "xx"]).Should().Be(CliApp.UsageError);
    }
}
