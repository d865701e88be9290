using System.Reflection;
using System.Runtime.CompilerServices;
using ModelLaw.Coverage;

namespace ModelLaw.Tests.PublicApi;

/// <summary>
/// The library's public surface keeps its promises: results and options are immutable (only builders have setters),
/// services hold no static mutable state, and file reading has an asynchronous, cancellable form.
/// The surface itself is tracked in src/ModelLaw/PublicAPI.*.txt (RS0016/RS0017 break the build when it drifts).
/// </summary>
[Category("PublicApi")]
public class PublicSurfaceTests
{
    private static readonly Assembly Library = typeof(ModelLawEngine).Assembly;

    private static IEnumerable<Type> PublicTypes() => Library.GetExportedTypes();

    [Test]
    public void Public_properties_are_read_only_or_init_only_outside_builders()
    {
        var settable = PublicTypes()
            .Where(t => !t.Name.EndsWith("Builder", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } setter
                            && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                .Select(p => $"{t.FullName}.{p.Name}"))
            .ToList();

        settable.Should().BeEmpty("results and options are immutable records (use `with`)");
    }

    [Test]
    public void Public_types_have_no_mutable_static_fields()
    {
        var mutable = PublicTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.Name.Contains('<', StringComparison.Ordinal))
                .Select(f => $"{t.FullName}.{f.Name}"))
            .ToList();

        mutable.Should().BeEmpty("services are stateless and thread-safe");
    }

    [Test]
    public async Task A_principle_catalogue_loads_asynchronously_like_it_loads_synchronously()
    {
        var path = Path.Combine(TestPaths.Corpus, "principles", "ai-counter-terrorism.json");

        var loaded = await PrincipleCatalog.LoadAsync(path);

        loaded.Id.Should().Be(PrincipleCatalog.Load(path).Id);
        loaded.Principles.Select(p => p.Id).Should().Equal(PrincipleCatalog.Load(path).Principles.Select(p => p.Id));
    }

    [Test]
    public async Task Loading_a_catalogue_honours_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var load = () => PrincipleCatalog.LoadAsync(Path.Combine(TestPaths.Corpus, "principles", "ai-counter-terrorism.json"), cancelled.Token);

        await load.Should().ThrowAsync<OperationCanceledException>();
    }

    [Test]
    public async Task A_missing_catalogue_file_is_an_invalid_configuration_naming_the_file()
    {
        var load = () => PrincipleCatalog.LoadAsync(Path.Combine(TestPaths.Corpus, "principles", "no-such-catalogue.json"));

        (await load.Should().ThrowAsync<InvalidConfigurationException>()).WithMessage("*no-such-catalogue.json*");
    }
}
