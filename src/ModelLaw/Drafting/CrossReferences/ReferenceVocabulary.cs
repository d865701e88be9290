using ModelLaw.Documents;

namespace ModelLaw.Drafting.CrossReferences;

/// <summary>
/// The words one language uses to cite provisions. Data only: adding a language is a new instance, not new code.
/// Patterns are fragments of .NET regular expressions, combined by <see cref="CrossReferenceExtractor"/>.
/// </summary>
internal sealed record ReferenceVocabulary
{
    public required string Language { get; init; }

    /// <summary>Level words (alternation fragments, case-insensitive) and the level each names.</summary>
    public required IReadOnlyList<(string Pattern, ProvisionKind Kind)> Levels { get; init; }

    /// <summary>What may stand between two segments of one reference ("of", ", ", "de l'"; nothing in Russian).</summary>
    public required string Connector { get; init; }

    /// <summary>List and range words between numbers ("and", "to", "à", "и", "по").</summary>
    public required string ListWords { get; init; }

    /// <summary>Range words among <see cref="ListWords"/>.</summary>
    public required IReadOnlySet<string> RangeWords { get; init; }

    /// <summary>After a reference: "of this Article" style anchors; group "lvl" names the level.</summary>
    public required string ThisAnchor { get; init; }

    /// <summary>After a reference: "of this Law" (internal, whole act).</summary>
    public required string ThisAct { get; init; }

    /// <summary>After a reference: another act ("of Directive 2000/12/EC", "of the Model Law"); group "act" names it.</summary>
    public required string ExternalAct { get; init; }

    /// <summary>A relative reference ("the preceding paragraph"); groups "dir" (preceding/following) and "lvl".</summary>
    public required string Relative { get; init; }

    /// <summary>Words of <see cref="Relative"/> meaning "preceding".</summary>
    public required string PrecedingWords { get; init; }

    /// <summary>After a relative reference: words showing it introduces new text ("the following point is added:").</summary>
    public required string IntroducesText { get; init; }

    /// <summary>Ordinal words used as numbers ("premier" → 1).</summary>
    public IReadOnlyDictionary<string, string> OrdinalWords { get; init; } = new Dictionary<string, string>();

    public static ReferenceVocabulary English { get; } = new()
    {
        Language = "en",
        Levels =
        [
            (@"parts?", ProvisionKind.Part), (@"titles?", ProvisionKind.Title), (@"chapters?", ProvisionKind.Chapter),
            (@"sections?", ProvisionKind.Section), (@"articles?", ProvisionKind.Article), (@"paragraphs?", ProvisionKind.Paragraph),
            (@"subparagraphs?", ProvisionKind.Subparagraph), (@"points?", ProvisionKind.Point), (@"sub-?points?", ProvisionKind.Subpoint),
            (@"indents?", ProvisionKind.Indent), (@"annex(?:es)?", ProvisionKind.Annex), (@"schedules?", ProvisionKind.Annex),
        ],
        Connector = @"\s*,?\s*(?:of|in)\s+(?:the\s+)?|\s*,\s*",
        ListWords = @",\s*and|,\s*or|,|and|or|to|–|—|-",
        RangeWords = new HashSet<string> { "to", "–", "—", "-" },
        ThisAnchor = @"^\s*,?\s*(?:of|in)\s+(?:this|the\s+present)\s+(?<lvl>Article|paragraph|Chapter|Section|Annex)\b",
        ThisAct = @"^\s*,?\s*(?:of|in|to|under)\s+(?:this|the\s+present)\s+(?:Model\s+)?(?:Law|Act|Directive|Regulation|Code|Decision|Convention)\b",
        ExternalAct = @"^\s*,?\s*(?:of|in|to|under)\s+(?<act>(?:that|the\s+said|the\s+same)\s+(?:Directive|Regulation|Decision|Treaty|Convention|Act|Law|Code)\b|(?:the\s+)?(?:(?:(?-i:[A-Z])[\p{L}\-]*|of|on|for|and|the|in|to|against)\s+){0,8}?(?:Directive|Regulation|Decision|Treaty|Convention|Charter|Protocol|Law|Act|Code|Statute|Constitution|Covenant|Resolution|Decree|Ordinance|Agreement|Rules|Recommendation)\b(?:\s*\((?:EU|EC|EEC|Euratom)\))?(?:\s+(?:No\.?\s*)?[0-9][0-9/.\-]*[0-9](?:/[A-Z]+)?)?)",
        Relative = @"\b(?:the\s+)?(?<dir>preceding|previous|following|next)\s+(?<lvl>paragraph|subparagraph|point|article)\b",
        PrecedingWords = "preceding|previous",
        IntroducesText = @"\s*(?:\w+\s+){0,3}(?:is|are|shall\s+be)\s+(?:added|inserted|replaced|amended)|\s*:",
    };

