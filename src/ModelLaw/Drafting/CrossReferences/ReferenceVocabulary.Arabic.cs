using ModelLaw.Documents;

namespace ModelLaw.Drafting.CrossReferences;

internal sealed partial record ReferenceVocabulary
{
    // the article and the prepositions written as one word with it: المادة، بالمادة، للمادة، والمادة، وفقاً للمادة
    private const string ArabicPrefix = @"(?:و|ف)?(?:بال|كال|لل|ال)";

    // an ordinal or cardinal word, bare or in parentheses: الخامسة، (السبعين)، الحادية عشرة، السادسة والتسعون
    private const string ArabicWordNumber = @"(?!ال(?:مادة|ماده|مواد|فقرة|فقره|فقرات|بند|بنود|فصل|باب|ملحق))ال\p{L}{2,}(?:\s+و\s?ال\p{L}{2,}|\s+عشر[ةه]?)?";

    private const string ArabicInstrument =
        @"(?<act>(?:نظام|قانون|لائحة|اتفاقية|معاهدة|مرسوم)(?:\s+(?!الصادر|المشار|رقم)[^\s،,.؛:()\d]+){1,4}" +
        @"|(?:النظام|القانون|اللائحة(?:\s+التنفيذية)?|الاتفاقية|المعاهدة|الدستور)\b)";

    public static ReferenceVocabulary Arabic { get; } = new()
    {
        Language = "ar",
        Levels =
        [
            (ArabicPrefix + @"(?:باب|بابين|أبواب)", ProvisionKind.Part), (ArabicPrefix + @"(?:فصل|فصلين|فصول)", ProvisionKind.Chapter),
            (ArabicPrefix + @"(?:مادة|ماده|مادتين|مادتان|مواد)", ProvisionKind.Article),
            (ArabicPrefix + @"(?:فقرة|فقره|فقرتين|فقرتان|فقرات)", ProvisionKind.Paragraph),
            (ArabicPrefix + @"(?:بند|بندين|بندان|بنود)", ProvisionKind.Point), (ArabicPrefix + @"(?:ملحق|ملاحق)", ProvisionKind.Annex),
        ],
        ExtraNumber = @"\(\s*" + ArabicWordNumber + @"\s*\)|" + ArabicWordNumber + @"|\(\s*[\u0621-\u064A]\s*\)|(?<![\p{L}])[\u0621-\u064A](?=\s*[-–)])",
        OfConnector = @"\s+من\s+",
        InnerConnector = @"\s*[،,]\s*",
        ListWords = @"[،,]\s*و|[،,]\s*أو|[،,]|أو|و|إلى|حتى|–|-",
        RangeWords = new HashSet<string> { "إلى", "حتى", "–", "-" },
        ListFiller = @"\s|[،,;؛]",
        ThisAnchor = @"^\s*(?:من|في)\s+هذ(?:ه|ا)\s+(?<lvl>المادة|الماده|الفقرة|الفقره|الفصل|الباب|البند)",
        ThisAct = @"^\s*(?:من|في|ب)\s*(?:هذا|هذه)\s+(?:النظام|القانون|اللائحة|المرسوم)",
        Instrument = ArabicInstrument,
        ActLink = @"\s*(?:من|في)\s+",
        Anaphora = @"^(?:ذلك|تلك|المذكور)",
        WithRegardTo = @"(?:فيما\s+يتعلق\s+ب|بالنسبة\s+(?:إلى|ل))\s*" + ArabicInstrument + @"\s*:",
        AmendedAsFollows = @"(?:تعدل|يعدل|تُعدل|يُعدل)\s+" + ArabicInstrument,
        Relative = @"(?<lvl>" + ArabicPrefix + @"(?:مادة|فقرة|بند))\s+(?<dir>السابقة|السابق|التالية|التالي|الآتية|الآتي)",
        PrecedingWords = "السابق",
        IntroducesText = @"\s*:",
    };
}
