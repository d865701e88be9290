using ModelLaw.Comparing.Alignment.Signals;

namespace ModelLaw.Comparing.Alignment.Candidates;

/// <summary>A way to propose candidate pairs at one level; the union of all sources is scored. Stateless and thread-safe.</summary>
internal interface ICandidateSource
{
    void Add(LevelContext context, CandidateSetBuilder into);
}
