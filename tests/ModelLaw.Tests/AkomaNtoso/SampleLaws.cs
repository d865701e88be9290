using ModelLaw.Documents;

namespace ModelLaw.Tests.AkomaNtoso;

/// <summary>Builder-made laws covering every provision kind, in English, French and Russian, plus awkward edge cases.</summary>
internal static class SampleLaws
{
    private static ProvisionBuilder P(ProvisionKind kind, string? written = null, string? value = null, int? ordinal = null,
        string? heading = null, string content = "", string? wrapUp = null, params string[] tags)
    {
        var b = new ProvisionBuilder(kind)
        {
            Number = written is null ? null : new ProvisionNumber(written, value ?? "", ordinal),
            Heading = heading,
            Content = content,
            WrapUp = wrapUp,
        };
        b.Tags.AddRange(tags);
        return b;
    }

    public static LegalDocument English()
    {
        var root = new ProvisionBuilder(ProvisionKind.Document);
        var preamble = root.Add(P(ProvisionKind.Preamble, content: "THE PARLIAMENT,\nHaving regard to the International Convention for the Suppression of the Financing of Terrorism,",
            wrapUp: "HAS ADOPTED THIS MODEL LAW:"));
        preamble.Add(P(ProvisionKind.Recital, "(1)", "1", 1, content: "Artificial intelligence can be misused for terrorist purposes."));
        preamble.Add(P(ProvisionKind.Recital, "(2)", "2", 2, content: "Human rights must be respected in every measure taken under this Law."));

        var part = root.Add(P(ProvisionKind.Part, "Part One", "1", 1, heading: "General provisions"));
        var title = part.Add(P(ProvisionKind.Title, "Title I", "1", 1, heading: "Purpose"));
        var chapter = title.Add(P(ProvisionKind.Chapter, "Chapter 1", "1", 1, heading: "Scope and definitions"));
        var section = chapter.Add(P(ProvisionKind.Section, "Section 1", "1", 1, heading: "Scope"));
        var subsection = section.Add(P(ProvisionKind.Subsection, "Subsection 1", "1", 1));

        var art1 = subsection.Add(P(ProvisionKind.Article, "Article 1", "1", 1, heading: "Subject matter", tags: ["PR-01"]));
        art1.Add(P(ProvisionKind.Paragraph, "1.", "1", 1, content: "This Law lays down rules on countering the use of artificial intelligence for terrorist purposes."));
        var para2 = art1.Add(P(ProvisionKind.Paragraph, "2.", "2", 2, content: "Providers shall:",
            wrapUp: "unless the competent authority decides otherwise."));
        var pointA = para2.Add(P(ProvisionKind.Point, "(a)", "a", 1, content: "assess the risk of misuse, including:"));
        pointA.Add(P(ProvisionKind.Subpoint, "(i)", "i", 1, content: "the generation of propaganda;"));
        pointA.Add(P(ProvisionKind.Subpoint, "(ii)", "ii", 2, content: "the planning of attacks;"));
        para2.Add(P(ProvisionKind.Point, "(b)", "b", 2, content: "report serious incidents without delay,"));
        art1.Add(P(ProvisionKind.Subparagraph, content: "The first subparagraph applies also to deployers."));

        var art2 = subsection.Add(P(ProvisionKind.Article, "Article 2", "2", 2, heading: "Definitions", content: "For the purposes of this Law:",
            tags: ["PR-01", "PR-02 legality"]));
        art2.Add(P(ProvisionKind.Definition, "(a)", "a", 1, content: "‘artificial intelligence system’ means a machine-based system that infers from input how to generate outputs;"));
        art2.Add(P(ProvisionKind.Definition, "(b)", "b", 2, content: "“terrorist content” means material that incites the commission of a terrorist offence."));

        var art3 = chapter.Add(P(ProvisionKind.Article, "Article 3", "3", 3, heading: "Safeguards", content: "Measures shall be:"));
        art3.Add(P(ProvisionKind.Indent, "—", "", null, content: "necessary and proportionate;"));
        art3.Add(P(ProvisionKind.Indent, "—", "", null, content: "subject to judicial review."));

        chapter.Add(P(ProvisionKind.Article, "Article 10 bis", "10a", 10, heading: "Review", content: "This Law shall be reviewed every five years."));

        var annex = root.Add(P(ProvisionKind.Annex, "Annex I", "1", 1, heading: "List of competent authorities", content: "The following authorities are competent:"));
        annex.Add(P(ProvisionKind.Paragraph, "1.", "1", 1, content: "the national counter-terrorism agency;"));
        annex.Add(P(ProvisionKind.Paragraph, "2.", "2", 2, content: "the data protection authority."));

        return new LegalDocument(root.Build(), "Model Law on Countering the Use of Artificial Intelligence for Terrorist Purposes", "en")
        {
            Jurisdiction = "Model",
            SourceName = "model-ai.txt",
            Metadata = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("version", "2026-1"),
        };
    }

