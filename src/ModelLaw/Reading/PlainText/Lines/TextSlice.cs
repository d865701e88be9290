namespace ModelLaw.Reading.PlainText.Lines;

/// <summary>
/// A range of characters of a string (usually the whole decoded text): the classifier reads lines as slices and a string
/// is made only for the words that end up in the tree.
/// </summary>
internal readonly record struct TextSlice(string Source, int Start, int Length)
{
    /// <summary>A slice holding a whole string.</summary>
    public static TextSlice Of(string s) => new(s, 0, s.Length);

    /// <summary>The characters.</summary>
    public ReadOnlySpan<char> Span => Source.AsSpan(Start, Length);

    /// <summary>Index just after the last character, in <see cref="Source"/>.</summary>
    public int End => Start + Length;

    /// <summary>The part from <paramref name="from"/> (relative to this slice) to its end.</summary>
    public TextSlice From(int from) => new(Source, Start + from, Length - from);

    /// <summary>The part from <paramref name="from"/> to <paramref name="to"/> (relative, end excluded).</summary>
    public TextSlice Range(int from, int to) => new(Source, Start + from, to - from);

    /// <summary>The slice without white space at either end (as <see cref="string.Trim()"/>).</summary>
    public TextSlice Trim()
    {
        var s = Span;
        int a = 0, b = s.Length;
        while (a < b && char.IsWhiteSpace(s[a])) a++;
        while (b > a && char.IsWhiteSpace(s[b - 1])) b--;
        return Range(a, b);
    }

    /// <summary>The characters as a string (the source itself when the slice covers all of it).</summary>
    public override string ToString() =>
        Start == 0 && Length == Source.Length ? Source : Length == 0 ? "" : Source.Substring(Start, Length);
}
