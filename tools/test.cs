#!/usr/bin/env dotnet
// The tests, as ./test.sh runs them, from any shell (PowerShell on Windows too), with the .NET 10 SDK alone:
//   dotnet run tools/test.cs                                   # from the repository root
//   dotnet run tools/test.cs -- --filter "FullyQualifiedName~Readme"   # arguments after -- go to dotnet test
// Builds ModelLaw.sln in Release, runs every test project, lists every skipped test with its reason, then prints a final
// "N passed, N failed, N skipped" line; exits non-zero when the build or a test fails.
// System tools: on Debian/Ubuntu as root, Chromium, LibreOffice, poppler and PostgreSQL are installed when missing and a
// throwaway PostgreSQL runs during the tests (tests/postgres/server.sh), as in ./test.sh. Elsewhere (Windows, macOS, or
// not root) nothing is installed: what is missing is named, and the tests that need it are skipped with their reason.
// CHROMIUM_PATH (a Chromium or Chrome executable) and MODELLAW_TEST_POSTGRES (a connection string to a server you run)
// are passed through to the tests.
using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;

var repo = FindRepository();
var linux = OperatingSystem.IsLinux();
var root = linux && Environment.UserName == "root";

CheckTools(linux, root);

var build = Run(repo, "dotnet", ["build", "ModelLaw.sln", "-c", "Release"], echo: false);
foreach (var line in build.Output.TakeLast(3)) Console.WriteLine(line);
if (build.ExitCode != 0)
{
    Console.WriteLine("build failed");
    return build.ExitCode;
}

var environment = linux ? StartPostgres(repo) : NoPostgres();
var results = Directory.CreateTempSubdirectory("modellaw-trx-").FullName;
try
{
    string[] arguments = ["test", "ModelLaw.sln", "-c", "Release", "--no-build", "--logger", "trx", "--results-directory", results, .. args];
    var test = Run(repo, "dotnet", arguments, echo: true, environment);
    foreach (var trx in Directory.EnumerateFiles(results, "*.trx")) PrintSkipped(trx);
    return PrintTotals(test.Output) && test.ExitCode == 0 ? 0 : Math.Max(test.ExitCode, 1);
}
finally
{
    Directory.Delete(results, recursive: true);
    if (environment.ContainsKey("MODELLAW_TEST_PGDATA")) Run(repo, "bash", ["tests/postgres/server.sh", "stop"], echo: false, environment);
}

// The repository root: the folder above this file's tools/ (or, failing that, the first folder up with ModelLaw.sln).
static string FindRepository()
{
    var script = AppContext.GetData("EntryPointFileDirectoryPath") as string;
    if (script is not null && File.Exists(Path.Combine(script, "..", "ModelLaw.sln"))) return Path.GetFullPath(Path.Combine(script, ".."));
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "ModelLaw.sln"))) return dir.FullName;
    throw new InvalidOperationException("ModelLaw.sln not found: run from the repository");
}

// Chromium (browser tests), LibreOffice (rendering of .docx output), poppler's pdftotext (text of the rendered PDF).
static void CheckTools(bool linux, bool root)
{
    var missing = new List<(string Program, string Package, string Tests)>();
    if (!OnPath("chromium") && Environment.GetEnvironmentVariable("CHROMIUM_PATH") is null)
        missing.Add(("chromium", "chromium", "browser tests (task pane, HTML report); set CHROMIUM_PATH to use another Chromium or Chrome"));
    if (!OnPath("soffice")) missing.Add(("soffice", "libreoffice-writer-nogui", "LibreOffice rendering tests of .docx output"));
    if (!OnPath("pdftotext")) missing.Add(("pdftotext", "poppler-utils", "text checks of rendered PDFs"));
    if (missing.Count == 0) return;
    if (linux && root && OnPath("apt-get"))
    {
        var packages = missing.Select(m => m.Package).ToArray();
        Console.WriteLine($"installing: {string.Join(" ", packages)}");
        var env = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
        if (Run(".", "apt-get", ["update", "-qq"], echo: false).ExitCode == 0
            && Run(".", "apt-get", ["install", "-y", "-qq", .. packages], echo: false, env).ExitCode == 0) return;
        Console.WriteLine($"warning: could not install {string.Join(" ", packages)}; tests that need them will be skipped");
        return;
    }
    var why = linux ? "not root, or no apt-get: nothing is installed" : "installing them is scripted for Debian/Ubuntu only";
    foreach (var m in missing) Console.WriteLine($"note: {m.Program} not found ({why}); skipped: {m.Tests}");
}

