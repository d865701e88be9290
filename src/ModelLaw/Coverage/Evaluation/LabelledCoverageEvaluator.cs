using System.Collections.Immutable;
using ModelLaw.Documents;

namespace ModelLaw.Coverage.Evaluation;

/// <summary>
/// Scores the coverage analyzer against hand-made labels (<see cref="PrincipleLabels"/>) at the labels' own unit: a numbered
/// paragraph, or the whole article when it has none (points fold into their paragraph; an article the labels cite as a whole
/// is one unit). A (unit, principle) pair is predicted when the analyzer finds the unit addressing the principle, expected when
/// the labels list it. Headings of provisions that are not units (chapters, articles with paragraphs) are left out; everything
/// else the analyzer flags outside labelled units is a false positive. Stateless and thread-safe.
/// </summary>
public sealed class LabelledCoverageEvaluator
{
    private readonly ICoverageAnalyzer _analyzer;

    /// <summary>An evaluator of <paramref name="analyzer"/> (the default <see cref="CoverageAnalyzer"/> when null).</summary>
    public LabelledCoverageEvaluator(ICoverageAnalyzer? analyzer = null) => _analyzer = analyzer ?? new CoverageAnalyzer();

    /// <summary>
    /// Analyses <paramref name="document"/> (the text the labels describe, read in its language) against
    /// <paramref name="catalog"/> and compares the result with <paramref name="labels"/>; throws
    /// <see cref="InvalidConfigurationException"/> when the labels use ids the catalogue does not define.
    /// </summary>
    public LabelledCoverageResult Evaluate(LegalDocument document, PrincipleLabels labels, PrincipleCatalog catalog,
        CoverageOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(catalog);
        labels.Validate(catalog);
        var resolution = labels.Resolve(document);
        var units = UnitMap.Of(document, resolution.Labels.Select(l => l.Key).ToHashSet(StringComparer.Ordinal));
        var expected = new HashSet<(string Unit, string Principle)>();
        foreach (var (eId, ids) in resolution.Labels)
            foreach (var id in ids) expected.Add((units.Of(eId), id));

        var report = _analyzer.Analyze(document, catalog, options: options, cancellationToken: cancellationToken);
        var predicted = new List<(string Unit, string Principle)>();
        var why = new Dictionary<(string, string), string>();
        foreach (var pp in report.Provisions)
        {
            var unit = units.Of(pp.EId);
            if (!units.IsUnit(unit)) continue;
            foreach (var id in pp.PrincipleIds)
            {
                if (why.ContainsKey((unit, id))) continue;
                predicted.Add((unit, id));
                var e = report.For(id)!.Evidence.FirstOrDefault(x => x.EId == pp.EId);
                why[(unit, id)] = e is null ? "" : $"[{string.Join("; ", e.MatchedPhrases)}]{(e.FromContext ? " (heading)" : "")} {e.Sentence}";
            }
        }

        var mistakes = ImmutableArray.CreateBuilder<LabelledMistake>();
        int tp = 0, fn = 0;
        foreach (var p in predicted)
        {
            if (expected.Contains(p)) tp++;
            else mistakes.Add(new(LabelledMistakeKind.FalsePositive, Cite(document, p.Unit), p.Principle, why[p]));
        }
        int fp = mistakes.Count;
        var found = predicted.ToHashSet();
        foreach (var e in expected.Where(e => !found.Contains(e)).OrderBy(e => Order(document, e.Unit)).ThenBy(e => e.Principle, StringComparer.Ordinal))
        {
            fn++;
            mistakes.Add(new(LabelledMistakeKind.FalseNegative, Cite(document, e.Unit), e.Principle, Start(document, e.Unit)));
        }
        foreach (var c in resolution.Unresolved) mistakes.Add(new(LabelledMistakeKind.Unresolved, c, "", "names no provision of the text"));
        var language = document.Language ?? labels.Language ?? "";
        return new LabelledCoverageResult(labels, language, new LabelledCounts(tp, fp, fn + resolution.Unresolved.Length), mistakes.ToImmutable());
    }

    private static int Order(LegalDocument doc, string eId)
    {
        int i = 0;
        foreach (var p in doc.Provisions)
        {
            if (p.EId == eId) return i;
            i++;
        }
        return i;
    }

    private static string Cite(LegalDocument doc, string eId) => doc.FindByEId(eId)?.Citation ?? eId;

    private static string Start(LegalDocument doc, string eId)
    {
        var t = doc.FindByEId(eId)?.FullText() ?? "";
        return t.Length > 200 ? t[..200] + "…" : t;
    }

    /// <summary>The labels' unit of every provision: a numbered paragraph of an article that has them, otherwise the provision.</summary>
    private sealed class UnitMap(Dictionary<string, string> unitOf, HashSet<string> units)
    {
        public string Of(string eId) => unitOf.GetValueOrDefault(eId, eId);
        public bool IsUnit(string eId) => units.Contains(eId);

        // an article the labels cite as a whole is one unit even if the parser split it into paragraphs
        public static UnitMap Of(LegalDocument doc, HashSet<string> labelled)
        {
            var unitOf = new Dictionary<string, string>(StringComparer.Ordinal);
            var units = new HashSet<string>(StringComparer.Ordinal);
            void Walk(Provision p, string? unit)
            {
                string? mine = unit;
                if (mine is null)
                {
                    if (p.Kind == ProvisionKind.Article && (!p.Children.Any(c => c.Kind == ProvisionKind.Paragraph) || labelled.Contains(p.EId))) mine = p.EId;
                    else if (p.Kind == ProvisionKind.Paragraph) mine = p.EId;
                    else if (p.Kind is not (ProvisionKind.Document or ProvisionKind.Article) && !p.Kind.IsDivision()) mine = p.EId;
                }
                if (mine is not null) { unitOf[p.EId] = mine; units.Add(mine); }
                foreach (var c in p.Children) Walk(c, mine);
            }
            Walk(doc.Root, null);
            return new UnitMap(unitOf, units);
        }
    }
}
