namespace ModelLaw.Documents;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>For information: what the parser guessed.</summary>
    Info,
    /// <summary>Something was skipped or is doubtful.</summary>
    Warning,
    /// <summary>Something is wrong and the result is incomplete.</summary>
    Error,
}

/// <summary>A finding about a document: what a reader guessed or skipped, or what a check found.</summary>
/// <param name="Severity">How serious it is.</param>
/// <param name="Code">Stable machine-readable code, e.g. "ML0001".</param>
/// <param name="Message">One human-readable sentence.</param>
/// <param name="Span">Where in the source, when known.</param>
/// <param name="EId">The provision concerned, when known.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceSpan? Span = null, string? EId = null)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Severity.ToString().ToLowerInvariant()} {Code}: {Message}{(Span is { } s ? $" ({s})" : "")}";
}
