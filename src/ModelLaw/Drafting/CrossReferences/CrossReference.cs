using System.Collections.Immutable;
using ModelLaw.Documents;

namespace ModelLaw.Drafting.CrossReferences;

/// <summary>Whether a cross-reference points inside the document, outside it, or nowhere.</summary>
public enum ReferenceStatus
{
    /// <summary>An internal reference resolved to one or more provisions.</summary>
    Resolved,
    /// <summary>An internal reference to a provision that does not exist (a dangling reference).</summary>
    Unresolved,
    /// <summary>A reference to another act ("Article 7 of the Model Law", "Article 1 of Directive 73/239/EEC").</summary>
    External,
}

/// <summary>One step of a reference path: a level and a number ("Article" "5").</summary>
/// <param name="Kind">The level named.</param>
/// <param name="Value">The normalised number ("5", "2", "a", "10a").</param>
public sealed record ReferenceStep(ProvisionKind Kind, string Value)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Value}";
}

/// <summary>A cross-reference found in a provision's text.</summary>
public sealed record CrossReference
{
    /// <summary>eId of the provision whose text holds the reference.</summary>
    public required string SourceEId { get; init; }
    /// <summary>Citation of that provision.</summary>
    public required string SourceCitation { get; init; }
    /// <summary>The words as written ("Article 5(2)(a)", "частью 2 настоящей статьи").</summary>
    public required string Text { get; init; }
    /// <summary>Offset of the reference in the provision's own text.</summary>
    public int Offset { get; init; }
    /// <summary>The path referred to, outermost level first.</summary>
    public ImmutableArray<ReferenceStep> Path { get; init; } = ImmutableArray<ReferenceStep>.Empty;
    /// <summary>Whether it resolved, dangles or points to another act.</summary>
    public required ReferenceStatus Status { get; init; }
    /// <summary>The other act as written, for external references ("Directive 2000/12/EC", "the Model Law", "thereof").</summary>
    public string? ExternalAct { get; init; }
    /// <summary>
    /// The other act's name as listed by <see cref="CrossReferenceExtractor.ListInstruments"/> ("Regulation (EU) No 600/2014"), with
    /// "that Directive" and "thereof" read as the instrument last named; null for internal references and for quoted amending
    /// text whose act is not named.
    /// </summary>
    public string? Instrument { get; init; }
    /// <summary>
    /// True when an internal reference was resolved only loosely: a numbered paragraph cited in an article that has
    /// unnumbered subparagraphs ("Article 26(2)" read as the second subparagraph of Article 26).
    /// </summary>
    public bool Loose { get; init; }
    /// <summary>eIds of the provisions referred to (empty unless resolved).</summary>
    public ImmutableArray<string> Targets { get; init; } = ImmutableArray<string>.Empty;
    /// <summary>Where the source provision stands.</summary>
    public SourceSpan? Span { get; init; }
}

/// <summary>An instrument a text cites: how often its provisions are referred to, and how often it is named at all.</summary>
public sealed record CitedInstrument
{
    /// <summary>The same for every spelling and language ("Regulation 600/2014" for "Regulation (EU) No 600/2014" and "règlement (UE) no 600/2014").</summary>
    public required string Key { get; init; }
    /// <summary>The name as the text first writes it ("Regulation (EU) No 600/2014", "TFEU", "the Criminal Code").</summary>
    public required string Name { get; init; }
    /// <summary>References to its provisions, counted as written ("Article 53(2), 59(2)" is one).</summary>
    public required int References { get; init; }
    /// <summary>Times a numbered or well-known instrument is named, with or without a provision; 0 for names without a number.</summary>
    public required int Mentions { get; init; }
}
