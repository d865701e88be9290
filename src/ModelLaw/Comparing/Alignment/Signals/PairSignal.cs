using ModelLaw.Comparing.Alignment.Candidates;

namespace ModelLaw.Comparing.Alignment.Signals;

/// <summary>A signal computed pair by pair from the two rows alone.</summary>
internal abstract class PairSignal : ISignal
{
    public abstract string Name { get; }

    /// <summary>The value for the model row <paramref name="m"/> and the national row <paramref name="n"/>.</summary>
    protected abstract float Value(LevelContext context, int m, int n);

    public void Compute(LevelContext context, CandidateSet pairs, Span<float> column)
    {
        for (int i = 0; i < pairs.Count; i++) column[i] = Value(context, pairs.ModelRow(i), pairs.NationalRow(i));
    }
}
