using System.Text.RegularExpressions;
using ModelLaw.Cli;
using ModelLaw.Cli.Commands;
using ModelLaw.Tests.Packaging;

namespace ModelLaw.Tests.CliConventions;

/// <summary>
/// The small things a first hour with the tool trips over: examples that survive copying from piped help, the main
/// command first, the same short options everywhere, a plain usage error for an output that cannot be written, a
/// warning for a file named for another format, a human summary from compare.
/// </summary>
[Category("Cli")]
public class CliEdgeTests
{
    private static readonly string CliSource = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src", "ModelLaw.Cli", "CliApp.cs"));

    private static IEnumerable<string> Commands() =>
        Regex.Matches(CliSource, @"AddCommand<\w+>\(""([a-z-]+)""\)").Select(m => m.Groups[1].Value);

    /// <summary>Every example of CliApp.cs as the help prints it ("modellaw compare a b --format md").</summary>
    private static IEnumerable<TestCaseData> Examples() =>
        Regex.Matches(CliSource, @"AddCommand<\w+>\(""([a-z-]+)""\)[^\n]*").SelectMany(line =>
            Regex.Matches(line.Value, @"\.WithExample\(([^)]*)\)").Select(e => new TestCaseData(line.Groups[1].Value,
                "modellaw " + string.Join(' ', Regex.Matches(e.Groups[1].Value, "\"([^\"]*)\"").Select(a => a.Groups[1].Value)))));

    private static string Model => Path.Combine(TestPaths.Corpus, "models", "ai-ct-model-law.en.txt");
    private static string National => Path.Combine(TestPaths.Corpus, "national", "arcadia.en.txt");

