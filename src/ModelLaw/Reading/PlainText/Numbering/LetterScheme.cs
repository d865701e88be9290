namespace ModelLaw.Reading.PlainText.Numbering;

/// <summary>
/// Letters of an alphabet in list order: Latin "a, b, c", Cyrillic "а, б, в" (legal lists skip ё, й, ъ, ы, ь).
/// A doubled letter ("aa", "bb") is an inserted point after the single one. The value is the letter(s) in lower case.
/// </summary>
public sealed class LetterScheme : INumberingScheme
{
    private readonly string _alphabet;
    private readonly bool _upper;

    /// <summary>Creates a scheme over an alphabet given in lower case, in list order.</summary>
    public LetterScheme(string name, string lowerCaseAlphabet, bool upper = false)
    {
        Name = name;
        _alphabet = lowerCaseAlphabet;
        _upper = upper;
    }

    /// <summary>Latin lower case: a, b, c ... z.</summary>
    public static LetterScheme LatinLower { get; } = new("latin-lower", "abcdefghijklmnopqrstuvwxyz");

    /// <summary>Latin upper case: A, B, C ... Z (sections of annexes).</summary>
    public static LetterScheme LatinUpper { get; } = new("latin-upper", "abcdefghijklmnopqrstuvwxyz", upper: true);

    /// <summary>Cyrillic lower case as used in Russian legal lists: а, б, в, г, д, е, ж, з, и, к ... я.</summary>
    public static LetterScheme CyrillicLower { get; } = new("cyrillic-lower", "абвгдежзиклмнопрстуфхцчшщэюя");

    /// <summary>Doubled Latin letters as a list of their own: aa, bb, cc (items of the United States Code).</summary>
    public static INumberingScheme LatinDoubled { get; } = new DoubledLetters();

    /// <inheritdoc />
    public string Name { get; }

    private sealed class DoubledLetters : INumberingScheme
    {
        public string Name => "latin-doubled";

        public bool TryParse(string token, out SchemeNumber number) => TryParse(token.AsSpan(), out number);

        public bool TryParse(ReadOnlySpan<char> token, out SchemeNumber number)
        {
            number = default;
            if (token.Length != 2 || token[0] != token[1] || token[0] is < 'a' or > 'z') return false;
            number = new SchemeNumber(token[0] - 'a' + 1, 0, Numbers.Letters(token));
            return true;
        }
    }

    /// <inheritdoc />
    public bool TryParse(string token, out SchemeNumber number) => TryParse(token.AsSpan(), out number);

    /// <inheritdoc />
    public bool TryParse(ReadOnlySpan<char> token, out SchemeNumber number)
    {
        number = default;
        if (token.Length is 0 or > 2) return false;
        foreach (var c in token) if (_upper ? !char.IsUpper(c) : !char.IsLower(c)) return false;
        Span<char> lower = stackalloc char[2];
        for (int i = 0; i < token.Length; i++) lower[i] = char.ToLowerInvariant(token[i]);
        lower = lower[..token.Length];
        if (lower.Length == 2 && lower[0] != lower[1]) return false;
        var pos = _alphabet.IndexOf(lower[0], StringComparison.Ordinal);
        if (pos < 0) return false;
        number = new SchemeNumber(pos + 1, lower.Length - 1, Numbers.Letters(lower));
        return true;
    }
}
