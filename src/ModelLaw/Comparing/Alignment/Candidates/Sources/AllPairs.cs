using ModelLaw.Comparing.Alignment.Signals;

namespace ModelLaw.Comparing.Alignment.Candidates.Sources;

/// <summary>Every pair, for the small lists inside one linked pair (the children of two paragraphs).</summary>
internal sealed class AllPairs : ICandidateSource
{
    public void Add(LevelContext context, CandidateSetBuilder into)
    {
        for (int m = 0; m < context.Rows.ModelRows.Length; m++)
            for (int n = 0; n < context.Rows.NationalRows.Length; n++) into.Add(m, n);
    }
}