    // no COLUMNS: help piped to a file is laid out at 80 columns, where the long examples used to wrap
    private static ShellResult Modellaw(params string[] args) =>
        Shell.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "ModelLaw.Cli.dll"), .. args], TestPaths.RepoRoot,
            environment: new Dictionary<string, string?> { ["COLUMNS"] = null });

    [TestCaseSource(nameof(Examples))]
    public void An_example_in_piped_help_is_one_line_that_can_be_copied(string command, string example)
    {
        var help = Modellaw(command, "--help").StdOut.Split('\n').Select(l => l.Trim());

        help.Should().Contain(example);
    }

    [Test]
    public void Compare_the_main_job_comes_first_in_the_command_list()
    {
        var help = Modellaw("--help").StdOut;
        var list = help[help.IndexOf("COMMANDS:", StringComparison.Ordinal)..].Split('\n').Skip(1).First(l => l.Trim().Length > 0);

        list.Trim().Should().StartWith("compare ");
    }

    [TestCaseSource(nameof(Commands))]
    public void Language_format_and_output_take_the_same_short_option_in_every_command(string command)
    {
        var help = Modellaw(command, "--help").StdOut;

        foreach (var (shortName, longName) in new[] { ("-l", "--lang"), ("-f", "--format"), ("-o", "--output") })
            if (help.Contains(longName + " ", StringComparison.Ordinal))
                help.Should().Contain($"{shortName}, {longName} ", $"{command} takes {longName} as every command does");
    }

    [Test]
    public void An_output_that_is_a_folder_is_a_usage_error_before_any_work()
    {
        var dir = Shell.TempFolder("modellaw-cli-out");
        try
        {
            var result = Modellaw("compare", Model, National, "-o", dir);

            result.ExitCode.Should().Be(CliApp.UsageError, result.ToString());
            result.StdErr.Should().Contain("is a folder").And.NotContain("denied");
        }
        finally { Shell.DeleteFolder(dir); }
    }

    [Test]
    public void An_output_under_a_file_cannot_be_written_and_says_so_as_a_usage_error()
    {
        var dir = Shell.TempFolder("modellaw-cli-out");
        try
        {
            var blocker = Path.Combine(dir, "not-a-folder");
            File.WriteAllText(blocker, "");
            var result = Modellaw("lint", National, "-o", Path.Combine(blocker, "lint.txt"));

            result.ExitCode.Should().Be(CliApp.UsageError, result.ToString());
            result.StdErr.Should().StartWith("modellaw: -o ").And.Contain("cannot be written");
        }
        finally { Shell.DeleteFolder(dir); }
    }

    [Test]
    public void A_file_named_for_another_format_is_written_with_a_warning()
    {
        var dir = Shell.TempFolder("modellaw-cli-out");
        try
        {
            var pdf = Path.Combine(dir, "out.pdf");
            var result = Modellaw("compare", Model, National, "--format", "csv", "-o", pdf);

            result.ExitCode.Should().Be(CliApp.Findings, result.ToString());
            result.StdErr.Should().Contain("warning: out.pdf will hold .csv content");
            File.ReadAllText(pdf).Should().StartWith("model,");
        }
        finally { Shell.DeleteFolder(dir); }
    }

    [Test]
    public void A_matching_extension_draws_no_warning()
    {
        OutputFile.ExtensionWarning("report.HTML", OutputFile.ExtensionsOf("html")).Should().BeNull();
        OutputFile.ExtensionWarning("-", OutputFile.ExtensionsOf("json")).Should().BeNull();
        OutputFile.ExtensionWarning("out.docx", OutputFile.ExtensionsOf("md")).Should().Contain(".md");
    }

    [Test]
    public void Compare_without_a_format_writes_json_into_a_file_or_a_pipe()
    {
        new CompareCommand.Settings { Output = "x.json" }.EffectiveFormat.Should().Be("json");
        new CompareCommand.Settings { Format = "md" }.EffectiveFormat.Should().Be("md");
        if (Console.IsOutputRedirected) new CompareCommand.Settings().EffectiveFormat.Should().Be("json");
    }

    [Test]
    public void Compare_summary_names_what_was_omitted_and_added()
    {
        var result = Modellaw("compare", Model, National, "-f", "summary");

        result.ExitCode.Should().Be(CliApp.Findings, result.ToString());
        result.StdOut.Should().Contain("Of the model's 37 articles:").And.Contain("Omitted:").And.Contain("Added:");
        result.StdOut.Should().NotContain("{", "a summary is for reading, not JSON");
    }

    [Test]
    public void A_text_read_in_a_legacy_encoding_says_so_on_standard_error()
    {
        var dir = Shell.TempFolder("modellaw-cli-encoding");
        try
        {
            var russian = Path.Combine(dir, "severia.ru.txt");
            System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
            File.WriteAllBytes(russian, System.Text.Encoding.GetEncoding(1251).GetBytes(
                File.ReadAllText(Path.Combine(TestPaths.Corpus, "national", "severia.ru.txt"))));
            var result = Modellaw("compare", Path.Combine(TestPaths.Corpus, "models", "ai-ct-model-law.ru.txt"), russian, "-f", "csv");

            result.ExitCode.Should().Be(CliApp.Findings, result.ToString());
            result.StdErr.Should().Contain("severia.ru.txt: info ML0401: Text decoded as windows-1251");
        }
        finally { Shell.DeleteFolder(dir); }
    }

    [Test]
    public void Compare_takes_the_compare_settings_of_the_redline()
    {
        var dir = Shell.TempFolder("modellaw-cli-ignore");
        try
        {
            var model = File.ReadAllText(Model);
            var national = Path.Combine(dir, "national.en.txt");
            var changed = model.Replace("The purpose of this Law", "The Purpose of this Law", StringComparison.Ordinal);
            changed.Should().NotBe(model, "the model has a word to recase");
            File.WriteAllText(national, changed);

            Modellaw("compare", Model, national, "-f", "json").StdOut.Should().Contain("\"text\": \"Purpose\"", "a case change is a word change");
            Modellaw("compare", Model, national, "-f", "json", "--ignore-case").StdOut.Should().NotContain("\"text\": \"Purpose\"");
        }
        finally { Shell.DeleteFolder(dir); }
    }
}
