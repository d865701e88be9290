using System.Collections.Immutable;
using ModelLaw.Comparing;
using ModelLaw.Coverage.Text;
using ModelLaw.Documents;

namespace ModelLaw.Coverage;

/// <summary>
/// Checks a text against a principle catalogue. Each provision's heading and sentences are matched against the principle's
/// indicator phrases for the document's language (folded, lightly stemmed, negation-aware); a sentence whose phrases weigh
/// enough becomes evidence, operational when it carries an obligation, a named authority or a procedure. A principle is
/// <see cref="CoverageStatus.Covered"/> with operational evidence, <see cref="CoverageStatus.Partial"/> with mentions only,
/// <see cref="CoverageStatus.Absent"/> otherwise. With a comparison against a model whose provisions carry principle tags,
/// the status is also derived through the alignment. Stateless and thread-safe.
/// </summary>
public sealed class CoverageAnalyzer : ICoverageAnalyzer
{
    /// <summary>Diagnostic code: the catalogue has no indicator phrases in the document's language.</summary>
    public const string NoIndicatorsForLanguage = "COV001";
    /// <summary>Diagnostic code: the comparison's national text is not the analysed document.</summary>
    public const string ComparisonForOtherDocument = "COV002";
    /// <summary>Diagnostic code: no model provision carries any tag of the catalogue, so nothing can be derived.</summary>
    public const string ModelHasNoTags = "COV003";

