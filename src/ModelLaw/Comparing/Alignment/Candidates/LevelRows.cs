using ModelLaw.Comparing.Alignment.Input;

namespace ModelLaw.Comparing.Alignment.Candidates;

/// <summary>The level a set of rows is aligned at.</summary>
internal enum AlignmentLevel
{
    /// <summary>The unit tier: articles (or sections that are units), annexes, top-level provisions.</summary>
    Unit,
    /// <summary>The parts of the units, document-wide (a unit without parts stands for itself).</summary>
    Part,
    /// <summary>Below the parts, inside one linked pair.</summary>
    Inner,
}

/// <summary>
/// The rows of one level on each side, in document order; a row's position in its list is its slot. Immutable.
/// </summary>
internal sealed class LevelRows
{
    private readonly int[] _modelSlot, _nationalSlot;

    public LevelRows(AlignmentLevel level, ComparisonInput input, int[] modelRows, int[] nationalRows)
    {
        Level = level;
        Input = input;
        ModelRows = modelRows;
        NationalRows = nationalRows;
        _modelSlot = Slots(input.Model.Count, modelRows);
        _nationalSlot = Slots(input.National.Count, nationalRows);
    }

    public AlignmentLevel Level { get; }
    public ComparisonInput Input { get; }

    /// <summary>Model rows of the level, ascending.</summary>
    public int[] ModelRows { get; }

    /// <summary>National rows of the level, ascending.</summary>
    public int[] NationalRows { get; }

    /// <summary>The slot of a model row, or -1 when the row is not at this level.</summary>
    public int ModelSlot(int row) => _modelSlot[row];

    /// <summary>The slot of a national row, or -1.</summary>
    public int NationalSlot(int row) => _nationalSlot[row];

    private static int[] Slots(int count, int[] rows)
    {
        var slots = new int[count];
        Array.Fill(slots, -1);
        for (int i = 0; i < rows.Length; i++) slots[rows[i]] = i;
        return slots;
    }
}
