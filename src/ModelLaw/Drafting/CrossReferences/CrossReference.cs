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
    /// <summary>The other act named, for external references ("Directive 2000/12/EC", "the Model Law").</summary>
    public string? ExternalAct { get; init; }
    /// <summary>eIds of the provisions referred to (empty unless resolved).</summary>
    public ImmutableArray<string> Targets { get; init; } = ImmutableArray<string>.Empty;
    /// <summary>Where the source provision stands.</summary>
    public SourceSpan? Span { get; init; }
}
