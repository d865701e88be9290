using System.Collections.Immutable;

namespace ModelLaw.Coverage.Text;

/// <summary>A catalogue compiled for one language: patterns for every principle's indicators, exclusions and markers.</summary>
internal sealed class CompiledCatalog
{
    private CompiledCatalog(LanguageRules rules, ImmutableArray<CompiledPrinciple> principles, PhrasePattern[] nonNormativeHeadings,
        PhrasePattern[] nonNormativeOpenings)
    {
        NonNormativeOpenings = nonNormativeOpenings;
        Rules = rules;
        Principles = principles;
        NonNormativeHeadings = nonNormativeHeadings;
    }

    /// <summary>Patterns of declaratory article headings ("Purpose", "Scope", "Definitions").</summary>
    public PhrasePattern[] NonNormativeHeadings { get; }

    /// <summary>Opening formulas of declaratory articles without a heading ("为了……制定本法", "本法下列用语的含义").</summary>
    public PhrasePattern[] NonNormativeOpenings { get; }

    public LanguageRules Rules { get; }
    public ImmutableArray<CompiledPrinciple> Principles { get; }

    public bool HasIndicators => Principles.Any(p => p.Indicators.Length > 0);

    public static CompiledCatalog Compile(PrincipleCatalog catalog, string language)
    {
        var rules = LanguageRules.For(language);
        var lang = LanguageCode.Primary(language);
        var compiled = catalog.Principles.Select(p =>
        {
            var indicators = p.IndicatorsFor(lang).Select(i => (Pattern: PhrasePattern.Compile(i.Phrase, rules), Phrase: i))
                .Where(x => !x.Pattern.IsEmpty).ToArray();
            var excludes = (p.Excludes.GetValueOrDefault(lang)).IsDefaultOrEmpty
                ? []
                : p.Excludes[lang].Select(e => PhrasePattern.Compile(e, rules)).ToArray();
            return new CompiledPrinciple(p, indicators, excludes, CompiledMarkers.Compile(catalog.MarkersFor(p, lang), rules))
            {
                Elements = CompiledElement.Compile(p, lang, rules),
            };
        }).ToImmutableArray();
        var shared = catalog.Operational.GetValueOrDefault(lang) ?? OperationalMarkers.Empty;
        PhrasePattern[] C(ImmutableArray<string> list) => list.Select(h => PhrasePattern.Compile(h, rules)).Where(h => !h.IsEmpty).ToArray();
        return new CompiledCatalog(rules, compiled, C(shared.NonNormativeHeadings), C(shared.NonNormativeOpenings));
    }
}

internal sealed record CompiledPrinciple(
    Principle Principle,
    (PhrasePattern Pattern, IndicatorPhrase Phrase)[] Indicators,
    PhrasePattern[] Excludes,
    CompiledMarkers Markers)
{
    /// <summary>The principle's elements that have phrases in the language.</summary>
    public CompiledElement[] Elements { get; init; } = [];
}

/// <summary>A principle element's patterns; a phrase the principle also lists as an indicator keeps its negatable flag.</summary>
internal sealed record CompiledElement(PrincipleElement Element, (PhrasePattern Pattern, bool Negatable)[] Patterns)
{
    public static CompiledElement[] Compile(Principle p, string lang, LanguageRules rules) =>
        p.Elements.Select(e => new CompiledElement(e, e.IndicatorsFor(lang)
                .Select(x => (Pattern: PhrasePattern.Compile(x, rules),
                    Negatable: p.IndicatorsFor(lang).FirstOrDefault(i => i.Phrase == x)?.Negatable ?? true))
                .Where(x => !x.Pattern.IsEmpty).ToArray()))
            .Where(e => e.Patterns.Length > 0).ToArray();
}

internal sealed record CompiledMarkers(PhrasePattern[] Obligations, PhrasePattern[] Authorities, PhrasePattern[] Procedures, PhrasePattern[] Declaratory)
{
    public static CompiledMarkers Compile(OperationalMarkers m, LanguageRules rules)
    {
        PhrasePattern[] C(ImmutableArray<string> list) => list.Select(x => PhrasePattern.Compile(x, rules)).Where(x => !x.IsEmpty).ToArray();
        return new(C(m.Obligations), C(m.Authorities), C(m.Procedures), C(m.Declaratory));
    }
}

