using System.Text.RegularExpressions;
using ModelLaw.Tests.Packaging;

namespace ModelLaw.Tests.Readme;

/// <summary>
/// README never lies: every fenced <c>bash</c> block in README.md is executed, line by line, from the repository root,
/// in README order (the install block comes before the tour that uses the installed tool).
/// Conventions (see docs/packaging.md#readme-commands):
/// <list type="bullet">
/// <item><c>&lt;!-- readme-test --&gt;</c> on the line before a block: each non-comment line is a command run with bash; it must
/// exit 0, or the code named by a trailing <c># exit N</c> comment.</item>
/// <item><c>&lt;!-- readme-test: ClassName --&gt;</c>: the block's commands are run by that test fixture (which checks README
/// still shows them); <c>&lt;!-- readme-test: samples/file.cs --&gt;</c> on a csharp block: every line of the block is a line
/// of that sample, which a test runs.</item>
/// <item>The "Two commands" section (./run-corpus.sh, ./test.sh) is what CI itself runs; no other bash block may go untested.</item>
/// </list>
/// Outside ./test.sh (which builds Release) "-c Release" is run in the configuration the tests were built in, so a Debug
/// test run does not build everything a second time.
/// </summary>
[NonParallelizable]
[Category("Readme")]
public partial class ReadmeCommandTests
{
    private const string TestedMarker = "<!-- readme-test -->";

    /// <summary>A fenced block of README with the marker before it and the section it sits in.</summary>
    internal sealed record Block(string Language, string? Marker, string Section, int Line, IReadOnlyList<string> Lines);

    /// <summary>The fenced blocks of README.md, in order.</summary>
    internal static IReadOnlyList<Block> Blocks()
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "README.md"));
        var blocks = new List<Block>();
        string section = "";
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal)) section = lines[i][3..].Trim();
            if (!lines[i].StartsWith("```", StringComparison.Ordinal)) continue;
            var language = lines[i][3..].Trim();
            int start = i + 1, end = start;
            while (end < lines.Length && !lines[end].StartsWith("```", StringComparison.Ordinal)) end++;
            int prev = i - 1;
            while (prev >= 0 && string.IsNullOrWhiteSpace(lines[prev])) prev--;
            var marker = prev >= 0 && lines[prev].TrimStart().StartsWith("<!-- readme-test", StringComparison.Ordinal) ? lines[prev].Trim() : null;
            blocks.Add(new Block(language, marker, section, i + 1, lines[start..end]));
            i = end;
        }
        return blocks;
    }

    /// <summary>Commands of a bash block: non-empty lines that are not whole-line comments.</summary>
    internal static IEnumerable<string> Commands(Block block) =>
        block.Lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    [Test]
    public void Every_bash_block_outside_the_two_commands_is_tested()
    {
        var untested = Blocks()
            .Where(b => b.Language == "bash" && b.Marker is null && b.Section != "Two commands")
            .Select(b => $"README.md line {b.Line} ({b.Section})").ToList();

        untested.Should().BeEmpty("every bash block carries a readme-test marker (docs/packaging.md#readme-commands)");
    }

    [Test]
    public void Delegated_blocks_name_a_test_fixture_or_a_sample_that_holds_every_line()
    {
        foreach (var block in Blocks().Where(b => b.Marker is not null && b.Marker != TestedMarker))
        {
            var target = MarkerTarget().Match(block.Marker!).Groups[1].Value.Trim();
            if (target.EndsWith(".cs", StringComparison.Ordinal))
            {
                var sample = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, target)).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
                block.Lines.Select(l => l.Trim()).Where(l => l.Length > 0)
                    .Should().OnlyContain(l => sample.Contains(l), $"README line {block.Line} shows code from {target}");
            }
            else
            {
                typeof(ReadmeCommandTests).Assembly.GetTypes().Should().Contain(t => t.Name == target,
                    $"README line {block.Line} says {target} runs its commands");
            }
        }
    }

    [Test]
    public void Readme_commands_run_and_exit_as_documented()
    {
        if (OperatingSystem.IsWindows())
            Assert.Ignore("README's command blocks are bash: they run on Linux and macOS (CI); on Windows the packaging and sample tests run the same tools through dotnet");
        var failures = new List<string>();
        int run = 0;
        foreach (var block in Blocks().Where(b => b.Language == "bash" && b.Marker == TestedMarker))
        {
            foreach (var command in Commands(block))
            {
                var expected = ExpectedExit().Match(command) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
                var line = Shell.Configuration == "Release" ? command : command.Replace("-c Release", "-c " + Shell.Configuration, StringComparison.Ordinal);
                var result = Shell.Run("bash", ["-c", line], TestPaths.RepoRoot, TimeSpan.FromMinutes(10));
                run++;
                if (result.ExitCode != expected)
                    failures.Add($"README.md line {block.Line}: expected exit {expected}\n{result}");
            }
        }

        run.Should().BeGreaterThan(0);
        failures.Should().BeEmpty();
    }

    [GeneratedRegex(@"<!--\s*readme-test:\s*(.+?)\s*-->")]
    private static partial Regex MarkerTarget();

    [GeneratedRegex(@"#.*\bexit (\d+)")]
    private static partial Regex ExpectedExit();
}
