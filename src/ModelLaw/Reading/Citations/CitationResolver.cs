using ModelLaw.Documents;
namespace ModelLaw.Reading.Citations;

/// <summary>
/// Finds the provisions a human citation names in a document, tolerating unnumbered levels in between
/// (a point cited as "Article 8(c)" inside an unnumbered subparagraph is still found).
/// </summary>
public static class CitationResolver
{
    /// <summary>The provision a citation names (the first when it names several), or null when it is not in the document.</summary>
    public static Provision? Resolve(this LegalDocument document, string citation, CitationParser? parser = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var path = (parser ?? CitationParser.Default).Parse(citation);
        return path is null ? null : document.Resolve(path);
    }

    /// <summary>Every provision a citation names ("Article 6(1) and (2)" → two); missing targets are left out.</summary>
    public static IReadOnlyList<Provision> ResolveAll(this LegalDocument document, string citation, CitationParser? parser = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (parser ?? CitationParser.Default).ParseAll(citation)
            .Select(document.Resolve).OfType<Provision>().Distinct(ReferenceEqualityComparer.Instance).Cast<Provision>().ToList();
    }

    /// <summary>The provision a parsed path names, or null.</summary>
    public static Provision? Resolve(this LegalDocument document, CitationPath path)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(path);
        Provision? node = document.Root;
        foreach (var step in path.Steps)
        {
            node = step.Kind switch
            {
                CitationStepKind.Heading => FindHeading(node!, step),
                CitationStepKind.Numbered => FindNumbered(node!, step.Value!, step.ProvisionKind),
                CitationStepKind.Subparagraph => FindSubparagraph(node!, step.Ordinal ?? 1),
                _ => node,
            };
            if (node is null) return null;
        }
        return ReferenceEquals(node, document.Root) ? null : node;
    }

    private static bool ValueIs(Provision p, string value) =>
        p.Number is { } n && string.Equals(n.Value.Replace(" ", "", StringComparison.Ordinal), value, StringComparison.OrdinalIgnoreCase);

    // "Section 5" names the grouping of a civil-law text or the unit of a common-law one (ActSection): the grouping first
    private static Provision? FindHeading(Provision from, CitationStep step) =>
        from.Descendants().FirstOrDefault(p => p.Kind == step.ProvisionKind && ValueIs(p, step.Value!))
        ?? (step.ProvisionKind == ProvisionKind.Section
            ? from.Descendants().FirstOrDefault(p => p.Kind == ProvisionKind.ActSection && ValueIs(p, step.Value!))
            : null);

    private static Provision? FindNumbered(Provision from, string value, ProvisionKind? hint)
    {
        // direct children first, then through unnumbered levels; a kind hint first, then any kind
        return Search(from, value, hint) ?? (hint is null ? null : Search(from, value, null));

        static Provision? Search(Provision from, string value, ProvisionKind? hint)
        {
            var queue = new Queue<Provision>();
            queue.Enqueue(from);
            while (queue.Count > 0)
            {
                var p = queue.Dequeue();
                foreach (var c in p.Children)
                {
                    if (ValueIs(c, value) && Compatible(c.Kind, hint)) return c;
                }
                foreach (var c in p.Children)
                    if (c.Number is null && !c.Kind.IsDivision()) queue.Enqueue(c);
            }
            return null;
        }
    }

    private static bool Compatible(ProvisionKind kind, ProvisionKind? hint) => hint switch
    {
        null => !kind.IsDivision() && !kind.IsUnit() && kind is not ProvisionKind.Annex,
        ProvisionKind.Paragraph => kind is ProvisionKind.Paragraph or ProvisionKind.ActSubsection or ProvisionKind.ActParagraph,
        ProvisionKind.Point => kind is ProvisionKind.Point or ProvisionKind.Subpoint or ProvisionKind.Definition
            || (kind.IsActLevel() && kind != ProvisionKind.ActSubsection),
        _ => kind == hint,
    };

    private static Provision? FindSubparagraph(Provision from, int ordinal)
    {
        var list = new List<Provision>();
        if (from.Content.Length > 0) list.Add(from);
        list.AddRange(from.Children.Where(c => c.Kind == ProvisionKind.Subparagraph));
        if (list.Count == 0) return null;
        if (ordinal == -1) return list[^1];
        return ordinal >= 1 && ordinal <= list.Count ? list[ordinal - 1] : null;
    }
}
