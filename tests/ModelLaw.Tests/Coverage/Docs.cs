using ModelLaw.Coverage;
using ModelLaw.Documents;

namespace ModelLaw.Tests.Coverage;

/// <summary>Builds small legal documents for coverage tests: articles with numbered paragraphs.</summary>
internal static class Docs
{
    private static readonly Lazy<PrincipleCatalog> Shipped = new(() =>
        PrincipleCatalog.Load(Path.Combine(TestPaths.Corpus, "principles", "ai-counter-terrorism.json")));

    /// <summary>The shipped catalogue.</summary>
    public static PrincipleCatalog Catalog => Shipped.Value;

    /// <summary>An article: number, optional heading, then one string per paragraph (numbered 1, 2, ...) or a single unnumbered text.</summary>
    public static ProvisionBuilder Article(int number, string? heading, params string[] paragraphs)
    {
        var label = "Article";
        var art = new ProvisionBuilder(ProvisionKind.Article)
        {
            Number = new ProvisionNumber($"{label} {number}", number.ToString(System.Globalization.CultureInfo.InvariantCulture), number),
            Heading = heading,
        };
        if (paragraphs.Length == 1) art.Content = paragraphs[0];
        else
            for (int i = 0; i < paragraphs.Length; i++)
            {
                var n = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                art.Add(new ProvisionBuilder(ProvisionKind.Paragraph) { Number = new ProvisionNumber($"{n}.", n, i + 1), Content = paragraphs[i] });
            }
        return art;
    }

    /// <summary>A document of the given articles.</summary>
    public static LegalDocument Document(string language, params ProvisionBuilder[] articles)
    {
        var root = new ProvisionBuilder(ProvisionKind.Document);
        foreach (var a in articles) root.Add(a);
        return new LegalDocument(root.Build(), "Test law", language);
    }

    /// <summary>A one-article, one-sentence document.</summary>
    public static LegalDocument Sentence(string language, string text) => Document(language, Article(1, null, text));
}
