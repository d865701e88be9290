using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ModelLaw.Documents;

namespace ModelLaw.Drafting.CrossReferences;

/// <summary>Where a path led: the provision (null when it dangles), and whether it was reached only loosely.</summary>
/// <param name="Target">The provision referred to, or null.</param>
/// <param name="Loose">A numbered paragraph cited in an article that has only unnumbered subparagraphs ("Article 26(2)").</param>
internal readonly record struct Resolution(Provision? Target, bool Loose);

/// <summary>
/// Resolves a reference path in a provision tree, from where the reference stands. A reference dangles only when a
/// numbered unit it names is missing: unnumbered levels (subparagraphs cited by ordinal, sentences) and sub-points
/// printed inline in their point's text are read as best they can be. Stateless.
/// </summary>
internal static class ReferenceResolver
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public static Resolution Resolve(ImmutableArray<ReferenceStep> path, Provision source, Provision? anchor, ProvisionIndex index, bool sectionStyle)
    {
        var first = path[0];
        if (anchor is not null) return Descend(anchor, path.AsSpan());
        if (first.Kind is ProvisionKind.Part or ProvisionKind.Title or ProvisionKind.Chapter or ProvisionKind.Subchapter or ProvisionKind.Division
            or ProvisionKind.Subdivision or ProvisionKind.Section or ProvisionKind.Article or ProvisionKind.ActSection or ProvisionKind.Annex)
        {
            // absolute: prefer a match inside the enclosing chapter (sections repeat their numbers per chapter)
            var candidates = index.All.Where(p => KindMatches(p.Kind, first.Kind, sectionStyle) && ValueMatches(p, first)).ToList();
            var chapter = index.Enclosing(source, ProvisionKind.Chapter);
            var ordered = candidates.OrderBy(c => chapter is not null && index.Ancestors(c).Contains(chapter) ? 0 : 1).ToList();
            var best = default(Resolution);
            foreach (var c in ordered)
            {
                var r = Descend(c, path.AsSpan()[1..]);
                if (r.Target is not null && !r.Loose) return r;
                if (r.Target is not null && best.Target is null) best = r;
            }
            return best;
        }
        // relative: a paragraph of the enclosing article, a point of the enclosing paragraph (then article); the enclosing
        // article whatever level is named ("subsection (1)" in a text of articles and numbered paragraphs)
        var starts = index.AncestorsAndSelf(source)
            .Where(a => a.Kind is ProvisionKind.Paragraph or ProvisionKind.Article or ProvisionKind.Annex or ProvisionKind.Point
                        or ProvisionKind.Section or ProvisionKind.Subsection or ProvisionKind.ActSection or ProvisionKind.ActSubsection
                        or ProvisionKind.ActParagraph or ProvisionKind.ActSubparagraph
                        && (Rank(a.Kind) < Rank(first.Kind) || a.Kind.IsUnit()))
            .Append(index.Document.Root);
        var loose = default(Resolution);
        if (path.Length == 1 && first.Kind is ProvisionKind.Point or ProvisionKind.Subpoint && InlineLabel(source, first.Value))
            return new Resolution(source, false);
        foreach (var s in starts)
        {
            var r = Descend(s, path.AsSpan());
            if (r.Target is not null && !r.Loose) return r;
            if (r.Target is not null && loose.Target is null) loose = r;
        }
        return loose;
    }

    // "section 6" names a common-law section, or a grouping of articles; a unit cited in another text's style is still a unit
    private static bool KindMatches(ProvisionKind actual, ProvisionKind cited, bool sectionStyle) =>
        actual == cited || (actual, cited) is (ProvisionKind.ActSection, ProvisionKind.Section) or (ProvisionKind.Section, ProvisionKind.ActSection)
            or (ProvisionKind.ActSection, ProvisionKind.Article) or (ProvisionKind.Article, ProvisionKind.ActSection)
        || !sectionStyle && actual == ProvisionKind.Division && cited == ProvisionKind.Section;

    private static Resolution Descend(Provision from, ReadOnlySpan<ReferenceStep> steps)
    {
        var current = from;
        bool loose = false;
        bool inAnnex = from.Kind == ProvisionKind.Annex;
        foreach (var step in steps)
        {
            // an annex kept as plain text cannot be checked below its own level: the annex is the best target
            if (current.Kind == ProvisionKind.Annex && !current.HasChildren) return new Resolution(current, loose);
            // "the first subparagraph of paragraph 5": subparagraphs are unnumbered, and the parser may hold the first one as its
            // parent's own text; the next step is looked for below all of them
            if (step.Kind == ProvisionKind.Subparagraph && current.Children.All(c => c.Kind != ProvisionKind.Subparagraph || c.Number is null))
                continue;
            var next = FindBelow(current, step);
            if (next is null && step.Kind == ProvisionKind.Paragraph && int.TryParse(step.Value, out var k)
                && !current.Children.Any(c => c.Kind == ProvisionKind.Paragraph))
            {
                // "Article 26(2)" of an article in unnumbered subparagraphs: its own text, if any, is the first of them
                var subs = current.Children.Where(c => c.Kind == ProvisionKind.Subparagraph).ToList();
                if (current.Content.Trim().Length > 0) subs.Insert(0, current);
                if (subs.Count > 1 && k >= 1 && k <= subs.Count) { next = subs[k - 1]; loose = true; }
            }
            // sub-points printed inline in their point's text ("(m) 'home Member State' means: (i) ...; (ii) ...")
            if (next is null && step.Kind is ProvisionKind.Point or ProvisionKind.Subpoint && InlineLabel(current, step.Value))
                return new Resolution(current, loose);
            // annexes are lists, tables and headings that readers structure unevenly: below the annex, best effort
            if (next is null) return inAnnex ? new Resolution(current, loose) : default;
            current = next;
            inAnnex |= current.Kind == ProvisionKind.Annex;
        }
        return new Resolution(current, loose);
    }

    private static bool InlineLabel(Provision p, string value) =>
        Regex.IsMatch(p.Content, $@"(?:^|[\s;:,])\(?{Regex.Escape(value)}\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    // nearest level first; at one level prefer the kind named, then any kind with that number (Russian "пункт" vs "часть")
    private static Provision? FindBelow(Provision node, ReferenceStep step)
    {
        var level = new List<Provision>(node.Children);
        for (int depth = 0; depth < 3 && level.Count > 0; depth++)
        {
            var matches = level.Where(p => ValueMatches(p, step) && (p.Kind == step.Kind || !Outer(p.Kind) || Outer(step.Kind))).ToList();
            if (matches.Count > 0) return matches.FirstOrDefault(m => m.Kind == step.Kind) ?? matches[0];
            level = level.Where(p => p.Kind is ProvisionKind.Subparagraph or ProvisionKind.Paragraph or ProvisionKind.Point or ProvisionKind.Definition
                                     || p.Kind.IsDivision() || p.Kind.IsActLevel())
                         .SelectMany(p => p.Children).ToList();
        }
        return null;
    }

    // "subsection (9)" is not section 9: a number below the unit never names a unit, a division or an annex
    private static bool Outer(ProvisionKind kind) => kind.IsUnit() || kind.IsDivision() || kind == ProvisionKind.Annex;

    // the number read as the kind it has and as the kind cited ("Section I" cited, "I." read as a point)
    internal static bool ValueMatches(Provision p, ReferenceStep step) =>
        p.Number is { } n && (ReferenceNumbers.Normalise(n.Value, p.Kind) == step.Value || ReferenceNumbers.Normalise(n.Value, step.Kind) == step.Value);

    private static int Rank(ProvisionKind kind) => CrossReferenceExtractor.Rank(kind);
}
