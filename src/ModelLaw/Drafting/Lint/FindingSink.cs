using System.Collections.Immutable;
using ModelLaw.Documents;

namespace ModelLaw.Drafting.Lint;

/// <summary>Collects the findings of one lint run, leaving out disabled rules. Not shared: one per run.</summary>
internal sealed class FindingSink(LintOptions options)
{
    private readonly List<LintFinding> _findings = new();

    public void Add(DiagnosticSeverity severity, string code, string rule, Provision p, string message, Provision? related = null)
    {
        if (options.DisabledRules.Contains(rule) || options.DisabledRules.Contains(code)) return;
        _findings.Add(new LintFinding
        {
            Severity = severity, Code = code, Rule = rule, Message = message, Citation = Cite(p), EId = p.EId, Span = p.Span,
            RelatedEId = related?.EId, RelatedSpan = related?.Span,
        });
    }

    /// <summary>The findings in document order, each once.</summary>
    public ImmutableArray<LintFinding> Ordered() =>
        _findings.Distinct().OrderBy(f => f.Span?.Start ?? int.MaxValue).ThenBy(f => f.Code, StringComparer.Ordinal).ToImmutableArray();

    public static string Cite(Provision p) => string.IsNullOrEmpty(p.Citation) ? p.Label : p.Citation;

    /// <summary>"line 12" or the citation, to name a second place in a message.</summary>
    public static string Where(Provision p) => p.Span is { Unit: SourceUnit.Line } s
        ? $"{Cite(p)} (line {s.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)})"
        : Cite(p);
}
