using System.Collections.Immutable;
using ModelLaw.Comparing.Alignment;
using ModelLaw.Comparing.Alignment.Facts;
using ModelLaw.Comparing.Diffing;
using ModelLaw.Documents;

namespace ModelLaw.Comparing;

/// <summary>
/// The default <see cref="IDocumentComparer"/>: aligns the national text against the model at every level
/// (see <see cref="CompareOptions"/> for the thresholds), word-diffs every aligned pair, and sums the result up in a
/// summary and an article-level concordance. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Texts in different languages are compared across languages (folded character n-grams, numbers and order; no word
/// diffs; diagnostic ML0303), or refused with an <see cref="UnsupportedOperationException"/> when
/// <see cref="CompareOptions.CrossLanguage"/> is false. A document without a language (empty code or "und") is
/// compared with anything, as the same language.
/// </remarks>
public sealed class DocumentComparer : IDocumentComparer
{
    private readonly WordDiffer _differ;
    private readonly AlignmentPipeline? _staged;

    /// <summary>Creates the comparer.</summary>
    public DocumentComparer() : this(new WordDiffer()) { }

    /// <summary>Creates the comparer over a given word differ.</summary>
    // migration switch (issue 17): the staged pipeline runs beside the old aligner until it is at least as good everywhere
    public DocumentComparer(WordDiffer differ) : this(differ, Environment.GetEnvironmentVariable("MODELLAW_ALIGNER") == "staged" ? AlignmentPipeline.Default : null) { }

    /// <summary>Creates the comparer over a staged alignment pipeline (null: the first aligner).</summary>
    internal DocumentComparer(WordDiffer differ, AlignmentPipeline? staged)
    {
        _differ = differ;
        _staged = staged;
    }

    /// <inheritdoc />
    public Comparison Compare(LegalDocument model, LegalDocument national, CompareOptions? options = null, CancellationToken cancellationToken = default) =>
        Compare(model, national, options, cancellationToken, clock: null);

    /// <summary>The comparison, with the time of each stage on <paramref name="clock"/> (the benchmark probe's stage mode).</summary>
    internal Comparison Compare(LegalDocument model, LegalDocument national, CompareOptions? options, CancellationToken cancellationToken, StageClock? clock)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(national);
        var o = options ?? CompareOptions.Default;
        if (InDifferentLanguages(model, national))
        {
            if (!o.CrossLanguage) throw Refusal(model, national);
            LegalDocument? rejected = null;
            if (!o.ModelVersions.IsDefaultOrEmpty
                && CrossLanguage.ModelVersion.Find(model, national, o.ModelVersions, out rejected) is { } version)
                return CrossLanguage.VersionPivot.Remap(
                    Compare(version.Document, national, o with { ModelVersions = [] }, cancellationToken, clock), model, version);
            return CrossLanguage.CrossLanguageComparer.Compare(model, national, o, cancellationToken, rejected);
        }

        ReferencePatterns refs;
        try
        {
            refs = ReferencePatterns.For(o.ExplicitReferencePatterns);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidConfigurationException($"invalid explicit-reference pattern in CompareOptions: {ex.Message}", inner: ex);
        }

