namespace ModelLaw.Reading.PlainText.Numbering;

/// <summary>
/// Roman numerals in one case: "i", "iv", "xii" or "I", "IV", "XII". The ordinal is the arabic number; the value of a
/// list item stays the numeral in lower case ("iv"), as in citations "Article 2(f)(iv)" and eIds "point_iv".
/// </summary>
public sealed class RomanScheme : INumberingScheme
{
    private readonly bool _upper;

    private RomanScheme(bool upper) => _upper = upper;

    /// <summary>Lower-case numerals (sub-points "(iv)").</summary>
    public static RomanScheme Lower { get; } = new(upper: false);

    /// <summary>Upper-case numerals (titles, chapters, annex items "IV.").</summary>
    public static RomanScheme Upper { get; } = new(upper: true);

    /// <inheritdoc />
    public string Name => _upper ? "roman-upper" : "roman-lower";

    /// <inheritdoc />
    public bool TryParse(string token, out SchemeNumber number) => TryParse(token.AsSpan(), out number);

    /// <inheritdoc />
    public bool TryParse(ReadOnlySpan<char> token, out SchemeNumber number)
    {
        number = default;
        if (token.Length == 0 || token.Length > 8) return false;
        foreach (var c in token)
            if (_upper ? !char.IsUpper(c) : !char.IsLower(c)) return false;
        if (!TryParseRoman(token, out var v)) return false;
        number = new SchemeNumber(v, 0, System.Text.Ascii.IsValid(token) ? Numbers.RomanLower(v) : Lowered(token));
        return true;
    }

    private static string Lowered(ReadOnlySpan<char> token)
    {
        Span<char> lower = stackalloc char[token.Length];
        token.ToLowerInvariant(lower);
        return new string(lower);
    }

    /// <summary>Reads a Roman numeral in either case; false when it is not a well-formed numeral below 4000.</summary>
    public static bool TryParseRoman(string token, out int value) => TryParseRoman(token.AsSpan(), out value);

    /// <summary>Reads a Roman numeral in either case, given as characters (no string made).</summary>
    internal static bool TryParseRoman(ReadOnlySpan<char> token, out int value)
    {
        value = 0;
        if (token.Length == 0) return false;
        int prev = 0;
        for (int i = token.Length - 1; i >= 0; i--)
        {
            int v = char.ToUpperInvariant(token[i]) switch
            {
                'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => -1,
            };
            if (v < 0) return false;
            if (v < prev) value -= v; else { value += v; prev = v; }
        }
        // canonical form only: rejects "IIII", "VX", "IC"
        if (value is <= 0 or >= 4000) return false;
        Span<char> canonical = stackalloc char[16];
        int length = WriteRoman(value, canonical);
        return token.Equals(canonical[..length], StringComparison.OrdinalIgnoreCase);
    }

    private static readonly int[] Values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
    private static readonly string[] Symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];

    /// <summary>Writes an upper-case numeral into <paramref name="into"/> (at least 15 characters for numbers below 4000) and returns its length.</summary>
    internal static int WriteRoman(int value, Span<char> into)
    {
        int n = 0;
        for (int i = 0; i < Values.Length; i++)
            while (value >= Values[i])
            {
                foreach (var c in Symbols[i]) into[n++] = c;
                value -= Values[i];
            }
        return n;
    }

    /// <summary>Writes a number as an upper-case Roman numeral.</summary>
    public static string ToRoman(int value)
    {
        if (value is > 0 and < 4000)
        {
            Span<char> into = stackalloc char[16];
            return new string(into[..WriteRoman(value, into)]);
        }
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < Values.Length; i++)
            while (value >= Values[i]) { sb.Append(Symbols[i]); value -= Values[i]; }
        return sb.ToString();
    }
}
