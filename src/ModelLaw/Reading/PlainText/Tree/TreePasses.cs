using System.Globalization;
using ModelLaw.Documents;

namespace ModelLaw.Reading.PlainText.Tree;

/// <summary>Passes over the assembled tree, once every block is placed. Stateless.</summary>
internal static class TreePasses
{
    /// <summary>Each provision's span grows to hold its children's (a heading line's span holds its whole article).</summary>
    public static (int Start, int End)? FixSpans(ProvisionBuilder b)
    {
        int? s = b.Span?.Start, e = b.Span?.End;
        foreach (var c in b.Children)
        {
            var cs = FixSpans(c);
            if (cs is { } x)
            {
                s = s is null ? x.Start : Math.Min(s.Value, x.Start);
                e = e is null ? x.End : Math.Max(e.Value, x.End);
            }
        }
        if (s is null || e is null) return null;
        if (b.Kind != ProvisionKind.Document) b.Span = SourceSpan.Lines(s.Value, e.Value);
        return (s.Value, e.Value);
    }

    /// <summary>
    /// Chinese 款: an article whose text runs over several unnumbered paragraphs gets them as numbered paragraphs 1, 2, 3,
    /// each with the points that follow it; an article with one paragraph keeps its text and points directly.
    /// </summary>
    public static void NumberUnnumberedParagraphs(ProvisionBuilder node)
    {
        foreach (var child in node.Children) if (child.Kind != ProvisionKind.Article) NumberUnnumberedParagraphs(child);
        foreach (var article in node.Children.Where(c => c.Kind == ProvisionKind.Article))
        {
            var children = article.Children;
            int firstSub = children.FindIndex(c => c.Kind == ProvisionKind.Subparagraph);
            if (firstSub < 0 || article.Content.Length == 0 || children.Any(c => c.Kind == ProvisionKind.Paragraph)) continue;
            var first = new ProvisionBuilder(ProvisionKind.Paragraph)
            {
                Content = article.Content,
                Span = article.Span,
                Number = new ProvisionNumber("", "1", 1),
            };
            first.Children.AddRange(children.Take(firstSub));
            var rest = children.Skip(firstSub).ToList();
            children.Clear();
            children.Add(first);
            int k = 1;
            foreach (var c in rest)
            {
                if (c.Kind == ProvisionKind.Subparagraph)
                {
                    k++;
                    c.Kind = ProvisionKind.Paragraph;
                    c.Number = new ProvisionNumber("", k.ToString(CultureInfo.InvariantCulture), k);
                    children.Add(c);
                }
                else children[^1].Children.Add(c);
            }
            article.Content = "";
        }
    }

    /// <summary>How many provisions below <paramref name="b"/>, and how many of them are units (articles or sections).</summary>
    public static (int Provisions, int Units) Count(ProvisionBuilder b)
    {
        int provisions = 0, units = 0;
        foreach (var c in b.Children)
        {
            var (p, u) = Count(c);
            provisions += p + 1;
            units += u + (c.Kind.IsUnit() ? 1 : 0);
        }
        return (provisions, units);
    }
}
