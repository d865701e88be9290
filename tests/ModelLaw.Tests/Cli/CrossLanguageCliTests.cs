using ModelLaw.Cli;
using ModelLaw.Tests.Packaging;

namespace ModelLaw.Tests.Cli;

/// <summary>The command line on texts in different languages: compared across languages saying so, or refused on request.</summary>
[Category("Cli")]
public class CrossLanguageCliTests
{
    private static string Model => Path.Combine(TestPaths.Corpus, "models", "ai-ct-model-law.en.txt");
    private static string Valmont => Path.Combine(TestPaths.Corpus, "national", "valmont.fr.txt");

    private static ShellResult Modellaw(params string[] args) =>
        Shell.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "ModelLaw.Cli.dll"), .. args], TestPaths.RepoRoot);

    [Test]
    public void Compare_of_an_english_model_and_a_french_text_links_them_and_says_it_compared_across_languages()
    {
        var result = Modellaw("compare", Model, Valmont, "-f", "csv");

        result.ExitCode.Should().Be(CliApp.Findings, result.ToString());
        result.StdErr.Should().Contain("ML0303");
        // Valmont's article 2 (« Définitions ») adapts the model's article 2 (Definitions)
        result.StdOut.Split('\n').Should().Contain(l => l.StartsWith("Article 2,Article 2,", StringComparison.Ordinal), result.StdOut);
    }

    [Test]
    public void Compare_with_no_cross_language_refuses_texts_in_different_languages_as_an_input_error()
    {
        var result = Modellaw("compare", Model, Valmont, "--no-cross-language", "-f", "csv");

        result.ExitCode.Should().Be(CliApp.InputError, result.ToString());
        result.StdErr.Should().Contain("valmont.fr.txt").And.Contain("'fr'").And.Contain("'en'");
    }

    [Test]
    public void Amend_refuses_texts_in_different_languages_since_an_amending_act_rewords_word_by_word()
    {
        var result = Modellaw("amend", Model, Valmont);

        result.ExitCode.Should().Be(CliApp.InputError, result.ToString());
        result.StdErr.Should().Contain("'fr'").And.Contain("'en'");
    }

    [Test]
    public void Compare_through_the_model_version_in_the_text_language_says_which_version_it_read()
    {
        var chinese = Path.Combine(TestPaths.Corpus, "national", "haicheng.zh.txt");
        var version = Path.Combine(TestPaths.Corpus, "models", "ai-ct-model-law.zh.txt");

        var result = Modellaw("compare", Model, chinese, "--model-version", version, "-f", "csv");

        result.ExitCode.Should().Be(CliApp.Findings, result.ToString());
        result.StdErr.Should().Contain("ML0303").And.Contain("ai-ct-model-law.zh.txt");
        result.StdOut.Split('\n').Should().Contain(l => l.StartsWith("Article 2,", StringComparison.Ordinal), "rows cite the English model's articles");
    }
}
