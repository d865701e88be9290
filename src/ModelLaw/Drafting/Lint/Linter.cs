using System.Text.RegularExpressions;
using ModelLaw.Documents;
using ModelLaw.Drafting.CrossReferences;
using ModelLaw.Drafting.Definitions;

namespace ModelLaw.Drafting.Lint;

/// <summary>
/// The default linter: dangling internal references (and, given their texts, references into other instruments),
/// numbering gaps and duplicates read in the scheme of each sequence, points without a lead-in, unfilled placeholders,
/// empty provisions, and defined-term hygiene. References to other instruments are listed, not flagged. Stateless and
/// thread-safe.
/// </summary>
public sealed class Linter(CrossReferenceExtractor references, DefinitionExtractor definitions) : ILinter
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // [name of State], […], [...], [●], ____ ; not footnote markers like [1], notes like [Repealed, 2015, c. 32, s. 6], nor ["quoted list"]
    private static readonly Regex Placeholder = new(
        @"\[(?!\d+\])(?!\s*(?:Repealed|Deleted|Spent|Omitted|Amendments|Abrogé|Supprimé|Утратил|Derogad|ملغ)|\s*[""“«])(?![A-Z]{2,6}/\d)(?![^\]\n]*,\s*[cs]\.\s*\d)[^\[\]\n]{0,80}\]|_{3,}|…\s*…|\.{5,}",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    private static bool OpensOnItsLine(Provision p) =>
        p.Children.FirstOrDefault() is { Span: { } child } && p.Span is { } own && child.Unit == own.Unit && child.Start == own.Start;

    /// <summary>Creates a linter with default extractors.</summary>
    public Linter() : this(new CrossReferenceExtractor(), new DefinitionExtractor()) { }

    /// <inheritdoc />
    public LintReport Lint(LegalDocument document, LintOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= LintOptions.Default;
        var sink = new FindingSink(options);
        var analysis = references.Analyse(document, cancellationToken);
        var checkedKeys = ReferenceFindings.Check(document, analysis, options, sink, cancellationToken);

        foreach (var p in document.Root.DescendantsAndSelf())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (p.Kind == ProvisionKind.Document) continue;
            // a common-law subsection's heading ("(a) In general.—") stands as its lead-in, and "(a)(1) The Director ..." opens
            // its first paragraph on its own line
            if (p.Content.Length == 0 && !(p.Kind.IsActLevel() && (!string.IsNullOrWhiteSpace(p.Heading) || OpensOnItsLine(p))) && p.Children.Any(c => c.Kind is ProvisionKind.Point or ProvisionKind.Subpoint or ProvisionKind.Indent or ProvisionKind.Definition
                                                        or ProvisionKind.ActParagraph or ProvisionKind.ActSubparagraph or ProvisionKind.Clause))
                sink.Add(DiagnosticSeverity.Warning, "ML104", "points-without-lead-in", p, "The points of this provision have no introductory words.");
            foreach (var value in Placeholder.Matches(p.Content + "\n" + p.WrapUp + "\n" + p.Heading).Select(m => m.Value).Distinct(StringComparer.Ordinal))
                sink.Add(DiagnosticSeverity.Warning, "ML105", "placeholder", p, $"Unfilled placeholder '{value}'.");
            // a repealed unit, or a numbered line kept for its note ("52 to 57 [Amendments]"), has no text on purpose
            if (p.Number is not null && !p.Kind.IsDivision() && p.Content.Trim().Length == 0 && !p.HasChildren && string.IsNullOrWhiteSpace(p.WrapUp)
                && !p.IsRepealed && p.Notes.IsEmpty
                && !NumberingCheck.IsRepeatedLabel(document, p))
                sink.Add(DiagnosticSeverity.Error, "ML106", "empty-provision", p, "The provision has a number but no text.");
        }
        NumberingCheck.Run(document, sink, cancellationToken);
        TermCheck.Run(document, definitions.Extract(document, cancellationToken), sink, cancellationToken);
        return new LintReport { Document = document, Findings = sink.Ordered(), CitedInstruments = analysis.Instruments, CheckedInstruments = checkedKeys };
    }
}