/// <summary>What one sentence says about one principle.</summary>
/// <param name="Score">Noisy-or of the weights of the counted phrases.</param>
/// <param name="Phrases">Phrases matched (counted, or lying inside counted words).</param>
/// <param name="Negated">Phrases found only negated.</param>
/// <param name="LastToken">Index of the last token of the counted matches (-1 when none): where in the sentence the principle ends.</param>
internal readonly record struct SentenceFinding(double Score, ImmutableArray<string> Phrases, ImmutableArray<string> Negated, int LastToken = -1);

/// <summary>One tokenised sentence, with the matching primitives the analyzer needs.</summary>
internal sealed class AnalysedSentence
{
    private readonly LanguageRules _rules;
    private readonly Dictionary<CompiledMarkers, bool> _operational = new(ReferenceEqualityComparer.Instance);

    public AnalysedSentence(string text, LanguageRules rules)
    {
        Text = text;
        _rules = rules;
        Tokens = Tokenizer.Tokenize(text, rules);
        Content = new List<int>(Tokens.Count);
        for (int i = 0; i < Tokens.Count; i++)
            if (!Tokens[i].IsStop) Content.Add(i);
        _titles = CitedTitles(text, Tokens, rules.TitleMarks);
    }

    // tokens inside the title of a cited act ("适用《中华人民共和国网络安全法》的规定"): the act it names, not what this sentence says
    private readonly List<(int First, int Last)>? _titles;

    private static List<(int, int)>? CitedTitles(string text, List<Token> tokens, string marks)
    {
        if (marks.Length != 2 || text.IndexOf(marks[0]) < 0) return null;
        var spans = new List<(int, int)>();
        for (int open = text.IndexOf(marks[0]); open >= 0; open = text.IndexOf(marks[0], open + 1))
        {
            int close = text.IndexOf(marks[1], open + 1);
            if (close < 0) break;
            int first = tokens.FindIndex(t => t.Start > open), last = tokens.FindLastIndex(t => t.Start < close);
            if (first >= 0 && last >= first) spans.Add((first, last));
            open = close;
        }
        return spans;
    }

    private bool InCitedTitle(int first, int last) => _titles is not null && _titles.Any(t => t.First <= first && last <= t.Last);

    public string Text { get; }
    public List<Token> Tokens { get; }
    public List<int> Content { get; }

    /// <summary>Scores a principle in this sentence: non-negated, non-excluded phrase matches combined by noisy-or.</summary>
    public SentenceFinding Find(CompiledPrinciple principle, CoverageOptions options)
    {
        List<(int, int)>? excluded = null;
        foreach (var ex in principle.Excludes)
        {
            var m = ex.Match(Tokens, Content, options.MaxGap);
            if (m.Count > 0) (excluded ??= new()).AddRange(m);
        }

        var phrases = ImmutableArray.CreateBuilder<string>();
        var negated = ImmutableArray.CreateBuilder<string>();
        var counted = new List<(int First, int Last)>();
        var covered = new List<(int First, int Last)>();
        double miss = 1;
        // strongest phrases first; a phrase whose every match lies inside words already counted adds nothing
        // ("terrorist offence" and "offence" on the same words count once); the words of a phrase that adds nothing still count
        // as taken, so "неприкосновенность" inside "неприкосновенность частной жизни" adds nothing either
        foreach (var (pattern, phrase) in principle.Indicators.OrderByDescending(i => i.Phrase.Weight))
        {
            bool sawNegated = false, sawNew = false, sawCovered = false;
            var spans = new List<(int, int)>();
            foreach (var (first, last) in pattern.Match(Tokens, Content, options.MaxGap))
            {
                if (excluded is not null && excluded.Any(x => x.Item1 <= last && first <= x.Item2)) continue;
                if (InCitedTitle(first, last)) continue;
                if (phrase.Negatable && IsNegated(first, last, options.NegationWindow)) { sawNegated = true; continue; }
                if (counted.Any(c => c.First <= last && first <= c.Last)) { sawCovered = true; covered.Add((first, last)); continue; }
                sawNew = true;
                spans.Add((first, last));
            }
            counted.AddRange(covered);
            covered.Clear();
            if (sawNew)
            {
                phrases.Add(phrase.Phrase);
                miss *= 1 - phrase.Weight;
                counted.AddRange(spans);
            }
            else if (sawCovered) phrases.Add(phrase.Phrase);
            else if (sawNegated) negated.Add(phrase.Phrase);
        }
        int lastToken = counted.Count == 0 ? -1 : counted.Max(c => c.Last);
        return new SentenceFinding(1 - miss, phrases.ToImmutable(), negated.ToImmutable(), lastToken);
    }

