namespace ModelLaw.Reading.PlainText.Lines;

/// <summary>
/// The short strings of one parse ("(a)", "1.", "iv"), each made once: a text repeats the same few labels thousands of
/// times. One instance per classifier; not shared between threads.
/// </summary>
internal sealed class ShortStrings
{
    private const int MaxLength = 16;
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public ShortStrings() => _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The characters as a string, the same instance for the same characters.</summary>
    public string Get(ReadOnlySpan<char> s)
    {
        if (s.Length == 0) return "";
        if (s.Length > MaxLength) return s.ToString();
        if (_lookup.TryGetValue(s, out var known)) return known;
        var made = s.ToString();
        _pool[made] = made;
        return made;
    }
}
