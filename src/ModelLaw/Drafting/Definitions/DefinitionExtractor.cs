using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ModelLaw.Documents;

namespace ModelLaw.Drafting.Definitions;

/// <summary>
/// Finds defined terms: entries of definitions articles in en/fr/ru ("'X' means", "« X » : ", "X désigne", "X — ...")
/// and inline definitions ("hereinafter 'X'", "ci-après « X »", "далее — «X»"). Stateless and thread-safe.
/// </summary>
public sealed class DefinitionExtractor
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private const string Open = "['‘\"“«„]";
    private const string Close = "['’\"”»“]";

    // a quoted term; inside « » and “ ” an apostrophe belongs to the term ("« système d'intelligence artificielle »")
    private const string Quoted = @"(?:«\s*(?<t>[^»]{2,90}?)\s*»|“(?<t>[^”]{2,90}?)”|„(?<t>[^“”]{2,90}?)[“”]|‘(?<t>[^’]{2,90}?)’|'(?<t>[^']{2,90}?)'|""(?<t>[^""]{2,90}?)"")";

    private static readonly Regex[] EntryPatterns =
    [
        // 'artificial intelligence system' means / shall mean / includes / refers to; « X » : ...; «X» — ...
        new($@"^\s*(?:\(?[0-9a-zа-я]{{1,4}}[.)]\s*)?{Quoted}\s*(?:\([^)]{{1,40}}\)\s*)?(?:means|shall\s+mean|include[s]?|refers\s+to|is|:|,|désigne|désignent|s['’]entend|s['’]entendent|signifie|est|sont|означает|означают|понимается|понимаются|[—–-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout),
        // on entend par « X » / под X понимается
        new($@"^\s*(?:\(?[0-9a-zа-я]{{1,4}}[.)]\s*)?(?:on\s+entend\s+par|под)\s+{Open}?\s*(?<t>[^'’""”»,]{{2,90}}?)\s*{Close}?\s*(?:,|понимается|понимаются|:)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout),
        // оператор — лицо, ... (Russian dash definitions without quotes)
        new(@"^\s*(?:\(?[0-9a-zа-я]{1,4}[.)]\s*)?(?<t>[а-яё][а-яё\- ]{1,80}?)\s+[—–]\s+\S",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout),
    ];

    private static readonly Regex InlinePattern = new(
        $@"(?:hereinafter(?:\s+referred\s+to\s+as)?|ci-après(?:\s+dénommée?s?)?|далее\s*[—–-]?)\s*(?:the\s+|le\s+|la\s+|l['’]\s*)?{Open}\s*(?<t>[^'’""”»]{{2,60}}?)\s*{Close}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex DefinitionsHeading = new(
        @"definition|interpretation|définition|terminolog|термин|понят|определени",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    /// <summary>True when the provision is a definitions article (by heading, or by holding definition entries).</summary>
    public static bool IsDefinitionsProvision(Provision p) =>
        p.Kind == ProvisionKind.Article && (p.Heading is { } h && DefinitionsHeading.IsMatch(h) || p.Children.Any(c => c.Kind == ProvisionKind.Definition));

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
                if (entry.Kind is ProvisionKind.Article && entry.HasChildren) continue;
                foreach (var line in entry.Content.Split('\n'))
                {
                    var term = MatchEntry(line);
                    if (term is not null && seen.Add(term))
                        terms.Add(new DefinedTerm { Term = term, EId = entry.EId, Citation = entry.Citation });
                }
            }
        }
        foreach (var p in document.Provisions)
        {
            foreach (Match m in InlinePattern.Matches(p.Content))
            {
                var term = m.Groups["t"].Value.Trim();
                if (seen.Add(term))
                    terms.Add(new DefinedTerm { Term = term, EId = p.EId, Citation = p.Citation, Inline = true });
            }
        }
        return terms.ToImmutable();
    }

    private static string? MatchEntry(string line)
    {
        foreach (var pattern in EntryPatterns)
        {
            var m = pattern.Match(line);
            if (m.Success)
            {
                var t = m.Groups["t"].Value.Trim();
                if (t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8) return t;
            }
        }
        return null;
    }
}
