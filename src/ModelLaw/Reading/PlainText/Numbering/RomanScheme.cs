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
    public bool TryParse(string token, out SchemeNumber number)
    {
        number = default;
        if (token.Length == 0 || token.Length > 8) return false;
        foreach (var c in token)
            if (_upper ? !char.IsUpper(c) : !char.IsLower(c)) return false;
        if (!TryParseRoman(token, out var v)) return false;
        number = new SchemeNumber(v, 0, token.ToLowerInvariant());
        return true;
    }

    /// <summary>Reads a Roman numeral in either case; false when it is not a well-formed numeral below 4000.</summary>
    public static bool TryParseRoman(string token, out int value)
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
        return value is > 0 and < 4000 && string.Equals(ToRoman(value), token, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Writes a number as an upper-case Roman numeral.</summary>
    public static string ToRoman(int value)
    {
        ReadOnlySpan<int> vals = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] syms = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < vals.Length; i++)
            while (value >= vals[i]) { sb.Append(syms[i]); value -= vals[i]; }
        return sb.ToString();
    }
}
