#!/usr/bin/env dotnet
// The main job on the shipped corpus, as ./run-corpus.sh does it, from any shell (PowerShell on Windows too):
//   dotnet run tools/run-corpus.cs          # from the repository root; needs only the .NET 10 SDK
// Compares every national adaptation with the model law in its language and writes
//   out/report-<lang>.html        self-contained HTML report (summary, concordance, side-by-side diffs, coverage heatmap)
//   out/<national>.compare.json   alignment + word diffs (schema: docs/json-schema.md), and .concordance.csv
//   out/<national>.redline.docx   Word redline with real tracked changes, native moves and coverage comments
//   out/<national>.table.docx     two-column comparative table (model | national text)
//   out/<national>.lint.txt       drafting checks of the national text
//   out/gap-matrix.md             principles × national texts (covered / partial / absent)
// Exit code 0, or the first exit code above 1 of a modellaw command (1 means differences or findings: expected here).
using System.Diagnostics;

var repo = FindRepository();
var build = Run(repo, "dotnet", ["build", "src/ModelLaw.Cli", "-c", "Release", "-nologo", "-v", "q"]);
if (build != 0) return build;
var cli = Path.Combine(repo, "src", "ModelLaw.Cli", "bin", "Release", "net10.0", "ModelLaw.Cli.dll");
const string Catalog = "corpus/principles/ai-counter-terrorism.json";
Directory.CreateDirectory(Path.Combine(repo, "out"));

foreach (var model in Files(repo, "corpus/models", "ai-ct-model-law.*.txt"))
{
    var lang = Path.GetExtension(Path.GetFileNameWithoutExtension(model)).TrimStart('.');
    var nationals = Files(repo, "corpus/national", $"*.{lang}.txt");
    if (nationals.Count == 0) continue;
    foreach (var national in nationals)
    {
        var name = Path.GetFileNameWithoutExtension(national);
        Modellaw("compare", model, national, "--format", "json", "-o", $"out/{name}.compare.json");
        Modellaw("compare", model, national, "--format", "csv", "-o", $"out/{name}.concordance.csv");
        Modellaw("redline", model, national, "--coverage", Catalog, "-o", $"out/{name}.redline.docx");
        Modellaw("table", model, national, "-o", $"out/{name}.table.docx");
        Modellaw("lint", national, "-o", $"out/{name}.lint.txt");
    }
    Modellaw(["report", model, .. nationals, "--principles", Catalog, "-o", $"out/report-{lang}.html"]);
    Console.WriteLine($"out/report-{lang}.html: {model} vs {string.Join(" ", nationals)}");
}
Modellaw("coverage", "corpus/national", "--principles", Catalog, "--format", "md", "-o", "out/gap-matrix.md");
Console.WriteLine($"done: {Directory.GetFileSystemEntries(Path.Combine(repo, "out")).Length} files in out/");
return 0;

// One modellaw command from the repository root; exit 1 (differences, findings) is expected, anything above stops the job.
void Modellaw(params string[] arguments)
{
    var rc = Run(repo, "dotnet", [cli, .. arguments]);
    if (rc > 1)
    {
        Console.Error.WriteLine($"run-corpus: modellaw {string.Join(" ", arguments)} exited {rc}");
        Environment.Exit(rc);
    }
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

// Files of a corpus folder matching a pattern, as repository-relative paths with '/', in ordinal order (as bash globs them).
static List<string> Files(string repo, string folder, string pattern) =>
    Directory.EnumerateFiles(Path.Combine(repo, folder), pattern)
        .Select(f => $"{folder}/{Path.GetFileName(f)}")
        .Order(StringComparer.Ordinal).ToList();

// Runs a program in the repository with the console's own output streams; returns its exit code.
static int Run(string directory, string program, IEnumerable<string> arguments)
{
    var psi = new ProcessStartInfo(program) { WorkingDirectory = directory };
    foreach (var a in arguments) psi.ArgumentList.Add(a);
    using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {program}");
    process.WaitForExit();
    return process.ExitCode;
}
