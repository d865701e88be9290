namespace ModelLaw.Coverage.Text;

/// <summary>Reduces a folded word to a stem so that inflected forms meet. Implementations are stateless.</summary>
internal interface IStemmer
{
    /// <summary>The stem of a folded (lower-case, accent-free) word.</summary>
    string Stem(string word);
}

/// <summary>Leaves words as they are (languages without a stemmer).</summary>
internal sealed class IdentityStemmer : IStemmer
{
    public static IdentityStemmer Instance { get; } = new();
    public string Stem(string word) => word;
}

/// <summary>
/// A light English stemmer: plural and -ing/-ed endings and a final -e. Enough for "risks/risk", "assessed/assessing/assess",
/// "authorised/authorise"; word families ("discriminate/discrimination") are matched with a trailing * in the catalogue instead.
/// </summary>
internal sealed class EnglishLightStemmer : IStemmer
{
    public static EnglishLightStemmer Instance { get; } = new();

    public string Stem(string w)
    {
        if (w.Length <= 3) return w;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) w = w[..^3] + "y";
        else if (w.EndsWith("sses", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
                 && !w.EndsWith("is", StringComparison.Ordinal)) w = w[..^1];
        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length >= 6) w = w[..^3];
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length >= 5) w = w[..^2];
        if (w.EndsWith('e') && w.Length >= 5) w = w[..^1];
        return w;
    }
}

/// <summary>
/// A light French stemmer on folded words: -aux → -al, plural -s/-x, feminine and participle -e, infinitive -er.
/// "contrôle/contrôles/contrôlée/contrôler" → "control".
/// </summary>
internal sealed class FrenchLightStemmer : IStemmer
{
    public static FrenchLightStemmer Instance { get; } = new();

    public string Stem(string w)
    {
        if (w.Length <= 3) return w;
        if (w.EndsWith("aux", StringComparison.Ordinal) && w.Length > 4) w = w[..^3] + "al";
        else if (w.EndsWith('s') || w.EndsWith('x')) w = w[..^1];
        while (w.Length > 3 && w.EndsWith('e')) w = w[..^1];
        if (w.Length > 5 && w.EndsWith("er", StringComparison.Ordinal)) w = w[..^2];
        return w;
    }
}

/// <summary>
/// The Snowball Russian stemmer (inflectional steps 1, 2 and 4; the derivational step that turns "законность" into "закон" is left
/// out so that legality and law stay apart). Works on folded words (ё already folded to е).
/// </summary>
internal sealed class RussianStemmer : IStemmer
{
    public static RussianStemmer Instance { get; } = new();

    private const string Vowels = "аеиоуыэюя";

    private static readonly string[] PerfectiveGerund1 = ["вшись", "вши", "в"];
    private static readonly string[] PerfectiveGerund2 = ["ившись", "ывшись", "ивши", "ывши", "ив", "ыв"];
    private static readonly string[] Adjective =
        ["ими", "ыми", "его", "ого", "ему", "ому", "ее", "ие", "ые", "ое", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею"];
    private static readonly string[] Participle1 = ["ем", "нн", "вш", "ющ", "щ"];
    private static readonly string[] Participle2 = ["ивш", "ывш", "ующ"];
    private static readonly string[] Reflexive = ["ся", "сь"];
    private static readonly string[] Verb1 = ["ете", "йте", "ешь", "нно", "ла", "на", "ли", "ем", "ло", "но", "ет", "ют", "ны", "ть", "й", "л", "н"];
    private static readonly string[] Verb2 =
        ["ейте", "уйте", "ила", "ыла", "ена", "ите", "или", "ыли", "ило", "ыло", "ено", "ует", "уют", "ены", "ить", "ыть", "ишь", "ей", "уй", "ил", "ыл", "им", "ым", "ен", "ят", "ит", "ыт", "ую", "ю"];
    private static readonly string[] Noun =
        ["иями", "ями", "ами", "ией", "иям", "ием", "иях", "ев", "ов", "ие", "ье", "еи", "ии", "ей", "ой", "ий", "ям", "ем", "ам", "ом", "ах", "ях", "ию", "ью", "ия", "ья", "а", "е", "и", "й", "о", "у", "ы", "ь", "ю", "я"];
    private static readonly string[] Superlative = ["ейше", "ейш"];

    public string Stem(string word)
    {
        int rv = 0;
        while (rv < word.Length && !Vowels.Contains(word[rv])) rv++;
        rv++;
        if (rv >= word.Length) return word;
        var prefix = word[..rv];
        var s = word[rv..];

        if (!RemoveAfterAOrYa(ref s, PerfectiveGerund1) && !RemoveLongest(ref s, PerfectiveGerund2))
        {
            RemoveLongest(ref s, Reflexive);
            if (RemoveAdjectival(ref s)) { }
            else if (RemoveAfterAOrYa(ref s, Verb1) || RemoveLongest(ref s, Verb2)) { }
            else RemoveLongest(ref s, Noun);
        }
        if (s.EndsWith('и')) s = s[..^1];
        if (s.EndsWith("нн", StringComparison.Ordinal)) s = s[..^1];
        else if (RemoveLongest(ref s, Superlative))
        {
            if (s.EndsWith("нн", StringComparison.Ordinal)) s = s[..^1];
        }
        else if (s.EndsWith('ь')) s = s[..^1];
        return prefix + s;
    }

    private static bool RemoveAdjectival(ref string s)
    {
        foreach (var adj in Adjective)
        {
            if (!s.EndsWith(adj, StringComparison.Ordinal)) continue;
            var rest = s[..^adj.Length];
            if (RemoveAfterAOrYa(ref rest, Participle1) || RemoveLongest(ref rest, Participle2)) { }
            s = rest;
            return true;
        }
        return false;
    }

    // endings of group 1 must follow а or я, which stays
    private static bool RemoveAfterAOrYa(ref string s, string[] endings)
    {
        foreach (var e in endings)
        {
            if (!s.EndsWith(e, StringComparison.Ordinal)) continue;
            var before = s.Length - e.Length - 1;
            if (before >= 0 && (s[before] is 'а' or 'я'))
            {
                s = s[..^e.Length];
                return true;
            }
        }
        return false;
    }

    private static bool RemoveLongest(ref string s, string[] endings)
    {
        foreach (var e in endings)
        {
            if (s.EndsWith(e, StringComparison.Ordinal))
            {
                s = s[..^e.Length];
                return true;
            }
        }
        return false;
    }
}
