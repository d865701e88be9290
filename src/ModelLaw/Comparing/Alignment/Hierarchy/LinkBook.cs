using ModelLaw.Comparing.Alignment.Assignment;
using ModelLaw.Comparing.Alignment.Input;

namespace ModelLaw.Comparing.Alignment.Hierarchy;

/// <summary>
/// The links of one comparison as the fixed schedule makes them, level after level, with the link of every row and
/// the national rows covered by a link above them. Owned by one <see cref="HierarchicalAligner"/> run; its result is
/// frozen into an <see cref="AlignmentResult"/>.
/// </summary>
internal sealed class LinkBook
{
    private readonly int[] _ofModel, _ofNational;

    public LinkBook(ComparisonInput input)
    {
        Input = input;
        _ofModel = new int[input.Model.Count];
        _ofNational = new int[input.National.Count];
        Array.Fill(_ofModel, -1);
        Array.Fill(_ofNational, -1);
        Covered = new bool[input.National.Count];
    }

    public ComparisonInput Input { get; }
    public List<RowLink> Links { get; } = new();

    /// <summary>National rows whose text is covered by the link of an ancestor (its partner had no parts).</summary>
    public bool[] Covered { get; }

    public bool ModelFree(int r) => _ofModel[r] < 0;
    public bool NationalFree(int r) => _ofNational[r] < 0 && !Covered[r];
    public int OfModel(int r) => _ofModel[r];
    public int OfNational(int r) => _ofNational[r];

    public int Add(RowLink link)
    {
        Links.Add(link);
        int i = Links.Count - 1;
        foreach (var m in link.ModelRows) _ofModel[m] = i;
        foreach (var n in link.NationalRows) if (_ofNational[n] < 0) _ofNational[n] = i;
        return i;
    }

    /// <summary>Marks a national row and its free descendants as covered.</summary>
    public void Cover(int n)
    {
        var t = Input.National;
        for (int r = n; r < t.SubtreeEnd[n]; r++) if (_ofNational[r] < 0) Covered[r] = true;
    }

    /// <summary>The links as a frozen set.</summary>
    public RowLinks Freeze() => new(Links.ToArray(), Input.Model.Count, Input.National.Count);
}

/// <summary>The alignment of a comparison: every link made, at every level, and the covered national rows.</summary>
internal sealed record AlignmentResult(ComparisonInput Input, RowLinks Links, bool[] Covered);
