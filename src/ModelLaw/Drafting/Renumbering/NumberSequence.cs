using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ModelLaw.Documents;
using ModelLaw.Reading.PlainText.Languages.Arabic;
using ModelLaw.Reading.PlainText.Numbering;
using ModelLaw.Text;

namespace ModelLaw.Drafting.Renumbering;

/// <summary>The numbering style of a sibling list, read from its first number: arabic, latin or Cyrillic letters, roman.</summary>
internal enum NumberStyle { Arabic, LatinLower, LatinUpper, CyrillicLower, RomanUpper, RomanLower }

/// <summary>A number's place in its sequence: its base position and the rank of an inserted number after it ("10a" → (10, 1), "4.01" → (4, 10), "aa" → (1, 1)).</summary>
/// <param name="Ordinal">The base position.</param>
/// <param name="Insertion">The rank of an inserted number after it, 0 for a base number.</param>
/// <param name="Last">The last position a range of numbers takes ("52 to 57" → 57); the ordinal otherwise.</param>
internal readonly record struct SequencePlace(int Ordinal, int Insertion, int Last)
{
    public SequencePlace(int ordinal, int insertion) : this(ordinal, insertion, ordinal) { }

    /// <summary>True when this number may directly follow <paramref name="previous"/>.</summary>
    public bool Follows(SequencePlace previous) =>
        Ordinal == previous.Last + 1 && Insertion == 0 || Ordinal == previous.Ordinal && Insertion > previous.Insertion;
}

/// <summary>A way of counting (decimal, roman, letters...): reads a number's place, writes the n-th number.</summary>
internal sealed record NumberScheme(string Name, Func<ProvisionNumber, SequencePlace?> Read, Func<int, string> Write);

/// <summary>
/// Formats the n-th number of a style and rewrites a written number ("Article 5" → "Article 6", "(b)" → "(c)"); reads a
/// list of numbers in the scheme that fits it best, so that "ANNEX V" follows "ANNEX IV" and "10 bis", "5A", "4.01" are
/// inserted numbers rather than gaps.
/// </summary>
internal static class NumberSequence
{
    // Russian drafting letters skip ё, з, й, ъ, ы, ь (as in Federal laws: а, б, в, г, д, е, ж, и, к, ...)
    private const string Cyrillic = "абвгдежиклмнопрстуфхцчшщэюя";

    public static NumberStyle StyleOf(ProvisionNumber number, ProvisionKind kind)
    {
        var v = number.Value;
        if (v.Length == 0 || char.IsDigit(v[0])) return NumberStyle.Arabic;
        if (Cyrillic.Contains(char.ToLowerInvariant(v[0]))) return NumberStyle.CyrillicLower;
        var token = Token(number.Written);
        bool romanLetters = token.Length > 0 && token.All(c => "ivxlcdm".Contains(char.ToLowerInvariant(c)));
        if (romanLetters && (kind.IsDivision() || kind == ProvisionKind.Annex))
            return char.IsUpper(token[0]) ? NumberStyle.RomanUpper : NumberStyle.RomanLower;
        if (romanLetters && kind == ProvisionKind.Subpoint) return NumberStyle.RomanLower;
        return token.Length > 0 && char.IsUpper(token[0]) ? NumberStyle.LatinUpper : NumberStyle.LatinLower;
    }

