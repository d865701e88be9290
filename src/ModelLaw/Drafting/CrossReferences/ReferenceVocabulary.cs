using ModelLaw.Documents;

namespace ModelLaw.Drafting.CrossReferences;

/// <summary>
/// The words one language uses to cite provisions and instruments. Data only: adding a language is a new instance
/// (one file each, <c>ReferenceVocabulary.English.cs</c>, ...), not new code. Patterns are fragments of .NET regular
/// expressions, combined by <see cref="CompiledVocabulary"/>; all are matched case-insensitively unless they say
/// <c>(?-i:...)</c>.
/// </summary>
internal sealed partial record ReferenceVocabulary
{
    public required string Language { get; init; }

    /// <summary>Level words (alternation fragments) and the level each names.</summary>
    public required IReadOnlyList<(string Pattern, ProvisionKind Kind)> Levels { get; init; }

    /// <summary>True when the number stands before the level word ("第五条"): segments are number then level.</summary>
    public bool NumberFirst { get; init; }

    /// <summary>Extra forms of a cited number beyond digits, letters and roman numerals (ordinal words, "149.1.18.ª").</summary>
    public string? ExtraNumber { get; init; }

    /// <summary>Between two segments when the second is the outer level: "of", "de la", genitive space in Russian.</summary>
    public required string OfConnector { get; init; }

    /// <summary>Between two segments when the second is the inner level: ", " ("Article 5, paragraph 2").</summary>
    public required string InnerConnector { get; init; }

    /// <summary>List and range words between numbers ("and", "to", "à", "и", "по").</summary>
    public required string ListWords { get; init; }

    /// <summary>Range words among <see cref="ListWords"/>.</summary>
    public required IReadOnlySet<string> RangeWords { get; init; }

    /// <summary>
    /// Words that may stand between two references of one coordinated list besides <see cref="ListWords"/>
    /// ("the first sentence of", "in"); a qualifier after the list binds all its members.
    /// </summary>
    public required string ListFiller { get; init; }

    /// <summary>An unnumbered level cited by ordinal: groups "ord" and "lvl" ("the first subparagraph", "premier alinéa").</summary>
    public string? OrdinalLevel { get; init; }

    /// <summary>After a reference: "of this Article" style anchors; group "lvl" names the level.</summary>
    public required string ThisAnchor { get; init; }

    /// <summary>After a reference: "of this Law" (internal, whole act).</summary>
    public required string ThisAct { get; init; }

    /// <summary>The name of an instrument, with group "act" somewhere inside or around it (used after "of" and in scopes).</summary>
    public required string Instrument { get; init; }

    /// <summary>After a reference: the words that introduce an instrument ("of", "in", "de la", "из"); may be empty (Russian genitive).</summary>
    public required string ActLink { get; init; }

    /// <summary>After a reference, an instrument named without a link word ("Article 258 TFEU"); group "act".</summary>
    public string? BareAct { get; init; }

    /// <summary>Before a reference (languages that name the act first: "《网络安全法》第二十一条", "本法第五条"): groups "act", "this" or "anchor".</summary>
    public string? Before { get; init; }

    /// <summary>Words that name the instrument last mentioned ("that Directive", "thereof", "dudit règlement").</summary>
    public required string Anaphora { get; init; }

    /// <summary>Opens an instrument scope up to the end of the provision: "with regard to Regulation X:"; group "act".</summary>
    public required string WithRegardTo { get; init; }

    /// <summary>Opens an amending scope up to the end of the provision and its sub-provisions: "Directive X is amended as follows:"; group "act".</summary>
    public required string AmendedAsFollows { get; init; }

    /// <summary>A relative reference ("the preceding paragraph"); groups "dir" (preceding/following) and "lvl".</summary>
    public required string Relative { get; init; }

    /// <summary>Words of <see cref="Relative"/> meaning "preceding".</summary>
    public required string PrecedingWords { get; init; }

    /// <summary>After a relative reference: words showing it introduces new text ("the following point is added:").</summary>
    public required string IntroducesText { get; init; }

    /// <summary>Ordinal words used as numbers ("premier" → 1, "first" → 1, "segundo" → 2).</summary>
    public IReadOnlyDictionary<string, int> OrdinalWords { get; init; } = new Dictionary<string, int>();

    /// <summary>Ordinal words that may stand as the number after a level word ("article premier", "Capítulo segundo").</summary>
    public IReadOnlyList<string> NumberWords { get; init; } = [];

    /// <summary>True when a dotted number is a path ("artículo 149.1.18.ª" → article 149, paragraph 1, point 18), not one inserted number ("статья 5.1").</summary>
    public bool DottedPaths { get; init; }

    /// <summary>Type words of instruments mapped to one canonical word across languages ("règlement" → "regulation").</summary>
    public IReadOnlyDictionary<string, string> InstrumentTypes { get; init; } = new Dictionary<string, string>();

    /// <summary>Whole instrument names with a conventional short name ("Treaty on the Functioning of the European Union" → "TFEU").</summary>
    public IReadOnlyDictionary<string, string> InstrumentAliases { get; init; } = new Dictionary<string, string>();

    public static ReferenceVocabulary For(string language) => language switch
    {
        "fr" => French,
        "ru" => Russian,
        "es" => Spanish,
        "ar" => Arabic,
        "zh" => Chinese,
        _ => English,
    };

    public static IReadOnlyList<ReferenceVocabulary> All => [English, French, Russian, Spanish, Arabic, Chinese];
}