    /// <summary>True when <paramref name="pattern"/> matches somewhere in the sentence, not negated unless it cannot be.</summary>
    public bool Mentions(PhrasePattern pattern, bool negatable, CoverageOptions options) =>
        pattern.Match(Tokens, Content, options.MaxGap)
            .Any(m => !InCitedTitle(m.Item1, m.Item2) && (!negatable || !IsNegated(m.Item1, m.Item2, options.NegationWindow)));

    /// <summary>
    /// True when the sentence operationalises rather than mentions: an obligation verb, a named authority or a procedure,
    /// and no declaratory wording ("is based on the principles of") unless it names both an authority and a procedure.
    /// </summary>
    public bool IsOperational(CompiledMarkers markers, int maxGap)
    {
        if (_operational.TryGetValue(markers, out var known)) return known;
        bool Any(PhrasePattern[] list) => list.Any(p => p.Match(Tokens, Content, maxGap).Count > 0);
        bool obligation = Any(markers.Obligations), authority = Any(markers.Authorities), procedure = Any(markers.Procedures);
        bool result = (obligation || authority || procedure) && (!Any(markers.Declaratory) || (authority && procedure));
        _operational[markers] = result;
        return result;
    }

    /// <summary>
    /// Negation test for the phrase spanning tokens <paramref name="first"/>..<paramref name="last"/>: an odd number of distinct
    /// negators in the words before it (within the window, the clause, and the scope of no breaker such as "unless" or "and"),
    /// or a negated "apply/required" verb right after it.
    /// </summary>
    public bool IsNegated(int first, int last, int window)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int k = first - 1; k >= 0 && k >= first - window; k--)
        {
            if (Tokens[k + 1].ClauseBreakBefore) break;
            var w = Tokens[k].Folded;
            if (_rules.ScopeBreakers.Contains(w)) break;
            if (!LanguageRules.Matches(w, _rules.Negators)) continue;
            if (k + 1 < first && LanguageRules.Matches(Tokens[k + 1].Folded, _rules.CancelAfterNegator)) continue;
            bool restrictive = false;
            for (int r = k + 1; r < first && !restrictive; r++) restrictive = _rules.Restrictive.Contains(Tokens[r].Folded);
            if (restrictive) continue;
            seen.Add(w);
        }
        if (seen.Count % 2 == 1)
        {
            // "… without the decision of a human operator shall be prohibited": a prohibition after the phrase restores it
            for (int j = last + 1; j < Tokens.Count; j++)
            {
                if (Tokens[j].ClauseBreakBefore) break;
                if (LanguageRules.Matches(Tokens[j].Folded, _rules.Prohibitions)) return false;
            }
            return true;
        }

        for (int j = last + 1; j < Tokens.Count && j <= last + 4; j++)
        {
            if (Tokens[j].ClauseBreakBefore) break;
            if (!LanguageRules.Matches(Tokens[j].Folded, _rules.Negators)) continue;
            if (j + 1 < Tokens.Count && LanguageRules.Matches(Tokens[j + 1].Folded, _rules.CancelAfterNegator)) continue;
            for (int v = j + 1; v < Tokens.Count && v <= j + 3; v++)
                if (LanguageRules.Matches(Tokens[v].Folded, _rules.PostNegatedVerbs)) return true;
        }
        return false;
    }
}
