using System.Collections.Frozen;

namespace ModelLaw.Coverage.Text;

/// <summary>
/// What the matcher needs to know about a language: its stemmer, function words, and how negation is written
/// (negators, words that turn a negator into something else — "not only", "не позднее", "ne … que" — and words that end its scope).
/// Immutable; one shared instance per language.
/// </summary>
internal sealed class LanguageRules
{
    private LanguageRules(string language, IStemmer stemmer, IEnumerable<string> stopWords, IEnumerable<string> negators,
        IEnumerable<string> cancelAfterNegator, IEnumerable<string> restrictive, IEnumerable<string> scopeBreakers, IEnumerable<string> postNegatedVerbs,
        IEnumerable<string> prohibitions)
    {
        Prohibitions = prohibitions.ToArray();
        Language = language;
        Stemmer = stemmer;
        StopWords = stopWords.ToFrozenSet(StringComparer.Ordinal);
        Negators = negators.ToArray();
        CancelAfterNegator = cancelAfterNegator.ToArray();
        Restrictive = restrictive.ToFrozenSet(StringComparer.Ordinal);
        ScopeBreakers = scopeBreakers.ToFrozenSet(StringComparer.Ordinal);
        PostNegatedVerbs = postNegatedVerbs.ToArray();
    }

    /// <summary>Primary language code.</summary>
    public string Language { get; }
    /// <summary>The stemmer.</summary>
    public IStemmer Stemmer { get; }
    /// <summary>Folded function words skipped by phrase matching.</summary>
    public FrozenSet<string> StopWords { get; }
    /// <summary>Folded negators; a trailing * matches any ending.</summary>
    public string[] Negators { get; }
    /// <summary>Words that, right after a negator, mean it is not a negation ("not only", "no later", "не менее").</summary>
    public string[] CancelAfterNegator { get; }
    /// <summary>Words that, between a negator and the phrase, make it restrictive rather than negative (French "ne … que").</summary>
    public FrozenSet<string> Restrictive { get; }
    /// <summary>Words that end the scope of a negator when scanning back from a phrase ("unless", "and", "sauf", "кроме").</summary>
    public FrozenSet<string> ScopeBreakers { get; }
    /// <summary>Verbs that, negated right after a phrase, cancel it ("human oversight shall not apply", "не применяется").</summary>
    public string[] PostNegatedVerbs { get; }

    /// <summary>
    /// Words that prohibit what precedes them ("… without human review shall be prohibited", "… sans contrôle humain est interdite"):
    /// a negated phrase followed by one is a protective double negative, and counts.
    /// </summary>
    public string[] Prohibitions { get; }

    /// <summary>True when the folded word matches one of the patterns (exact, or prefix with a trailing *).</summary>
    public static bool Matches(string folded, string[] patterns)
    {
        foreach (var p in patterns)
        {
            if (p.EndsWith('*') ? folded.StartsWith(p[..^1], StringComparison.Ordinal) : folded == p) return true;
        }
        return false;
    }

    /// <summary>The rules for a language code; languages without rules get a neutral profile (no stemming, English-like negation off).</summary>
    public static LanguageRules For(string language) => Coverage.LanguageCode.Primary(language) switch
    {
        "en" => English,
        "fr" => French,
        "ru" => Russian,
        var other => new LanguageRules(other, IdentityStemmer.Instance, [], [], [], [], [], [], []),
    };

    private static readonly LanguageRules English = new("en", EnglishLightStemmer.Instance,
        ["the", "a", "an", "of", "to", "in", "on", "for", "by", "with", "and", "or", "its", "it", "their", "his", "her", "this", "that",
         "these", "those", "be", "been", "being", "is", "are", "was", "were", "as", "at", "from", "any", "all", "each", "such", "which",
         "who", "whom", "whose", "into", "upon", "than", "s"],
        ["not", "no", "never", "without", "nor", "cannot", "none", "exempt", "exempted", "exempts"],
        ["only", "later", "less", "more", "longer", "fewer", "exceed*", "earlier"],
        [],
        ["unless", "except", "if", "when", "where", "whereas", "provided", "but", "while", "and"],
        ["appl*", "required", "applicable"],
        ["prohibited", "forbidden", "banned", "unlawful"]);

    private static readonly LanguageRules French = new("fr", FrenchLightStemmer.Instance,
        ["le", "la", "les", "l", "de", "du", "des", "d", "un", "une", "et", "ou", "a", "au", "aux", "en", "dans", "par", "pour", "sur",
         "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "qui", "que", "qu", "dont", "se", "s", "y", "il", "elle",
         "ils", "elles", "lui", "on"],
        ["ne", "n", "sans", "aucun", "aucune", "nul", "nulle", "jamais", "ni", "exempt*", "exonere*", "dispense*"],
        ["seulement", "moins", "plus", "excede*", "depasse*"],
        ["que", "qu"],
        ["sauf", "si", "lorsque", "lorsqu", "excepte", "hormis", "mais", "et", "quand", "tandis"],
        ["appliqu*", "applicable*", "requis*", "exige*"],
        ["interdit*", "prohibe*", "illicite*"]);

    private static readonly LanguageRules Russian = new("ru", RussianStemmer.Instance,
        ["и", "в", "во", "на", "по", "с", "со", "к", "ко", "о", "об", "обо", "от", "для", "из", "или", "а", "его", "ее", "их", "это",
         "что", "при", "до", "за", "у", "же", "ли", "бы", "как", "так", "также", "то", "тот", "та", "те"],
        ["не", "ни", "без", "нет", "освобожда*", "освобожден*"],
        ["только", "позднее", "позже", "реже", "менее", "более", "превыша*", "свыше", "ранее"],
        [],
        ["кроме", "если", "когда", "но", "и", "исключением", "однако", "либо"],
        ["применя*", "распространя*", "требуется", "осуществля*", "проводится"],
        ["запрещ*", "запрета*", "недопустим*"]);
}
