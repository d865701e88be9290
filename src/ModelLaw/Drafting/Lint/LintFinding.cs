using System.Collections.Immutable;
using ModelLaw.Documents;
using ModelLaw.Drafting.CrossReferences;

namespace ModelLaw.Drafting.Lint;

/// <summary>One problem the linter found.</summary>
public sealed record LintFinding
{
    /// <summary>How serious it is: errors make <c>modellaw lint</c> exit with code 1.</summary>
    public required DiagnosticSeverity Severity { get; init; }
    /// <summary>Stable code ("ML101").</summary>
    public required string Code { get; init; }
    /// <summary>Rule name ("dangling-reference").</summary>
    public required string Rule { get; init; }
    /// <summary>One human-readable sentence.</summary>
    public required string Message { get; init; }
    /// <summary>Citation of the provision concerned.</summary>
    public required string Citation { get; init; }
    /// <summary>eId of the provision concerned.</summary>
    public required string EId { get; init; }
    /// <summary>Line range or Word paragraph, when known.</summary>
    public SourceSpan? Span { get; init; }
    /// <summary>eId of the other provision the finding names (the first of two with the same number), or null.</summary>
    public string? RelatedEId { get; init; }
    /// <summary>Where that other provision stands, when known.</summary>
    public SourceSpan? RelatedSpan { get; init; }
}

/// <summary>The findings of a lint run over one document.</summary>
public sealed record LintReport
{
    /// <summary>The document linted.</summary>
    public required LegalDocument Document { get; init; }
    /// <summary>Findings in document order.</summary>
    public required ImmutableArray<LintFinding> Findings { get; init; }
    /// <summary>The other instruments the document cites, most cited first (listed, not flagged).</summary>
    public ImmutableArray<CitedInstrument> CitedInstruments { get; init; } = ImmutableArray<CitedInstrument>.Empty;
    /// <summary>Keys of the cited instruments whose references were checked against a text given in <see cref="LintOptions.ExternalTexts"/>.</summary>
    public ImmutableArray<string> CheckedInstruments { get; init; } = ImmutableArray<string>.Empty;
    /// <summary>Number of error findings.</summary>
    public int Errors => Findings.Count(f => f.Severity == DiagnosticSeverity.Error);
    /// <summary>Number of warning findings.</summary>
    public int Warnings => Findings.Count(f => f.Severity == DiagnosticSeverity.Warning);
}

/// <summary>A text that references to another instrument may be checked against.</summary>
/// <param name="Document">The other instrument's text.</param>
/// <param name="Name">What the citing text calls it ("Directive 2003/71/EC"); when null, the instrument its title names.</param>
public sealed record ExternalText(LegalDocument Document, string? Name = null);

/// <summary>Which checks to run. Immutable; all on by default.</summary>
public sealed record LintOptions
{
    /// <summary>Rules to skip, by name ("numbering-gap") or code ("ML102").</summary>
    public ImmutableHashSet<string> DisabledRules { get; init; } = ImmutableHashSet<string>.Empty;
    /// <summary>
    /// Texts of other instruments: a reference into one of them ("Article 4(2) of Directive 2003/71/EC") is checked against
    /// it, and one to a provision it lacks is an error (ML110). References to instruments not given are only listed.
    /// </summary>
    public ImmutableArray<ExternalText> ExternalTexts { get; init; } = ImmutableArray<ExternalText>.Empty;
    /// <summary>The defaults.</summary>
    public static LintOptions Default { get; } = new();
}

/// <summary>Checks a draft the way a careful legislative counsel does.</summary>
public interface ILinter
{
    /// <summary>Lints the document.</summary>
    LintReport Lint(LegalDocument document, LintOptions? options = null, CancellationToken cancellationToken = default);
}
