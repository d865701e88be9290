using System.Collections.Immutable;

namespace ModelLaw.Coverage;

/// <summary>A source a principle is drawn from, with a pinpoint citation.</summary>
/// <param name="Instrument">The instrument ("Council of Europe Framework Convention on AI, CETS 225").</param>
/// <param name="Pinpoint">The pinpoint ("Art. 8").</param>
/// <param name="Url">Where to read it, when known.</param>
public sealed record PrincipleSource(string Instrument, string Pinpoint, string? Url = null);

/// <summary>A weighted phrase whose presence indicates that a text addresses a principle.</summary>
/// <param name="Phrase">The phrase, in the language it is listed under.</param>
/// <param name="Weight">Its weight in (0, 1].</param>
public sealed record IndicatorPhrase(string Phrase, double Weight)
{
    /// <summary>
    /// False when a negation in front of the phrase must not cancel it: phrases that name a harm a law prohibits
    /// ("discrimination", "terrorist purposes") still address the principle in "shall not discriminate". Default true.
    /// </summary>
    public bool Negatable { get; init; } = true;
}

/// <summary>A key principle of a catalogue.</summary>
public sealed record Principle
{
    /// <summary>Stable id ("human-oversight").</summary>
    public required string Id { get; init; }
    /// <summary>Name.</summary>
    public required string Name { get; init; }
    /// <summary>What the principle requires.</summary>
    public required string Definition { get; init; }
    /// <summary>Where it comes from.</summary>
    public ImmutableArray<PrincipleSource> Sources { get; init; } = ImmutableArray<PrincipleSource>.Empty;
    /// <summary>Indicator phrases per language code.</summary>
    public ImmutableDictionary<string, ImmutableArray<IndicatorPhrase>> Indicators { get; init; } =
        ImmutableDictionary<string, ImmutableArray<IndicatorPhrase>>.Empty;

    /// <summary>
    /// Phrases per language code that, present in a sentence, mean the sentence does not address this principle even if an
    /// indicator matches ("criminal liability" is not accountability in the sense of the principle).
    /// </summary>
    public ImmutableDictionary<string, ImmutableArray<string>> Excludes { get; init; } =
        ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>
    /// The principle's elements ("human review", "power to intervene", "no decision based solely on automated processing"):
    /// a report says which of them a text shows, so a partial status is explained by what is missing. Empty when the catalogue lists none.
    /// </summary>
    public ImmutableArray<PrincipleElement> Elements { get; init; } = ImmutableArray<PrincipleElement>.Empty;

    /// <summary>Operational markers specific to this principle, per language code, added to the catalogue's markers.</summary>
    public ImmutableDictionary<string, OperationalMarkers> Operational { get; init; } =
        ImmutableDictionary<string, OperationalMarkers>.Empty;

    /// <summary>The indicator phrases for a language ("fr", "fr-CA" falls back to "fr"); empty when none.</summary>
    public ImmutableArray<IndicatorPhrase> IndicatorsFor(string language) =>
        Indicators.TryGetValue(language, out var list) ? list
        : Indicators.TryGetValue(LanguageCode.Primary(language), out list) ? list
        : ImmutableArray<IndicatorPhrase>.Empty;
}

/// <summary>One element of a principle (the right to contest, of effective remedies), with the phrases that show a text provides it.</summary>
public sealed record PrincipleElement
{
    /// <summary>Id, unique within the principle ("complaint").</summary>
    public required string Id { get; init; }
    /// <summary>Name ("Complaint mechanism and right to contest").</summary>
    public required string Name { get; init; }
    /// <summary>Phrases per language code, in the indicator syntax (no weights: any one shows the element).</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> Indicators { get; init; } =
        ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>The phrases for a language ("fr-CA" falls back to "fr"); empty when none.</summary>
    public ImmutableArray<string> IndicatorsFor(string language) =>
        Indicators.TryGetValue(language, out var list) ? list
        : Indicators.TryGetValue(LanguageCode.Primary(language), out list) ? list
        : ImmutableArray<string>.Empty;
}

/// <summary>
/// Words that show a sentence operationalises a principle rather than merely naming it, for one language.
/// Phrases use the indicator syntax: words are matched after normalisation and light stemming; a trailing <c>*</c> matches any ending.
/// </summary>
public sealed record OperationalMarkers
{
    /// <summary>No markers.</summary>
    public static OperationalMarkers Empty { get; } = new();

    /// <summary>Obligation verbs ("shall", "must", "doit", "обязан").</summary>
    public ImmutableArray<string> Obligations { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Named authorities ("authority", "court", "autorité", "уполномоченный орган").</summary>
    public ImmutableArray<string> Authorities { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Procedures and time limits ("procedure", "within 30 days", "notification", "порядок").</summary>
    public ImmutableArray<string> Procedures { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Declaratory wording ("is based on the principles of", "a pour objet") that marks a sentence as a mention only.</summary>
    public ImmutableArray<string> Declaratory { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>
    /// Headings of declaratory articles ("Purpose", "Scope", "Definitions", "Objet", "Сфера действия"): what they say about a
    /// principle is a mention, never the provision that addresses it.
    /// </summary>
    public ImmutableArray<string> NonNormativeHeadings { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>
    /// Opening formulas of declaratory articles written without a heading (Chinese "为了……制定本法", "本法下列用语的含义",
    /// "本法适用于", "本法自……施行"): an article without a heading whose first sentence matches one is declaratory.
    /// </summary>
    public ImmutableArray<string> NonNormativeOpenings { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The union of two marker sets (this one first).</summary>
    public OperationalMarkers Merge(OperationalMarkers? other) => other is null ? this : new()
    {
        Obligations = Obligations.AddRange(other.Obligations),
        Authorities = Authorities.AddRange(other.Authorities),
        Procedures = Procedures.AddRange(other.Procedures),
        Declaratory = Declaratory.AddRange(other.Declaratory),
        NonNormativeHeadings = NonNormativeHeadings.AddRange(other.NonNormativeHeadings),
        NonNormativeOpenings = NonNormativeOpenings.AddRange(other.NonNormativeOpenings),
    };
}

/// <summary>Helpers over ISO 639-1 language codes.</summary>
internal static class LanguageCode
{
    /// <summary>"fr-CA" → "fr"; lower case.</summary>
    public static string Primary(string language)
    {
        var code = language.Trim().ToLowerInvariant();
        var dash = code.IndexOfAny(['-', '_']);
        return dash > 0 ? code[..dash] : code;
    }
}

/// <summary>Whether a text covers a principle.</summary>
public enum CoverageStatus
{
    /// <summary>Addressed and operationalised (an obligation, an authority or a procedure).</summary>
    Covered,
    /// <summary>Mentioned, but not operationalised.</summary>
    Partial,
    /// <summary>Not addressed.</summary>
    Absent,
}
