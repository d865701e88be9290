using ModelLaw.Documents;
using ModelLaw.Search.Contract;

namespace ModelLaw.Search.Units;

/// <summary>
/// Cuts a document into searchable units: each paragraph of an article (the article's own lead-in text, when it has
/// one, is a unit of its own), or the whole article when it has no paragraphs; recitals of a preamble; and, in a text
/// without articles, its sections. Divisions (parts, titles, chapters, sections holding articles) are not units: their
/// articles are. Stateless.
/// </summary>
public static class UnitExtractor
{
    /// <summary>The units of <paramref name="document"/>, in reading order, keyed to <paramref name="documentKey"/>.</summary>
    public static IReadOnlyList<ProvisionUnit> Extract(LegalDocument document, string documentKey)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(documentKey);
        var units = new List<ProvisionUnit>();
        Walk(document.Root, document, documentKey, units);
        return units;
    }

    private static void Walk(Provision node, LegalDocument doc, string key, List<ProvisionUnit> units)
    {
        if (IsDivision(node))
        {
            foreach (var c in node.Children) Walk(c, doc, key, units);
            return;
        }
        var parts = node.Children.Where(c => c.Kind is ProvisionKind.Paragraph or ProvisionKind.Recital).ToList();
        if (parts.Count == 0)
        {
            Add(node, node, node.FullText(), doc, key, units);
            return;
        }
        if (Words(node.Content) >= 3) Add(node, node, node.Content, doc, key, units);
        foreach (var c in node.Children)
            Add(c, node, c.FullText(), doc, key, units);
        if (Words(node.WrapUp) >= 3) Add(node, node, node.WrapUp!, doc, key, units);
    }

    private static void Add(Provision p, Provision article, string text, LegalDocument doc, string key, List<ProvisionUnit> units)
    {
        if (Words(text) == 0) return;
        var citation = string.IsNullOrEmpty(p.Citation) ? article.Citation : p.Citation;
        var eid = string.IsNullOrEmpty(p.EId) ? article.EId : p.EId;
        // the same eId twice (an article's lead-in and its wrap-up) gets a suffix: units are keyed by eId
        if (units.Count > 0 && units.Any(u => u.EId == eid)) eid += "__" + units.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        units.Add(new ProvisionUnit(key, units.Count, eid, citation, string.IsNullOrEmpty(article.Citation) ? citation : article.Citation,
            article.Heading, doc.Language, text));
    }

    /// <summary>Document, part, title, chapter; a section that holds articles or other divisions.</summary>
    private static bool IsDivision(Provision p) => p.Kind switch
    {
        ProvisionKind.Document or ProvisionKind.Part or ProvisionKind.Title or ProvisionKind.Chapter => true,
        ProvisionKind.Section or ProvisionKind.Subsection => p.Children.Any(c => c.Kind is ProvisionKind.Article or ProvisionKind.Section
            or ProvisionKind.Subsection or ProvisionKind.Chapter or ProvisionKind.Annex),
        _ => false,
    };

    private static int Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return 0;
        int n = 0;
        bool inWord = false;
        foreach (var c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }
}
