using System.Reflection;

namespace ModelLaw.Tests.Architecture;

/// <summary>The library stacks: no wing uses a wing above it, and every namespace is a folder.</summary>
public class ArchitectureTests
{
    private static readonly Assembly Library = typeof(ModelLawEngine).Assembly;

    private static IEnumerable<(string, string, string, string)> Uses() =>
        TypeReferenceScanner.Scan(Library).SelectMany(kv => kv.Value.Select(used =>
            (kv.Key.Namespace ?? "", kv.Key.FullName ?? kv.Key.Name, used.Namespace ?? "", used.FullName ?? used.Name)));

    [Test]
    public void No_wing_uses_a_wing_above_it()
    {
        var back = Wings.BackArrows(Uses());
        back.Select(b => $"{b.User} uses {b.Used}").Should().BeEmpty(
            "the library stacks Errors, Text → Documents → Reading → Comparing → Coverage → Drafting → Writing → Workflows → engine (docs/architecture.md)");
    }

    [Test]
    public void Every_namespace_of_the_library_is_a_wing_of_the_stack()
    {
        var outside = Library.GetTypes().Where(t => t.Namespace is not null && t.Namespace.StartsWith("ModelLaw", StringComparison.Ordinal))
            .Select(t => Wings.Of(t.Namespace)).Distinct().Where(w => Wings.RungOf(w) < 0);
        outside.Should().BeEmpty("a new top-level folder of src/ModelLaw takes its place in Wings.Rungs");
    }

    [Test]
    public void The_scanner_sees_the_arrows_that_are_there()
    {
        var edges = Uses().Select(u => (Wings.Of(u.Item1), Wings.Of(u.Item3))).ToHashSet();
        edges.Should().Contain(("Reading", "Documents"), "readers build provision trees");
        edges.Should().Contain(("Writing", "Comparing"), "the redline writer renders a comparison");
        edges.Should().Contain(("(root)", "Reading"), "the engine reads documents");
    }

    [Test]
    public void A_lower_wing_using_a_higher_one_is_reported()
    {
        var uses = new[]
        {
            ("ModelLaw.Reading.PlainText", "ModelLaw.Reading.PlainText.TextParser", "ModelLaw.Documents", "ModelLaw.Documents.Provision"),
            ("ModelLaw.Documents", "ModelLaw.Documents.Provision", "ModelLaw.Writing.Json", "ModelLaw.Writing.Json.JsonDocumentWriter"),
            ("ModelLaw.Errors", "ModelLaw.Errors.SourceLocation", "ModelLaw.Text", "ModelLaw.Text.ArabicText"),
        };
        Wings.BackArrows(uses).Should().Equal(("ModelLaw.Documents.Provision", "ModelLaw.Writing.Json.JsonDocumentWriter"));
    }

    [Test]
    public void Namespaces_follow_folders()
    {
        var src = Path.Combine(TestPaths.RepoRoot, "src", "ModelLaw");
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(src, file);
            if (rel.StartsWith("bin", StringComparison.Ordinal) || rel.StartsWith("obj", StringComparison.Ordinal)) continue;
            var folder = Path.GetDirectoryName(rel)!.Replace(Path.DirectorySeparatorChar, '.');
            var expected = folder.Length == 0 ? "ModelLaw" : "ModelLaw." + folder;
            var declared = File.ReadLines(file).FirstOrDefault(l => l.StartsWith("namespace ", StringComparison.Ordinal));
            if (declared is not null && declared.TrimEnd(';', ' ') != "namespace " + expected) wrong.Add($"{rel}: {declared}");
        }
        wrong.Should().BeEmpty();
    }
}