    public static string Format(NumberStyle style, int n) => style switch
    {
        NumberStyle.Arabic => n.ToString(CultureInfo.InvariantCulture),
        NumberStyle.LatinLower => Letters(n, 'a', 26),
        NumberStyle.LatinUpper => Letters(n, 'A', 26),
        NumberStyle.CyrillicLower => n <= Cyrillic.Length ? Cyrillic[n - 1].ToString() : n.ToString(CultureInfo.InvariantCulture),
        NumberStyle.RomanUpper => Roman(n),
        NumberStyle.RomanLower => Roman(n).ToLowerInvariant(),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The value used in eIds for the n-th number of the style (roman divisions become arabic, as the readers do).</summary>
    public static string Value(NumberStyle style, ProvisionKind kind, int n) =>
        style is NumberStyle.RomanUpper or NumberStyle.RomanLower && (kind.IsDivision() || kind == ProvisionKind.Annex)
            ? n.ToString(CultureInfo.InvariantCulture)
            : Format(style, n).ToLowerInvariant();

    /// <summary>Replaces the number token in a written number, keeping label and punctuation ("Article 10 bis" → "Article 11", "(b)" → "(c)").</summary>
    public static string Rewrite(string written, string newToken)
    {
        var (start, end) = TokenRange(written);
        if (written[start..end].ToLowerInvariant() is "bis" or "ter" or "quater" or "quinquies" or "sexies")
        {
            // "10 bis": the number is the run before the Latin suffix; both give way to the new token
            int e = start;
            while (e > 0 && written[e - 1] == ' ') e--;
            int s = e;
            while (s > 0 && char.IsLetterOrDigit(written[s - 1])) s--;
            return written[..s] + newToken + written[end..];
        }
        return written[..start] + newToken + written[end..];
    }

    /// <summary>The number token of a written number ("Article 5." → "5", "(b)" → "b").</summary>
    public static string Token(string written)
    {
        var (start, end) = TokenRange(written);
        return written[start..end];
    }

    private static (int Start, int End) TokenRange(string written)
    {
        int end = written.Length;
        while (end > 0 && !char.IsLetterOrDigit(written[end - 1])) end--;
        int start = end;
        while (start > 0 && char.IsLetterOrDigit(written[start - 1])) start--;
        return (start, end);
    }

    private static string Letters(int n, char first, int size)
    {
        var sb = new StringBuilder();
        while (n > 0) { n--; sb.Insert(0, (char)(first + n % size)); n /= size; }
        return sb.ToString();
    }

    private static string Roman(int n)
    {
        (int v, string s)[] map = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var sb = new StringBuilder();
        foreach (var (v, s) in map) while (n >= v) { sb.Append(s); n -= v; }
        return sb.ToString();
    }

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Regex LabelWords = new(@"^(?:[\p{L}§]+\.?\s+)+(?=\S)", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex DecimalForm = new(@"^([0-9]{1,6})(?:[.\-]([0-9]{1,3}))?\s*(?:([a-zA-Z])|(bis|ter|quater|quinquies|sexies|septies|octies))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex RangeForm = new(@"^([0-9]{1,6})\s*(?:to|and|through|-|–|à|по)\s*([0-9]{1,6})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex LetterDotted = new(@"^([a-z]{1,3})\.([0-9]{1,3})$", RegexOptions.CultureInvariant, Timeout);
    private static readonly string[] LatinInsertions = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies"];

    /// <summary>The bare number of a written one: "ANNEX V" → "V", "Article 10 bis" → "10 bis", "(a)" → "a", "第十条" → "十".</summary>
    public static string Bare(string written)
    {
        var w = written.Trim();
        if (w.StartsWith('第')) w = w[1..].TrimEnd('条', '章', '节', '款', '项', '编', '目');
        w = LabelWords.Replace(w, "");
        return w.Trim().Trim('(', ')', '（', '）', '[', ']', '.', ':', ' ', 'ª', 'º', '°', '—', '–', '-').Trim();
    }

    private static readonly NumberScheme[] Schemes =
    [
        new("decimal", n => DecimalPlace(Bare(n.Written)), n => n.ToString(CultureInfo.InvariantCulture)),
        new("roman-upper", n => RomanPlace(Bare(n.Written), upper: true), Roman),
        new("latin-upper", n => LetterPlace(Bare(n.Written), "abcdefghijklmnopqrstuvwxyz", upper: true), n => Letters(n, 'A', 26)),
        new("roman-lower", n => RomanPlace(Bare(n.Written), upper: false), n => Roman(n).ToLowerInvariant()),
        new("latin-lower", n => LetterPlace(Bare(n.Written), "abcdefghijklmnopqrstuvwxyz", upper: false), n => Letters(n, 'a', 26)),
        new("cyrillic-drafting", n => LetterPlace(Bare(n.Written), Cyrillic, upper: false), n => n <= Cyrillic.Length ? Cyrillic[n - 1].ToString() : "?"),
        new("cyrillic", n => LetterPlace(Bare(n.Written), "абвгдежзиклмнопрстуфхцчшщэюя", upper: false), n => n <= 28 ? "абвгдежзиклмнопрстуфхцчшщэюя"[n - 1].ToString() : "?"),
        new("arabic-abjad", n => ArabicLetterScheme.Abjad.TryParse(Bare(n.Written), out var s) ? new SequencePlace(s.Ordinal, 0) : null, n => "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ".ElementAtOrDefault(n - 1).ToString()),
        new("chinese", n => ChineseNumerals.TryParse(Bare(n.Written), out var v) ? new SequencePlace(v, 0) : null, n => n.ToString(CultureInfo.InvariantCulture)),
        // the reader's own positions (Arabic ordinal words "الحادية عشرة"), last so that a scheme reading the written numbers wins a tie
        new("as read", n => n.Ordinal is { } o ? new SequencePlace(o, InsertionOf(n.Value)) : null, n => n.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>Reads a list of sibling numbers in the scheme with fewest unreadable numbers, then fewest breaks in sequence.</summary>
    public static (NumberScheme Scheme, SequencePlace?[] Places) Read(IReadOnlyList<ProvisionNumber> numbers)
    {
        (NumberScheme, SequencePlace?[])? best = null;
        (int Unread, int Breaks) bestScore = (int.MaxValue, int.MaxValue);
        foreach (var scheme in Schemes)
        {
            var places = numbers.Select(scheme.Read).ToArray();
            int unread = places.Count(p => p is null), breaks = 0;
            for (int i = 1; i < places.Length; i++)
                if (places[i] is { } cur && places[i - 1] is { } prev && !cur.Follows(prev)) breaks++;
            if ((unread, breaks).CompareTo(bestScore) < 0) { best = (scheme, places); bestScore = (unread, breaks); }
        }
        return best!.Value;
    }

    private static int InsertionOf(string value)
    {
        if (LetterDotted.Match(value) is { Success: true } dotted) return Fraction(dotted.Groups[2].Value);
        var m = DecimalForm.Match(value);
        return m.Success ? DecimalPlace(value)?.Insertion ?? 0 : 0;
    }

    // "4.01" < "4.1" < "4.2": the decimal part read as a fraction
    private static int Fraction(string digits) => (int)(double.Parse("0." + digits, CultureInfo.InvariantCulture) * 1000);

    private static SequencePlace? DecimalPlace(string token)
    {
        // "52 to 57 [Amendments]", "§§ 3531 to 3549": a range of numbers kept as one line
        if (RangeForm.Match(token) is { Success: true } range)
        {
            var first = int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture);
            var last = int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture);
            return last >= first ? new SequencePlace(first, 0, last) : null;
        }
        var m = DecimalForm.Match(token);
        if (!m.Success) return null;
        var n = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        // "10a", "10 bis" rank after the decimal insertions
        int insertion = m.Groups[2].Success ? Fraction(m.Groups[2].Value) : 0;
        if (m.Groups[3].Success) insertion += char.ToLowerInvariant(m.Groups[3].Value[0]) - 'a' + 1;
        if (m.Groups[4].Success) insertion += Array.IndexOf(LatinInsertions, m.Groups[4].Value.ToLowerInvariant()) + 1;
        return new SequencePlace(n, insertion);
    }

    private static SequencePlace? RomanPlace(string token, bool upper)
    {
        var parts = token.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 2 || parts[0].Any(c => upper ? !char.IsUpper(c) : !char.IsLower(c))) return null;
        if (!RomanScheme.TryParseRoman(parts[0], out var v)) return null;
        int insertion = parts.Length == 2 ? Array.IndexOf(LatinInsertions, parts[1].ToLowerInvariant()) + 1 : 0;
        return insertion < 0 ? null : new SequencePlace(v, insertion);
    }

    // "b" → (2, 0); "aa", "ab" (points inserted after "a") → (1, 1), (1, 2); "b.01", "b.1" (Canada) → (2, 10), (2, 100)
    private static SequencePlace? LetterPlace(string token, string alphabet, bool upper)
    {
        if (!upper && LetterDotted.Match(token) is { Success: true } dotted)
            return LetterPlace(dotted.Groups[1].Value, alphabet, upper) is { } p ? p with { Insertion = p.Insertion + Fraction(dotted.Groups[2].Value) } : null;
        if (token.Length is 0 or > 3 || token.Any(c => upper ? !char.IsUpper(c) : !char.IsLower(c))) return null;
        var lower = token.ToLowerInvariant();
        var pos = alphabet.IndexOf(lower[0], StringComparison.Ordinal);
        if (pos < 0) return null;
        int insertion = 0;
        foreach (var c in lower[1..])
        {
            var p = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (p < 0) return null;
            insertion = insertion * alphabet.Length + p + 1;
        }
        return new SequencePlace(pos + 1, insertion);
    }
}