// tests/postgres/server.sh start prints export lines (and notes as `echo '...' >&2`): their variables go to dotnet test.
static Dictionary<string, string> StartPostgres(string repo)
{
    var env = new Dictionary<string, string>();
    if (Environment.GetEnvironmentVariable("MODELLAW_TEST_POSTGRES") is { Length: > 0 }) return env;
    var start = Run(repo, "bash", ["tests/postgres/server.sh", "start"], echo: false);
    foreach (var line in start.Output)
    {
        if (Regex.Match(line, "^export (\\w+)='(.*)'$") is { Success: true } export) env[export.Groups[1].Value] = export.Groups[2].Value;
        else if (Regex.Match(line, "^echo '(.*)' >&2$") is { Success: true } note) Console.Error.WriteLine(note.Groups[1].Value);
    }
    return env;
}

static Dictionary<string, string> NoPostgres()
{
    if (Environment.GetEnvironmentVariable("MODELLAW_TEST_POSTGRES") is not { Length: > 0 })
        Console.WriteLine("note: no PostgreSQL is started here (tests/postgres/server.sh is Debian-specific); skipped: the PostgreSQL "
            + "provision store tests; set MODELLAW_TEST_POSTGRES to a connection string of a server you run to include them");
    return new Dictionary<string, string>();
}

// "  Skipped NAME: REASON" for every test a TRX file reports as not executed (the console logger does not say why).
static void PrintSkipped(string trx)
{
    XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
    foreach (var result in XDocument.Load(trx).Descendants(ns + "UnitTestResult").Where(r => (string?)r.Attribute("outcome") == "NotExecuted"))
    {
        var reason = result.Descendants(ns + "Message").FirstOrDefault()?.Value;
        Console.WriteLine($"  Skipped {(string?)result.Attribute("testName")}: {(string.IsNullOrWhiteSpace(reason) ? "(no reason given)" : reason.Trim())}");
    }
}

// Sums the "Passed!  - Failed: 0, Passed: 10, Skipped: 1, Total: 11" line of every test project ("Skipped!" when all were skipped).
static bool PrintTotals(IEnumerable<string> output)
{
    int passed = 0, failed = 0, skipped = 0, projects = 0;
    foreach (var line in output)
    {
        var m = Regex.Match(line, @"^(Passed|Failed|Skipped)! +- Failed: +([\d,]+), Passed: +([\d,]+), Skipped: +([\d,]+)");
        if (!m.Success) continue;
        failed += Count(m.Groups[2].Value);
        passed += Count(m.Groups[3].Value);
        skipped += Count(m.Groups[4].Value);
        projects++;
    }
    if (projects == 0)
    {
        Console.WriteLine("no test summary found");
        return false;
    }
    Console.WriteLine($"{passed} passed, {failed} failed, {skipped} skipped");
    return true;

    static int Count(string digits) => int.Parse(digits.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
}

static bool OnPath(string program)
{
    string[] names = OperatingSystem.IsWindows() ? [program + ".exe", program + ".cmd", program] : [program];
    return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(dir => names.Any(n => File.Exists(Path.Combine(dir, n))));
}

// Runs a program; its output (standard output and error, in order) is kept and, with echo, printed as it comes.
static (int ExitCode, List<string> Output) Run(string directory, string program, IEnumerable<string> arguments, bool echo,
    IReadOnlyDictionary<string, string>? environment = null)
{
    var psi = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var a in arguments) psi.ArgumentList.Add(a);
    foreach (var (k, v) in environment ?? new Dictionary<string, string>()) psi.Environment[k] = v;
    var output = new List<string>();
    void Take(string? line)
    {
        if (line is null) return;
        lock (output) output.Add(line);
        if (echo) Console.WriteLine(line);
    }
    using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {program}");
    process.OutputDataReceived += (_, e) => Take(e.Data);
    process.ErrorDataReceived += (_, e) => Take(e.Data);
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    process.WaitForExit();
    return (process.ExitCode, output);
}
