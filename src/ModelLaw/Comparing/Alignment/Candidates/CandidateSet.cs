namespace ModelLaw.Comparing.Alignment.Candidates;

/// <summary>
/// The candidate pairs of one level, sorted by (model slot, national slot) without duplicates, with one feature column
/// per signal (column-major). The pairs are fixed once built; the columns are filled by the signals, then read-only.
/// </summary>
internal sealed class CandidateSet
{
    private readonly int[] _modelStart;
    private readonly float[][] _columns;

    private readonly string[] _names;

    public CandidateSet(LevelRows rows, int[] modelSlot, int[] nationalSlot, string[] columns)
    {
        _names = columns;
        Rows = rows;
        ModelSlot = modelSlot;
        NationalSlot = nationalSlot;
        _modelStart = new int[rows.ModelRows.Length + 1];
        foreach (var m in modelSlot) _modelStart[m + 1]++;
        for (int i = 0; i < rows.ModelRows.Length; i++) _modelStart[i + 1] += _modelStart[i];
        _columns = new float[columns.Length][];
        for (int c = 0; c < columns.Length; c++) _columns[c] = new float[modelSlot.Length];
    }

    /// <summary>The rows of the level.</summary>
    public LevelRows Rows { get; }

    /// <summary>Number of pairs.</summary>
    public int Count => ModelSlot.Length;

    /// <summary>Model slot of each pair.</summary>
    public int[] ModelSlot { get; }

    /// <summary>National slot of each pair.</summary>
    public int[] NationalSlot { get; }

    /// <summary>Number of feature columns.</summary>
    public int Columns => _columns.Length;

    /// <summary>The names of the columns, in order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The column of a signal by name; throws when no such signal was registered before.</summary>
    public int ColumnOf(string name)
    {
        int c = Array.IndexOf(_names, name);
        return c >= 0 ? c : throw new InvalidOperationException($"signal '{name}' is not registered before the signals that read it");
    }

    /// <summary>Model row of pair <paramref name="i"/>.</summary>
    public int ModelRow(int i) => Rows.ModelRows[ModelSlot[i]];

    /// <summary>National row of pair <paramref name="i"/>.</summary>
    public int NationalRow(int i) => Rows.NationalRows[NationalSlot[i]];

    /// <summary>The column of one signal (one value per pair).</summary>
    public Span<float> Feature(int column) => _columns[column];

    /// <summary>The value of one signal for one pair.</summary>
    public float Feature(int column, int pair) => _columns[column][pair];

    /// <summary>The pairs of one model slot: indexes [start, end).</summary>
    public (int Start, int End) OfModel(int modelSlot) => (_modelStart[modelSlot], _modelStart[modelSlot + 1]);

    /// <summary>The index of the pair (model slot, national slot), or -1 when it is not a candidate.</summary>
    public int IndexOf(int modelSlot, int nationalSlot)
    {
        int i = Array.BinarySearch(NationalSlot, _modelStart[modelSlot], _modelStart[modelSlot + 1] - _modelStart[modelSlot], nationalSlot);
        return i >= 0 ? i : -1;
    }
}

/// <summary>Collects candidate pairs from the sources, in any order and with repeats.</summary>
internal sealed class CandidateSetBuilder
{
    private readonly List<long> _pairs = new();

    public CandidateSetBuilder(LevelRows rows) => Rows = rows;

    /// <summary>The rows of the level.</summary>
    public LevelRows Rows { get; }

    /// <summary>Adds the pair (model slot, national slot).</summary>
    public void Add(int modelSlot, int nationalSlot) => _pairs.Add(((long)modelSlot << 32) | (uint)nationalSlot);

    /// <summary>The sorted, deduplicated set with one column per name in <paramref name="columns"/>.</summary>
    public CandidateSet Build(string[] columns)
    {
        _pairs.Sort();
        var m = new List<int>(_pairs.Count);
        var n = new List<int>(_pairs.Count);
        long last = -1;
        foreach (var p in _pairs)
        {
            if (p == last) continue;
            last = p;
            m.Add((int)(p >> 32));
            n.Add((int)(p & 0xFFFFFFFF));
        }
        return new CandidateSet(Rows, m.ToArray(), n.ToArray(), columns);
    }
}
