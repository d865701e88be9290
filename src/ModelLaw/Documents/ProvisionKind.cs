namespace ModelLaw.Documents;

/// <summary>The structural kind of a provision, in the vocabulary of Akoma Ntoso hierarchies.</summary>
public enum ProvisionKind
{
    /// <summary>The root of a document; holds the preamble and the body.</summary>
    Document,
    /// <summary>Text before the enacting terms (citations, "HAVE ADOPTED THIS DIRECTIVE").</summary>
    Preamble,
    /// <summary>A recital ("Whereas ...", "(1) ...") inside the preamble.</summary>
    Recital,
    /// <summary>Part ("Part One", "Partie I", "Раздел I").</summary>
    Part,
    /// <summary>Title ("Title II", "TITRE PREMIER").</summary>
    Title,
    /// <summary>Chapter ("Chapter 3", "Chapitre III", "Глава 3").</summary>
    Chapter,
    /// <summary>Section (a grouping of articles).</summary>
    Section,
    /// <summary>Subsection (a grouping below a section).</summary>
    Subsection,
    /// <summary>Article ("Article 5", "Статья 5").</summary>
    Article,
    /// <summary>Numbered paragraph of an article ("1.", "(2)", "1)").</summary>
    Paragraph,
    /// <summary>Unnumbered block of text inside an article or paragraph.</summary>
    Subparagraph,
    /// <summary>Lettered or numbered point ("(a)", "a)", "а)").</summary>
    Point,
    /// <summary>Point inside a point ("(i)", "(ii)").</summary>
    Subpoint,
    /// <summary>Dash or bullet item ("— ...", "• ...").</summary>
    Indent,
    /// <summary>Annex or schedule ("Annex I", "Приложение 1").</summary>
    Annex,
    /// <summary>One entry of a definitions article ("'AI system' means ...").</summary>
    Definition,
}

/// <summary>Helpers over <see cref="ProvisionKind"/>.</summary>
public static class ProvisionKindExtensions
{
    /// <summary>True for the groupings above articles (part, title, chapter, section, subsection).</summary>
    public static bool IsDivision(this ProvisionKind kind) =>
        kind is ProvisionKind.Part or ProvisionKind.Title or ProvisionKind.Chapter or ProvisionKind.Section or ProvisionKind.Subsection;

    /// <summary>The Akoma Ntoso eId prefix for the kind ("art", "chp", "para", ...).</summary>
    public static string EIdPrefix(this ProvisionKind kind) => kind switch
    {
        ProvisionKind.Document => "doc",
        ProvisionKind.Preamble => "preamble",
        ProvisionKind.Recital => "rec",
        ProvisionKind.Part => "part",
        ProvisionKind.Title => "title",
        ProvisionKind.Chapter => "chp",
        ProvisionKind.Section => "sec",
        ProvisionKind.Subsection => "subsec",
        ProvisionKind.Article => "art",
        ProvisionKind.Paragraph => "para",
        ProvisionKind.Subparagraph => "subpara",
        ProvisionKind.Point => "point",
        ProvisionKind.Subpoint => "point",
        ProvisionKind.Indent => "indent",
        ProvisionKind.Annex => "annex",
        ProvisionKind.Definition => "def",
        _ => "prov",
    };

    /// <summary>Lower-case name used in JSON output ("article", "paragraph", ...).</summary>
    public static string ToLevelName(this ProvisionKind kind) => kind.ToString().ToLowerInvariant();
}
