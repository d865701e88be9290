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

    /// <summary>The comparison; <paramref name="rejected"/> is a model version in the national text's language that did not pair up with the model (told in ML0305).</summary>
    public static Comparison Compare(LegalDocument model, LegalDocument national, CompareOptions options, CancellationToken ct, LegalDocument? rejected = null) =>
        Compare(model, national, options, CrossLanguageSettings.Default, ct, rejected);

    /// <summary>Diagnostic code saying that a model version in the national text's language is not a version of this model.</summary>
    public const string VersionCode = "ML0305";

    /// <summary>The comparison with other thresholds (tests and the probe measure settings this way).</summary>
    internal static Comparison Compare(LegalDocument model, LegalDocument national, CompareOptions options, CrossLanguageSettings settings, CancellationToken ct,
        LegalDocument? rejected = null)
    {
        var aligner = new CrossLanguageAligner(model, national, settings, ct);
        var top = aligner.AlignUnits();
        top.AddRange(DivisionLinker.Link(model.Root, national.Root, top));
        if (Preamble(model) is { } mp && Preamble(national) is { } np)
            top.Add(new CrossLink(CrossLinkKind.Structure, 0) { SortKey = -1 }.WithModel(mp).With(np));
        var (links, summary, concordance) = CrossLanguageLinkBuilder.Build(top, aligner.NationalUnits.Count,
            $"across languages ({model.Language} → {national.Language}): folded character 4-grams, numbers and order", national);
        return new Comparison
        {
            Model = model,
            National = national,
            Links = links,
            Summary = summary,
            Concordance = concordance,
            Diagnostics = Diagnostics(model, national, aligner, top, rejected),
            DiffOptions = options.Diff,
        };
    }

    private static ImmutableArray<Diagnostic> Diagnostics(LegalDocument model, LegalDocument national, CrossLanguageAligner aligner,
        List<CrossLink> top, LegalDocument? rejected)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, UsedCode,
            $"The texts are in different languages (model '{model.Language}', national '{national.Language}'): they were compared across languages "
            + "by folded character n-grams, numbers and document order, without word diffs. Set CompareOptions.CrossLanguage to false (CLI: --no-cross-language) to refuse instead."));
        if (rejected is not null)
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, VersionCode,
                $"The model version {Name(rejected)} is in '{national.Language}' but its articles do not pair up with the model's (fewer than "
                + $"{ModelVersion.MinUnitShare * 100:0}% of the articles of each have one of the same number in the other, or fewer than "
                + $"{ModelVersion.MinShapeShare * 100:0}% of the pairs have as many paragraphs): it is not a version of this model and was not used."));
        if (!aligner.SharedLetters)
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, ScriptsCode,
                "The two texts are written in scripts that share no letters: only numbers, citations and the order of the provisions could link them, "
                + "so rewritten or reordered provisions are likely to be missed. Giving the model's own version in the national text's language helps."));
        if (aligner.ModelUnits.Count > 0 && aligner.NationalUnits.Count > 0 && top.All(l => l.Model.Count == 0 || l.National.Count == 0 || !IsUnit(l.Model[0])))
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "ML0301",
                "No article of the national text could be linked to the model: the texts look unrelated."));
        return diagnostics.ToImmutable();
    }

    internal static string Name(LegalDocument d) => d.SourceName ?? d.Title ?? "(unnamed)";

    private static bool IsUnit(Provision p) => p.Kind.IsUnit() || p.Kind == ProvisionKind.Annex;

    private static Provision? Preamble(LegalDocument d) => d.Root.Children.FirstOrDefault(c => c.Kind == ProvisionKind.Preamble);
}
