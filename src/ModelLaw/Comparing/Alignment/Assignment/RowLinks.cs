using System.Collections.Immutable;
using ModelLaw.Comparing.Alignment.Candidates;

namespace ModelLaw.Comparing.Alignment.Assignment;

/// <summary>How a link was made.</summary>
internal enum LinkOrigin : byte
{
    /// <summary>On the heaviest chain in document order.</summary>
    Anchor,
    /// <summary>Off the chain: mutual best, strong enough to be a move.</summary>
    Move,
    /// <summary>Between two anchors, in order, on weaker evidence.</summary>
    Window,
    /// <summary>A part joining a link because it adds coverage (split or merge).</summary>
    Coverage,
    /// <summary>Identical subtrees paired by position.</summary>
    Identical,
    /// <summary>Parts whose text went, with their parent's, into a partner without parts.</summary>
    Structure,
    /// <summary>A unit whose parts were linked elsewhere.</summary>
    Dispersed,
    /// <summary>Divisions linked by the units they share.</summary>
    Division,
}

/// <summary>One link between rows of the two texts (either side may be empty only for omitted and added).</summary>
/// <param name="ModelRows">Model rows, ascending.</param>
/// <param name="NationalRows">National rows, ascending.</param>
/// <param name="Probability">The score model's probability of the pair that made the link (1 for identical).</param>
/// <param name="Origin">How it was made.</param>
/// <param name="Level">The level it was made at.</param>
/// <param name="Similarity">Text similarity of the pair that made it (the lexical cosine), for display.</param>
/// <param name="Evidence">Weight × feature of each signal of that pair, by signal name.</param>
internal sealed record RowLink(ImmutableArray<int> ModelRows, ImmutableArray<int> NationalRows, float Probability, LinkOrigin Origin,
    AlignmentLevel Level, float Similarity, ImmutableArray<Scoring.SignalEvidence> Evidence)
{
    public static readonly ImmutableArray<Scoring.SignalEvidence> NoEvidence = ImmutableArray<Scoring.SignalEvidence>.Empty;
}

/// <summary>A set of links with the link of each row on either side. Immutable.</summary>
internal sealed class RowLinks
{
    private readonly int[] _ofModel, _ofNational;

    public RowLinks(IReadOnlyList<RowLink> links, int modelRows, int nationalRows)
    {
        Links = links;
        _ofModel = new int[modelRows];
        _ofNational = new int[nationalRows];
        Array.Fill(_ofModel, -1);
        Array.Fill(_ofNational, -1);
        for (int i = 0; i < links.Count; i++)
        {
            foreach (var m in links[i].ModelRows) _ofModel[m] = i;
            foreach (var n in links[i].NationalRows) if (_ofNational[n] < 0) _ofNational[n] = i;
        }
    }

    public IReadOnlyList<RowLink> Links { get; }

    /// <summary>The index of the link holding a model row, or -1.</summary>
    public int OfModel(int row) => _ofModel[row];

    /// <summary>The index of the (first) link holding a national row, or -1.</summary>
    public int OfNational(int row) => _ofNational[row];

    /// <summary>True when the two rows are in one link.</summary>
    public bool Linked(int modelRow, int nationalRow)
    {
        int l = _ofModel[modelRow];
        return l >= 0 && Links[l].NationalRows.Contains(nationalRow);
    }
}
