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

        var walk = new Walker(compiled, options, cancellationToken);
        if (compiled.HasIndicators) walk.Visit(document.Root, Context.Root);
        var evidence = walk.Evidence;
        var negations = walk.Negations;

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
                status = ev.Any(e => e.Operational && !e.Incidental) ? CoverageStatus.Covered : CoverageStatus.Partial;
                double miss = 1;
                foreach (var e in ev) miss *= 1 - e.Score * (e.Operational && !e.Incidental ? 1 : options.MentionFactor);
                score = Math.Round(1 - miss, 4);
            }
            var entry = new PrincipleCoverage
            {
                Principle = principle,
                Status = status,
                Score = score,
                Evidence = ev.ToImmutableArray(),
                Negations = negations[i].ToImmutableArray(),
                Elements = walk.Elements.For(i),
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
            Provisions = walk.ProvisionPrinciples(document),
        };
    }

    /// <summary>What a provision inherits from above: whether it is normative, and the topics its article's heading states.</summary>
    /// <remarks><see cref="OpeningEId"/>: the provision holding the opening sentence an inferred subject was taken from.</remarks>
    private sealed record Context(bool NonNormative, HeadingTopic[] Topics, bool InArticle, string? OpeningEId = null)
    {
        public static Context Root { get; } = new(false, [], false);
    }

    /// <summary>A principle an article heading names, with the heading's phrases and score.</summary>
    /// <remarks>
    /// <see cref="Inferred"/>: taken from the opening sentence of an article without a heading. Such a subject only carries over
    /// to paragraphs that show no principle of their own, and does not make other principles in the article incidental.
    /// </remarks>
    private sealed record HeadingTopic(int Principle, string Heading, ImmutableArray<string> Phrases, double Score, bool Inferred = false);

    /// <summary>One pass over a document; collects evidence per principle. Not shared between calls.</summary>
    private sealed class Walker(CompiledCatalog compiled, CoverageOptions options, CancellationToken ct)
    {
        public List<CoverageEvidence>[] Evidence { get; } = NewLists(compiled.Principles.Length);
        public List<CoverageEvidence>[] Negations { get; } = NewLists(compiled.Principles.Length);
        public ElementTracker Elements { get; } = new(compiled, options);
        private readonly Dictionary<string, SortedSet<int>> _addressing = new(StringComparer.Ordinal);

        private static List<CoverageEvidence>[] NewLists(int n)
        {
            var a = new List<CoverageEvidence>[n];
            for (int i = 0; i < n; i++) a[i] = new();
            return a;
        }

        public void Visit(Provision provision, Context context)
        {
            ct.ThrowIfCancellationRequested();
            var nonNormative = context.NonNormative
                || provision.Kind is ProvisionKind.Preamble or ProvisionKind.Recital or ProvisionKind.Definition;
            var topics = context.Topics;
            var inArticle = context.InArticle || provision.Kind.IsUnit();
            var openingEId = provision.Kind.IsUnit() ? null : context.OpeningEId;

            if (provision.Kind != ProvisionKind.Document)
            {
                var found = new List<(int Principle, CoverageEvidence Evidence)>();
                HeadingTopic[] headingTopics = [];
                if (options.IncludeHeadings && !string.IsNullOrWhiteSpace(provision.Heading))
                {
                    var heading = new AnalysedSentence(provision.Heading.Trim(), compiled.Rules);
                    if (provision.Kind.IsUnit() && IsNonNormativeHeading(heading)) nonNormative = true;
                    headingTopics = Examine(provision, heading, heading: true, nonNormative, found);
                }

                if (provision.Kind.IsUnit() && string.IsNullOrWhiteSpace(provision.Heading) && options.InferTopicsFromOpening
                    && !nonNormative && OpeningSentence(provision) is ({ } opening, var holder))
                {
                    if (IsNonNormativeOpening(opening)) nonNormative = true;
                    else (headingTopics, openingEId) = (OpeningTopic(opening), holder);
                }

                if (provision.Kind.IsUnit() && options.InheritHeadingTopics)
                    topics = nonNormative ? [] : headingTopics.Length > 0 || !options.InheritDivisionTopics ? headingTopics : topics;
                else if (provision.Kind.IsDivision() && options.InheritDivisionTopics && !inArticle)
                    topics = headingTopics;

                var sentences = new List<AnalysedSentence>();
                foreach (var text in new[] { provision.Content, provision.WrapUp })
                {
                    if (string.IsNullOrWhiteSpace(text)) continue;
                    foreach (var sentence in SentenceSplitter.Split(text))
                    {
                        var analysed = new AnalysedSentence(sentence, compiled.Rules);
                        sentences.Add(analysed);
                        Examine(provision, analysed, heading: false, nonNormative, found);
                    }
                }

                // which principles this provision addresses: its article's subject, or strong operational evidence of its own
                var addressed = new SortedSet<int>();
                if (!nonNormative)
                {
                    foreach (var group in found.GroupBy(f => f.Principle))
                    {
                        bool isTopic = (topics.Length == 1 && topics[0].Principle == group.Key)
                            || (topics.Length > 1 && topics.Any(t => t.Principle == group.Key))
                            || group.Any(f => f.Evidence.FromHeading);
                        // an inferred subject demotes other principles in its own opening sentence's provision only
                        bool inferred = topics.All(t => t.Inferred);
                        double bar = inferred && provision.EId != openingEId ? options.InferredIncidentalThreshold : options.IncidentalThreshold;
                        bool strong = topics.Length == 0 || group.Any(f => f.Evidence.Operational && f.Evidence.Score >= bar);
                        if (isTopic || strong) addressed.Add(group.Key);
                    }
                }
                foreach (var (principle, evidence) in found)
                    Evidence[principle].Add(addressed.Contains(principle) ? evidence : evidence with { Incidental = true });

                // provisions of an article address the subject its heading states (paragraphs, or the article's own text)
                bool carriesTopic = inArticle && sentences.Count > 0 && !nonNormative
                    && (provision.Kind.IsUnit() || provision.Kind is ProvisionKind.Paragraph or ProvisionKind.Subparagraph or ProvisionKind.ActSubsection);
                var inherited = topics;
                if (carriesTopic && topics.Length > 1)
                {
                    var signed = topics.Where(t => sentences.Any(x => x.Find(compiled.Principles[t.Principle], options).Phrases.Length > 0)).ToArray();
                    if (signed.Length > 0) inherited = signed;
                }
                if (carriesTopic)
                    foreach (var topic in inherited)
                    {
                        var principle = compiled.Principles[topic.Principle];
                        // an inferred subject yields to a paragraph's own principles unless the paragraph names it too ("评估应当…")
                        if (topic.Inferred && addressed.Count > 0 && !sentences.Any(x => x.Find(principle, options).Phrases.Length > 0)) continue;
                        if (found.Any(f => f.Principle == topic.Principle)) continue;
                        var first = sentences.FirstOrDefault(x => x.IsOperational(principle.Markers, options.MaxGap)) ?? sentences[0];
                        Evidence[topic.Principle].Add(new CoverageEvidence
                        {
                            EId = provision.EId,
                            Citation = provision.Citation,
                            Sentence = first.Text,
                            MatchedPhrases = topic.Phrases,
                            Score = Math.Round(topic.Score, 4),
                            Operational = first.IsOperational(principle.Markers, options.MaxGap),
                            FromContext = true,
                        });
                        addressed.Add(topic.Principle);
                    }

                if (found.Count > 0 || addressed.Count > 0) Elements.Record(provision, sentences, found.Select(f => f.Principle).Concat(addressed));
                if (addressed.Count > 0) _addressing[provision.EId] = addressed;
            }

            var childContext = new Context(nonNormative, topics, inArticle, openingEId);
            foreach (var child in provision.Children) Visit(child, childContext);
        }

        // the first sentence of an article: its own text, or its first paragraph's
        private (AnalysedSentence?, string) OpeningSentence(Provision article)
        {
            for (var p = article; p is not null; p = p.Children.FirstOrDefault())
            {
                var text = string.IsNullOrWhiteSpace(p.Content) ? null : SentenceSplitter.Split(p.Content).FirstOrDefault();
                if (text is not null) return (new AnalysedSentence(text, compiled.Rules), p.EId);
            }
            return (null, article.EId);
        }

        private bool IsNonNormativeOpening(AnalysedSentence opening) =>
            compiled.NonNormativeOpenings.Any(p => p.Match(opening.Tokens, opening.Content, options.MaxGap).Count > 0);

        // the principle the opening weighs most (sum of the weights of its distinct phrases), when its score is high enough; of two
        // equal ones, the one named later (the head of a Chinese phrase, "……法律依据的登记册", comes last)
        private HeadingTopic[] OpeningTopic(AnalysedSentence opening)
        {
            HeadingTopic? best = null;
            (double Weight, int Last) bestKey = (0, -1);
            for (int i = 0; i < compiled.Principles.Length; i++)
            {
                var principle = compiled.Principles[i];
                var finding = opening.Find(principle, options);
                if (finding.Score < options.OpeningTopicThreshold) continue;
                double weight = Math.Round(principle.Indicators.Where(x => finding.Phrases.Contains(x.Phrase.Phrase)).Sum(x => x.Phrase.Weight), 6);
                if (weight < bestKey.Weight || (weight == bestKey.Weight && finding.LastToken <= bestKey.Last)) continue;
                bestKey = (weight, finding.LastToken);
                best = new HeadingTopic(i, opening.Text, finding.Phrases, finding.Score, Inferred: true);
            }
            return best is null ? [] : [best];
        }

        // "Purpose", "Scope", "Definitions": a short heading made of a declaratory pattern
        private bool IsNonNormativeHeading(AnalysedSentence heading) =>
            heading.Content.Count <= 4 && compiled.NonNormativeHeadings.Any(p => p.Match(heading.Tokens, heading.Content, 0).Count > 0);

        private HeadingTopic[] Examine(Provision provision, AnalysedSentence sentence, bool heading, bool nonNormative,
            List<(int, CoverageEvidence)> found)
        {
            if (sentence.Content.Count == 0) return [];
            List<HeadingTopic>? topics = null;
            for (int i = 0; i < compiled.Principles.Length; i++)
            {
                var principle = compiled.Principles[i];
                if (principle.Indicators.Length == 0) continue;
                var finding = sentence.Find(principle, options);
                if (finding.Score >= options.EvidenceThreshold)
                {
                    found.Add((i, new CoverageEvidence
                    {
                        EId = provision.EId,
                        Citation = provision.Citation,
                        Sentence = sentence.Text,
                        MatchedPhrases = finding.Phrases,
                        Score = Math.Round(finding.Score, 4),
                        Operational = !heading && !nonNormative && sentence.IsOperational(principle.Markers, options.MaxGap),
                        FromHeading = heading,
                        NegatedPhrases = finding.Negated,
                        Incidental = nonNormative,
                    }));
                    if (heading && !nonNormative) (topics ??= new()).Add(new HeadingTopic(i, sentence.Text, finding.Phrases, finding.Score));
                }
                else if (!finding.Negated.IsEmpty)
                {
                    Negations[i].Add(new CoverageEvidence
                    {
                        EId = provision.EId,
                        Citation = provision.Citation,
                        Sentence = sentence.Text,
                        FromHeading = heading,
                        NegatedPhrases = finding.Negated,
                    });
                }
            }
            return topics?.ToArray() ?? [];
        }

        public ImmutableArray<ProvisionPrinciples> ProvisionPrinciples(LegalDocument document) =>
            document.Provisions.Where(p => _addressing.ContainsKey(p.EId))
                .Select(p => new ProvisionPrinciples(p.EId, p.Citation,
                    _addressing[p.EId].Select(i => compiled.Principles[i].Principle.Id).ToImmutableArray()))
                .ToImmutableArray();
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

        // the link of the provision itself, else of its nearest aligned ancestor within its article (eIds nest:
        // chp_2__art_5__para_2); a chapter's link says nothing about an article the national text dropped from it
        private AlignmentLink? FindLink(string eId)
        {
            var key = eId;
            while (true)
            {
                if (_linkByModelEId.TryGetValue(key, out var link)) return link;
                var cut = key.LastIndexOf("__", StringComparison.Ordinal);
                if (cut <= 0 || !IsInArticle(key[..cut])) return null;
                key = key[..cut];
            }
        }

        private static bool IsInArticle(string eId) =>
            eId.StartsWith("art_", StringComparison.Ordinal) || eId.Contains("__art_", StringComparison.Ordinal);
    }
}