    /// <inheritdoc />
    public CoverageReport Analyze(LegalDocument document, PrincipleCatalog catalog, Comparison? viaModel = null,
        CoverageOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= CoverageOptions.Default;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

        var compiled = CompiledCatalog.Compile(catalog, document.Language ?? "");
        if (!compiled.HasIndicators)
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, NoIndicatorsForLanguage,
                $"catalogue '{catalog.Id}' has no indicator phrases for language '{document.Language}'; every principle is reported Absent " +
                $"(catalogue languages: {string.Join(", ", catalog.Languages)})"));

        var evidence = new List<CoverageEvidence>[compiled.Principles.Length];
        var negations = new List<CoverageEvidence>[compiled.Principles.Length];
        for (int i = 0; i < evidence.Length; i++) { evidence[i] = new(); negations[i] = new(); }

        if (compiled.HasIndicators)
            Walk(document.Root, inPreamble: false, compiled, options, evidence, negations, cancellationToken);

        Derivation? derivation = null;
        if (viaModel is not null)
        {
            if (!ReferenceEquals(viaModel.National, document) && viaModel.National.Root.ContentHash != document.Root.ContentHash)
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, ComparisonForOtherDocument,
                    "the comparison given was made for another national text; the derived status may not describe this document"));
            derivation = new Derivation(viaModel, options);
            if (!catalog.Principles.Any(p => derivation.IsTagged(p.Id)))
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, ModelHasNoTags,
                    $"no provision of the model '{viaModel.Model.Title}' carries a principle tag of catalogue '{catalog.Id}'; load its labels first"));
        }

        var results = ImmutableArray.CreateBuilder<PrincipleCoverage>(compiled.Principles.Length);
        for (int i = 0; i < compiled.Principles.Length; i++)
        {
            var principle = compiled.Principles[i].Principle;
            var ev = evidence[i];
            CoverageStatus status;
            double score = 0;
            if (ev.Count == 0) status = CoverageStatus.Absent;
            else
            {
                status = ev.Any(e => e.Operational) ? CoverageStatus.Covered : CoverageStatus.Partial;
                double miss = 1;
                foreach (var e in ev) miss *= 1 - e.Score * (e.Operational ? 1 : options.MentionFactor);
                score = Math.Round(1 - miss, 4);
            }
            var entry = new PrincipleCoverage
            {
                Principle = principle,
                Status = status,
                Score = score,
                Evidence = ev.ToImmutableArray(),
                Negations = negations[i].ToImmutableArray(),
            };
            if (derivation is not null)
            {
                var (derived, derivedEvidence) = derivation.Derive(principle.Id);
                entry = entry with { DerivedStatus = derived, DerivedEvidence = derivedEvidence };
            }
            results.Add(entry);
        }

        return new CoverageReport
        {
            Document = document,
            Catalog = catalog,
            Principles = results.MoveToImmutable(),
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    private static void Walk(Provision provision, bool inPreamble, CompiledCatalog compiled, CoverageOptions options,
        List<CoverageEvidence>[] evidence, List<CoverageEvidence>[] negations, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        bool preamble = inPreamble || provision.Kind is ProvisionKind.Preamble or ProvisionKind.Recital;
        if (provision.Kind != ProvisionKind.Document)
        {
            if (options.IncludeHeadings && !string.IsNullOrWhiteSpace(provision.Heading))
                Examine(provision, new AnalysedSentence(provision.Heading.Trim(), compiled.Rules), heading: true, preamble, compiled, options, evidence, negations);
            foreach (var text in new[] { provision.Content, provision.WrapUp })
            {
                if (string.IsNullOrWhiteSpace(text)) continue;
                foreach (var sentence in SentenceSplitter.Split(text))
                    Examine(provision, new AnalysedSentence(sentence, compiled.Rules), heading: false, preamble, compiled, options, evidence, negations);
            }
        }
        foreach (var child in provision.Children) Walk(child, preamble, compiled, options, evidence, negations, ct);
    }

    private static void Examine(Provision provision, AnalysedSentence sentence, bool heading, bool preamble, CompiledCatalog compiled,
        CoverageOptions options, List<CoverageEvidence>[] evidence, List<CoverageEvidence>[] negations)
    {
        if (sentence.Content.Count == 0) return;
        for (int i = 0; i < compiled.Principles.Length; i++)
        {
            var principle = compiled.Principles[i];
            if (principle.Indicators.Length == 0) continue;
            var finding = sentence.Find(principle, options);
            if (finding.Score >= options.EvidenceThreshold)
            {
                evidence[i].Add(new CoverageEvidence
                {
                    EId = provision.EId,
                    Citation = provision.Citation,
                    Sentence = sentence.Text,
                    MatchedPhrases = finding.Phrases,
                    Score = Math.Round(finding.Score, 4),
                    Operational = !heading && !preamble && sentence.IsOperational(principle.Markers, options.MaxGap),
                    FromHeading = heading,
                    NegatedPhrases = finding.Negated,
                });
            }
            else if (!finding.Negated.IsEmpty)
            {
                negations[i].Add(new CoverageEvidence
                {
                    EId = provision.EId,
                    Citation = provision.Citation,
                    Sentence = sentence.Text,
                    Score = 0,
                    FromHeading = heading,
                    NegatedPhrases = finding.Negated,
                });
            }
        }
    }

    /// <summary>Coverage derived through a comparison with a tagged model.</summary>
    private sealed class Derivation
    {
        private readonly Comparison _comparison;
        private readonly CoverageOptions _options;
        private readonly Dictionary<string, AlignmentLink> _linkByModelEId = new(StringComparer.Ordinal);
        private readonly List<Provision> _modelProvisions;

        public Derivation(Comparison comparison, CoverageOptions options)
        {
            _comparison = comparison;
            _options = options;
            _modelProvisions = comparison.Model.Provisions.ToList();
            foreach (var link in comparison.AllLinks())
                foreach (var m in link.Model)
                    _linkByModelEId.TryAdd(m.EId, link);
        }

        public bool IsTagged(string principleId) => _modelProvisions.Any(p => p.Tags.Contains(principleId));

        public (CoverageStatus?, ImmutableArray<DerivedCoverageEvidence>) Derive(string principleId)
        {
            var tagged = _modelProvisions.Where(p => p.Tags.Contains(principleId)).ToList();
            if (tagged.Count == 0) return (null, ImmutableArray<DerivedCoverageEvidence>.Empty);
            var evidence = ImmutableArray.CreateBuilder<DerivedCoverageEvidence>(tagged.Count);
            bool adopted = false, weakened = false;
            foreach (var t in tagged)
            {
                var link = FindLink(t.EId);
                var relation = link?.Relation ?? AlignmentRelation.Omitted;
                var similarity = link?.Similarity ?? 0;
                var national = link is null || relation == AlignmentRelation.Omitted
                    ? ImmutableArray<string>.Empty
                    : link.National.Select(n => n.Citation).ToImmutableArray();
                evidence.Add(new DerivedCoverageEvidence(t.EId, t.Citation, relation, Math.Round(similarity, 4), national));
                switch (relation)
                {
                    case AlignmentRelation.Omitted or AlignmentRelation.Added:
                        break;
                    case AlignmentRelation.Modified when similarity < _options.ModifiedKeepsPrincipleThreshold:
                        weakened = true;
                        break;
                    default:
                        adopted = true;
                        break;
                }
            }
            var status = adopted ? CoverageStatus.Covered : weakened ? CoverageStatus.Partial : CoverageStatus.Absent;
            return (status, evidence.MoveToImmutable());
        }

        // the link of the provision itself, else of its nearest aligned ancestor (eIds nest: chp_2__art_5__para_2)
        private AlignmentLink? FindLink(string eId)
        {
            var key = eId;
            while (true)
            {
                if (_linkByModelEId.TryGetValue(key, out var link)) return link;
                var cut = key.LastIndexOf("__", StringComparison.Ordinal);
                if (cut <= 0) return null;
                key = key[..cut];
            }
        }
    }
}
