namespace ModelLaw.Coverage.Text;

/// <summary>
/// The matching rules of the six catalogue languages. Each list holds general function words and negation formulas of the
/// language's legal style, not words of one text.
/// </summary>
internal static class LanguageProfiles
{
    /// <summary>The rules of a primary language code; unknown languages get a neutral profile.</summary>
    public static LanguageRules For(string primary) => primary switch
    {
        "en" => English,
        "fr" => French,
        "ru" => Russian,
        "es" => Spanish,
        "ar" => Arabic,
        "zh" => Chinese,
        var other => new LanguageRules(other, IdentityStemmer.Instance, [], [], [], [], [], [], []),
    };

    private static HashSet<string> Or(params string[] words) => words.Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    private static readonly LanguageRules English = new("en", EnglishLightStemmer.Instance,
        ["the", "a", "an", "of", "to", "in", "on", "for", "by", "with", "and", "or", "its", "it", "their", "his", "her", "this", "that",
         "these", "those", "be", "been", "being", "is", "are", "was", "were", "as", "at", "from", "any", "all", "each", "such", "which",
         "who", "whom", "whose", "into", "upon", "than", "s"],
        ["not", "no", "never", "without", "nor", "cannot", "none", "exempt", "exempted", "exempts"],
        ["only", "later", "less", "more", "longer", "fewer", "exceed*", "earlier"],
        [],
        ["unless", "except", "if", "when", "where", "whereas", "provided", "but", "while", "and"],
        ["appl*", "required", "applicable"],
        ["prohibited", "forbidden", "banned", "unlawful"]) { Disjunctions = Or("or") };

    private static readonly LanguageRules French = new("fr", FrenchLightStemmer.Instance,
        ["le", "la", "les", "l", "de", "du", "des", "d", "un", "une", "et", "ou", "a", "au", "aux", "en", "dans", "par", "pour", "sur",
         "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "qui", "que", "qu", "dont", "se", "s", "y", "il", "elle",
         "ils", "elles", "lui", "on"],
        ["ne", "n", "sans", "aucun", "aucune", "nul", "nulle", "jamais", "ni", "exempt*", "exonere*", "dispense*"],
        ["seulement", "moins", "plus", "excede*", "depasse*"],
        ["que", "qu"],
        ["sauf", "si", "lorsque", "lorsqu", "excepte", "hormis", "mais", "et", "quand", "tandis"],
        ["appliqu*", "applicable*", "requis*", "exige*"],
        ["interdit*", "prohibe*", "illicite*"]) { Disjunctions = Or("ou") };

    private static readonly LanguageRules Russian = new("ru", RussianStemmer.Instance,
        ["и", "в", "во", "на", "по", "с", "со", "к", "ко", "о", "об", "обо", "от", "для", "из", "или", "а", "его", "ее", "их", "это",
         "что", "при", "до", "за", "у", "же", "ли", "бы", "как", "так", "также", "то", "тот", "та", "те"],
        ["не", "ни", "без", "нет", "освобожда*", "освобожден*"],
        ["только", "позднее", "позже", "реже", "менее", "более", "превыша*", "свыше", "ранее"],
        [],
        ["кроме", "если", "когда", "но", "и", "исключением", "однако", "либо"],
        ["применя*", "распространя*", "требуется", "осуществля*", "проводится"],
        ["запрещ*", "запрета*", "недопустим*"]) { Disjunctions = Or("или", "либо") };

