namespace ModelLaw.Comparing.Alignment.Input;

/// <summary>The terms of a row's full text in reading order (own content, the children's texts, own wrap-up), from the analysis.</summary>
internal static class TermSequences
{
    /// <summary>Appends the full-text terms of row <paramref name="r"/> to <paramref name="into"/>.</summary>
    public static void Full(UnitTable t, int r, List<int> into)
    {
        into.AddRange(t.OwnTerm.AsSpan(t.OwnStart[r], t.WrapUpStart[r] - t.OwnStart[r]));
        foreach (var c in t.Children(r)) Full(t, c, into);
        into.AddRange(t.OwnTerm.AsSpan(t.WrapUpStart[r], t.OwnStart[r + 1] - t.WrapUpStart[r]));
    }

    /// <summary>
    /// True when the two rows' full texts are the same words in the same order (modulo case, accents, spacing,
    /// punctuation and numbering, which the analysis folds or drops).
    /// </summary>
    public static bool SameWords(UnitTable a, int ra, UnitTable b, int rb)
    {
        var x = new List<int>();
        var y = new List<int>();
        Full(a, ra, x);
        Full(b, rb, y);
        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(x).SequenceEqual(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(y));
    }
}