    public static ReferenceVocabulary French { get; } = new()
    {
        Language = "fr",
        Levels =
        [
            (@"parties?", ProvisionKind.Part), (@"titres?", ProvisionKind.Title), (@"chapitres?", ProvisionKind.Chapter),
            (@"sections?", ProvisionKind.Section), (@"articles?", ProvisionKind.Article), (@"paragraphes?", ProvisionKind.Paragraph),
            (@"alinéas?", ProvisionKind.Subparagraph), (@"points?", ProvisionKind.Point), (@"tirets?", ProvisionKind.Indent),
            (@"annexes?", ProvisionKind.Annex),
        ],
        Connector = @"\s*,\s*|\s+(?:de\s+la|de\s+l['’]|du|des|de|au|à\s+l['’])\s*",
        ListWords = @",\s*et|,\s*ou|,|et|ou|à|–|—|-",
        RangeWords = new HashSet<string> { "à", "–", "—", "-" },
        ThisAnchor = @"^\s*,?\s*(?:du|de\s+la|dans\s+le|dans\s+la|au|à\s+la)\s+(?:présent|présente)\s+(?<lvl>article|paragraphe|chapitre|section|annexe)\b",
        ThisAct = @"^\s*,?\s*(?:du|de\s+la|de\s+l['’])\s*(?:présent|présente)\s+(?:loi|directive|règlement|code|décision|convention)\b",
        ExternalAct = @"^\s*,?\s*(?:du|de\s+la|de\s+l['’]|des)\s*(?<act>(?:dite?|ladite|ledit|cette|ce)\s+(?:directive|règlement|décision|loi|convention)\b|(?:loi[\s-]type|loi|directive|règlement|décision|traité|convention|charte|protocole|code|statut|constitution|décret|ordonnance|accord|recommandation)\b(?:\s+(?:n[°o]\s*)?[0-9][0-9/.\-]*(?:/[A-Z]+)?)?)",
        Relative = @"\b(?:l['’]|le\s+|la\s+)?(?<lvl>paragraphe|alinéa|point|article)\s+(?<dir>précédent|suivant)\b",
        PrecedingWords = "précédent",
        IntroducesText = @"\s*(?:\w+\s+){0,3}(?:est|sont)\s+(?:ajouté|inséré|remplacé|modifié)|\s*:",
        OrdinalWords = new Dictionary<string, string> { ["premier"] = "1", ["1er"] = "1", ["ier"] = "1" },
    };

    public static ReferenceVocabulary Russian { get; } = new()
    {
        Language = "ru",
        Levels =
        [
            (@"раздел(?:а|у|ом|е|ы|ов|ам|ами|ах)?", ProvisionKind.Part), (@"глав(?:а|ы|е|у|ой|ам|ами|ах)?", ProvisionKind.Chapter),
            (@"стат(?:ья|ьи|ье|ью|ьей|ьям|ьями|ьях|ей)", ProvisionKind.Article), (@"част(?:ь|и|ью|ям|ями|ях|ей)", ProvisionKind.Paragraph),
            (@"подпункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?", ProvisionKind.Subpoint), (@"пункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?", ProvisionKind.Point),
            (@"абзац(?:а|у|ем|е|ы|ев|ам|ами|ах)?", ProvisionKind.Subparagraph), (@"приложени(?:е|я|ю|ем|и|й|ям|ями|ях)", ProvisionKind.Annex),
        ],
        Connector = @"\s*,\s*|\s+",
        ListWords = @",\s*и|,\s*или|,|и|или|по|–|—|-",
        RangeWords = new HashSet<string> { "по", "–", "—", "-" },
        ThisAnchor = @"^\s*,?\s*настоящ(?:ей|ая|ую|его|ий|ему|ем)\s+(?<lvl>стат(?:ьи|ья|ье|ью)|част(?:и|ь)|глав(?:ы|а|е)|пункт(?:а|е)?)",
        ThisAct = @"^\s*,?\s*настоящ(?:его|ий|ему|им|ем)\s+(?:Закона|Закон|Кодекса|Федерального\s+закона|Типового\s+закона)",
        ExternalAct = @"^\s*,?\s*(?<act>(?:(?:Типового|Модельного|Федерального|Уголовного|Гражданского)\s+)?(?:закона|кодекса|конвенции|договора|директивы|регламента|Конституции|протокола|постановления|указа|соглашения)\b(?:\s+(?:№\s*)?[0-9][0-9/.\-]*)?)",
        Relative = @"(?<dir>предыдущ|предшествующ|следующ)\w*\s+(?<lvl>част|пункт|стать|абзац)\w*",
        PrecedingWords = "предыдущ|предшествующ",
        IntroducesText = @"\s*(?:\w+\s+){0,3}(?:следующего\s+содержания|дополнить)|\s*:",
    };

    public static ReferenceVocabulary For(string language) => language switch
    {
        "fr" => French,
        "ru" => Russian,
        _ => English,
    };
}
