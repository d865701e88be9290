using System.Globalization;
using System.Text;

namespace ModelLaw.Search.Units;

/// <summary>
/// The one similarity every store's candidates are re-scored with, so that Lucene and PostgreSQL give the same answers:
/// the cosine of word-stem counts (case and accents folded, Arabic letter forms and diacritics folded, words cut to a
/// seven-letter stem, Chinese as character bigrams), blended with the cosine of stem bigrams, which rewards word order.
/// Stateless and thread-safe.
/// </summary>
public static class PassageSimilarity
{
    private const int StemLength = 7;

    /// <summary>Similarity of two passages in [0, 1].</summary>
    public static double Score(string a, string b) => Score(Analyse(a), Analyse(b));

    /// <summary>Similarity of two analysed passages in [0, 1].</summary>
    public static double Score(Analysed a, Analysed b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Math.Round(0.7 * Cosine(a.Terms, b.Terms) + 0.3 * Cosine(a.Bigrams, b.Bigrams), 4);
    }

    /// <summary>A passage analysed once, to be scored against many.</summary>
    public sealed class Analysed
    {
        internal Analysed(Dictionary<string, int> terms, Dictionary<string, int> bigrams)
        {
            Terms = terms;
            Bigrams = bigrams;
        }

        internal Dictionary<string, int> Terms { get; }
        internal Dictionary<string, int> Bigrams { get; }
    }

    /// <summary>Analyses a passage.</summary>
    public static Analysed Analyse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stems = Stems(text);
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var bigrams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < stems.Count; i++)
        {
            terms[stems[i]] = terms.GetValueOrDefault(stems[i]) + 1;
            if (i > 0)
            {
                var bg = stems[i - 1] + " " + stems[i];
                bigrams[bg] = bigrams.GetValueOrDefault(bg) + 1;
            }
        }
        return new Analysed(terms, bigrams);
    }

    /// <summary>The folded stems of a text, in order.</summary>
    internal static List<string> Stems(string text)
    {
        var result = new List<string>();
        var word = new StringBuilder();
        char? previousHan = null;
        foreach (var raw in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark) continue;
            var c = Fold(char.ToLowerInvariant(raw));
            if (IsHan(c))
            {
                Flush(word, result);
                if (previousHan is { } p) result.Add(string.Concat(p, c));
                previousHan = c;
                continue;
            }
            previousHan = null;
            if (char.IsLetterOrDigit(c)) word.Append(c);
            else Flush(word, result);
        }
        Flush(word, result);
        return result;
    }

    /// <summary>A short passage of <paramref name="text"/> that starts a little before the first word it shares with <paramref name="query"/>.</summary>
    public static string Snippet(string text, string query, int length = 240)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(query);
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= length) return flat;
        var wanted = new HashSet<string>(Stems(query).Where(s => s.Length >= 4), StringComparer.Ordinal);
        int start = 0, pos = 0;
        foreach (var w in flat.Split(' '))
        {
            if (Stems(w).Any(wanted.Contains)) { start = pos; break; }
            pos += w.Length + 1;
        }
        start = Math.Max(0, start - 40);
        while (start > 0 && flat[start - 1] != ' ') start--;
        var end = Math.Min(flat.Length, start + length);
        while (end < flat.Length && end > start + length - 30 && flat[end - 1] != ' ') end--;
        return (start > 0 ? "…" : "") + flat[start..end].Trim() + (end < flat.Length ? "…" : "");
    }

    private static void Flush(StringBuilder word, List<string> result)
    {
        if (word.Length == 0) return;
        var w = word.ToString();
        word.Clear();
        if (w.Length > 2 && w[0] == '\u0627' && w[1] == '\u0644') w = w[2..];         // Arabic article al-
        else if (w.Length > 3 && w[0] == '\u0648' && w[1] == '\u0627' && w[2] == '\u0644') w = w[3..]; // wa-al-
        result.Add(w.Length > StemLength ? w[..StemLength] : w);
    }

    private static char Fold(char c) => c switch
    {
        '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627',   // alef forms
        '\u0629' => '\u0647',                                         // teh marbuta → heh
        '\u0649' => '\u064A',                                         // alef maqsura → yeh
        'ё' => 'е',
        _ => c,
    };

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static double Cosine(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        double dot = 0;
        foreach (var (t, n) in small)
            if (large.TryGetValue(t, out var m)) dot += (double)n * m;
        if (dot == 0) return 0;
        return dot / (Norm(a) * Norm(b));
    }

    private static double Norm(Dictionary<string, int> v)
    {
        double s = 0;
        foreach (var n in v.Values) s += (double)n * n;
        return Math.Sqrt(s);
    }
}
