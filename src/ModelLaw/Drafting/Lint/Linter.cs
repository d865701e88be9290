using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ModelLaw.Documents;
using ModelLaw.Drafting.CrossReferences;
using ModelLaw.Drafting.Definitions;

namespace ModelLaw.Drafting.Lint;

/// <summary>
/// The default linter: dangling internal references, numbering gaps and duplicates, points without a lead-in,
/// unfilled placeholders, empty provisions, and defined-term hygiene. Stateless and thread-safe.
/// </summary>
public sealed class Linter(CrossReferenceExtractor references, DefinitionExtractor definitions) : ILinter
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // [name of State], […], [...], [●], ____ ; not footnote markers like [1]
    private static readonly Regex Placeholder = new(@"\[(?!\d+\])[^\[\]\n]{0,80}\]|_{3,}|…\s*…|\.{5,}", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex QuotedTerm = new(
        @"(?:(?<![\p{L}\p{N}])'(?<t>[\p{L}][^'\n]{1,58}?)'(?![\p{L}])|‘(?<t>[^’\n]{2,60})’|“(?<t>[^”\n]{2,60})”|«\s*(?<t>[^»\n]{2,60}?)\s*»)",
        RegexOptions.CultureInvariant, Timeout);

    /// <summary>Creates a linter with default extractors.</summary>
    public Linter() : this(new CrossReferenceExtractor(), new DefinitionExtractor()) { }

    /// <inheritdoc />
    public LintReport Lint(LegalDocument document, LintOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= LintOptions.Default;
        var findings = new List<LintFinding>();
        void Add(DiagnosticSeverity severity, string code, string rule, Provision p, string message)
        {
            if (options.DisabledRules.Contains(rule) || options.DisabledRules.Contains(code)) return;
            findings.Add(new LintFinding { Severity = severity, Code = code, Rule = rule, Message = message, Citation = Cite(p), EId = p.EId, Span = p.Span });
        }

        var byEId = document.Provisions.ToDictionary(p => p.EId, StringComparer.Ordinal);
        // one finding per reference as written, however many provisions a range in it names
        foreach (var r in references.Extract(document, cancellationToken).Where(r => r.Status == ReferenceStatus.Unresolved)
                     .GroupBy(r => (r.SourceEId, r.Offset, r.Text)).Select(g => g.First()))
            Add(DiagnosticSeverity.Error, "ML101", "dangling-reference", byEId.TryGetValue(r.SourceEId, out var src) ? src : document.Root,
                $"'{r.Text}' refers to a provision that does not exist in this text.");

        foreach (var p in document.Root.DescendantsAndSelf())
        {
            cancellationToken.ThrowIfCancellationRequested();
            CheckNumbering(p, Add);
            if (p.Kind == ProvisionKind.Document) continue;

            if (p.Content.Length == 0 && p.Children.Any(c => c.Kind is ProvisionKind.Point or ProvisionKind.Subpoint or ProvisionKind.Indent or ProvisionKind.Definition))
                Add(DiagnosticSeverity.Warning, "ML104", "points-without-lead-in", p, "The points of this provision have no introductory words.");

            foreach (Match m in Placeholder.Matches(p.Content + "\n" + p.WrapUp + "\n" + p.Heading))
                Add(DiagnosticSeverity.Warning, "ML105", "placeholder", p, $"Unfilled placeholder '{m.Value}'.");

            if (p.Number is not null && !p.Kind.IsDivision() && p.Content.Trim().Length == 0 && !p.HasChildren && string.IsNullOrWhiteSpace(p.WrapUp))
                Add(DiagnosticSeverity.Error, "ML106", "empty-provision", p, "The provision has a number but no text.");
        }

        CheckTerms(document, Add, cancellationToken);
        var ordered = findings.OrderBy(f => f.Span?.Start ?? int.MaxValue).ThenBy(f => f.Code, StringComparer.Ordinal).ToImmutableArray();
        return new LintReport { Document = document, Findings = ordered };
    }

    private static string Cite(Provision p) => string.IsNullOrEmpty(p.Citation) ? p.Label : p.Citation;

    private delegate void Adder(DiagnosticSeverity severity, string code, string rule, Provision p, string message);

    private static void CheckNumbering(Provision parent, Adder add)
    {
        foreach (var group in parent.Children.Where(c => c.Number is not null).GroupBy(c => c.Kind))
        {
            var siblings = group.ToList();
            var seen = new Dictionary<string, Provision>(StringComparer.Ordinal);
            foreach (var s in siblings)
            {
                var key = CrossReferenceExtractor.NormaliseValue(s.Number!.Value, s.Kind);
                if (!seen.TryAdd(key, s))
                    add(DiagnosticSeverity.Error, "ML103", "numbering-duplicate", s, $"{s.Number.Written} is numbered like an earlier {s.Kind.ToLevelName()} ({Cite(seen[key])}).");
            }
            for (int i = 1; i < siblings.Count; i++)
            {
                var prev = Ordinal(siblings[i - 1]);
                var cur = Ordinal(siblings[i]);
                if (prev is { } a && cur is { } b && b > a + 1)
                    add(DiagnosticSeverity.Warning, "ML102", "numbering-gap", siblings[i],
                        $"{siblings[i].Number!.Written} follows {siblings[i - 1].Number!.Written}: numbering skips {(b - a == 2 ? "one number" : $"{b - a - 1} numbers")}.");
            }
        }
    }

    private static int? Ordinal(Provision p)
    {
        if (p.Number!.Ordinal is { } o) return o;
        var v = p.Number.Value;
        var digits = new string(v.TakeWhile(char.IsDigit).ToArray());
        if (digits.Length > 0 && int.TryParse(digits, out var n)) return n;
        if (v.Length == 1 && v[0] is >= 'a' and <= 'z') return v[0] - 'a' + 1;
        return null;
    }

    private void CheckTerms(LegalDocument document, Adder add, CancellationToken ct)
    {
        var terms = definitions.Extract(document, ct);
        if (terms.IsEmpty) return;
        var defining = new HashSet<string>(terms.Where(t => !t.Inline).Select(t => t.EId), StringComparer.Ordinal);
        var byEId = document.Provisions.ToDictionary(p => p.EId, StringComparer.Ordinal);
        var texts = document.Provisions.Where(p => p.Content.Length > 0).Select(p => (p, text: p.Content + "\n" + p.WrapUp)).ToList();

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
                    if (exact.IsMatch(m.Value)) continue;
                    add(DiagnosticSeverity.Warning, "ML109", "inconsistent-term", p, $"'{m.Value}' is spelled differently from the defined term '{term.Term}'.");
                }
            }
            if (!used && !term.Inline)
                add(DiagnosticSeverity.Warning, "ML107", "term-defined-not-used", byEId[term.EId], $"The defined term '{term.Term}' is never used.");
        }

        var matchers = terms.Select(t => TermMatcher.Build(t.Term, document.Language, looseJoins: true)).ToList();
        foreach (var (p, text) in texts)
        {
            if (defining.Contains(p.EId)) continue;
            foreach (Match m in QuotedTerm.Matches(text))
            {
                var quoted = m.Groups["t"].Value.Trim();
                // defined terms are quoted in lower case; capitalised quotes are names ("Об обороне", "Internet")
                if (quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 5 || !char.IsLower(quoted[0])) continue;
                if (terms.Any(t => t.Inline && t.Term == quoted && t.EId == p.EId)) continue;
                if (matchers.Any(r => r.IsMatch(quoted))) continue;
                add(DiagnosticSeverity.Warning, "ML108", "undefined-quoted-term", p, $"'{quoted}' is quoted as a defined term but is not defined.");
            }
        }
    }
}
