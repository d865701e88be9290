namespace ModelLaw.Text;

/// <summary>
/// The library's one reading and writing of Roman numerals (chapters "IV", points "(iv)", annexes "ANNEX V", Word's
/// upperRoman/lowerRoman lists). <see cref="TryParse"/> takes the canonical form only; <see cref="Lenient"/> reads any
/// run of numeral letters additively, as citations and Akoma Ntoso numbers written by hand sometimes need ("IIII").
/// </summary>
internal static class RomanNumerals
{
    private static readonly int[] Values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
    private static readonly string[] Symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];

    /// <summary>Reads a canonical numeral below 4000 in either case; rejects "IIII", "VX", "IC".</summary>
    public static bool TryParse(ReadOnlySpan<char> token, out int value)
    {
        value = Lenient(token) ?? 0;
        if (value is <= 0 or >= 4000) { value = 0; return false; }
        Span<char> canonical = stackalloc char[16];
        int length = Write(value, canonical);
        if (token.Equals(canonical[..length], StringComparison.OrdinalIgnoreCase)) return true;
        value = 0;
        return false;
    }

    /// <summary>
    /// The value of a run of numeral letters in either case, subtracting a letter smaller than one after it; null when
    /// the token is empty or holds another character.
    /// </summary>
    public static int? Lenient(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty) return null;
        int total = 0, previous = 0;
        for (int i = token.Length - 1; i >= 0; i--)
        {
            int v = char.ToUpperInvariant(token[i]) switch
            {
                'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0,
            };
            if (v == 0) return null;
            total += v < previous ? -v : v;
            previous = Math.Max(previous, v);
        }
        return total;
    }

    /// <summary>Writes an upper-case numeral into <paramref name="into"/> (15 characters suffice below 4000); returns its length.</summary>
    public static int Write(int value, Span<char> into)
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

    /// <summary>A number as an upper-case numeral ("XIV"); numbers of 4000 and more repeat M.</summary>
    public static string ToUpper(int value)
    {
        if (value is > 0 and < 4000)
        {
            Span<char> into = stackalloc char[16];
            return new string(into[..Write(value, into)]);
        }
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < Values.Length; i++)
            while (value >= Values[i]) { sb.Append(Symbols[i]); value -= Values[i]; }
        return sb.ToString();
    }

    /// <summary>A number as a lower-case numeral ("xiv").</summary>
    public static string ToLower(int value) => ToUpper(value).ToLowerInvariant();
}
