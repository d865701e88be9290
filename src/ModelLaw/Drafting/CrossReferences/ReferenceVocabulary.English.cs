using ModelLaw.Documents;

namespace ModelLaw.Drafting.CrossReferences;

internal sealed partial record ReferenceVocabulary
{
    private const string EnglishTypes =
        @"Framework\s+Decisions?|Directives?|Regulations?|Decisions?|Treaty|Treaties|Conventions?|Charter|Protocol|Law|Act|Code|Statute|" +
        @"Constitution|Covenant|Resolution|Decree|Ordinance|Agreement|Rules|Recommendation|Executive\s+Order";

    // every alternative starts at a word ("act" in "contract" is no instrument; and a scan that may start mid-word is three times slower)
    // numbered EU and national instruments, named ones ("the Criminal Code", "the Treaty on European Union"), US Code titles
    private const string EnglishInstrument =
        @"(?<act>\b(?:that|the\s+said|the\s+same|those|these)\s+(?:" + EnglishTypes + @"|Annex|Schedule|Appendix|Article|Chapter|Subchapter|Title|Section|Part|Division|subsection)\b" +
        @"|\b(?-i:TFEU|TEU|ECHR)\b" +
        @"|\btitle\s+\d+(?:,?\s+(?:of\s+the\s+)?United\s+States\s+Code)?" +
        @"|\b(?:(?:(?-i:[A-Z])[\p{L}\-]*|of\s+the|of)\s+){0,6}?(?:" + EnglishTypes + @")\s*(?:\((?:EU|EC|EEC|Euratom|EU,\s*Euratom)\)\s*)?(?:No\.?\s*)?\d{1,4}/\d{1,4}(?:/[A-Z]{2,8})?" +
        // named: "the Criminal Code", "the Proceeds of Crime (Money Laundering) and Terrorist Financing Act", "Executive Order No. 12333"
        @"|\b(?:the\s+)?(?:(?:(?-i:[A-Z])[\p{L}\-]*|\((?-i:[A-Z])[\p{L}\-\s]*\))\s+(?:(?:of|on|for|and|the|in|to|against)\s+)*){0,8}?(?:" + EnglishTypes + @")\b(?:\s+No\.\s*\d+)?" +
        @"(?:\s+(?:on|of|establishing)\s+(?:the\s+)?(?-i:[A-Z])[\p{L}\-]*(?:\s+(?:of\s+the\s+)?(?-i:[A-Z])[\p{L}\-]*){0,5})?" +
        // a numbered name is read whole by the alternative before ("Annex I to Commission Regulation (EC) No 809/2004")
        @"(?!\s*(?:\((?:EU|EC|EEC|Euratom)\)\s*)?(?:No\.?\s*)?\d{1,4}/\d))";

    private const string EnglishThis = @"(?:this|the\s+present)\s+(?:Model\s+)?(?:Law|Act|Directive|Regulation|Code|Decision|Convention|Constitution|Treaty|Ordinance|Statute)\b";

