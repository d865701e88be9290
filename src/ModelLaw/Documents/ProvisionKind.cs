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
    /// <summary>Subchapter, a grouping below a chapter ("SUBCHAPTER I—FEDERAL INFORMATION POLICY").</summary>
    Subchapter,
    /// <summary>Division, a grouping of sections ("DIVISION 1.1", Canadian and Australian acts).</summary>
    Division,
    /// <summary>Subdivision, a grouping below a division ("Subdivision A").</summary>
    Subdivision,
    /// <summary>An unnumbered heading that groups the units after it until the next heading ("Interpretation").</summary>
    CrossHeading,
    /// <summary>
    /// Section of a common-law act: the unit of such texts, as the article is of civil-law texts ("§ 3501. Purposes",
    /// "1 Short title", "12.—(1)", "5A."). Unlike <see cref="Section"/>, which groups articles, it holds subsections.
    /// </summary>
    ActSection,
    /// <summary>Subsection of a common-law section: "(1)" in Commonwealth acts, "(a)" in the United States Code.</summary>
    ActSubsection,
    /// <summary>Paragraph of a common-law section: "(a)" in Commonwealth acts, "(1)" in the United States Code.</summary>
    ActParagraph,
    /// <summary>Numbered subparagraph of a common-law section: "(i)" in Commonwealth acts, "(A)" in the United States Code.</summary>
    ActSubparagraph,
    /// <summary>Clause below a subparagraph: "(A)" in Commonwealth acts, "(i)" in the United States Code.</summary>
    Clause,
    /// <summary>Subclause below a clause ("(I)").</summary>
    Subclause,
    /// <summary>Item below a subclause ("(aa)" in the United States Code).</summary>
    Item,
}

/// <summary>Helpers over <see cref="ProvisionKind"/>.</summary>
public static class ProvisionKindExtensions
{
    /// <summary>
    /// True for the groupings above the units (part, title, chapter, subchapter, section and subsection of civil-law
    /// texts, division, subdivision, cross-heading).
    /// </summary>
    public static bool IsDivision(this ProvisionKind kind) =>
        kind is ProvisionKind.Part or ProvisionKind.Title or ProvisionKind.Chapter or ProvisionKind.Section or ProvisionKind.Subsection
            or ProvisionKind.Subchapter or ProvisionKind.Division or ProvisionKind.Subdivision or ProvisionKind.CrossHeading;

    /// <summary>
    /// True for the units of a text, the provisions that alignment, coverage and citations count: the article of
    /// civil-law drafting and the section of common-law drafting (<see cref="ProvisionKind.ActSection"/>).
    /// </summary>
    public static bool IsUnit(this ProvisionKind kind) => kind is ProvisionKind.Article or ProvisionKind.ActSection;

    /// <summary>True for the numbered levels inside a common-law section (subsection, paragraph, subparagraph, clause, subclause, item).</summary>
    public static bool IsActLevel(this ProvisionKind kind) =>
        kind is ProvisionKind.ActSubsection or ProvisionKind.ActParagraph or ProvisionKind.ActSubparagraph or ProvisionKind.Clause
            or ProvisionKind.Subclause or ProvisionKind.Item;

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
        ProvisionKind.Subchapter => "subchp",
        ProvisionKind.Division => "dvs",
        ProvisionKind.Subdivision => "subdvs",
        ProvisionKind.CrossHeading => "crossheading",
        ProvisionKind.ActSection => "sec",
        ProvisionKind.ActSubsection => "subsec",
        ProvisionKind.ActParagraph => "para",
        ProvisionKind.ActSubparagraph => "subpara",
        ProvisionKind.Clause => "clause",
        ProvisionKind.Subclause => "subclause",
        ProvisionKind.Item => "item",
        _ => "prov",
    };

    /// <summary>Lower-case name used in JSON output ("article", "paragraph", ...).</summary>
    public static string ToLevelName(this ProvisionKind kind) => kind.ToString().ToLowerInvariant();
}
