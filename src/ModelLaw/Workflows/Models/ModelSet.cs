using System.Collections.Immutable;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Workflows.Batch;

namespace ModelLaw.Workflows.Models;

/// <summary>Picks the model a national text is compared with.</summary>
public interface IModelResolver
{
    /// <summary>The model for <paramref name="national"/> (the one in its language).</summary>
    /// <exception cref="LanguageMismatchException">No model fits the text's language; the message names the file.</exception>
    ModelSetEntry Resolve(LegalDocument national);
}

/// <summary>One model of a set: the document, and the file it came from when it was read from disk.</summary>
/// <param name="Document">The model law in one language.</param>
/// <param name="Path">Its file, or null when built in memory.</param>
public sealed record ModelSetEntry(LegalDocument Document, string? Path = null)
{
    /// <summary>The model's language code as read ("en", "fr", ...).</summary>
    public string Language => Document.Language;

    /// <summary>A short name for messages and summaries: the file name, else the title.</summary>
    public string Name => Path is null ? Document.Title : System.IO.Path.GetFileName(Path);
}

/// <summary>
/// One model law in several languages (the six UN versions of a model, say): each national text is compared with the
/// version in its own language. Built from a file (a set of one), a folder (every text directly inside it, one per
/// language) or documents in memory. Immutable and thread-safe.
/// </summary>
public sealed class ModelSet : IModelResolver
{
    private readonly ImmutableDictionary<string, ModelSetEntry> _byLanguage;

    private ModelSet(ImmutableArray<ModelSetEntry> models, string source)
    {
        if (models.IsEmpty) throw new InvalidConfigurationException($"no model law in {source}", new SourceLocation(source));
        var byLanguage = ImmutableDictionary.CreateBuilder<string, ModelSetEntry>(StringComparer.Ordinal);
        foreach (var m in models)
        {
            var key = LanguageKey(m.Language);
            if (byLanguage.TryGetValue(key, out var other))
                throw new InvalidConfigurationException(
                    $"two models in '{key}': {other.Name} and {m.Name}; a model set holds one model per language", new SourceLocation(source));
            byLanguage[key] = m;
        }
        Models = models;
        Source = source;
        _byLanguage = byLanguage.ToImmutable();
    }

    /// <summary>The models, in the order they were given (by file name for a folder).</summary>
    public ImmutableArray<ModelSetEntry> Models { get; }

    /// <summary>Where the set came from (the file or folder given, or "models" in memory).</summary>
    public string Source { get; }

    /// <summary>The languages of the set, sorted.</summary>
    public ImmutableArray<string> Languages => _byLanguage.Keys.Order(StringComparer.Ordinal).ToImmutableArray();

    /// <summary>A set of the given models (one per language).</summary>
    /// <exception cref="InvalidConfigurationException">No model, or two models in one language.</exception>
    public static ModelSet Of(IEnumerable<ModelSetEntry> models, string source = "models") =>
        new([.. models ?? throw new ArgumentNullException(nameof(models))], source);

    /// <summary>A set of the given documents (one per language).</summary>
    /// <exception cref="InvalidConfigurationException">No model, or two models in one language.</exception>
    public static ModelSet Of(params LegalDocument[] models) => Of(models.Select(m => new ModelSetEntry(m)));

    /// <summary>
    /// Reads a model set: <paramref name="path"/> is one model file, or a folder whose texts (directly inside it, with the
    /// extensions of <see cref="BatchComparer.TextExtensions"/>) are the model in several languages. Each model's
    /// language is detected from its text unless <paramref name="options"/> forces it.
    /// </summary>
    /// <exception cref="ModelLawException">The path does not exist, a model cannot be read, the folder holds no text,
    /// or two of its texts are in the same language.</exception>
    public static async Task<ModelSet> LoadAsync(string path, IDocumentLoader loader, ReadOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(loader);
        IReadOnlyList<string> files;
        if (Directory.Exists(path)) files = BatchComparer.FindTexts(path);
        else if (File.Exists(path)) files = [path];
        else throw new ModelLawException($"file or folder not found: {path}", new SourceLocation(path));
        var entries = new List<ModelSetEntry>(files.Count);
        foreach (var file in files)
        {
            var read = (options ?? ReadOptions.Default) with { SourceName = System.IO.Path.GetFileName(file) };
            entries.Add(new ModelSetEntry(await loader.ReadAsync(file, read, cancellationToken).ConfigureAwait(false), file));
        }
        return new ModelSet([.. entries], path);
    }

    /// <summary>A set with each model replaced by <paramref name="map"/> (to apply principle labels, say).</summary>
    public ModelSet Select(Func<ModelSetEntry, LegalDocument> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new ModelSet([.. Models.Select(m => m with { Document = map(m) })], Source);
    }

    /// <summary>The model in <paramref name="language"/> (its primary subtag: "fr-CA" finds "fr"), or null.</summary>
    public ModelSetEntry? For(string language) => _byLanguage.GetValueOrDefault(LanguageKey(language));

    /// <inheritdoc />
    public ModelSetEntry Resolve(LegalDocument national)
    {
        ArgumentNullException.ThrowIfNull(national);
        if (For(national.Language) is { } model) return model;
        var where = new SourceLocation(national.SourceName ?? national.Title);
        if (Models.Length == 1)
            throw new LanguageMismatchException(
                $"the text is in '{national.Language}' but the model {Models[0].Name} is in '{Models[0].Language}': " +
                "give the folder that holds the model in each language, or the model in the text's language", where);
        throw new LanguageMismatchException(
            $"no model in '{national.Language}' in {Source} (its models are in {string.Join(", ", Languages)})", where);
    }

    /// <summary>"fr-CA" → "fr"; lower case.</summary>
    internal static string LanguageKey(string? language) =>
        (language ?? "").Split('-', '_')[0].Trim().ToLowerInvariant();
}

/// <summary>Model resolution that lets a text in a language the set lacks be compared across languages.</summary>
public static class ModelResolverExtensions
{
    /// <summary>
    /// The model for <paramref name="national"/>: the one in its language; when a <see cref="ModelSet"/> has none in that
    /// language and <paramref name="crossLanguage"/> is true, the set's first model (a single model file is a set of
    /// one), which the comparison then compares across languages (see <see cref="Comparing.CompareOptions.CrossLanguage"/>).
    /// </summary>
    /// <exception cref="LanguageMismatchException">No model fits and <paramref name="crossLanguage"/> is false.</exception>
    public static ModelSetEntry Resolve(this IModelResolver models, LegalDocument national, bool crossLanguage)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(national);
        if (crossLanguage && models is ModelSet set && set.For(national.Language) is null) return set.Models[0];
        return models.Resolve(national);
    }
}
