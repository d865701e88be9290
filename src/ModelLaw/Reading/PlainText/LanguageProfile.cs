using System.Collections.Immutable;
using ModelLaw.Documents;
using ModelLaw.Reading.PlainText.Numbering;

namespace ModelLaw.Reading.PlainText;

/// <summary>The writing system a language is written in; used to detect the language of a text.</summary>
public enum Script
{
    /// <summary>Latin letters (en, fr, es...).</summary>
    Latin,
    /// <summary>Cyrillic letters (ru...).</summary>
    Cyrillic,
    /// <summary>Arabic letters.</summary>
    Arabic,
    /// <summary>Chinese characters.</summary>
    Han,
}

/// <summary>
/// Everything the plain-text parser knows about one language, as data: heading keywords, ordinal words, inserted-number
/// words ("bis", "ter"), definitions cues, citation vocabulary and the numbering schemes its lists use.
/// Immutable. A new language is a new profile registered on <see cref="TextParserBuilder"/> (or in the service collection
/// as a <see cref="LanguageProfile"/> singleton); no existing code changes.
/// </summary>
public sealed record LanguageProfile
{
    /// <summary>ISO 639-1 code ("en").</summary>
    public required string Code { get; init; }

    /// <summary>English name of the language ("English").</summary>
    public required string Name { get; init; }

    /// <summary>Script of the language.</summary>
    public Script Script { get; init; } = Script.Latin;

