using System.Collections.Immutable;
using ModelLaw.Documents;
using static ModelLaw.Reading.PlainText.Languages.ProfileData;

namespace ModelLaw.Reading.PlainText.Languages.Spanish;

/// <summary>
/// Spanish legislation: "TÍTULO PRELIMINAR", "CAPÍTULO PRIMERO", "SECCIÓN 1.ª", "Artículo 1", "Artículo 1.º Objeto.",
/// "Artículo primero", apartados "1.", letras "a)", ordinal points "1.º"/"1.ª", and the final provisions
/// ("DISPOSICIONES ADICIONALES" … "Primera.", "Disposición final primera.").
/// </summary>
public static class SpanishProfile
{
    /// <summary>The profile.</summary>
    public static LanguageProfile Instance { get; } = new()
    {
        Code = "es",
        Name = "Spanish",
        Script = Script.Latin,
        // the words French shares (de, la, en, que, un, una) count for both; el, los, las, del, y, se decide
        Stopwords = Words("de la en que un una el los las del y por para con se su sus al lo como ley presente artículo será podrá"),
        HeadingKeywords = Keywords(
            ("Libro", ProvisionKind.Part), ("Parte", ProvisionKind.Part), ("Título", ProvisionKind.Title), ("Capítulo", ProvisionKind.Chapter),
            ("Sección", ProvisionKind.Section), ("Subsección", ProvisionKind.Subsection), ("Artículo", ProvisionKind.Article), ("Art.", ProvisionKind.Article),
            ("Anexo", ProvisionKind.Annex)),
        OrdinalWords = Numbers(
            ("preliminar", 0), ("primero", 1), ("primera", 1), ("segundo", 2), ("segunda", 2), ("tercero", 3), ("tercera", 3),
            ("cuarto", 4), ("cuarta", 4), ("quinto", 5), ("quinta", 5), ("sexto", 6), ("sexta", 6), ("séptimo", 7), ("séptima", 7),
            ("octavo", 8), ("octava", 8), ("noveno", 9), ("novena", 9), ("décimo", 10), ("décima", 10),
            ("undécimo", 11), ("undécima", 11), ("duodécimo", 12), ("duodécima", 12), ("único", 1), ("única", 1)),
        InsertionWords = LatinInsertions,
        OrdinalIndicators = "ºª°",
        DefinitionHeadingCues = ["Definiciones", "Definición", "Conceptos"],
        DefinitionTextCues = ["se entenderá por", "se entiende por", "»:", "\":"],
        HeadingMatchers = [SpanishHeadingMatcher.Instance],
        Citations = new CitationVocabulary
        {
            Paragraph = ["apartado", "apartados", "párrafo", "párrafos"],
            Point = ["letra", "letras", "punto", "puntos", "ordinal"],
            Subparagraph = ["párrafo", "inciso"],
            Sentence = ["frase", "oración"],
            And = ["y", "e"],
            To = ["a", "al"],
            Filler = ["del", "de", "la", "el"],
        },
        CitationOrdinals = Numbers(("primero", 1), ("primera", 1), ("segundo", 2), ("segunda", 2), ("tercero", 3), ("tercera", 3),
            ("cuarto", 4), ("cuarta", 4), ("quinto", 5), ("quinta", 5), ("último", -1), ("última", -1)),
        WritingKeywords = new Dictionary<ProvisionKind, string>
        {
            [ProvisionKind.Part] = "Libro", [ProvisionKind.Title] = "Título", [ProvisionKind.Chapter] = "Capítulo",
            [ProvisionKind.Section] = "Sección", [ProvisionKind.Subsection] = "Subsección", [ProvisionKind.Article] = "Artículo",
            [ProvisionKind.Annex] = "Anexo",
        }.ToImmutableDictionary(),
    };
}
