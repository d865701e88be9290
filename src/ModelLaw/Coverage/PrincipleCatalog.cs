using System.Collections.Immutable;

namespace ModelLaw.Coverage;

/// <summary>
/// A versioned catalogue of key principles, loaded from JSON (see <c>docs/principle-catalog.md</c> for the format).
/// Immutable and thread-safe.
/// </summary>
public sealed record PrincipleCatalog
{
    /// <summary>The catalogue schema versions this library reads.</summary>
    public static IReadOnlyList<int> SupportedSchemaVersions { get; } = [1];

    /// <summary>Stable id of the catalogue.</summary>
    public required string Id { get; init; }
    /// <summary>Title.</summary>
    public required string Title { get; init; }
    /// <summary>Catalogue version.</summary>
    public required string Version { get; init; }
    /// <summary>The principles, in order.</summary>
    public required ImmutableArray<Principle> Principles { get; init; }

    /// <summary>Schema version of the JSON the catalogue was read from (1 when built in code).</summary>
    public int SchemaVersion { get; init; } = 1;

    /// <summary>What the catalogue is for and where it comes from, when given.</summary>
    public string? Description { get; init; }

    /// <summary>Operational markers shared by all principles, per language code.</summary>
    public ImmutableDictionary<string, OperationalMarkers> Operational { get; init; } =
        ImmutableDictionary<string, OperationalMarkers>.Empty;

    /// <summary>Name of the file the catalogue was read from, when known.</summary>
    public string? SourceName { get; init; }

    /// <summary>The principle with this id, or null.</summary>
    public Principle? Find(string id) => Principles.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));

    /// <summary>Languages for which at least one principle has indicator phrases, sorted.</summary>
    public IReadOnlyList<string> Languages =>
        Principles.SelectMany(p => p.Indicators.Where(kv => !kv.Value.IsEmpty).Select(kv => kv.Key))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Markers that apply to <paramref name="principle"/> in <paramref name="language"/>: the catalogue's, then the principle's own.</summary>
    public OperationalMarkers MarkersFor(Principle principle, string language)
    {
        var lang = LanguageCode.Primary(language);
        var shared = Operational.GetValueOrDefault(lang) ?? OperationalMarkers.Empty;
        return shared.Merge(principle.Operational.GetValueOrDefault(lang));
    }

    /// <summary>
    /// Reads a catalogue from a JSON file. Throws <see cref="InvalidConfigurationException"/> naming the file when the JSON is
    /// malformed, a required field is missing, ids repeat, a weight is out of range or the schema version is unknown.
    /// </summary>
    public static PrincipleCatalog Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidConfigurationException($"cannot read principle catalogue: {ex.Message}", new SourceLocation(name), ex);
        }
        return Parse(json, name);
    }

    /// <summary>
    /// Reads a catalogue from a JSON file asynchronously; errors as <see cref="Load(string)"/>.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<PrincipleCatalog> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        cancellationToken.ThrowIfCancellationRequested();
        var name = Path.GetFileName(path);
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidConfigurationException($"cannot read principle catalogue: {ex.Message}", new SourceLocation(name), ex);
        }
        return Parse(json, name);
    }

    /// <summary>Parses a catalogue from JSON text; <paramref name="sourceName"/> names it in errors.</summary>
    public static PrincipleCatalog Parse(string json, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return PrincipleCatalogJson.Parse(json, sourceName);
    }
}
