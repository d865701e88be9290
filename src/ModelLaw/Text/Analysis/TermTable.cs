namespace ModelLaw.Text.Analysis;

/// <summary>
/// Interns analysed terms to dense integer ids (0, 1, 2, ... in first-seen order), looked up by span so that no
/// string is made for a term already seen. One table per comparison, shared by both texts so that equal terms have
/// equal ids; not thread-safe while it grows, read-only afterwards.
/// </summary>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _terms;

    /// <summary>Creates an empty table.</summary>
    public TermTable(int capacity = 1024)
    {
        _ids = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _terms = new List<string>(capacity);
    }

    /// <summary>Number of distinct terms.</summary>
    public int Count => _terms.Count;

    /// <summary>The term of an id.</summary>
    public string this[int id] => _terms[id];

    /// <summary>The id of <paramref name="term"/>, added when new.</summary>
    public int Intern(ReadOnlySpan<char> term)
    {
        if (_lookup.TryGetValue(term, out var id)) return id;
        var s = term.ToString();
        id = _terms.Count;
        _ids.Add(s, id);
        _terms.Add(s);
        return id;
    }

    /// <summary>The id of <paramref name="term"/> when it is in the table.</summary>
    public bool TryGetId(ReadOnlySpan<char> term, out int id) => _lookup.TryGetValue(term, out id);
}
