using ModelLaw.Documents;

namespace ModelLaw.Drafting.CrossReferences;

internal sealed partial record ReferenceVocabulary
{
    private const string SpanishOrdinals =
        "primero|primera|segundo|segunda|tercero|tercera|cuarto|cuarta|quinto|quinta|sexto|sexta|séptimo|séptima|octavo|octava|noveno|novena|décimo|décima";

    private const string SpanishInstrument =
        @"(?<act>(?:dicha|dicho|la\s+citada|el\s+citado|la\s+mencionada|el\s+mencionado)\s+(?:Ley|Directiva|Reglamento|Decisión|Constitución|Código|Convenio|Tratado)\b" +
        @"|(?-i:TFUE|TUE)\b" +
        @"|(?:Directiva|Reglamento|Decisión)(?:\s+Delegad[oa]|\s+de\s+Ejecución)?\s*(?:\((?:UE|CE|CEE)\)\s*)?(?:n\.?[°ºo]\s*)?\d{1,4}/\d{1,4}(?:/[A-Z]{2,8})?" +
        @"|(?:Ley\s+Orgánica|Ley|Real\s+Decreto(?:-ley|\s+Legislativo)?|Código(?:\s+Penal|\s+Civil)?|Constitución|Tratado|Convenio|Estatuto|Reglamento)\b" +
        @"(?:\s+\d+/\d{4})?(?:,\s+de\s+\d{1,2}\s+de\s+\p{L}+)?)";

    private const string SpanishThis = @"(?:esta|este|la\s+presente|el\s+presente)\s+(?:Ley(?:\s+Orgánica)?|Constitución|Directiva|Reglamento|Código|Real\s+Decreto)\b";

    public static ReferenceVocabulary Spanish { get; } = new()
    {
        Language = "es",
        Levels =
        [
            (@"partes?", ProvisionKind.Part), (@"títulos?", ProvisionKind.Title), (@"capítulos?", ProvisionKind.Chapter),
            (@"secci(?:ón|ones)", ProvisionKind.Section), (@"artículos?", ProvisionKind.Article), (@"apartados?", ProvisionKind.Paragraph),
            (@"párrafos?", ProvisionKind.Subparagraph), (@"letras?|números?", ProvisionKind.Point), (@"anexos?", ProvisionKind.Annex),
        ],
        ExtraNumber = @"\d+(?:\.\d+)*\.?\s?[ªº]",
        DottedPaths = true,
        OfConnector = @"\s*,?\s*(?:del|de\s+la|de\s+los|de\s+las|de)\s+",
        InnerConnector = @"\s*,\s*",
        ListWords = @",\s*y|,\s*o|,|y|e|o|u|al|a|–|—|-",
        RangeWords = new HashSet<string> { "a", "al", "–", "—", "-" },
        ListFiller = @"\s|,|;|\bdel\b|\bde\s+la\b|\bde\b|\bel\b|\bla\b|\blos\b|\blas\b|\ben\b|\basí\s+como\b|\bpárrafos?\b|\b(?:primer|primero|segundo|tercer|tercero|último)\b",
        OrdinalLevel = @"\b(?:el\s+)?(?<ord>primer|primero|segundo|tercer|tercero|cuarto|quinto|último)\s+(?<lvl>párrafo|inciso)\b" +
                       @"|\b(?<lvl>párrafo)\s+(?<ord>primero|segundo|tercero|cuarto|quinto|último)\b",
        ThisAnchor = @"^\s*,?\s*(?:de|del|en)\s+(?:este|esta|el\s+presente|la\s+presente)\s+(?<lvl>artículo|apartado|capítulo|título|sección|anexo)\b",
        ThisAct = @"^\s*,?\s*(?:de|en|por)\s+" + SpanishThis,
        Instrument = SpanishInstrument,
        ActLink = @"\s*,?\s*(?:de\s+la|del|de\s+los|de|en\s+la|en\s+el)\s+",
        BareAct = @"^\s*,?\s*(?<act>(?-i:TFUE|TUE))\b",
        Anaphora = @"^(?:dicha|dicho|la\s+citada|el\s+citado|la\s+mencionada|el\s+mencionado)\s",
        WithRegardTo = @"\b(?:en\s+lo\s+que\s+respecta\s+a|por\s+lo\s+que\s+respecta\s+a|en\s+relación\s+con|con\s+respecto\s+a)\s+(?:la\s+|el\s+)?(?:(?<act>" + SpanishThis + @")|" + SpanishInstrument + @")\s*:",
        AmendedAsFollows = SpanishInstrument + @"\s+(?:se\s+modifica|queda\s+modificad[oa])\s+(?:como\s+sigue|del\s+siguiente\s+modo|en\s+los\s+siguientes\s+términos)",
        Relative = @"\b(?:el|la|los|las|del|al)\s+(?<lvl>apartado|artículo|párrafo|número)s?\s+(?<dir>anteriores?|precedentes?|siguientes?)\b",
        PrecedingWords = "anterior|precedente",
        IntroducesText = @"\s*(?:\w+\s+){0,3}se\s+(?:añade|añaden|inserta|insertan|sustituye|modifica|suprime)|\s*:",
        OrdinalWords = new Dictionary<string, int>
        {
            ["primer"] = 1, ["primero"] = 1, ["primera"] = 1, ["segundo"] = 2, ["segunda"] = 2, ["tercer"] = 3, ["tercero"] = 3, ["tercera"] = 3,
            ["cuarto"] = 4, ["cuarta"] = 4, ["quinto"] = 5, ["quinta"] = 5, ["sexto"] = 6, ["sexta"] = 6, ["séptimo"] = 7, ["séptima"] = 7,
            ["octavo"] = 8, ["octava"] = 8, ["noveno"] = 9, ["novena"] = 9, ["décimo"] = 10, ["décima"] = 10, ["último"] = -1,
        },
        NumberWords = SpanishOrdinals.Split('|'),
        InstrumentTypes = new Dictionary<string, string> { ["directiva"] = "Directive", ["reglamento"] = "Regulation", ["decisión"] = "Decision" },
        InstrumentAliases = new Dictionary<string, string> { ["tfue"] = "TFEU", ["tue"] = "TEU" },
    };
}
