using System.Text.RegularExpressions;
using ModelLaw.Tests.Packaging;

namespace ModelLaw.Tests.Readme;

/// <summary>
/// tools/run-corpus.cs and tools/test.cs, the file-based programs README gives for PowerShell, build, and the main job
/// runs the same modellaw commands with the same outputs as ./run-corpus.sh (a command added to one script and not the
/// other fails here).
/// </summary>
[NonParallelizable]
[Category("Readme")]
public partial class WindowsScriptTests
{
    private static string Repo => TestPaths.RepoRoot;

    [TestCase("tools/run-corpus.cs")]
    [TestCase("tools/test.cs")]
    public void The_file_based_script_builds(string script)
    {
        var result = Shell.Run("dotnet", ["build", script, "-c", Shell.Configuration], Repo, TimeSpan.FromMinutes(5));

        result.ExitCode.Should().Be(0, result.ToString());
    }

    [Test]
    public void Run_corpus_cs_runs_the_commands_of_run_corpus_sh_with_the_same_outputs()
    {
        var bash = File.ReadAllLines(Path.Combine(Repo, "run-corpus.sh"))
            .Select(l => ShellCommand().Match(l)).Where(m => m.Success)
            .Select(m => Normalise(m.Groups[1].Value, m.Groups[2].Value)).ToList();
        var csharp = File.ReadAllLines(Path.Combine(Repo, "tools", "run-corpus.cs"))
            .Select(l => CSharpCommand().Match(l)).Where(m => m.Success)
            .Select(m => Normalise(m.Groups[1].Value, m.Groups[2].Value)).ToList();

        bash.Should().HaveCount(7, "run-corpus.sh runs compare (json, csv), redline, table, lint, report and coverage");
        csharp.Should().Equal(bash);
    }

    [Test]
    public void Readme_names_both_scripts_beside_the_two_commands()
    {
        var readme = File.ReadAllText(Path.Combine(Repo, "README.md"));
        readme.Should().Contain("`dotnet run tools/run-corpus.cs`").And.Contain("`dotnet run tools/test.cs`");
    }

    // "compare | out/{name}.compare.json" from either script: the command and the files it writes, variables as {name}.
    private static string Normalise(string command, string rest)
    {
        var outputs = OutputPath().Matches(rest).Select(m => Variable().Replace(m.Value, "{$1}"));
        return command + " | " + string.Join(" ", outputs);
    }

    [GeneratedRegex(@"^\s*run (\w[\w-]*) (.*)$")]
    private static partial Regex ShellCommand();

    [GeneratedRegex(@"^\s*Modellaw\(\[?""(\w[\w-]*)"", (.*)$")]
    private static partial Regex CSharpCommand();

    [GeneratedRegex(@"out/[^""\s]+")]
    private static partial Regex OutputPath();

    [GeneratedRegex(@"\$\{?(\w+)\}?")]
    private static partial Regex Variable();
}
