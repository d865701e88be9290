using System.Collections.Immutable;
using ModelLaw.Documents;

namespace ModelLaw.Reading.PlainText.Lines;

/// <summary>
/// A language profile made ready for reading spans: its word tables (heading keywords, ordinal and insertion words) answer a <see cref="ReadOnlySpan{T}"/> with no string
/// made (alternate lookups with the profile's own comparers), and its character folding is a table, or nothing when the
/// profile folds no character. Built once per profile by the parser; immutable and thread-safe.
/// </summary>
internal sealed class ProfileIndex
{
    private readonly WordTable<ProvisionKind> _headingKeywords;
    private readonly WordTable<int> _ordinalWords;
    private readonly WordTable<int> _insertionWords;
    private readonly char[]? _fold;

    public ProfileIndex(LanguageProfile profile)
    {
        Profile = profile;
        _headingKeywords = new(profile.HeadingKeywords, profile.HeadingKeywords.KeyComparer);
        _ordinalWords = new(profile.OrdinalWords, profile.OrdinalWords.KeyComparer);
        _insertionWords = new(profile.InsertionWords, profile.InsertionWords.KeyComparer);
        _fold = FoldTable(profile.FoldChar);
    }

    public LanguageProfile Profile { get; }

    /// <summary>True when <see cref="LanguageProfile.FoldChar"/> changes some character.</summary>
    public bool Folds => _fold is not null;

    public bool TryHeadingKeyword(ReadOnlySpan<char> word, out ProvisionKind kind) => _headingKeywords.TryGet(word, out kind);

    public bool TryOrdinalWord(ReadOnlySpan<char> word, out int value) => _ordinalWords.TryGet(word, out value);

    public bool TryInsertionWord(ReadOnlySpan<char> word, out int value) => _insertionWords.TryGet(word, out value);

    /// <summary>Folds <paramref name="line"/> into <paramref name="into"/> (same length).</summary>
    public void Fold(ReadOnlySpan<char> line, Span<char> into)
    {
        var table = _fold!;
        for (int i = 0; i < line.Length; i++) into[i] = table[line[i]];
    }

    /// <summary>The folding of every UTF-16 unit, or null when it is the identity (the default of every profile but Arabic's).</summary>
    private static char[]? FoldTable(Func<char, char> fold)
    {
        char[]? table = null;
        for (int c = 0; c <= char.MaxValue; c++)
        {
            var f = fold((char)c);
            if (f == c && table is null) continue;
            if (table is null)
            {
                table = new char[char.MaxValue + 1];
                for (int k = 0; k < c; k++) table[k] = (char)k;
            }
            table[c] = f;
        }
        return table;
    }

    /// <summary>
    /// A word table read with spans. The profile's comparer is kept; one that cannot compare spans (a custom comparer of a
    /// third-party profile) is served by making the string, as before.
    /// </summary>
    private sealed class WordTable<T>
    {
        private readonly Dictionary<string, T> _words;
        private readonly bool _spans;
        private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private readonly int _shortest, _longest;

        public WordTable(IEnumerable<KeyValuePair<string, T>> words, IEqualityComparer<string> comparer)
        {
            _words = new Dictionary<string, T>(words, comparer);
            _spans = _words.TryGetAlternateLookup(out _lookup);
            // ordinal comparers only match words of the same length: a word of no key's length is answered at once
            bool sameLength = ReferenceEquals(comparer, StringComparer.Ordinal) || ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase)
                || ReferenceEquals(comparer, EqualityComparer<string>.Default);
            _shortest = sameLength && _words.Count > 0 ? _words.Keys.Min(k => k.Length) : 0;
            _longest = sameLength && _words.Count > 0 ? _words.Keys.Max(k => k.Length) : int.MaxValue;
        }

        public bool TryGet(ReadOnlySpan<char> word, out T value)
        {
            if (word.Length < _shortest || word.Length > _longest) { value = default!; return false; }
            return _spans ? _lookup.TryGetValue(word, out value!) : _words.TryGetValue(word.ToString(), out value!);
        }
    }
}
