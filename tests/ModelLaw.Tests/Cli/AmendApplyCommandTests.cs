using ModelLaw.Cli;

namespace ModelLaw.Tests.Cli;

/// <summary><c>modellaw amend --format json</c> and <c>modellaw apply</c>: the act a program reads, and the text it gives back.</summary>
[NonParallelizable]
public class AmendApplyCommandTests
{
    private string _dir = "";

    [SetUp]
    public void CreateDir() => _dir = Directory.CreateTempSubdirectory("modellaw-cli-").FullName;

    [TearDown]
    public void DeleteDir() => Directory.Delete(_dir, recursive: true);

    private static string Corpus(string relative) => Path.Combine(TestPaths.Corpus, relative);

    private static Newtonsoft.Json.Linq.JToken TreeOf(string json)
    {
        var root = Newtonsoft.Json.Linq.JObject.Parse(json)["root"]!;
        foreach (var span in root.SelectTokens("$..span").ToList()) span.Parent!.Remove();
        return root;
    }

    [Test]
    public void Amend_as_json_then_apply_gives_the_national_text()
    {
        var act = Path.Combine(_dir, "severia.amendments.json");
        CliApp.Run(["amend", Corpus("models/ai-ct-model-law.ru.txt"), Corpus("national/severia.ru.txt"), "--format", "json", "-o", act]).Should().Be(CliApp.Ok);
        var json = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(act));
        ((string)json["kind"]!).Should().Be("amendingAct");
        json["instructions"]!.Should().NotBeEmpty();
        json["instructions"]!.Select(i => (string)i["operation"]!).Should().Contain(["replaceWords", "renumber"]);

        var applied = Path.Combine(_dir, "applied.json");
        var expected = Path.Combine(_dir, "expected.json");
        CliApp.Run(["apply", Corpus("models/ai-ct-model-law.ru.txt"), act, "-o", applied]).Should().Be(CliApp.Ok);
        CliApp.Run(["parse", Corpus("national/severia.ru.txt"), "--format", "json", "-o", expected]).Should().Be(CliApp.Ok);
        Newtonsoft.Json.Linq.JToken.DeepEquals(TreeOf(File.ReadAllText(applied)), TreeOf(File.ReadAllText(expected))).Should().BeTrue();
    }

    [Test]
    public void Apply_refuses_an_act_made_for_another_text()
    {
        var act = Path.Combine(_dir, "arcadia.amendments.json");
        CliApp.Run(["amend", Corpus("models/ai-ct-model-law.en.txt"), Corpus("national/arcadia.en.txt"), "--format", "json", "-o", act]).Should().Be(CliApp.Ok);
        CliApp.Run(["apply", Corpus("national/arcadia.en.txt"), act, "-o", Path.Combine(_dir, "out.txt")]).Should().Be(CliApp.InputError);
    }

    [Test]
    public void Apply_refuses_a_file_that_is_not_an_amending_act()
    {
        CliApp.Run(["apply", Corpus("models/ai-ct-model-law.en.txt"), Corpus("national/arcadia.mapping.json")]).Should().Be(CliApp.InputError);
    }

    [Test]
    public void Amend_refuses_an_unknown_format()
    {
        CliApp.Run(["amend", Corpus("models/ai-ct-model-law.en.txt"), Corpus("national/arcadia.en.txt"), "--format", "xml"]).Should().Be(CliApp.UsageError);
    }
}
