using System.Collections.Immutable;
using ModelLaw.Documents;
using static ModelLaw.Reading.PlainText.Languages.ProfileData;

namespace ModelLaw.Reading.PlainText.Languages.English;

/// <summary>English legislation: "Article 5 — Scope", "CHAPTER II", "Part One", "(a)", "(i)", "Annex I", "Schedule 2".</summary>
public static class EnglishProfile
{
    /// <summary>The profile.</summary>
    public static LanguageProfile Instance { get; } = new()
    {
        Code = "en",
        Name = "English",
        Script = Script.Latin,
        Stopwords = Words("the of and to in shall be or by for this that which with any is are on as member states such"),
        HeadingKeywords = Keywords(
            ("Part", ProvisionKind.Part), ("Title", ProvisionKind.Title), ("Chapter", ProvisionKind.Chapter),
            ("Section", ProvisionKind.Section), ("Subsection", ProvisionKind.Subsection), ("Sub-section", ProvisionKind.Subsection),
            ("Article", ProvisionKind.Article), ("Art.", ProvisionKind.Article), ("Annex", ProvisionKind.Annex),
            ("Schedule", ProvisionKind.Annex), ("Appendix", ProvisionKind.Annex), ("Subchapter", ProvisionKind.Subchapter),
            ("Division", ProvisionKind.Division), ("Subdivision", ProvisionKind.Subdivision)),
        SectionKeywords = ["§", "§§", "Sec.", "Sect.", "Section", "Sections"],
        OrdinalWords = Numbers(
            ("One", 1), ("Two", 2), ("Three", 3), ("Four", 4), ("Five", 5), ("Six", 6), ("Seven", 7), ("Eight", 8), ("Nine", 9), ("Ten", 10),
            ("First", 1), ("Second", 2), ("Third", 3), ("Fourth", 4), ("Fifth", 5), ("Sixth", 6), ("Seventh", 7), ("Eighth", 8),
            ("Ninth", 9), ("Tenth", 10)),
        InsertionWords = LatinInsertions,
        DefinitionHeadingCues = ["Definitions", "Definition", "Interpretation", "Use of terms", "Terms used"],
        DefinitionTextCues = ["means", "mean", "refers to", "includes"],
        Citations = new CitationVocabulary
        {
            Paragraph = ["paragraph", "paragraphs", "para", "para.", "subsection", "subsections", "subsec"],
            Point = ["point", "points", "subpoint", "subpoints", "item", "items", "letter", "clause", "clauses", "subclause", "subclauses"],
            Subparagraph = ["subparagraph", "subparagraphs", "sub-paragraph", "sub-paragraphs"],
            Sentence = ["sentence", "sentences"],
            And = ["and", "&"],
            To = ["to"],
            Filler = ["of", "the", "in"],
        },
        CitationOrdinals = Numbers(("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
            ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10), ("last", -1)),
        WritingKeywords = new Dictionary<ProvisionKind, string>
        {
            [ProvisionKind.Part] = "Part", [ProvisionKind.Title] = "Title", [ProvisionKind.Chapter] = "Chapter",
            [ProvisionKind.Section] = "Section", [ProvisionKind.Subsection] = "Subsection", [ProvisionKind.Article] = "Article",
            [ProvisionKind.Annex] = "Annex", [ProvisionKind.ActSection] = "Section", [ProvisionKind.Subchapter] = "Subchapter",
            [ProvisionKind.Division] = "Division", [ProvisionKind.Subdivision] = "Subdivision",
        }.ToImmutableDictionary(),
    };
}