    // "sin perjuicio de" (without prejudice to) and "no obstante" (notwithstanding) negate nothing; "no … sino" restricts
    private static readonly LanguageRules Spanish = new("es", SpanishLightStemmer.Instance,
        ["el", "la", "los", "las", "lo", "de", "del", "al", "a", "en", "y", "e", "o", "u", "un", "una", "unos", "unas", "por", "para",
         "con", "que", "se", "su", "sus", "le", "les", "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "cuyo", "cuya",
         "cuyos", "cuyas", "cual", "cuales", "como", "es", "son", "ser", "sido", "sera", "seran", "todo", "toda", "todos", "todas",
         "dicho", "dicha", "dichos", "dichas", "cualquier"],
        ["no", "sin", "ningun", "ninguno", "ninguna", "nunca", "jamas", "ni", "exento*", "exime*", "eximid*"],
        ["solo", "solamente", "mas", "menos", "obstante", "perjuicio", "excede*", "supera*", "superior*", "inferior*", "tarde*"],
        ["sino"],
        ["salvo", "excepto", "si", "cuando", "pero", "mientras", "aunque", "y", "e", "siempre", "menos"],
        ["aplica*", "exig*", "requer*", "requiere*"],
        ["prohibid*", "prohibe*", "ilicit*", "ilegal*"]) { Disjunctions = Or("o", "u") };

    // "ألا" (أن + لا, "that … not": "وألا يفصح" shall not disclose) negates like "لا";
    // "لا سيما" (in particular), "لا يقل عن" (not less than), "لا يتجاوز" (not exceeding), "دون الإخلال" (without prejudice)
    // negate nothing; "لا … إلا" restricts ("لا يجوز … إلا بإذن"); "ما لم" (unless) and "إذا" (if) end a negator's reach
    private static readonly LanguageRules Arabic = new("ar", ArabicLightStemmer.Instance,
        ["في", "من", "على", "إلى", "عن", "أو", "أم", "مع", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "التي", "الذي", "الذين", "اللذين",
         "اللتين", "اللواتي", "أن", "إن", "أي", "كل", "بين", "قد", "كان", "كانت", "يكون", "تكون", "به", "بها", "بهم", "فيه", "فيها",
         "منه", "منها", "عليه", "عليها", "له", "لها", "لهم", "عند", "حتى", "ذات", "وفي", "ومن", "وعلى", "وإلى", "أيّ", "و", "ف", "ثم",
         "بما", "فيما", "مما", "عما", "كما", "بأن", "لأن", "وأن", "هو", "هي", "هم", "ما"],
        ["لا", "ولا", "فلا", "ألا", "وألا", "بألا", "لم", "ولم", "لن", "ولن", "ليس", "ليست", "وليس", "غير", "دون", "بدون", "ودون", "وبدون", "عدم", "وعدم",
         "بعدم", "يعفى", "تعفى", "يستثنى", "تستثنى"],
        ["سيما", "يقل", "تقل", "يتجاوز", "تتجاوز", "تزيد", "يزيد", "الإخلال", "إخلال", "بأس"],
        ["إلا", "الا"],
        ["إذا", "وإذا", "فإذا", "عندما", "حين", "لكن", "ولكن", "باستثناء", "عدا", "متى"],
        ["تسري", "يسري", "يطبق", "تطبق", "ينطبق", "تنطبق", "يشترط", "يلزم"],
        ["يحظر", "تحظر", "محظور*", "ممنوع*", "يمنع", "تمنع"])
    {
        Proclitics = ["وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"],
        Disjunctions = Or("أو", "وأو"),
        ExtraGap = 1,
    };

    // one token a character: "不少于" (not less than), "不超过" (not exceeding), "不迟于" (not later than), "不仅" (not only),
    // "不影响"/"不妨碍" (without prejudice) negate nothing; "无论" is "whatever"; "除" and "但" end a negator's reach
    private static readonly LanguageRules Chinese = new("zh", IdentityStemmer.Instance,
        [],
        ["不", "未", "无", "非", "没", "免"],
        ["少", "超", "迟", "晚", "低", "高", "仅", "影", "妨", "论", "限", "得"],
        ["只", "仅"],
        ["除", "但", "如", "若", "并"],
        ["适", "用"],
        ["禁", "止"])
    {
        ClauseBreaks = ";:；：，。,",
        TokensPerWord = 2,
        TitleMarks = "《》",
    };
}
