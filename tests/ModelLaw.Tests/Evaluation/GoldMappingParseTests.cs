using System.Text;
using ModelLaw.Errors;
using ModelLaw.Workflows.Evaluation;

namespace ModelLaw.Tests.Evaluation;

/// <summary>A ground-truth mapping is read as a correlation table writes it; anything else is a typed error naming the file.</summary>
public class GoldMappingParseTests
{
    private static GoldMapping Parse(string json) => GoldMapping.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "mapping.json");

    [Test]
    public void A_table_with_splits_omissions_and_the_auto_language_reads_as_written()
    {
        var m = Parse("""
            { "language": "auto", "model_file": "model.txt",
              "pairs": [ { "model": "Article 5", "national": ["Article 6", "Article 13"] }, { "model": "Article 7", "national": "Article 8" } ],
              "omitted_in_national": ["Article 9"], "moved_to_other_instrument": [ { "model": "Article 10" }, "Article 11" ], }
            """);

        m.Pairs.Select(p => (p.Model, string.Join("+", p.National))).Should().Equal(("Article 5", "Article 6+Article 13"), ("Article 7", "Article 8"));
        m.Omitted.Should().Equal("Article 9");
        m.MovedElsewhere.Should().Equal("Article 10", "Article 11");
        m.Language.Should().BeNull("'auto' is no language code");
        m.ModelFile.Should().Be("model.txt");
    }

    [TestCase("{ \"pairs\": [ ")]
    [TestCase("[ 1, 2 ]")]
    [TestCase("")]
    public void Broken_json_or_a_root_that_is_not_an_object_is_an_invalid_configuration(string json)
    {
        var act = () => Parse(json);

        act.Should().Throw<InvalidConfigurationException>().Which.Message.Should().Contain("mapping");
    }

    [Test]
    public void Nesting_deeper_than_a_table_needs_is_refused_not_followed()
    {
        var act = () => Parse(new string('[', 200) + new string(']', 200));

        act.Should().Throw<InvalidConfigurationException>();
    }
}
