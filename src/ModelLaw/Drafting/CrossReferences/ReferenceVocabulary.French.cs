using ModelLaw.Documents;

namespace ModelLaw.Drafting.CrossReferences;

internal sealed partial record ReferenceVocabulary
{
    private const string FrenchInstrument =
        @"(?<act>(?:ledit|ladite|lesdits|lesdites|cette|ce|ces|la\s+même|le\s+même)\s+(?:directive|règlement|décision|loi|convention|traité|code|accord|annexe|article|chapitre|titre|section)s?\b" +
        @"|(?-i:TFUE|TUE|CEDH)\b|traité\s+FUE\b" +
        @"|(?:décision-cadre|directive|règlement|décision|recommandation)(?:\s+(?:délégué|déléguée|d['’]exécution|du\s+Conseil|de\s+la\s+Commission))*\s*(?:\((?:UE|CE|CEE|Euratom|UE,\s*Euratom)\)\s*)?(?:n[°o]\s*)?\d{1,4}/\d{1,4}(?:/[A-Z]{2,8})?" +
        @"|(?:loi[\s-]type|traité|convention|charte|protocole|code|statut|constitution|accord|loi|décret|ordonnance)\b" +
        @"(?:\s+(?:pénal|civil|type|européenne?))?(?:\s+(?:sur|relatif\s+à|relative\s+à|instituant)\s+(?:le\s+|la\s+|l['’])?[\p{L}’'\s]{3,60}?(?:Union\s+européenne|Communauté\s+européenne|droits\s+de\s+l['’]homme))?)";

    private const string FrenchThis = @"(?:présent|présente)\s+(?:loi|directive|règlement|code|décision|convention|constitution)\b";

    public static ReferenceVocabulary French { get; } = new()
    {
        Language = "fr",
        Levels =
        [
            (@"parties?", ProvisionKind.Part), (@"titres?", ProvisionKind.Title), (@"chapitres?", ProvisionKind.Chapter),
            (@"sections?", ProvisionKind.Section), (@"sous-sections?", ProvisionKind.Subsection), (@"articles?", ProvisionKind.Article),
            (@"paragraphes?", ProvisionKind.Paragraph), (@"alinéas?", ProvisionKind.Subparagraph), (@"points?", ProvisionKind.Point),
            (@"tirets?", ProvisionKind.Indent), (@"annexes?", ProvisionKind.Annex),
        ],
        OfConnector = @"\s*,?\s*(?:de\s+la|de\s+l['’]|du|des|de)\s*",
        // "à l'article 25, à l'exception du paragraphe 6": le paragraphe est celui de l'article 25
        InnerConnector = @"\s*,\s*(?:(?:à\s+l['’]exception|sauf|hormis|excepté)\s+(?:du|des|de\s+la|de\s+l['’]|le|la|les)?\s*)?",
        ListWords = @",\s*et|,\s*ou|,|et/ou|et|ou|à|–|—|-",
        RangeWords = new HashSet<string> { "à", "–", "—", "-" },
        ListFiller = @"\s|,|;|\bde\s+la\b|\bde\s+l['’]|\bdu\b|\bdes\b|\bde\b|\bà\s+l['’]|\bà\s+la\b|\bau\b|\baux\b|\bl['’]|\bla\b|\ble\b|\bles\b|" +
                     @"\bainsi\s+que\b|\bphrases?\b|\balinéas?\b|\btirets?\b|\b(?:premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|dernier|dernière)s?\b",
        OrdinalLevel = @"\b(?<ord>premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|dernier|dernière)s?\s+(?<lvl>alinéa|phrase|tiret)s?\b",
        ThisAnchor = @"^\s*,?\s*(?:du|de\s+la|de\s+l['’]|dans\s+le|dans\s+la|au|à\s+la)\s*(?:présent|présente)\s+(?<lvl>article|paragraphe|chapitre|section|titre|annexe|partie)\b",
        ThisAct = @"^\s*,?\s*(?:du|de\s+la|de\s+l['’]|à\s+la|au|dans\s+la|dans\s+le|par\s+la|par\s+le)\s*" + FrenchThis,
        Instrument = FrenchInstrument,
        ActLink = @"\s*,?\s*(?:du|de\s+la|de\s+l['’]|des|de|à\s+la|au|dans\s+la|dans\s+le)\s*",
        BareAct = @"^\s*,?\s*(?<act>dudit\s+\p{L}+|de\s+ladite\s+\p{L}+|desdit(?:e)?s\s+\p{L}+|de\s+celle-ci|de\s+celui-ci|(?-i:TFUE|TUE))\b",
        Anaphora = @"^(?:ledit|ladite|lesdits|lesdites|cette|ce|ces|la\s+même|le\s+même|dudit|de\s+ladite|desdits|desdites)\b",
        WithRegardTo = @"\b(?:en\s+ce\s+qui\s+concerne|pour\s+ce\s+qui\s+est\s+d[eu]|s['’]agissant\s+d[eu])\s+(?:la\s+|le\s+|l['’])?(?:(?<act>" + FrenchThis + @")|" + FrenchInstrument + @")\s*:",
        // "la directive X est modifiée comme suit:"; "À l'article 5 de la directive 85/611/CEE, le paragraphe 4 est remplacé par le texte suivant:"
        AmendedAsFollows = FrenchInstrument + @"\s+(?:est|sont)\s+(?:modifiée?s?|ainsi\s+modifiée?s?)\s+comme\s+suit" +
                           @"|(?<=(?:^|[.:;\n])\s*)(?-i:À|A)\s+l['’](?:article|annexe)\s+[^,;:\n]{1,40}?\s+(?:de\s+la|du|de\s+l['’])\s*" + FrenchInstrument +
                           @"\s*,(?=[^.\n]{0,200}?(?:remplacé|inséré|supprimé|ajouté|modifié|abrogé))",
        Relative = @"\b(?:l['’]|le\s+|la\s+|les\s+|aux\s+|au\s+)?(?<lvl>paragraphe|alinéa|point|article)s?\s+(?<dir>précédents?|suivants?)\b",
        PrecedingWords = "précédent",
        IntroducesText = @"\s*(?:\w+\s+){0,3}(?:est|sont)\s+(?:ajouté|inséré|remplacé|modifié|supprimé)|\s*:",
        OrdinalWords = new Dictionary<string, int>
        {
            ["premier"] = 1, ["première"] = 1, ["1er"] = 1, ["ier"] = 1, ["deuxième"] = 2, ["second"] = 2, ["seconde"] = 2,
            ["troisième"] = 3, ["quatrième"] = 4, ["cinquième"] = 5, ["sixième"] = 6, ["septième"] = 7, ["huitième"] = 8,
            ["neuvième"] = 9, ["dixième"] = 10, ["dernier"] = -1, ["dernière"] = -1,
        },
        NumberWords = ["premier", "première"],
        InstrumentTypes = new Dictionary<string, string>
        {
            ["directive"] = "Directive", ["règlement"] = "Regulation", ["décision"] = "Decision", ["décision-cadre"] = "Framework Decision",
        },
        InstrumentAliases = new Dictionary<string, string>
        {
            ["traité sur le fonctionnement de l’union européenne"] = "TFEU", ["traité sur le fonctionnement de l'union européenne"] = "TFEU",
            ["tfue"] = "TFEU", ["traité fue"] = "TFEU", ["traité sur l’union européenne"] = "TEU", ["traité sur l'union européenne"] = "TEU", ["tue"] = "TEU",
        },
    };
}
