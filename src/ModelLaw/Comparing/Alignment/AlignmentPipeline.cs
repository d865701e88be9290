using System.Collections.Immutable;
using ModelLaw.Comparing.Alignment.Assignment;
using ModelLaw.Comparing.Alignment.Candidates;
using ModelLaw.Comparing.Alignment.Facts;
using ModelLaw.Comparing.Alignment.Hierarchy;
using ModelLaw.Comparing.Alignment.Input;
using ModelLaw.Comparing.Alignment.Scoring;
using ModelLaw.Comparing.Alignment.Signals;

namespace ModelLaw.Comparing.Alignment;

/// <summary>
/// The staged alignment, frozen: candidate sources per level, the signals (one feature column each), the score model
/// and the assignment bars. Built by <see cref="AlignmentPipelineBuilder"/>; immutable and thread-safe, one instance
/// serves every comparison.
/// </summary>
internal sealed class AlignmentPipeline
{
    internal AlignmentPipeline(ImmutableArray<ISignal> signals, ScoreModel model, AssignmentOptions assignment, CandidateOptions candidates)
    {
        Signals = signals;
        Model = model;
        Assignment = assignment;
        Candidates = candidates;
        Names = signals.Select(s => s.Name).ToArray();
    }

    /// <summary>The default pipeline: every default signal, the shipped score model, the default bars.</summary>
    public static AlignmentPipeline Default { get; } = new AlignmentPipelineBuilder().UseDefaultSignals().Build();

    public ImmutableArray<ISignal> Signals { get; }
    public ScoreModel Model { get; }
    public AssignmentOptions Assignment { get; }
    public CandidateOptions Candidates { get; }
    private string[] Names { get; }

    /// <summary>The same pipeline with another score model (the fitter's trial weights).</summary>
    public AlignmentPipeline With(ScoreModel model) => new(Signals, model, Assignment, Candidates);

    /// <summary>Aligns both analysed texts at every level.</summary>
    public AlignmentResult Align(ComparisonInput input, ComparisonFacts facts, CancellationToken ct, StageClock? clock = null) =>
        new HierarchicalAligner(this, input, facts, ct, clock).Align();

    /// <summary>The candidate pairs of one level from its sources, with every signal's column filled in.</summary>
    public CandidateSet Candidate(LevelContext context, IEnumerable<ICandidateSource> sources)
    {
        var builder = new CandidateSetBuilder(context.Rows);
        foreach (var s in sources) s.Add(context, builder);
        var pairs = builder.Build(Names);
        for (int c = 0; c < Signals.Length; c++) Signals[c].Compute(context, pairs, pairs.Feature(c));
        return pairs;
    }
}

/// <summary>How candidates are found: heaviest features probed per row, candidates kept per row, rows that may share a number.</summary>
internal sealed record CandidateOptions(int ProbeFeatures, int MaxCandidates, int MaxSameNumber)
{
    public static CandidateOptions Default { get; } = new(ProbeFeatures: 40, MaxCandidates: 12, MaxSameNumber: 16);
}

/// <summary>
/// Collects the signals of a pipeline (Markdig's builder habit): <c>UseDefaultSignals()</c>, <c>UseSignal&lt;T&gt;()</c> for
/// one more (a character n-gram similarity, a cross-language analyser), then <see cref="Build"/> freezes them.
/// </summary>
internal sealed class AlignmentPipelineBuilder
{
    private readonly List<ISignal> _signals = new();
    private ScoreModel? _model;
    private AssignmentOptions _assignment = AssignmentOptions.Default;
    private CandidateOptions _candidates = CandidateOptions.Default;

    public AlignmentPipelineBuilder UseSignal<T>() where T : ISignal, new() => UseSignal(new T());

    public AlignmentPipelineBuilder UseSignal(ISignal signal)
    {
        if (_signals.Any(s => s.Name == signal.Name)) throw new InvalidOperationException($"signal '{signal.Name}' is registered twice");
        _signals.Add(signal);
        return this;
    }

    /// <summary>The lexical, structural and role signals, lexical first (the relative signals read its column).</summary>
    public AlignmentPipelineBuilder UseDefaultSignals() =>
        UseSignal<LexicalSimilarity>().UseSignal<HeadingSimilarity>().UseSignal<BothHeadings>()
            .UseSignal<ModelContained>().UseSignal<NationalContained>().UseSignal<SameNumber>().UseSignal<SameKind>()
            .UseSignal<ExplicitReference>().UseSignal<ParentContext>().UseSignal<Boilerplate>().UseSignal<FinalProvisionRole>().UseSignal<UniqueRole>()
            .UseSignal<BestForModel>().UseSignal<BestForNational>().UseSignal<LexicalMargin>().UseSignal<PositionPrior>()
            .UseSignal<DefinedTermOverlap>().UseSignal<RenamedDefinition>().UseSignal<CitationGraph>();

    public AlignmentPipelineBuilder UseScoreModel(ScoreModel model)
    {
        _model = model;
        return this;
    }

    public AlignmentPipelineBuilder UseAssignment(AssignmentOptions options)
    {
        _assignment = options;
        return this;
    }

    public AlignmentPipelineBuilder UseCandidates(CandidateOptions options)
    {
        _candidates = options;
        return this;
    }

    public AlignmentPipeline Build() => new([.. _signals], _model ?? ScoreModel.Default, _assignment, _candidates);
}
