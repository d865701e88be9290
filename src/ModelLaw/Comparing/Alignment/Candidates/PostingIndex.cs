using ModelLaw.Comparing.Alignment.Input;

namespace ModelLaw.Comparing.Alignment.Candidates;

/// <summary>
/// Inverted index of one side's rows at one level: feature → the slots holding it, with their weights (CSR by
/// feature, slots ascending). Built once per level by counting sort; read-only.
/// </summary>
internal sealed class PostingIndex
{
    private readonly int[] _start, _slot;
    private readonly float[] _weight;

    /// <summary>Indexes the <see cref="UnitTable.Full"/> rows of <paramref name="rows"/> of <paramref name="table"/>.</summary>
    public PostingIndex(UnitTable table, int[] rows, int features)
    {
        _start = new int[features + 1];
        foreach (var r in rows)
            foreach (var f in table.Full.Features(r)) _start[f + 1]++;
        for (int f = 0; f < features; f++) _start[f + 1] += _start[f];
        _slot = new int[_start[features]];
        _weight = new float[_slot.Length];
        var fill = (int[])_start.Clone();
        for (int s = 0; s < rows.Length; s++)
        {
            var fs = table.Full.Features(rows[s]);
            var ws = table.Full.Weights(rows[s]);
            for (int k = 0; k < fs.Length; k++)
            {
                int at = fill[fs[k]]++;
                _slot[at] = s;
                _weight[at] = ws[k];
            }
        }
    }

    /// <summary>The slots holding <paramref name="feature"/>.</summary>
    public ReadOnlySpan<int> Slots(int feature) => _slot.AsSpan(_start[feature], _start[feature + 1] - _start[feature]);

    /// <summary>Their weights.</summary>
    public ReadOnlySpan<float> Weights(int feature) => _weight.AsSpan(_start[feature], _start[feature + 1] - _start[feature]);

    /// <summary>How many slots hold <paramref name="feature"/>.</summary>
    public int Frequency(int feature) => _start[feature + 1] - _start[feature];
}
