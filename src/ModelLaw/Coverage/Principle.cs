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
public sealed record IndicatorPhrase(string Phrase, double Weight);

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
