using System.Globalization;

namespace ModelLaw.Reading.PlainText.Numbering;

/// <summary>
/// The strings of small numbers, made once ("1" … "999", "i" … "mmmcmxcix" as needed up to 999, "a" … "z", "aa" … "zz"), and
/// the reading of inserted numbers ("11.1", "5-1"). The tables are filled when the type is first used and never change.
/// </summary>
internal static class Numbers
{
    private const int Cached = 1000;
    private static readonly string[] Decimals = Make(Cached, n => n.ToString(CultureInfo.InvariantCulture));
    private static readonly string[] Romans = Make(Cached, n => n == 0 ? "" : RomanScheme.ToRoman(n).ToLowerInvariant());
    private static readonly string[] SingleLetters = Make(26, n => ((char)('a' + n)).ToString());
    private static readonly string[] DoubleLetters = Make(26, n => new string((char)('a' + n), 2));

    /// <summary>"12" for 12.</summary>
    public static string Decimal(int n) => (uint)n < Cached ? Decimals[n] : n.ToString(CultureInfo.InvariantCulture);

    /// <summary>"xii" for 12.</summary>
    public static string RomanLower(int n) => (uint)n < Cached ? Romans[n] : RomanScheme.ToRoman(n).ToLowerInvariant();

    /// <summary>The letters as a string: "b", "bb" from the table, anything else made.</summary>
    public static string Letters(ReadOnlySpan<char> letters)
    {
        if (letters.Length == 1 && letters[0] is >= 'a' and <= 'z') return SingleLetters[letters[0] - 'a'];
        if (letters.Length == 2 && letters[0] == letters[1] && letters[0] is >= 'a' and <= 'z') return DoubleLetters[letters[0] - 'a'];
        return letters.ToString();
    }

    /// <summary>"11.1" or "5-1" → 11 and 1, 5 and 1 (an inserted number in Russian, French and other drafting).</summary>
    public static bool TryDottedInsertion(ReadOnlySpan<char> token, out int baseNumber, out int insertion)
    {
        baseNumber = 0; insertion = 0;
        var dot = token.IndexOfAny(".-\u2010\u2011");
        if (dot <= 0 || dot == token.Length - 1 || dot > 4 || token.Length - dot > 4) return false;
        return int.TryParse(token[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out baseNumber)
            && int.TryParse(token[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out insertion);
    }

    private static string[] Make(int count, Func<int, string> make)
    {
        var a = new string[count];
        for (int i = 0; i < count; i++) a[i] = make(i);
        return a;
    }
}