        if (_staged is not null) return Staged(model, national, o, refs, cancellationToken, clock);
        var aligner = new Aligner(o, model.Language, cancellationToken);
        aligner.Run(model.Root, national.Root, refs, clock);
        cancellationToken.ThrowIfCancellationRequested();
        var built = new LinkTreeBuilder(aligner, o, _differ, cancellationToken).Build();
        clock?.Lap("link tree and diffs");

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var tierLinks = built.TierLinks;
        int modelTier = aligner.ModelNodes.Count(n => n.IsTier);
        int linkedTier = aligner.ModelNodes.Count(n => n.IsTier && n.Link is { } l && l.N.Count > 0);
        if (modelTier > 0 && aligner.NationalNodes.Any(n => n.IsTier) && linkedTier == 0)
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "ML0301",
                "No article of the national text could be linked to the model: the texts look unrelated."));

        var coarse = built.Links.SelectMany(l => l.DescendantsAndSelf())
            .Where(l => l.Diff is { Granularity: not DiffGranularity.Word }).ToList();
        if (coarse.Count > 0)
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "ML0302",
                $"{coarse.Count} aligned pair(s) too long to diff word by word within the diff budget (CompareOptions.MaxWordDiffCells) were diffed "
                + $"sentence by sentence or as one replacement: {string.Join(", ", coarse.Take(5).Select(l => l.Model.FirstOrDefault()?.Citation ?? l.National.FirstOrDefault()?.Citation))}"
                + (coarse.Count > 5 ? ", ..." : "") + "."));

        return new Comparison
        {
            Model = model,
            National = national,
            Links = ConsequentialRenumbering.Mark(built.Links),
            Summary = built.Summary,
            Concordance = built.Concordance,
            Diagnostics = diagnostics.ToImmutable(),
            DiffOptions = o.Diff,
        };
    }

    private Comparison Staged(LegalDocument model, LegalDocument national, CompareOptions o, ReferencePatterns refs, CancellationToken ct, StageClock? clock)
    {
        var input = Alignment.Input.ComparisonInput.Build(model.Root, national.Root, model.Language, o.UnigramWeight, o.BigramWeight, ct);
        var facts = ComparisonFacts.Build(input, refs, ct);
        clock?.Lap("analysis");
        var result = _staged!.Align(input, facts, ct, clock);
        var units = new Alignment.Assignment.RowLinks(result.Links.Links.Where(l => l.Level == Alignment.Candidates.AlignmentLevel.Unit).ToList(), input.Model.Count, input.National.Count);
        var built = new Alignment.Classification.LinkTree(result, facts, units, o, _differ, ct).Build();
        clock?.Lap("link tree and diffs");
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        bool anyUnit = Enumerable.Range(0, input.Model.Count).Any(input.Model.IsUnit) && Enumerable.Range(0, input.National.Count).Any(input.National.IsUnit);
        if (anyUnit && !units.Links.Any(l => l.Origin != Alignment.Assignment.LinkOrigin.Division))
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "ML0301",
                "No article of the national text could be linked to the model: the texts look unrelated."));
        AddCoarseDiffDiagnostic(built.Links, diagnostics);
        return new Comparison
        {
            Model = model, National = national, Links = built.Links, Summary = built.Summary, Concordance = built.Concordance,
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    private static void AddCoarseDiffDiagnostic(ImmutableArray<AlignmentLink> links, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var coarse = links.SelectMany(l => l.DescendantsAndSelf()).Where(l => l.Diff is { Granularity: not DiffGranularity.Word }).ToList();
        if (coarse.Count > 0)
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "ML0302",
                $"{coarse.Count} aligned pair(s) too long to diff word by word within the diff budget (CompareOptions.MaxWordDiffCells) were diffed "
                + $"sentence by sentence or as one replacement: {string.Join(", ", coarse.Take(5).Select(l => l.Model.FirstOrDefault()?.Citation ?? l.National.FirstOrDefault()?.Citation))}"
                + (coarse.Count > 5 ? ", ..." : "") + "."));
    }

    private static bool InDifferentLanguages(LegalDocument model, LegalDocument national)
    {
        var a = LanguageKey(model.Language);
        var b = LanguageKey(national.Language);
        return a.Length > 0 && b.Length > 0 && a != b;
    }

    private static UnsupportedOperationException Refusal(LegalDocument model, LegalDocument national) => new(
        $"cannot compare a text in '{national.Language}' with a model in '{model.Language}': cross-language comparison is turned off "
        + "(CompareOptions.CrossLanguage, CLI --no-cross-language); compare with the model's version in the same language",
        new SourceLocation(national.SourceName));

    private static string LanguageKey(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return "";
        var s = language.Trim().ToLowerInvariant();
        var dash = s.IndexOfAny(['-', '_']);
        if (dash > 0) s = s[..dash];
        return s is "und" or "mul" or "zxx" ? "" : s;
    }
}
