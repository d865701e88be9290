using ModelLaw.Text;

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
    public static bool TryParseRoman(string token, out int value) => RomanNumerals.TryParse(token, out value);

    /// <summary>Reads a Roman numeral in either case, given as characters (no string made).</summary>
    internal static bool TryParseRoman(ReadOnlySpan<char> token, out int value) => RomanNumerals.TryParse(token, out value);

    /// <summary>Writes a number as an upper-case Roman numeral.</summary>
    public static string ToRoman(int value) => RomanNumerals.ToUpper(value);
}