    /// <summary>Frequent words used to tell languages of one script apart (lower case).</summary>
    public ImmutableHashSet<string> Stopwords { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>Heading keywords (any case in the text, matched case-insensitively): "Article" → Article, "Глава" → Chapter.</summary>
    public ImmutableDictionary<string, ProvisionKind> HeadingKeywords { get; init; } =
        ImmutableDictionary<string, ProvisionKind>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words and forms that stand for a number in headings: "premier" → 1, "Ier" → 1, "One" → 1, "первая" → 1.</summary>
    public ImmutableDictionary<string, int> OrdinalWords { get; init; } =
        ImmutableDictionary<string, int>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words marking an inserted number after a base number: "bis" → 1, "ter" → 2, "quater" → 3.</summary>
    public ImmutableDictionary<string, int> InsertionWords { get; init; } =
        ImmutableDictionary<string, int>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words in an article heading that make it a definitions article ("Definitions", "Основные понятия").</summary>
    public ImmutableArray<string> DefinitionHeadingCues { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Words that show an entry defines a term ("means", "désigne", "означает").</summary>
    public ImmutableArray<string> DefinitionTextCues { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Numbering schemes of numbered lists, tried in this order when a label is ambiguous and context does not decide.</summary>
    public ImmutableArray<INumberingScheme> ItemSchemes { get; init; } =
        [DecimalScheme.Instance, LetterScheme.LatinLower, RomanScheme.Lower, RomanScheme.Upper, LetterScheme.LatinUpper];

    /// <summary>Extra heading recognisers for forms the keyword rule cannot express (e.g. "第一条"); tried before the keywords.</summary>
    public ImmutableArray<IHeadingMatcher> HeadingMatchers { get; init; } = ImmutableArray<IHeadingMatcher>.Empty;

    /// <summary>
    /// Folds one character before structure is recognised, keeping positions (Arabic-Indic digits → ASCII digits,
    /// full-width brackets → ASCII). Identity by default. The text kept in provisions is the original.
    /// </summary>
    public Func<char, char> FoldChar { get; init; } = static c => c;

    /// <summary>Citation vocabulary of the language ("paragraph", "alinéa", "часть"...).</summary>
    public CitationVocabulary Citations { get; init; } = CitationVocabulary.Empty;

    /// <summary>Words for an ordinal position in citations ("first" → 1, "deuxième" → 2, "второй" → 2).</summary>
    public ImmutableDictionary<string, int> CitationOrdinals { get; init; } =
        ImmutableDictionary<string, int>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Characters that may close a bare list label after its number or letter ("1." "a)" by default; Arabic drafting adds
    /// the hyphen: "1- ", "أ- ").
    /// </summary>
    public string ItemLabelTerminators { get; init; } = ").";

    /// <summary>
    /// Ordinal indicators that may follow "1." in a label ("1.º", "1.ª" in Spanish); such labels form lists of their own,
    /// apart from "1." paragraphs.
    /// </summary>
    public string OrdinalIndicators { get; init; } = "";

    /// <summary>
    /// True when the paragraphs of an article carry no number and are counted by position (Chinese 款): an article with
    /// two or more such paragraphs gets numbered paragraphs 1, 2, 3 (its points stay with the paragraph that announces them).
    /// </summary>
    public bool CountsUnnumberedParagraphs { get; init; }

    /// <summary>
    /// Keywords of common-law section headings ("§", "Sec.", "Section"). When not empty, a text with no article headings is
    /// read in sections: "§ 1501. Purposes", "SECTION 3. TITLE.", and bare numbers as Commonwealth, UK and Canadian acts
    /// print them ("1 Short title", "12.—(1) …", "2 (1) …", "4.01 …"), with the marginal notes before them as headings.
    /// </summary>
    public ImmutableArray<string> SectionKeywords { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Keyword used when writing a heading of this kind back to text ("Article", "Chapitre", "Статья").</summary>
    public ImmutableDictionary<ProvisionKind, string> WritingKeywords { get; init; } = ImmutableDictionary<ProvisionKind, string>.Empty;

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({Name})";
}

/// <summary>Words of human citations in one language, all lower case.</summary>
public sealed record CitationVocabulary
{
    /// <summary>No words.</summary>
    public static CitationVocabulary Empty { get; } = new();

    /// <summary>Words naming a paragraph ("paragraph", "paragraphe", "часть").</summary>
    public ImmutableArray<string> Paragraph { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Words naming a point ("point", "пункт", "подпункт").</summary>
    public ImmutableArray<string> Point { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Words naming an unnumbered subparagraph ("subparagraph", "alinéa", "абзац").</summary>
    public ImmutableArray<string> Subparagraph { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Words naming a sentence ("sentence", "phrase", "предложение").</summary>
    public ImmutableArray<string> Sentence { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Words joining two targets ("and", "et", "и").</summary>
    public ImmutableArray<string> And { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Words of a range ("to", "au", "по").</summary>
    public ImmutableArray<string> To { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Words to ignore ("of", "du", "the").</summary>
    public ImmutableArray<string> Filler { get; init; } = ImmutableArray<string>.Empty;
}

/// <summary>A heading line recognised by an <see cref="IHeadingMatcher"/>.</summary>
/// <param name="Kind">Part, Title, Chapter, Section, Subsection, Article or Annex.</param>
/// <param name="Written">Label and number as written ("Article 5", "第五条").</param>
/// <param name="Value">Normalised number ("5", "10a").</param>
/// <param name="Ordinal">Position, when known.</param>
/// <param name="Heading">Heading text on the same line, or null.</param>
/// <param name="Body">Text of the provision itself on the heading line ("第一条 为了规范…" keeps its first paragraph there), or null.</param>
public sealed record HeadingMatch(ProvisionKind Kind, string Written, string Value, int? Ordinal, string? Heading, string? Body = null)
{
    /// <summary>Footnote, amendment and repeal markers read off the heading line ("[1]", "&lt;*&gt;", "(repealed)"), kept as notes.</summary>
    public ImmutableArray<string> Notes { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>True when the heading line says the provision is repealed ("(repealed)", "[Repealed]", "утратила силу").</summary>
    public bool IsRepealed { get; init; }
}

/// <summary>Recognises heading lines of a form keywords cannot express. Stateless and thread-safe.</summary>
public interface IHeadingMatcher
{
    /// <summary>Tries to read a trimmed line (already folded with <see cref="LanguageProfile.FoldChar"/>) as a heading.</summary>
    bool TryMatch(string line, LanguageProfile profile, out HeadingMatch? match);

    /// <summary>
    /// Tries to read a line given as characters; the parser calls this one, so that a matcher that implements it reads lines
    /// with no string made. By default it makes the string and calls <see cref="TryMatch(string, LanguageProfile, out HeadingMatch?)"/>.
    /// </summary>
    bool TryMatch(ReadOnlySpan<char> line, LanguageProfile profile, out HeadingMatch? match) => TryMatch(line.ToString(), profile, out match);
}
