using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ModelLaw.Documents;

namespace ModelLaw.Drafting.Definitions;

/// <summary>
/// Finds defined terms: entries of definitions provisions ("'X' means", "'X' or 'Y' means", "'X' (or 'Y') means",
/// "'X' has the meaning given in section 3", "« X » ou « Y » :", "X désigne", "«X» — ...", "X — ...", "a) «X»: ...",
/// "يُقصد بـ"X"", "“X”，是指", "本法所称X，是指") and inline definitions ("(the 'assessment')", "hereinafter 'X'",
/// "ci-après « X »", "(далее — «X»)", "en lo sucesivo, «X»", "（以下简称“X”）"). Stateless and thread-safe.
/// </summary>
public sealed class DefinitionExtractor
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Open = "['‘\"“«„]";
    private const string Close = "['’\"”»“]";

    // a quoted term; inside « » and “ ” an apostrophe belongs to the term ("« système d'intelligence artificielle »")
    private const string Quoted = @"(?:«\s*(?<t>[^»]{2,90}?)\s*»|“(?<t>[^”“]{2,90}?)”|„(?<t>[^“”]{2,90}?)[“”]|‘(?<t>[^’‘]{2,90}?)’|'(?<t>[^']{2,90}?)'|""(?<t>[^""]{2,90}?)"")";
    private const string Label = @"(?:\(?[0-9a-zа-я\u0621-\u064A]{1,4}[.)\-]\s*|（[一二三四五六七八九十]+）\s*)?";
    private const string Or = @"\s*(?:,|\bor\b|\band\b|\bou\b|\bet\b|\bили\b|\bи\b|\bo\b|\by\b|أو|或者|或|、)\s*";

    // "'X' or 'Y'", "'X' (or 'Y')", "«X» (далее — «Y»)"
    // "the term “agency” means", "the terms “X” and “Y” mean" (United States Code)
    private const string TermWord = @"(?:the\s+terms?\s+)?";
    private const string Terms = TermWord + Quoted + "(?:" + Or + Quoted + @")*(?:\s*\(\s*(?:or|ou|или|o|also|далее\s*[—–-]?|hereinafter)?\s*" + Quoted + @"\s*\))?";

    private const string Verbs =
        @"means|mean|shall\s+mean|includes?|refers\s+to|has\s+the\s+(?:same\s+)?meaning|have\s+the\s+(?:same\s+)?meaning|is\s+defined|" +
        @"désigne|désignent|s['’]entend|s['’]entendent|signifie|a\s+le\s+même\s+sens|ont\s+le\s+même\s+sens|" +
        @"означает|означают|понимается|понимаются|имеет\s+(?:то\s+же\s+)?значение|significa|se\s+entiende|是指";

    private static readonly Regex[] EntryPatterns =
    [
        // 'X' means; 'X' or 'Y' means; 'X' for the purposes of this Directive, means; 'X' has the meaning given in section 3
        new($@"^\s*{Label}{Terms}\s*(?:\([^)]{{1,40}}\)\s*)?(?:[^'‘’«»“”""\n:;]{{0,60}}?\s)?(?:{Verbs})\b", Options, Timeout),
        // « X » : ...; «X» — ...; "X", ...; “X”，是指
        new($@"^\s*{Label}{Terms}\s*(?:\([^)]{{1,40}}\)\s*)?(?::|,|—|–|-|：|，|\b(?:is|est|sont)\b)", Options, Timeout),
        // يُقصد بـ"X" ...
        new($@"^\s*{Label}(?:و?يُ?قصد)\s+ب\s*ـ?\s*{Terms}", Options, Timeout),
        // on entend par « X » / под X понимается / se entiende por «X»
        new($@"^\s*{Label}(?:on\s+entend\s+par|под|se\s+entiende\s+por)\s+{Open}?\s*(?<t>[^'’""”»,]{{2,90}}?)\s*{Close}?\s*(?:,|понимается|понимаются|:)", Options, Timeout),
        // 本法所称数据，是指
        new(@"^\s*(?:本法|本条例|本规定)(?:所称|中的)(?<t>[^，,“”：]{1,20})[，,]?\s*是指", RegexOptions.CultureInvariant, Timeout),
        // a numbered entry that opens with its quoted term ("13) «X» aux fins de ...")
        new($@"^\s*{Label}{Terms}(?=\s|$)", Options, Timeout),
        // оператор — лицо, ... (Russian dash definitions without quotes)
        new(@"^\s*(?:\(?[0-9a-zа-я]{1,4}[.)]\s*)?(?<t>[а-яё][а-яё\- ]{1,80}?)\s+[—–]\s+\S", Options, Timeout),
    ];

    // unquoted entries of a definitions provision: "personal information means ..." (Canada), "الإرهابي: كل شخص ..."
    private static readonly Regex[] BareEntryPatterns =
    [
        new(@"^\s*(?<t>[a-z][a-z\-]*(?:\s[a-z\-]+){0,5})\s(?:means|has\s+the\s+(?:same\s+)?meaning)\b", RegexOptions.CultureInvariant, Timeout),
        new(@"^\s*(?:\(?[0-9\u0621-\u064A]{1,3}[.)\-]\s*)?(?<t>[\u0621-\u064A][\u0621-\u064A\u064B-\u065F ]{1,60}?)\s*:\s*\S", RegexOptions.CultureInvariant, Timeout),
    ];

    private static readonly Regex[] InlinePatterns =
    [
        new($@"(?:hereinafter(?:\s+referred\s+to\s+as)?|ci-après(?:\s+dénommée?s?)?|далее\s*[—–-]?|en\s+lo\s+sucesivo,?|ويشار\s+إليها?\s+(?:فيما\s+بعد|في\s+هذا\s+النظام)\s+ب\s*ـ?)\s*(?:the\s+|le\s+|la\s+|l['’]\s*|el\s+)?{Open}\s*(?<t>[^'’""”»]{{2,60}}?)\s*{Close}", Options, Timeout),
        // "For the purposes of this Article, 'X' means ...", "a template, entitled ‘form of the final terms’"
        new($@"(?:{Quoted}\s*(?:means|shall\s+mean|désigne|s['’]entend|означает|significa)\b|(?:entitled|intitulée?|dénommée?)\s*{Quoted})", Options, Timeout),
        // EU style: "(the ‘proposed acquirer’)", "(«futures»)"
        new($@"\(\s*(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*|el\s+|los\s+|la\s+)?{Quoted}\s*\)", Options, Timeout),
        new(@"[（(](?:以下|下文)简称[“""](?<t>[^”""]{1,20})[”""][）)]", RegexOptions.CultureInvariant, Timeout),
    ];

    private static readonly Regex DefinitionsHeading = new(
        @"definition|interpretation|définition|terminolog|термин|понят|определени|definici|تعريف|تعاريف|用语|含义",
        Options, Timeout);

    private static readonly Regex DefinitionsIntro = new(
        @"following\s+definitions\s+apply|for\s+the\s+purposes\s+of\s+this\s+\p{L}+.{0,40}:\s*$|on\s+entend\s+par\s*:|se\s+entenderá\s+por\s*:|используются\s+следующие|下列用语的含义|(?:本法|本条例)所称.{1,20}[，,]\s*是指|يقصد\s+بالألفاظ|لأغراض\s+هذا\s+(?:القانون|النظام)\s*:",
        Options | RegexOptions.Multiline, Timeout);

    /// <summary>True when the provision is a definitions article or section (by heading, by intro, or by holding definition entries).</summary>
    public static bool IsDefinitionsProvision(Provision p) =>
        (p.Kind.IsUnit() || p.Kind.IsActLevel() && p.Heading is not null)
        && (p.Heading is { } h && DefinitionsHeading.IsMatch(h) || p.Children.Any(c => c.Kind == ProvisionKind.Definition)
            || p.DescendantsAndSelf().Take(3).Any(d => DefinitionsIntro.IsMatch(d.Content)));

    /// <summary>Extracts every defined term of the document, in document order.</summary>
    public ImmutableArray<DefinedTerm> Extract(LegalDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var terms = ImmutableArray.CreateBuilder<DefinedTerm>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var article in document.Provisions.Where(IsDefinitionsProvision))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var entry in article.DescendantsAndSelf())
            {
                if (entry.Kind.IsUnit() && entry.HasChildren) continue;
                foreach (var line in entry.Content.Split('\n'))
                {
                    var found = MatchEntry(line).Where(t => !seen.Contains(t)).ToList();
                    foreach (var term in found)
                    {
                        seen.Add(term);
                        terms.Add(new DefinedTerm { Term = term, EId = entry.EId, Citation = entry.Citation, Alternatives = [.. found.Where(t => t != term)] });
                    }
                }
            }
        }
        foreach (var p in document.Provisions)
            foreach (var pattern in InlinePatterns)
                foreach (Match m in pattern.Matches(p.Content))
                    foreach (Capture c in m.Groups["t"].Captures)
                    {
                        var term = c.Value.Trim();
                        if (Words(term) <= 8 && seen.Add(term))
                            terms.Add(new DefinedTerm { Term = term, EId = p.EId, Citation = p.Citation, Inline = true });
                    }
        return terms.ToImmutable();
    }

    // "'Multilateral trading facility (MTF)' means": the term and its abbreviation
    private static readonly Regex Abbreviation = new(@"^(?<t>.+?)\s*\((?<a>[\p{Lu}\p{N}\-]{2,12})\)$", RegexOptions.CultureInvariant, Timeout);

    private static IEnumerable<string> Split(string term)
    {
        var m = Abbreviation.Match(term);
        return m.Success ? [m.Groups["t"].Value.Trim(), m.Groups["a"].Value] : [term];
    }

    private static int Words(string term) => term.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static IEnumerable<string> MatchEntry(string line)
    {
        foreach (var pattern in EntryPatterns.Concat(BareEntryPatterns))
        {
            var m = pattern.Match(line);
            if (!m.Success) continue;
            var found = m.Groups["t"].Captures.SelectMany(c => Split(c.Value.Trim())).Where(t => t.Length > 0 && Words(t) <= 8).Distinct(StringComparer.Ordinal).ToList();
            if (found.Count == 0) continue;
            return found;
        }
        return [];
    }
}
