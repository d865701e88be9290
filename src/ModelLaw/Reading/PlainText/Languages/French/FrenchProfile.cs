using System.Collections.Immutable;
using ModelLaw.Documents;
using static ModelLaw.Reading.PlainText.Languages.ProfileData;

namespace ModelLaw.Reading.PlainText.Languages.French;

/// <summary>French legislation: "Article premier", "TITRE PREMIER", "Chapitre Ier", "Article 10 bis", "a)", "i)", "Annexe I".</summary>
public static class FrenchProfile
{
    /// <summary>The profile.</summary>
    public static LanguageProfile Instance { get; } = new()
    {
        Code = "fr",
        Name = "French",
        Script = Script.Latin,
        Stopwords = Words("le la les des du de et à en est sont un une dans par pour sur qui que au aux ou ne pas présente"),
        HeadingKeywords = Keywords(
            ("Partie", ProvisionKind.Part), ("Livre", ProvisionKind.Part), ("Titre", ProvisionKind.Title),
            ("Chapitre", ProvisionKind.Chapter), ("Section", ProvisionKind.Section), ("Sous-section", ProvisionKind.Subsection),
            ("Article", ProvisionKind.Article), ("Art.", ProvisionKind.Article), ("Annexe", ProvisionKind.Annex)),
        OrdinalWords = Numbers(
            ("premier", 1), ("première", 1), ("premiere", 1), ("Ier", 1), ("Ière", 1), ("Ire", 1), ("1er", 1), ("1re", 1), ("1ère", 1),
            ("deuxième", 2), ("second", 2), ("seconde", 2), ("troisième", 3), ("quatrième", 4), ("cinquième", 5),
            ("sixième", 6), ("septième", 7), ("huitième", 8), ("neuvième", 9), ("dixième", 10),
            ("unique", 1)),
        InsertionWords = LatinInsertions,
        DefinitionHeadingCues = ["Définitions", "Définition", "Terminologie"],
        DefinitionTextCues = ["désigne", "désignent", "on entend", "s'entend", "s’entend", "entend par"],
        Citations = new CitationVocabulary
        {
            Paragraph = ["paragraphe", "paragraphes", "§"],
            Point = ["point", "points", "sous-point", "sous-points", "lettre", "alinéa-point"],
            Subparagraph = ["alinéa", "alinéas", "sous-paragraphe"],
            Sentence = ["phrase", "phrases"],
            And = ["et"],
            To = ["au", "à", "aux"],
            Filler = ["du", "de", "la", "le", "des"],
        },
        CitationOrdinals = Numbers(("premier", 1), ("première", 1), ("deuxième", 2), ("second", 2), ("seconde", 2),
            ("troisième", 3), ("quatrième", 4), ("cinquième", 5), ("sixième", 6), ("septième", 7), ("huitième", 8),
            ("neuvième", 9), ("dixième", 10), ("dernier", -1), ("dernière", -1)),
        WritingKeywords = new Dictionary<ProvisionKind, string>
        {
            [ProvisionKind.Part] = "Partie", [ProvisionKind.Title] = "Titre", [ProvisionKind.Chapter] = "Chapitre",
            [ProvisionKind.Section] = "Section", [ProvisionKind.Subsection] = "Sous-section", [ProvisionKind.Article] = "Article",
            [ProvisionKind.Annex] = "Annexe",
        }.ToImmutableDictionary(),
    };
}
