using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Xml.Linq;

namespace ModelLaw.Tests.Packaging;

/// <summary>
/// The packages as a user gets them: the library and the tool are packed into a temporary folder feed with a version
/// unique to this run (so NuGet's cache can never hand back a stale package), the tool is installed from that feed with
/// --tool-path and run, and samples/consumer (a project outside the solution) restores the library from the feed and
/// compares two corpus texts. The library is packed from the build the tests run from (--no-build); the tool is packed in full, because its
/// per-runtime package is a ReadyToRun publish of its own.
/// </summary>
[NonParallelizable]
[Category("Packaging")]
public class PackagingTests
{
    private string _work = null!;
    private string _feed = null!;
    private string _version = null!;
    private string? _toolPath;

    private static string RuntimeToolPackage => "ModelLaw.Cli." + RuntimeInformation.RuntimeIdentifier;
    private const string AnyToolPackage = "ModelLaw.Cli.any";

    private static XDocument ToolSettings(ZipArchive zip)
    {
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }

    private byte[] ToolAssembly(string package, string runtime)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_feed, $"{package}.{_version}.nupkg"));
        using var stream = zip.GetEntry($"tools/net10.0/{runtime}/ModelLaw.dll")!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    // ReadyToRun images carry a managed native header (the R2R header) in their CLI header
    private static bool IsReadyToRun(byte[] assembly)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(assembly));
        return pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static string Repo => TestPaths.RepoRoot;
    private static string Model => Path.Combine(TestPaths.Corpus, "models", "ai-ct-model-law.en.txt");
    private static string National => Path.Combine(TestPaths.Corpus, "national", "arcadia.en.txt");

    [OneTimeSetUp]
    public void PackBothIntoATemporaryFeed()
    {
        _version = $"{RepoVersion()}-test.{Guid.NewGuid():N}"[..(RepoVersion().Length + 14)];
        _work = Shell.TempFolder("modellaw-pack");
        _feed = Path.Combine(_work, "feed");
        foreach (var project in new[] { "src/ModelLaw", "src/ModelLaw.Cli" })
        {
            var built = File.Exists(Path.Combine(Repo, project, "bin", Shell.Configuration, "net10.0", Path.GetFileName(project) + ".dll"));
            var args = new List<string> { "pack", project, "-c", Shell.Configuration, "-o", _feed, $"-p:PackageVersion={_version}", "-nologo" };
            // the tool's per-runtime packages are ReadyToRun publishes of their own, which --no-build would not make
            if (built && project == "src/ModelLaw") args.Add("--no-build");
            var pack = Shell.Run("dotnet", args, Repo, TimeSpan.FromMinutes(10)); // a hang guard: a ReadyToRun pack takes minutes on a loaded 2-core machine
            pack.ExitCode.Should().Be(0, pack.ToString());
        }
    }

    [OneTimeTearDown]
    public void RemoveTheFeedAndThisRunsPackagesFromTheCache()
    {
        Shell.DeleteFolder(_work);
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                    ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "modellaw", "modellaw.cli", RuntimeToolPackage.ToLowerInvariant(), AnyToolPackage.ToLowerInvariant() })
            Shell.DeleteFolder(Path.Combine(cache, id, _version));
    }

    [Test]
    public void Library_package_carries_readme_license_repository_xml_docs_and_dependencies()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_feed, $"ModelLaw.{_version}.nupkg"));
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        entries.Should().Contain(["PACKAGE.md", "lib/net10.0/ModelLaw.dll", "lib/net10.0/ModelLaw.xml"]);

        var nuspec = ReadNuspec(zip);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        metadata.Element(ns + "id")!.Value.Should().Be("ModelLaw");
        metadata.Element(ns + "license")!.Value.Should().Be("MIT");
        metadata.Element(ns + "license")!.Attribute("type")!.Value.Should().Be("expression");
        metadata.Element(ns + "readme")!.Value.Should().Be("PACKAGE.md");
        metadata.Element(ns + "description")!.Value.Should().NotBeNullOrWhiteSpace();
        metadata.Element(ns + "tags")!.Value.Should().Contain("legislation");
        metadata.Element(ns + "repository")!.Attribute("type")!.Value.Should().Be("git");
        metadata.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value)
            .Should().Contain(["DiffPlex", "DocumentFormat.OpenXml", "Newtonsoft.Json"]);
    }

    [Test]
    public void Library_xml_documentation_documents_the_engine()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_feed, $"ModelLaw.{_version}.nupkg"));
        using var stream = zip.GetEntry("lib/net10.0/ModelLaw.xml")!.Open();
        var members = XDocument.Load(stream).Descendants("member").Select(m => m.Attribute("name")!.Value).ToList();
        members.Should().Contain("T:ModelLaw.ModelLawEngine")
            .And.Contain(m => m.StartsWith("M:ModelLaw.ModelLawEngine.Compare(", StringComparison.Ordinal));
    }

    [Test]
    public void Symbol_packages_hold_portable_pdbs_with_the_sources_embedded()
    {
        foreach (var (package, assembly) in new[] { ("ModelLaw", "ModelLaw"), (AnyToolPackage, "ModelLaw.Cli"), (RuntimeToolPackage, "ModelLaw.Cli") })
        {
            var path = Path.Combine(_feed, $"{package}.{_version}.snupkg");
            File.Exists(path).Should().BeTrue($"{package} has a symbol package");
            using var zip = ZipFile.OpenRead(path);
            var pdb = zip.Entries.Single(e => e.Name == assembly + ".pdb");
            using var stream = new MemoryStream();
            using (var s = pdb.Open()) s.CopyTo(stream);
            using var provider = System.Reflection.Metadata.MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(stream.ToArray()));
            var reader = provider.GetMetadataReader();
            var embeddedSource = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
            var documentsWithSource = reader.Documents.Count(h =>
                reader.GetCustomDebugInformation(h).Any(c => reader.GetGuid(reader.GetCustomDebugInformation(c).Kind) == embeddedSource));
            documentsWithSource.Should().Be(reader.Documents.Count, $"every source file of {package} is embedded in its PDB");
        }
    }

    [Test]
    public void Tool_package_points_to_a_precompiled_package_for_this_runtime_and_a_framework_dependent_fallback()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(_feed, $"ModelLaw.Cli.{_version}.nupkg"));
        var settings = ToolSettings(zip);
        settings.Descendants("Command").Single().Attribute("Name")!.Value.Should().Be("modellaw");
        settings.Descendants("RuntimeIdentifierPackage").Select(p => (p.Attribute("RuntimeIdentifier")!.Value, p.Attribute("Id")!.Value))
            .Should().Contain([(RuntimeInformation.RuntimeIdentifier, RuntimeToolPackage), ("any", AnyToolPackage)]);
        zip.Entries.Should().Contain(e => e.FullName == "PACKAGE.md");
    }

    [Test]
    public void Runtime_tool_package_holds_ReadyToRun_code_and_the_fallback_plain_IL()
    {
        IsReadyToRun(ToolAssembly(RuntimeToolPackage, RuntimeInformation.RuntimeIdentifier)).Should().BeTrue(
            "the per-runtime package is precompiled, so the tool does not start in the JIT");
        IsReadyToRun(ToolAssembly(AnyToolPackage, "any")).Should().BeFalse("the fallback is the portable framework-dependent tool");
        using var zip = ZipFile.OpenRead(Path.Combine(_feed, $"{AnyToolPackage}.{_version}.nupkg"));
        ToolSettings(zip).Descendants("Command").Single().Attribute("Runner")!.Value.Should().Be("dotnet");
    }

    [Test]
    public void Installed_tool_reports_the_version_set_in_Directory_Build_props()
    {
        // the package carries this run's unique suffix; the binaries inside were built with ModelLawVersion
        var modellaw = InstallTool();
        var result = Shell.Run(modellaw, ["--version"], _work);
        result.ExitCode.Should().Be(0, result.ToString());
        result.StdOut.Trim().Should().Be(RepoVersion());
    }

    [Test]
    public void Installing_the_tool_picks_the_package_precompiled_for_this_runtime()
    {
        var modellaw = InstallTool();
        var store = Path.Combine(Path.GetDirectoryName(modellaw)!, ".store", "modellaw.cli", _version);
        Directory.Exists(Path.Combine(store, RuntimeToolPackage.ToLowerInvariant())).Should().BeTrue(
            $"dotnet tool install resolves the pointer package to {RuntimeToolPackage} on this machine");
    }

    [Test]
    public void Installed_tool_compares_a_national_text_with_the_model_and_exits_1_for_differences()
    {
        var modellaw = InstallTool();
        var result = Shell.Run(modellaw, ["compare", Model, National, "--format", "csv"], _work);
        result.ExitCode.Should().Be(1, result.ToString());
        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].TrimEnd('\r').Should().Be("model,national,relation,similarity");
        lines.Should().Contain(l => l.StartsWith("Article 10,Article 10a", StringComparison.Ordinal) || l.StartsWith("Article 1,Article 1,", StringComparison.Ordinal));
    }

    [Test]
    public void Consumer_project_outside_the_solution_restores_the_library_from_the_feed_and_compares()
    {
        var consumer = Path.Combine(_work, "consumer");
        Directory.CreateDirectory(consumer);
        foreach (var file in Directory.GetFiles(Path.Combine(Repo, "samples", "consumer")))
            File.Copy(file, Path.Combine(consumer, Path.GetFileName(file)));
        // only the temporary feed: ModelLaw's own dependencies come from the package cache the solution restored into
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), FeedOnlyConfig());

        var run = Shell.Dotnet(consumer, "run", $"-p:ModelLawPackageVersion={_version}", "--", Model, National);

        run.ExitCode.Should().Be(0, run.ToString());
        run.StdOut.Should().ContainEquivalentOf("Counter-terrorism (artificial intelligence and new technologies) Act").And.Contain("model text kept");
        File.ReadAllText(Path.Combine(consumer, "obj", "project.assets.json")).Should().Contain($"ModelLaw/{_version}");
    }

    /// <summary>A nuget.config whose only source is the temporary feed.</summary>
    private string FeedOnlyConfig() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="modellaw-test-feed" value="{_feed}" />
          </packageSources>
        </configuration>
        """;

    private string InstallTool()
    {
        if (_toolPath is not null) return Path.Combine(_toolPath, "modellaw");
        var toolPath = Path.Combine(_work, "tools");
        var config = Path.Combine(_work, "tool-nuget.config");
        File.WriteAllText(config, FeedOnlyConfig());
        var install = Shell.Dotnet(_work, "tool", "install", "ModelLaw.Cli", "--tool-path", toolPath,
            "--configfile", config, "--version", _version);
        install.ExitCode.Should().Be(0, install.ToString());
        File.Exists(Path.Combine(toolPath, "modellaw")).Should().BeTrue(install.ToString());
        _toolPath = toolPath;
        return Path.Combine(toolPath, "modellaw");
    }

    private static XDocument ReadNuspec(ZipArchive zip)
    {
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }

    /// <summary>ModelLawVersion from Directory.Build.props: the one place the version is set.</summary>
    internal static string RepoVersion() =>
        XDocument.Load(Path.Combine(Repo, "Directory.Build.props")).Descendants("ModelLawVersion").Single().Value;
}
