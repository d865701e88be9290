using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ModelLaw.Documents;
using ModelLaw.Drafting.Definitions;

namespace ModelLaw.Drafting.Lint;

/// <summary>
/// Defined-term hygiene: a term defined but never used (ML107), a term quoted as if defined but defined nowhere (ML108),
/// and a defined term spelled another way (ML109). Stateless.
/// </summary>
internal static class TermCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Regex QuotedTerm = new(
        @"(?:(?<![\p{L}\p{N}])'(?<t>[\p{L}][^'\n]{1,58}?)'(?![\p{L}])|‘(?<t>[^’‘\n]{2,60})’|“(?<t>[^”“\n]{2,60})”|«\s*(?<t>[^»\n]{2,60}?)\s*»)",
        RegexOptions.CultureInvariant, Timeout);

    public static void Run(LegalDocument document, ImmutableArray<DefinedTerm> terms, FindingSink sink, CancellationToken ct)
    {
        if (terms.IsEmpty) return;
        var defining = new HashSet<string>(terms.Where(t => !t.Inline).Select(t => t.EId), StringComparer.Ordinal);
        var byEId = document.Provisions.ToDictionary(p => p.EId, StringComparer.Ordinal);
        var texts = document.Provisions.Where(p => p.Content.Length > 0).Select(p => (p, text: p.Content + "\n" + p.WrapUp)).ToList();
        // annexes and schedules reproduce other documents (codes, forms, lists) that quote and hyphenate by their own conventions
        var inAnnex = document.Provisions.Where(p => p.Kind == ProvisionKind.Annex).SelectMany(a => a.DescendantsAndSelf()).Select(p => p.EId).ToHashSet(StringComparer.Ordinal);

        var usedTerms = new HashSet<string>(StringComparer.Ordinal);
        var unused = new List<DefinedTerm>();
        foreach (var term in terms)
        {
            ct.ThrowIfCancellationRequested();
            var exact = TermMatcher.Build(term.Term, document.Language, looseJoins: false);
            var loose = TermMatcher.Build(term.Term, document.Language, looseJoins: true);
            bool used = false;
            foreach (var (p, text) in texts)
            {
                var own = p.EId == term.EId;
                var uses = exact.Matches(text).Count - (own ? 1 : 0);
                if (uses > 0) used = true;
                foreach (Match m in loose.Matches(text))
                {
                    // "personal-information handling practices": a hyphenated modifier, not another spelling of the term
                    if (exact.IsMatch(m.Value) || InCompound(text, m) || inAnnex.Contains(p.EId)) continue;
                    sink.Add(DiagnosticSeverity.Warning, "ML109", "inconsistent-term", p, $"'{m.Value}' is spelled differently from the defined term '{term.Term}'.");
                }
            }
            if (used) usedTerms.Add(term.Term);
            else if (!term.Inline) unused.Add(term);
        }
        // "'multilateral trading facility' or 'MTF' means": using either uses the definition
        foreach (var term in unused.Where(t => !t.Alternatives.Any(usedTerms.Contains)))
            sink.Add(DiagnosticSeverity.Warning, "ML107", "term-defined-not-used", byEId[term.EId], $"The defined term '{term.Term}' is never used.");

        var matchers = terms.Select(t => TermMatcher.Build(t.Term, document.Language, looseJoins: true)).ToList();
        var alwaysQuoted = AlwaysQuoted(texts.Select(t => t.text).ToList());
        foreach (var (p, text) in texts)
        {
            if (defining.Contains(p.EId) || inAnnex.Contains(p.EId)) continue;
            foreach (Match m in QuotedTerm.Matches(text))
            {
                var quoted = m.Groups["t"].Value.Trim();
                // defined terms are quoted in lower case; capitalised quotes are names ("Об обороне", "Internet")
                if (quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 5 || !char.IsLower(quoted[0])) continue;
                // a word quoted wherever it stands is a name or a foreign word ('bostadsobligationer'), not a defined term
                if (alwaysQuoted.Contains(quoted)) continue;
                if (terms.Any(t => t.Inline && t.Term == quoted && t.EId == p.EId)) continue;
                if (matchers.Any(r => r.IsMatch(quoted))) continue;
                sink.Add(DiagnosticSeverity.Warning, "ML108", "undefined-quoted-term", p, $"'{quoted}' is quoted as a defined term but is not defined.");
            }
        }
    }

    private static bool InCompound(string text, Match m)
    {
        int end = m.Index + m.Length;
        bool before = m.Index >= 2 && text[m.Index - 1] == '-' && char.IsLetter(text[m.Index - 2]);
        bool after = end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]);
        return before || after;
    }

    // quoted terms that appear at least twice, and never outside quotation marks
    private static HashSet<string> AlwaysQuoted(List<string> texts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
            foreach (Match m in QuotedTerm.Matches(text))
            {
                var t = m.Groups["t"].Value.Trim();
                counts[t] = counts.GetValueOrDefault(t) + 1;
            }
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (term, quoted) in counts.Where(c => c.Value >= 2))
        {
            var all = texts.Sum(t => CountOf(t, term));
            if (all <= quoted) result.Add(term);
        }
        return result;
    }

    private static int CountOf(string text, string term)
    {
        int n = 0;
        for (int i = text.IndexOf(term, StringComparison.Ordinal); i >= 0; i = text.IndexOf(term, i + term.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
