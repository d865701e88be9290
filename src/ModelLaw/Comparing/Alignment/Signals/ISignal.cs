using ModelLaw.Comparing.Alignment.Candidates;

namespace ModelLaw.Comparing.Alignment.Signals;

/// <summary>
/// One piece of evidence about candidate pairs, as one feature column. A signal reads the analysis, the facts and at
/// most the links of an earlier level (<see cref="LevelContext.Parents"/>); never the links being made. Stateless and
/// thread-safe; registered on the <see cref="AlignmentPipelineBuilder"/>.
/// </summary>
internal interface ISignal
{
    /// <summary>The column's name in the score model and in explanations ("lexical", "heading"...).</summary>
    string Name { get; }

    /// <summary>Writes one value per pair of <paramref name="pairs"/> into <paramref name="column"/>.</summary>
    void Compute(LevelContext context, CandidateSet pairs, Span<float> column);
}
