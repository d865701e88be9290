using ModelLaw.Cli;
using ModelLaw.Tests.Packaging;

namespace ModelLaw.Tests.CliConventions;

/// <summary>
/// What scripts may rely on for every <c>modellaw</c> command: help with examples, --version, exit codes
/// (0 ok, 1 findings or differences, 2 usage error, 3 input error) and no colour codes when the output is not a terminal.
/// The tool runs as a separate process, as a script would start it.
/// </summary>
[Category("Cli")]
public class CliConventionTests
{
    /// <summary>Every command registered in CliApp.cs (a new command is covered without editing this test).</summary>
    private static IEnumerable<string> Commands() =>
        System.Text.RegularExpressions.Regex.Matches(
                File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src", "ModelLaw.Cli", "CliApp.cs")),
                @"AddCommand<\w+>\(""([a-z-]+)""\)")
            .Select(m => m.Groups[1].Value);

    private static string Model => Path.Combine(TestPaths.Corpus, "models", "ai-ct-model-law.en.txt");
    private static string National => Path.Combine(TestPaths.Corpus, "national", "arcadia.en.txt");

    private static ShellResult Modellaw(params string[] args) =>
        Shell.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "ModelLaw.Cli.dll"), .. args], TestPaths.RepoRoot,
            environment: new Dictionary<string, string?> { ["COLUMNS"] = "200" });

    [TestCaseSource(nameof(Commands))]
    public void Every_command_has_help_with_a_description_and_examples(string command)
    {
        var result = Modellaw(command, "--help");

        result.ExitCode.Should().Be(CliApp.Ok, result.ToString());
        result.StdOut.Should().Contain("DESCRIPTION:").And.Contain("USAGE:").And.Contain("EXAMPLES:");
        result.StdOut.Should().Contain($"modellaw {command} ", "the examples name the command");
    }

    [Test]
    public void The_command_list_is_read_from_CliApp()
    {
        Commands().Should().Contain(["parse", "compare", "coverage", "lint"]);
    }

    [Test]
    public void Quiet_silences_standard_error_when_the_command_succeeds()
    {
        var dir = Shell.TempFolder("modellaw-cli-quiet");
        try
        {
            var html = Path.Combine(dir, "report.html");
            var loud = Modellaw("report", Model, National, "-o", html);
            var quiet = Modellaw("report", Model, National, "-o", html, "--quiet");

            loud.ExitCode.Should().Be(CliApp.Ok, loud.ToString());
            loud.StdErr.Should().Contain("wrote");
            quiet.ExitCode.Should().Be(CliApp.Ok, quiet.ToString());
            quiet.StdErr.Should().BeEmpty();
        }
        finally { Shell.DeleteFolder(dir); }
    }

    [Test]
    public void Quiet_still_reports_an_input_error()
    {
        var result = Modellaw("-q", "compare", Model, "corpus/national/atlantis.en.txt");

        result.ExitCode.Should().Be(CliApp.InputError);
        result.StdErr.Should().Contain("atlantis.en.txt");
    }

    [Test]
    public void Quiet_after_a_double_dash_is_left_to_the_command()
    {
        CliApp.TakeQuiet(["compare", "-q", "a", "--", "-q"]).Should().BeEquivalentTo((true, new[] { "compare", "a", "--", "-q" }));
    }

    [Test]
    public void Version_prints_the_version_from_Directory_Build_props()
    {
        var result = Modellaw("--version");

        result.ExitCode.Should().Be(CliApp.Ok, result.ToString());
        result.StdOut.Trim().Should().Be(PackagingTests.RepoVersion());
    }

    [Test]
    public void No_command_shows_the_help_and_exits_2()
    {
        var result = Modellaw();

        result.ExitCode.Should().Be(CliApp.UsageError);
        result.StdOut.Should().Contain("COMMANDS:");
    }

    [TestCase("bogus")]
    [TestCase("compare")]
    [TestCase("compare", "a.txt", "b.txt", "--format", "xml")]
    [TestCase("compare", "a.txt", "b.txt", "--no-such-option")]
    [TestCase("coverage", "corpus/national")]
    public void A_bad_command_line_exits_2_with_a_message_on_stderr(params string[] args)
    {
        var result = Modellaw(args);

        result.ExitCode.Should().Be(CliApp.UsageError, result.ToString());
        result.StdErr.Should().StartWith("modellaw: ");
    }

    [Test]
    public void A_missing_input_file_exits_3_naming_the_file()
    {
        var result = Modellaw("compare", Model, "corpus/national/atlantis.en.txt");

        result.ExitCode.Should().Be(CliApp.InputError, result.ToString());
        result.StdErr.Should().Contain("atlantis.en.txt");
    }

    [Test]
    public void A_corrupt_docx_exits_3_with_a_one_line_message_and_no_stack_trace()
    {
        var dir = Shell.TempFolder("modellaw-cli-corrupt");
        try
        {
            var docx = Path.Combine(dir, "draft.docx");
            File.WriteAllBytes(docx, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0xFF, 0xFF, 0x00, 0x01, 0x02]);
            var result = Modellaw("parse", docx);

            result.ExitCode.Should().Be(CliApp.InputError, result.ToString());
            result.StdErr.Should().Contain("draft.docx").And.NotContain("   at ");
        }
        finally { Shell.DeleteFolder(dir); }
    }

    [Test]
    public void Compare_exits_0_when_the_texts_are_the_same_and_1_when_they_differ()
    {
        Modellaw("compare", Model, Model, "--format", "csv").ExitCode.Should().Be(CliApp.Ok);
        Modellaw("compare", Model, National, "--format", "csv").ExitCode.Should().Be(CliApp.Findings);
    }

    [Test]
    public void Output_to_a_pipe_has_no_colour_codes()
    {
        var help = Modellaw("compare", "--help");
        var error = Modellaw("bogus");

        help.StdOut.Should().NotContain("\u001b[");
        error.StdErr.Should().NotContain("\u001b[");
    }
}