    public static ReferenceVocabulary English { get; } = new()
    {
        Language = "en",
        Levels =
        [
            (@"parts?", ProvisionKind.Part), (@"titles?", ProvisionKind.Title), (@"chapters?", ProvisionKind.Chapter), (@"sub-?chapters?", ProvisionKind.Subchapter),
            (@"divisions?", ProvisionKind.Division), (@"sub-?divisions?", ProvisionKind.Subdivision),
            (@"sections?|§§?", ProvisionKind.Section), (@"sub-?sections?", ProvisionKind.Subsection),
            (@"articles?", ProvisionKind.Article), (@"paragraphs?", ProvisionKind.Paragraph), (@"sub-?paragraphs?", ProvisionKind.Subparagraph),
            (@"points?", ProvisionKind.Point), (@"sub-?points?", ProvisionKind.Subpoint), (@"clauses?", ProvisionKind.Clause),
            (@"sub-?clauses?", ProvisionKind.Subclause), (@"items?", ProvisionKind.Item),
            (@"indents?", ProvisionKind.Indent), (@"annex(?:es)?|schedules?|appendix|appendices", ProvisionKind.Annex),
        ],
        OfConnector = @"\s*,?\s*(?:of|in)\s+(?:the\s+)?",
        // "Article 25, with the exception of paragraph 6": the paragraph is Article 25's
        InnerConnector = @"\s*,\s*(?:(?:with\s+the\s+exception\s+of|except\s+for|except|other\s+than|excluding)\s+(?:the\s+)?)?",
        ListWords = @",\s*and|,\s*or|,|and\s*,|or\s*,|and/or|and|or|to|through|–|—|-",
        RangeWords = new HashSet<string> { "to", "through", "–", "—", "-" },
        ListFiller = @"\s|,|;|\bthe\b|\bin\b|\bof\b|\bas\s+well\s+as\b|\bsentences?\b|\bsub-?paragraphs?\b|\bindents?\b|" +
                     @"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b",
        OrdinalLevel = @"\b(?:the\s+)?(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+(?<lvl>sub-?paragraph|sentence|indent)s?\b",
        ThisAnchor = @"^\s*,?\s*(?:of|in|to|under)\s+(?:this|the\s+present)\s+(?<lvl>Article|paragraph|subparagraph|point|Chapter|Section|subsection|Part|Division|Title|Subchapter|Annex|Schedule)\b",
        ThisAct = @"^\s*,?\s*(?:(?:of|in|to|under|by)\s+" + EnglishThis + @"|hereof\b)",
        Instrument = EnglishInstrument,
        ActLink = @"\s*,?\s*(?:of|in|to|under|by)\s*,?\s+",
        BareAct = @"^\s*,?\s*(?<act>thereof|therein|(?-i:TFEU|TEU|ECHR))\b",
        Anaphora = @"^(?:that|the\s+said|the\s+same|those|these)\s|^thereof$|^therein$",
        WithRegardTo = @"\b(?:with\s+regard\s+to|as\s+regards|in\s+respect\s+of|with\s+respect\s+to)\s+(?:(?<act>" + EnglishThis + @")|" + EnglishInstrument + @")\s*:",
        // "Directive X is amended as follows:"; "In Article 5 of Directive 85/611/EEC, paragraph 4 shall be replaced by the following:"
        AmendedAsFollows = EnglishInstrument + @"\s+(?:is|are|shall\s+be)\s+(?:hereby\s+)?amended\s+as\s+follows" +
                           @"|(?<=(?:^|[.:;\n])\s*)(?-i:In)\s+(?:Articles?|Annex(?:es)?|points?|paragraphs?|sections?)\s+[^,;:\n]{1,40}?\s+of\s+" + EnglishInstrument +
                           @"\s*,(?=[^.\n]{0,200}?\b(?:replaced|inserted|deleted|added|amended|repealed)\b)",
        Relative = @"\b(?:the\s+)?(?<dir>preceding|previous|following|next)\s+(?<lvl>paragraph|subparagraph|point|article|section|subsection)s?\b",
        PrecedingWords = "preceding|previous",
        IntroducesText = @"\s*(?:\w+\s+){0,3}(?:is|are|shall\s+be)\s+(?:added|inserted|replaced|amended|deleted)|\s*:",
        OrdinalWords = new Dictionary<string, int>
        {
            ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5,
            ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["last"] = -1,
        },
        InstrumentTypes = new Dictionary<string, string>
        {
            ["directive"] = "Directive", ["directives"] = "Directive", ["regulation"] = "Regulation", ["regulations"] = "Regulation",
            ["decision"] = "Decision", ["decisions"] = "Decision", ["framework decision"] = "Framework Decision",
        },
        InstrumentAliases = new Dictionary<string, string>
        {
            ["treaty on the functioning of the european union"] = "TFEU", ["tfeu"] = "TFEU",
            ["treaty on european union"] = "TEU", ["teu"] = "TEU",
            ["european convention on human rights"] = "ECHR", ["echr"] = "ECHR",
            ["charter of fundamental rights of the european union"] = "Charter of Fundamental Rights of the European Union",
        },
    };
}
