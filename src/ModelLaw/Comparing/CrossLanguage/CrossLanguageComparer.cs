using System.Collections.Immutable;
using ModelLaw.Documents;

namespace ModelLaw.Comparing.CrossLanguage;

/// <summary>
/// Compares a national text with a model written in another language: the same <see cref="Comparison"/> as the
/// same-language comparer (links at every level, relations, summary, concordance), found by signals that cross
/// languages, without word diffs. Stateless and thread-safe.
/// </summary>
internal static class CrossLanguageComparer
{
    /// <summary>Diagnostic code saying that the comparison was made across languages.</summary>
    public const string UsedCode = "ML0303";

    /// <summary>Diagnostic code saying that the scripts share no letters, so only numbers and structure link.</summary>
    public const string ScriptsCode = "ML0304";

    public static Comparison Compare(LegalDocument model, LegalDocument national, CompareOptions options, CancellationToken ct) =>
        Compare(model, national, options, CrossLanguageSettings.Default, ct);

    /// <summary>The comparison with other thresholds (tests and the probe measure settings this way).</summary>
    internal static Comparison Compare(LegalDocument model, LegalDocument national, CompareOptions options, CrossLanguageSettings settings, CancellationToken ct)
    {
        var aligner = new CrossLanguageAligner(model, national, settings, ct);
        var top = aligner.AlignUnits();
        top.AddRange(DivisionLinker.Link(model.Root, national.Root, top));
        if (Preamble(model) is { } mp && Preamble(national) is { } np)
            top.Add(new CrossLink(CrossLinkKind.Structure, 0) { SortKey = -1 }.WithModel(mp).With(np));
        string detail = $"across languages ({model.Language} → {national.Language}): folded character 4-grams, numbers and order";
        var (links, summary, concordance) = CrossLanguageLinkBuilder.Build(top, aligner.NationalUnits.Count, detail);

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, UsedCode,
            $"The texts are in different languages (model '{model.Language}', national '{national.Language}'): they were compared across languages "
            + "by folded character n-grams, numbers and document order, without word diffs. Set CompareOptions.CrossLanguage to false "
            + "(CLI: --no-cross-language) to refuse instead."));
        if (!aligner.SharedLetters)
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, ScriptsCode,
                "The two texts are written in scripts that share no letters: only numbers, citations and the order of the provisions could link them, "
                + "so rewritten or reordered provisions are likely to be missed."));
        if (aligner.ModelUnits.Count > 0 && aligner.NationalUnits.Count > 0 && top.All(l => l.Model.Count == 0 || l.National.Count == 0 || !IsUnit(l.Model[0])))
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "ML0301",
                "No article of the national text could be linked to the model: the texts look unrelated."));
        return new Comparison
        {
            Model = model,
            National = national,
            Links = links,
            Summary = summary,
            Concordance = concordance,
            Diagnostics = diagnostics.ToImmutable(),
            DiffOptions = options.Diff,
        };
    }

    private static bool IsUnit(Provision p) => p.Kind.IsUnit() || p.Kind == ProvisionKind.Annex;

    private static Provision? Preamble(LegalDocument d) => d.Root.Children.FirstOrDefault(c => c.Kind == ProvisionKind.Preamble);
}
