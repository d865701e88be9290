using System.Collections.Immutable;

namespace ModelLaw.Drafting.Definitions;

/// <summary>A term defined by the text ("'operator' means ...", "« exploitant » : ...", "оператор — ...").</summary>
public sealed record DefinedTerm
{
    /// <summary>The term as written, without quotes.</summary>
    public required string Term { get; init; }
    /// <summary>eId of the provision that defines it.</summary>
    public required string EId { get; init; }
    /// <summary>Citation of that provision.</summary>
    public required string Citation { get; init; }
    /// <summary>True for a definition given inline elsewhere ("hereinafter 'the Authority'", "далее — «Орган»").</summary>
    public bool Inline { get; init; }
    /// <summary>The other terms defined with it, in the order written ("MTF" for "'multilateral trading facility' or 'MTF' means"); using any of them uses the definition.</summary>
    public ImmutableArray<string> Alternatives { get; init; } = ImmutableArray<string>.Empty;
}
