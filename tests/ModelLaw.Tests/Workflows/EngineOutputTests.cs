using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModelLaw.Comparing;
using ModelLaw.DependencyInjection;
using ModelLaw.Documents;
using ModelLaw.Reading;

namespace ModelLaw.Tests.Workflows;

/// <summary>Any result in any format through the engine, and application-wide defaults through DI and configuration.</summary>
[TestFixture]
public sealed class EngineOutputTests
{
    private static string Corpus(string relative) => Path.Combine(TestPaths.Corpus, relative);

    [TestCase("json", "\"schemaVersion\"")]
    [TestCase("csv", "model,national,relation,similarity")]
    [TestCase("md", "#")]
    [TestCase("html", "<!DOCTYPE html>")]
    [TestCase("docx", "PK")]
    public async Task A_comparison_is_written_in_each_of_its_formats(string format, string start)
    {
        var engine = ModelLawEngine.CreateDefault();
        var c = engine.Compare(await engine.ReadAsync(Corpus("models/ai-ct-model-law.en.txt")), await engine.ReadAsync(Corpus("national/arcadia.en.txt")));
        using var s = new MemoryStream();

        engine.Write(c, format, s);

        System.Text.Encoding.UTF8.GetString(s.ToArray()).Should().Contain(start);
        engine.FormatsFor<Comparison>().Should().Contain(format);
    }

    [Test]
    public async Task A_document_and_a_matrix_are_written_by_format_name_and_an_unknown_format_lists_the_known_ones()
    {
        var engine = ModelLawEngine.CreateDefault();
        var doc = await engine.ReadAsync(Corpus("models/ai-ct-model-law.en.txt"));
        using var s = new MemoryStream();
        engine.Write(doc, "akn", s);
        s.Length.Should().BeGreaterThan(0);

        var act = () => engine.Write(doc, "pdf", new MemoryStream());

        act.Should().Throw<UnsupportedOperationException>().WithMessage("*LegalDocument*\"pdf\"*json*akn*");
        engine.FormatsFor<ModelLaw.Workflows.Matrix.ArticleMatrix>().Should().Equal("csv", "long-csv", "json");
    }

    [Test]
    public async Task WriteAsync_creates_the_file()
    {
        var engine = ModelLawEngine.CreateDefault();
        var doc = await engine.ReadAsync(Corpus("models/ai-ct-model-law.en.txt"));
        var path = Path.Combine(Path.GetTempPath(), "modellaw-write-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            await engine.WriteAsync(doc, "json", path);
            File.ReadAllText(path).Should().Contain("\"kind\"");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task AddModelLaw_with_options_sets_the_limits_the_engine_reads_with()
    {
        var engine = new ServiceCollection().AddModelLaw(o => o with { Limits = o.Limits with { MaxInputBytes = 1000 } })
            .BuildServiceProvider().GetRequiredService<ModelLawEngine>();

        var act = () => engine.ReadAsync(Corpus("national/arcadia.en.txt"));

        await act.Should().ThrowAsync<InputLimitExceededException>();
        ReadLimits.Default.MaxInputBytes.Should().Be(64L * 1024 * 1024, "the shared default is never changed");
    }

    [Test]
    public void Configuration_binds_the_limits_and_the_compare_options_without_touching_the_shared_defaults()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ModelLaw:Limits:MaxInputBytes"] = "2048",
            ["ModelLaw:Limits:MaxNestingDepth"] = "12",
            ["ModelLaw:Compare:MaxWordDiffCells"] = "5000",
            ["ModelLaw:Compare:ComputeDiffs"] = "false",
        }).Build();

        var engine = new ServiceCollection().AddModelLaw(config.GetSection("ModelLaw"))
            .BuildServiceProvider().GetRequiredService<ModelLawEngine>();

        engine.Defaults.Limits.MaxInputBytes.Should().Be(2048);
        engine.Defaults.Limits.MaxNestingDepth.Should().Be(12);
        engine.Defaults.Compare.MaxWordDiffCells.Should().Be(5000);
        engine.Defaults.Compare.ComputeDiffs.Should().BeFalse();
        engine.Defaults.Compare.ExplicitReferencePatterns.Should().Equal(CompareOptions.Default.ExplicitReferencePatterns);
        ReadLimits.Default.MaxInputBytes.Should().Be(64L * 1024 * 1024);
        CompareOptions.Default.ComputeDiffs.Should().BeTrue();
    }

    [Test]
    public async Task The_engine_compares_with_the_configured_compare_options()
    {
        var engine = new ServiceCollection().AddModelLaw(o => o with { Compare = o.Compare with { ComputeDiffs = false } })
            .BuildServiceProvider().GetRequiredService<ModelLawEngine>();

        var c = engine.Compare(await engine.ReadAsync(Corpus("models/ai-ct-model-law.en.txt")), await engine.ReadAsync(Corpus("national/arcadia.en.txt")));

        c.AllLinks().Should().OnlyContain(l => l.Diff == null);
    }
}
