using ModelLaw.Documents;

namespace ModelLaw.Comparing.Alignment.Input;

/// <summary>
/// One document analysed for alignment, as a struct of arrays over its provisions in preorder (row 0 is the root; the
/// subtree of row r is the rows [r, SubtreeEnd[r])). Every stage reads these arrays; none tokenises again.
/// Built by <see cref="UnitTableBuilder"/>, read-only afterwards.
/// </summary>
internal sealed class UnitTable
{
    /// <summary>Number of rows (provisions, the root included).</summary>
    public required int Count { get; init; }

    /// <summary>The provision of each row.</summary>
    public required Provision[] Source { get; init; }

    /// <summary>Parent row, -1 for the root.</summary>
    public required int[] Parent { get; init; }

    /// <summary>One past the last row of the subtree.</summary>
    public required int[] SubtreeEnd { get; init; }

    /// <summary>Depth below the root (the root is 0).</summary>
    public required int[] Depth { get; init; }

    /// <summary>Kind of each row's provision.</summary>
    public required ProvisionKind[] Kind { get; init; }

    /// <summary>
    /// The unit row at or above each row (the article tier: the topmost provision that is not a grouping of units), or
    /// -1 for the root and the groupings (parts, chapters, sections of articles).
    /// </summary>
    public required int[] Unit { get; init; }

    /// <summary>Rank of each unit row among the units (0, 1, 2 ... in document order), -1 for other rows.</summary>
    public required int[] UnitOrdinal { get; init; }

    /// <summary>Comparable number of each row ("10a", "1" for "1er"), or null without a number.</summary>
    public required string?[] NumberKey { get; init; }

    /// <summary>Row offsets into <see cref="OwnTerm"/>: the own text (content, then wrap-up) of row r is OwnTerm[OwnStart[r]..OwnStart[r + 1]).</summary>
    public required int[] OwnStart { get; init; }

    /// <summary>Where the wrap-up's terms begin inside the own terms of each row.</summary>
    public required int[] WrapUpStart { get; init; }

    /// <summary>Term ids of the rows' own texts, in text order.</summary>
    public required int[] OwnTerm { get; init; }

    /// <summary>Row offsets into <see cref="HeadingTerm"/>.</summary>
    public required int[] HeadingStart { get; init; }

    /// <summary>Term ids of the rows' headings, in order.</summary>
    public required int[] HeadingTerm { get; init; }

    /// <summary>The heading terms of row <paramref name="r"/>.</summary>
    public ReadOnlySpan<int> HeadingTerms(int r) => HeadingTerm.AsSpan(HeadingStart[r], HeadingStart[r + 1] - HeadingStart[r]);

    /// <summary>The own-text terms of row <paramref name="r"/>.</summary>
    public ReadOnlySpan<int> OwnTerms(int r) => OwnTerm.AsSpan(OwnStart[r], OwnStart[r + 1] - OwnStart[r]);

    /// <summary>Number keys of the articles of the same text each row's content cites, in order.</summary>
    public required string[][] Cites { get; init; }

    /// <summary>The term ids of the term each row defines (a definition's quoted term), empty when none.</summary>
    public required int[][] DefinedTerm { get; init; }

    /// <summary>Where the defined term stands in each row's content (start, length); (0, 0) when none.</summary>
    public required (int Start, int Length)[] DefinedSpan { get; init; }

    /// <summary>The defined term of a row as written, or null.</summary>
    public string? DefinedTermText(int r) => DefinedSpan[r].Length > 0 ? Source[r].Content.Substring(DefinedSpan[r].Start, DefinedSpan[r].Length).Trim() : null;

    /// <summary>Feature counts of the own text (terms and term pairs).</summary>
    public required CsrRows OwnCounts { get; init; }

    /// <summary>Feature counts of the full text (the row and everything below it).</summary>
    public required CsrRows FullCounts { get; init; }

    /// <summary>TF-IDF of the full text, L2-normalised.</summary>
    public required CsrRows Full { get; init; }

    /// <summary>TF-IDF of the heading (terms only), L2-normalised; empty without a heading.</summary>
    public required CsrRows Heading { get; init; }

    /// <summary>Σ count × idf of the full text.</summary>
    public required double[] Mass { get; init; }

    /// <summary>True for the rows of the unit tier.</summary>
    public bool IsUnit(int r) => Unit[r] == r;

    /// <summary>True when <paramref name="r"/> lies strictly below <paramref name="ancestor"/>.</summary>
    public bool IsBelow(int r, int ancestor) => r > ancestor && r < SubtreeEnd[ancestor];

    /// <summary>Number of distinct features of the full text.</summary>
    public int Words(int r) => FullCounts.Length(r);

    /// <summary>The children of a row, in order.</summary>
    public IEnumerable<int> Children(int r)
    {
        for (int c = r + 1; c < SubtreeEnd[r]; c = SubtreeEnd[c]) yield return c;
    }
}
