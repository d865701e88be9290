using System.Collections.Frozen;
using System.Text;

namespace ModelLaw.Text;

/// <summary>
/// Arabic text folded for matching (in the spirit of Lucene's ArabicNormalizationFilter): tatweel and diacritics removed,
/// alef forms (أ إ آ ٱ) to bare alef, ta marbuta to ha, alef maqsura to ya, Arabic-Indic digits to ASCII.
/// Also reads ordinal words ("الأولى", "الحادية عشرة", "السادسة والتسعون") up to 100. Stateless.
/// </summary>
internal static class ArabicText
{
    /// <summary>The tatweel (kashida) used to stretch words: "الكيميـائيـة".</summary>
    public const char Tatweel = '\u0640';

    /// <summary>True for harakat, tanween, shadda, sukun, superscript alef and Quranic marks.</summary>
    public static bool IsDiacritic(char c) => c is >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u06D6' and <= '\u06ED';

    /// <summary>Folds one character, or returns '\0' when it is dropped (tatweel, diacritics).</summary>
    public static char FoldLetter(char c) => c switch
    {
        Tatweel => '\0',
        _ when IsDiacritic(c) => '\0',
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ة' => 'ه',
        'ى' => 'ي',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => c,
    };

    /// <summary>The text folded for matching (not for display).</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var f = FoldLetter(c);
            if (f != '\0') sb.Append(f);
        }
        return sb.ToString();
    }

    private static readonly string[] UnitsM = ["", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"];
    private static readonly string[] UnitsF = ["", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"];
    private static readonly string[] CompoundM = ["", "الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];
    private static readonly string[] CompoundF = ["", "الحادية", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة"];
    private static readonly string[] Tens = ["", "", "العشرون", "الثلاثون", "الأربعون", "الخمسون", "الستون", "السبعون", "الثمانون", "التسعون"];

    /// <summary>Normalised ordinal phrase → number, masculine and feminine, 1..100.</summary>
    private static readonly FrozenDictionary<string, int> Ordinals = BuildOrdinals();

    /// <summary>The longest ordinal phrase has three words ("السادسة والتسعون" has two, "الحادية عشرة" two).</summary>
    public const int MaxOrdinalWords = 3;

    private static FrozenDictionary<string, int> BuildOrdinals()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string s, int n) => d.TryAdd(Normalize(s), n);
        for (int n = 1; n <= 10; n++) { Add(UnitsM[n], n); Add(UnitsF[n], n); }
        for (int n = 11; n <= 19; n++)
            foreach (var unit in new[] { CompoundM[n - 10], CompoundF[n - 10] })
                foreach (var ten in new[] { "عشر", "عشرة" }) Add(unit + " " + ten, n);
        for (int t = 2; t <= 9; t++)
        {
            Add(Tens[t], t * 10);
            for (int u = 1; u <= 9; u++)
                foreach (var unit in new[] { CompoundM[u], CompoundF[u], UnitsM[u], UnitsF[u] })
                {
                    Add(unit + " و" + Tens[t], t * 10 + u);
                    Add(unit + " و " + Tens[t], t * 10 + u);
                }
        }
        Add("المائة", 100);
        Add("المئة", 100);
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Reads an ordinal phrase at the start of normalised words; returns how many words it took (0 when none).</summary>
    public static int ReadOrdinal(IReadOnlyList<string> normalisedWords, int start, out int value)
    {
        value = 0;
        for (int len = Math.Min(MaxOrdinalWords, normalisedWords.Count - start); len >= 1; len--)
        {
            var phrase = string.Join(' ', normalisedWords.Skip(start).Take(len));
            if (Ordinals.TryGetValue(phrase, out value)) return len;
        }
        return 0;
    }
}
