using System.Collections.Immutable;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Reading.PlainText;

namespace ModelLaw.Workflows.Models;

/// <summary>
/// Reads documents so that a forced language never gives a silent wrong result: when <see cref="ReadOptions.Language"/>
/// names a language ModelLaw has a profile for and the text reads as another one, reading fails with a
/// <see cref="LanguageMismatchException"/> naming the file (English headings forced onto a French law find no article,
/// and every model article would then look omitted). A language without a profile is passed through as before.
/// Stateless and thread-safe.
/// </summary>
public sealed class LanguageGuard
{
    private readonly IDocumentLoader _loader;
    private readonly ImmutableHashSet<string> _known;

    /// <summary>Creates the guard over a loader and the language profiles it reads with.</summary>
    public LanguageGuard(IDocumentLoader loader, IEnumerable<LanguageProfile> profiles)
    {
        _loader = loader ?? throw new ArgumentNullException(nameof(loader));
        _known = (profiles ?? throw new ArgumentNullException(nameof(profiles)))
            .Select(p => ModelSet.LanguageKey(p.Code)).ToImmutableHashSet(StringComparer.Ordinal);
    }

    /// <summary>Reads <paramref name="path"/>; a forced language is checked against the language the text reads as.</summary>
    /// <exception cref="LanguageMismatchException">The forced language contradicts the text.</exception>
    /// <exception cref="ModelLawException">The file cannot be read.</exception>
    public async Task<LegalDocument> ReadAsync(string path, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var o = options ?? ReadOptions.Default;
        if (o.SourceName is null) o = o with { SourceName = Path.GetFileName(path) };
        var forced = ModelSet.LanguageKey(o.Language);
        if (forced.Length == 0 || !_known.Contains(forced))
            return await _loader.ReadAsync(path, o, cancellationToken).ConfigureAwait(false);

        // read as detected: when it agrees, that is the document the forced profile gives
        var detected = await _loader.ReadAsync(path, o with { Language = null }, cancellationToken).ConfigureAwait(false);
        var actual = ModelSet.LanguageKey(detected.Language);
        if (actual == forced || actual.Length == 0 || actual == "und")
            return actual == forced ? detected : await _loader.ReadAsync(path, o, cancellationToken).ConfigureAwait(false);
        throw new LanguageMismatchException(
            $"the language was forced to '{o.Language}' but the text reads as '{detected.Language}'; " +
            "leave the language out to detect it per text, or give the right one", new SourceLocation(o.SourceName));
    }
}
