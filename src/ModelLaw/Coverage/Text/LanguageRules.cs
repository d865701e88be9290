using System.Collections.Frozen;

namespace ModelLaw.Coverage.Text;

/// <summary>
/// What the matcher needs to know about a language: its stemmer, function words, and how negation is written
/// (negators, words that turn a negator into something else — "not only", "не позднее", "ne … que", "لا سيما", "不少于" — and
/// words that end its scope). Immutable; one shared instance per language (see <see cref="LanguageProfiles"/>).
/// </summary>
internal sealed class LanguageRules
{
    public LanguageRules(string language, IStemmer stemmer, IEnumerable<string> stopWords, IEnumerable<string> negators,
        IEnumerable<string> cancelAfterNegator, IEnumerable<string> restrictive, IEnumerable<string> scopeBreakers,
        IEnumerable<string> postNegatedVerbs, IEnumerable<string> prohibitions)
    {
        Language = language;
        Stemmer = stemmer;
        StopWords = stopWords.Select(TextNormalizer.Fold).ToFrozenSet(StringComparer.Ordinal);
        Negators = negators.Select(TextNormalizer.Fold).ToArray();
        CancelAfterNegator = cancelAfterNegator.Select(TextNormalizer.Fold).ToArray();
        Restrictive = restrictive.Select(TextNormalizer.Fold).ToFrozenSet(StringComparer.Ordinal);
        ScopeBreakers = scopeBreakers.Select(TextNormalizer.Fold).ToFrozenSet(StringComparer.Ordinal);
        PostNegatedVerbs = postNegatedVerbs.Select(TextNormalizer.Fold).ToArray();
        Prohibitions = prohibitions.Select(TextNormalizer.Fold).ToArray();
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

    /// <summary>Characters that end a clause for negation and phrase gaps (';' and ':' everywhere; Chinese adds '，').</summary>
    public string ClauseBreaks { get; init; } = ";:";

    /// <summary>
    /// The marks that enclose the title of a cited act, opening then closing (Chinese 《》), or empty: a phrase inside a title names
    /// that act ("适用《中华人民共和国网络安全法》的规定" is no cybersecurity provision) and is never evidence.
    /// </summary>
    public string TitleMarks { get; init; } = "";

    /// <summary>
    /// How many tokens count as one word for the negation window: 2 for Chinese, where a token is one character and a word
    /// is mostly two.
    /// </summary>
    public int TokensPerWord { get; init; } = 1;

    /// <summary>
    /// Leading clitics a token may also be read without, longest first (Arabic و، ف، ب، ل، ك before a word without the article:
    /// "لحقوق الإنسان" meets "حقوق الإنسان", "وتعويض" meets "تعويض"); empty elsewhere.
    /// </summary>
    public string[] Proclitics { get; init; } = [];

    /// <summary>
    /// Folded words for "or": two words of a phrase are never read across one standing alone between them ("data or training" is
    /// no "training data", "البيانات أو التدريب" no "بيانات التدريب"); coordinated modifiers still match ("indiscriminate or
    /// generalised surveillance"). Chinese has none: "或者" is written into the run of characters.
    /// </summary>
    public IReadOnlySet<string> Disjunctions { get; init; } = new HashSet<string>();

    /// <summary>
    /// Content words more than <see cref="CoverageOptions.MaxGap"/> allowed between two words of a phrase: 1 for Arabic, whose
    /// verb-subject-object order puts the subject between a verb and its object ("تنشر هيئة الرقابة تقريراً").
    /// </summary>
    public int ExtraGap { get; init; }

    /// <summary>True when the folded word matches one of the patterns (exact, or prefix with a trailing *).</summary>
    public static bool Matches(string folded, string[] patterns)
    {
        foreach (var p in patterns)
        {
            if (p.EndsWith('*') ? folded.StartsWith(p[..^1], StringComparison.Ordinal) : folded == p) return true;
        }
        return false;
    }

    /// <summary>The rules for a language code; languages without rules get a neutral profile (no stemming, negation off).</summary>
    public static LanguageRules For(string language) => LanguageProfiles.For(Coverage.LanguageCode.Primary(language));
}
