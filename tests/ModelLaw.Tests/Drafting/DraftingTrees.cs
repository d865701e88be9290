using ModelLaw.Documents;

namespace ModelLaw.Tests.Drafting;

/// <summary>Small realistic trees for drafting tests, built without the parser.</summary>
internal static class DraftingTrees
{
    public static ProvisionBuilder Article(string written, string value, string? heading, params ProvisionBuilder[] children)
    {
        var a = new ProvisionBuilder(ProvisionKind.Article) { Number = new(written, value, int.TryParse(value, out var o) ? o : null), Heading = heading };
        foreach (var c in children) a.Add(c);
        return a;
    }

    public static ProvisionBuilder Para(string value, string text, params ProvisionBuilder[] children)
    {
        var p = new ProvisionBuilder(ProvisionKind.Paragraph) { Number = new($"{value}.", value, int.Parse(value)), Content = text };
        foreach (var c in children) p.Add(c);
        return p;
    }

    public static ProvisionBuilder Point(string letter, string text, string written = "({0})") =>
        new(ProvisionKind.Point) { Number = new(string.Format(written, letter), letter, null), Content = text };

    public static ProvisionBuilder Chapter(string written, string value, string heading, params ProvisionBuilder[] children)
    {
        var c = new ProvisionBuilder(ProvisionKind.Chapter) { Number = new(written, value, int.Parse(value)), Heading = heading };
        foreach (var ch in children) c.Add(ch);
        return c;
    }

    public static LegalDocument Document(string language, params ProvisionBuilder[] top)
    {
        var root = new ProvisionBuilder(ProvisionKind.Document);
        foreach (var t in top) root.Add(t);
        return new LegalDocument(root.Build(), "Model Law on Countering the Use of AI for Terrorist Purposes", language);
    }

    /// <summary>An English model-law extract with internal and external references.</summary>
    public static LegalDocument English() => Document("en",
        Chapter("CHAPTER I", "1", "General provisions",
            Article("Article 1", "1", "Purpose",
                Para("1", "This Law lays down rules to prevent the use of artificial intelligence systems for terrorist purposes."),
                Para("2", "The measures referred to in paragraph 1 shall comply with Article 3 and with Article 7 of the Model Law.")),
            Article("Article 2", "2", "Definitions",
                Para("1", "For the purposes of this Law:",
                    Point("a", "'artificial intelligence system' means a machine-based system that infers from input how to generate outputs;"),
                    Point("b", "'operator' means a provider or deployer of an artificial intelligence system;"),
                    Point("c", "'competent authority' means the authority designated under Article 9.")))),
        Chapter("CHAPTER II", "2", "Obligations",
            Article("Article 3", "3", "Human oversight",
                Para("1", "Operators shall ensure meaningful human control over any decision taken by an artificial intelligence system."),
                Para("2", "The obligation laid down in the preceding paragraph applies without prejudice to points (a) and (c) of Article 2(1)."),
                Para("3", "Paragraph 2 of this Article shall not apply to systems covered by Articles 4 to 6.")),
            Article("Article 4", "4", "Transparency", Para("1", "Operators shall keep logs as required by Article 1(1) of Directive 2016/680/EU.")),
            Article("Article 5", "5", "Records", Para("1", "Records kept under Article 4 shall be made available to the competent authority.")),
            Article("Article 6", "6", "Review", Para("1", "The competent authority shall review compliance with Article 12."))));
}
