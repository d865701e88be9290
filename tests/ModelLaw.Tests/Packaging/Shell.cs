using System.Diagnostics;
using System.Text;

namespace ModelLaw.Tests.Packaging;

/// <summary>Result of one external command: exit code and both output streams.</summary>
internal sealed record ShellResult(string Command, int ExitCode, string StdOut, string StdErr)
{
    /// <summary>Everything the command printed, for assertion messages.</summary>
    public override string ToString() => $"$ {Command}\nexit {ExitCode}\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}";
}

/// <summary>Runs external programs (dotnet, bash, installed tools) for the packaging, sample and README tests.</summary>
internal static class Shell
{
    /// <summary>The configuration the test assembly was built in ("Release" under ./test.sh, "Debug" by default).</summary>
    public static string Configuration =>
        AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> and waits (killing it after <paramref name="timeout"/>).</summary>
    public static ShellResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory,
        TimeSpan? timeout = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        // keep the child quiet and independent of the test host's own MSBuild/dotnet settings
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        psi.Environment.Remove("MSBuildExtensionsPath");
        psi.Environment.Remove("MSBuildSDKsPath");
        psi.Environment.Remove("MSBUILD_EXE_PATH");
        psi.Environment.Remove("VSTEST_HOST_DEBUG");
        if (environment is not null)
            foreach (var (k, v) in environment)
            {
                if (v is null) psi.Environment.Remove(k);
                else psi.Environment[k] = v;
            }

        var command = fileName + " " + string.Join(" ", psi.ArgumentList);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + fileName);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"timed out after {timeout ?? TimeSpan.FromMinutes(3)}: {command}");
        }
        process.WaitForExit();
        return new ShellResult(command, process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs the dotnet CLI.</summary>
    public static ShellResult Dotnet(string workingDirectory, params string[] arguments) =>
        Run("dotnet", arguments, workingDirectory);

    /// <summary>A fresh empty folder under the system temp folder.</summary>
    public static string TempFolder(string prefix)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Deletes a folder if it exists, ignoring files still held open.</summary>
    public static void DeleteFolder(string? path)
    {
        if (path is null || !Directory.Exists(path)) return;
        try { Directory.Delete(path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
