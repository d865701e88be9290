namespace ModelLaw.Coverage.Text;

/// <summary>
/// A light Spanish stemmer on folded words (after Savoy's, as in Lucene's SpanishLightStemmer): a final vowel of gender or number
/// and the plural -s/-es go, -ces becomes -z. "derechos/derecho", "datos personales/dato personal", "autoridades/autoridad",
/// "discriminaciones/discriminacion", "veces/vez". Verb forms and word families are matched with a trailing * in the catalogue.
/// </summary>
internal sealed class SpanishLightStemmer : IStemmer
{
    public static SpanishLightStemmer Instance { get; } = new();

    public string Stem(string w)
    {
        if (w.Length < 5) return w;
        switch (w[^1])
        {
            case 'o' or 'a' or 'e':
                return w[..^1];
            case 's':
                if (w.EndsWith("eses", StringComparison.Ordinal)) return w[..^2];
                if (w.EndsWith("ces", StringComparison.Ordinal)) return w[..^3] + "z";
                if (w[^2] is 'o' or 'a' or 'e') return w[..^2];
                break;
        }
        return w;
    }
}

/// <summary>
/// A light Arabic stemmer on folded words (Larkey's light10, as in Lucene's ArabicStemmer): the conjunction و or ف before the
/// article, the article with its prepositions (ال، بال، كال، لل), then the suffixes ها، ان، ات، ون، ين، يه، ه، ي, each only while a stem of
/// two letters or more remains. "السلطات" and "السلطة" meet in "سلط", "والمحكمة" and "محكمة" in "محكم", "البشرية" and "البشري"
/// in "بشر". A bare و، ف، ب، ل or ك is not stripped here (it starts many words: "وزارة", "بشري", "لجنة"); the tokenizer offers
/// the reading without it as a second stem (<see cref="LanguageRules.Proclitics"/>). Broken plurals ("محاكم") are out of a light stemmer's reach.
/// </summary>
internal sealed class ArabicLightStemmer : IStemmer
{
    public static ArabicLightStemmer Instance { get; } = new();

    private static readonly string[] Articles = ["بال", "كال", "لل", "ال"];
    private static readonly string[] Suffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

    public string Stem(string w)
    {
        w = StripPrefixes(w);
        foreach (var s in Suffixes)
            if (w.Length >= s.Length + 2 && w.EndsWith(s, StringComparison.Ordinal)) w = w[..^s.Length];
        return w;
    }

    /// <summary>The word without its conjunction-and-article prefix ("والمحكمة" → "محكمة"); what a trailing-* pattern is matched on.</summary>
    public static string StripPrefixes(string w)
    {
        if (w.Length >= 4 && w[0] is 'و' or 'ف' && StartsWithArticle(w, 1)) w = w[1..];
        foreach (var a in Articles)
            if (w.Length >= a.Length + 2 && w.StartsWith(a, StringComparison.Ordinal)) return w[a.Length..];
        return w;
    }

    private static bool StartsWithArticle(string w, int at)
    {
        foreach (var a in Articles)
            if (string.CompareOrdinal(w, at, a, 0, a.Length) == 0) return true;
        return false;
    }
}