    public static LegalDocument French()
    {
        var root = new ProvisionBuilder(ProvisionKind.Document);
        var titre = root.Add(P(ProvisionKind.Title, "TITRE PREMIER", "1", 1, heading: "Dispositions générales"));
        var chapitre = titre.Add(P(ProvisionKind.Chapter, "Chapitre Ier", "1", 1, heading: "Objet et champ d’application"));
        var art = chapitre.Add(P(ProvisionKind.Article, "Article premier", "1", 1, heading: "Objet"));
        art.Add(P(ProvisionKind.Paragraph, "1.", "1", 1, content: "La présente loi vise à prévenir l’utilisation de l’intelligence artificielle à des fins terroristes."));
        var p2 = art.Add(P(ProvisionKind.Paragraph, "2.", "2", 2, content: "Les fournisseurs sont tenus :"));
        p2.Add(P(ProvisionKind.Point, "a)", "a", 1, content: "d’évaluer les risques d’utilisation abusive ;"));
        p2.Add(P(ProvisionKind.Point, "b)", "b", 2, content: "de signaler sans délai tout incident grave « significatif »."));
        chapitre.Add(P(ProvisionKind.Article, "Article 2", "2", 2, heading: "Définitions", content: "Aux fins de la présente loi, on entend par :"))
            .Add(P(ProvisionKind.Definition, "1)", "1", 1, content: "« système d’intelligence artificielle » : un système automatisé conçu pour fonctionner à différents niveaux d’autonomie ;"));
        root.Add(P(ProvisionKind.Annex, "Annexe", "", null, content: "Liste des autorités compétentes — à compléter par l’État."));
        return new LegalDocument(root.Build(), "Loi type relative à la lutte contre l’utilisation de l’intelligence artificielle à des fins terroristes", "fr");
    }

    public static LegalDocument Russian()
    {
        var root = new ProvisionBuilder(ProvisionKind.Document);
        var razdel = root.Add(P(ProvisionKind.Part, "Раздел I", "1", 1, heading: "Общие положения"));
        var glava = razdel.Add(P(ProvisionKind.Chapter, "Глава 1", "1", 1, heading: "Сфера действия"));
        var st = glava.Add(P(ProvisionKind.Article, "Статья 5", "5", 5, heading: "Обязанности операторов", tags: ["ПР-3 надзор"]));
        var p1 = st.Add(P(ProvisionKind.Paragraph, "1.", "1", 1, content: "Операторы обязаны:"));
        p1.Add(P(ProvisionKind.Point, "а)", "а", 1, content: "обеспечивать человеческий контроль;"));
        p1.Add(P(ProvisionKind.Point, "б)", "б", 2, content: "хранить журналы событий не менее пяти лет."));
        st.Add(P(ProvisionKind.Paragraph, "2.", "2", 2, content: "Порядок хранения устанавливается Правительством.\nНастоящая часть вступает в силу с 1 января."));
        glava.Add(P(ProvisionKind.Article, "Статья 6", "6", 6, heading: "Ответственность", content: "Нарушение настоящего Закона влечёт ответственность, установленную законодательством."));
        root.Add(P(ProvisionKind.Annex, "Приложение 1", "1", 1, heading: "Перечень уполномоченных органов", content: "Национальный антитеррористический комитет."));
        return new LegalDocument(root.Build(), "Модельный закон о противодействии использованию искусственного интеллекта в террористических целях", "ru")
        {
            Jurisdiction = "ru",
        };
    }

    /// <summary>Shapes AKN has no direct place for, which the writer must still carry exactly.</summary>
    public static LegalDocument EdgeCases()
    {
        var root = new ProvisionBuilder(ProvisionKind.Document)
        {
            Content = "Text before any structure.\n\tIndented second line",
            WrapUp = "Done at Geneva.",
            Heading = "Root heading",
            Number = new ProvisionNumber("No. 7", "7", 7),
        };
        root.Tags.Add("root-tag");
        root.Add(P(ProvisionKind.Article, "Article 1", "1", 1, heading: "Heading with\na line break", content: "  two leading spaces and a trailing tab\t"));
        var art2 = root.Add(P(ProvisionKind.Article, "Article 2", "2", 2, content: "Line one\n\nLine three after an empty line\u00A0with NBSP"));
        var point = art2.Add(P(ProvisionKind.Point, "(a)", "a", 1, content: "outer point"));
        point.Add(P(ProvisionKind.Point, "(a)(1)", "1", 1, content: "a point inside a point kept as a point"));
        var para = root.Add(P(ProvisionKind.Paragraph, "", "", null, content: "number written empty"));
        para.Add(P(ProvisionKind.Subpoint, "(i)", "i", 1, content: "a sub-point directly under a paragraph"));
        root.Add(P(ProvisionKind.Article, "Article 3", "3", 3, content: "a leaf with closing words", wrapUp: "closing words"));
        root.Add(P(ProvisionKind.Article, "Article 3", "3", 3, content: "the same number twice"));
        var lateP = root.Add(P(ProvisionKind.Preamble, content: "a preamble that is not first"));
        lateP.Add(P(ProvisionKind.Recital, "(1)", "1", 1, heading: "A recital with a heading", content: "cannot be an AKN recital"));
        root.Add(P(ProvisionKind.Article, content: ""));
        root.Add(P(ProvisionKind.Document, content: "a nested document"));
        root.Add(P(ProvisionKind.Article, "Art. <5> & \"6\"", "5&6", null, heading: "Markup-like <characters> & entities &amp;", content: "x < y & y > z; ]]> is not a CDATA end"));
        root.Add(P(ProvisionKind.Annex, "Annex", "", null, content: "An annex followed by an article keeps its place."));
        root.Add(P(ProvisionKind.Article, "Article 99", "99", 99, content: "after the annex", tags: ["tag with spaces", "tag with spaces"]));
        return new LegalDocument(root.Build(), "", "xx");
    }

    public static IEnumerable<TestCaseData> All()
    {
        yield return new TestCaseData(English()).SetArgDisplayNames("en");
        yield return new TestCaseData(French()).SetArgDisplayNames("fr");
        yield return new TestCaseData(Russian()).SetArgDisplayNames("ru");
        yield return new TestCaseData(EdgeCases()).SetArgDisplayNames("edge-cases");
    }
}
