using System.Collections.Immutable;
using ModelLaw.Comparing;
using ModelLaw.Documents;

namespace ModelLaw.Coverage;

/// <summary>One place in a text that addresses a principle.</summary>
public sealed record CoverageEvidence
{
    /// <summary>eId of the provision.</summary>
    public required string EId { get; init; }
    /// <summary>Citation of the provision.</summary>
    public required string Citation { get; init; }
    /// <summary>The sentence the phrases were found in.</summary>
    public required string Sentence { get; init; }
    /// <summary>Indicator phrases matched.</summary>
    public ImmutableArray<string> MatchedPhrases { get; init; } = ImmutableArray<string>.Empty;
    /// <summary>Score of this evidence in [0, 1].</summary>
    public double Score { get; init; }
    /// <summary>True when the sentence operationalises the principle (obligation, authority, procedure).</summary>
    public bool Operational { get; init; }
}

/// <summary>How one text covers one principle.</summary>
public sealed record PrincipleCoverage
{
    /// <summary>The principle.</summary>
    public required Principle Principle { get; init; }
    /// <summary>Status found in the text itself.</summary>
    public required CoverageStatus Status { get; init; }
    /// <summary>Score in [0, 1].</summary>
    public double Score { get; init; }
    /// <summary>Where the text addresses it.</summary>
    public ImmutableArray<CoverageEvidence> Evidence { get; init; } = ImmutableArray<CoverageEvidence>.Empty;
    /// <summary>Status derived through the alignment with a tagged model, when a comparison was given.</summary>
    public CoverageStatus? DerivedStatus { get; init; }
    /// <summary>True when the text-based and the derived status disagree.</summary>
    public bool MethodsDisagree => DerivedStatus is { } d && d != Status;
}

/// <summary>Coverage of a catalogue's principles by one text.</summary>
public sealed record CoverageReport
{
    /// <summary>The text analysed.</summary>
    public required LegalDocument Document { get; init; }
    /// <summary>The catalogue.</summary>
    public required PrincipleCatalog Catalog { get; init; }
    /// <summary>One entry per principle, in catalogue order.</summary>
    public required ImmutableArray<PrincipleCoverage> Principles { get; init; }
    /// <summary>What the analyzer noticed.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = ImmutableArray<Diagnostic>.Empty;
}

/// <summary>Options of the coverage analysis.</summary>
public sealed record CoverageOptions
{
    /// <summary>The defaults.</summary>
    public static CoverageOptions Default { get; } = new();
}

/// <summary>Checks a text against a principle catalogue.</summary>
public interface ICoverageAnalyzer
{
    /// <summary>
    /// Analyses <paramref name="document"/>. When <paramref name="viaModel"/> (a comparison of the document against a model
    /// whose provisions carry principle tags) is given, the report also holds the status derived through the alignment.
    /// </summary>
    CoverageReport Analyze(LegalDocument document, PrincipleCatalog catalog, Comparison? viaModel = null,
        CoverageOptions? options = null, CancellationToken cancellationToken = default);
}
