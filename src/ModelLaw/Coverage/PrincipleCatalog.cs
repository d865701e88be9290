using System.Collections.Immutable;

namespace ModelLaw.Coverage;

/// <summary>A versioned catalogue of key principles, loaded from JSON.</summary>
public sealed record PrincipleCatalog
{
    /// <summary>Stable id of the catalogue.</summary>
    public required string Id { get; init; }
    /// <summary>Title.</summary>
    public required string Title { get; init; }
    /// <summary>Catalogue version.</summary>
    public required string Version { get; init; }
    /// <summary>The principles, in order.</summary>
    public required ImmutableArray<Principle> Principles { get; init; }
}
