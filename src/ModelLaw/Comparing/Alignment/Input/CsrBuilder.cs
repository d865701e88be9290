namespace ModelLaw.Comparing.Alignment.Input;

/// <summary>Collects CSR rows one at a time from a dense accumulator and the list of its touched entries.</summary>
internal sealed class CsrBuilder
{
    private readonly int[] _start;
    private readonly List<int> _feature = new();
    private readonly List<float> _weight = new();
    private int _rows;

    public CsrBuilder(int rows) => _start = new int[rows + 1];

    /// <summary>
    /// Appends a row: the touched features in ascending order with their accumulated values. A row touching a large
    /// share of the accumulator (a chapter, the whole document) is read off the accumulator in order instead of
    /// sorting its list.
    /// </summary>
    public void AddRow(float[] acc, List<int> touched, int features)
    {
        if ((long)touched.Count * 16 > features)
        {
            for (int f = 0; f < features; f++)
                if (acc[f] != 0) { _feature.Add(f); _weight.Add(acc[f]); }
        }
        else
        {
            touched.Sort();
            foreach (var f in touched)
            {
                _feature.Add(f);
                _weight.Add(acc[f]);
            }
        }
        _start[++_rows] = _feature.Count;
    }

    public CsrRows Build() => new(_start, _feature.ToArray(), _weight.ToArray());
}
