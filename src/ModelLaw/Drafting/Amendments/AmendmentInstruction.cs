using System.Collections.Immutable;
using ModelLaw.Documents;

namespace ModelLaw.Drafting.Amendments;

/// <summary>What an amending instruction does.</summary>
public enum AmendmentOperation
{
    /// <summary>A provision is deleted.</summary>
    Delete,
    /// <summary>A provision is replaced by new text.</summary>
    Replace,
    /// <summary>A new provision is inserted after another (or at the beginning).</summary>
    Insert,
    /// <summary>Words of a provision are replaced (or deleted, when the new words are empty).</summary>
    ReplaceWords,
    /// <summary>The heading of a provision is replaced.</summary>
    ReplaceHeading,
    /// <summary>A provision is renumbered.</summary>
    Renumber,
}

/// <summary>
/// One instruction of an amending act. Targets are given by eId and citation in the text being amended; provisions
/// inserted by an earlier instruction are anchored by that instruction's position (<see cref="AnchorInstruction"/>).
/// </summary>
public sealed record AmendmentInstruction
{
    /// <summary>Position of the instruction in the act, from 1.</summary>
    public required int Number { get; init; }
    /// <summary>The operation.</summary>
    public required AmendmentOperation Operation { get; init; }
    /// <summary>eId of the provision amended (for inserts: the provision the new one follows; empty = at the beginning).</summary>
    public required string TargetEId { get; init; }
    /// <summary>Citation of that provision in the text being amended.</summary>
    public required string TargetCitation { get; init; }
    /// <summary>For inserts after a provision that an earlier instruction inserted: that instruction's number.</summary>
    public int? AnchorInstruction { get; init; }
    /// <summary>The new provision (replace, insert); header-only for divisions.</summary>
    public Provision? NewProvision { get; init; }
    /// <summary>True when <see cref="NewProvision"/> is a division heading whose contents follow as separate units.</summary>
    public bool NewIsHeader { get; init; }
    /// <summary>Words replaced (ReplaceWords).</summary>
    public string? OldWords { get; init; }
    /// <summary>New words (ReplaceWords, ReplaceHeading); empty to delete the words.</summary>
    public string? NewWords { get; init; }
    /// <summary>The new number (Renumber).</summary>
    public ProvisionNumber? NewNumber { get; init; }
    /// <summary>The instruction as an amending act writes it, in the act's language.</summary>
    public required string Text { get; init; }
}

/// <summary>An amending act: numbered instructions turning one text into another.</summary>
public sealed record AmendingAct
{
    /// <summary>Language of the wording.</summary>
    public required string Language { get; init; }
    /// <summary>Title of the text amended.</summary>
    public required string AmendedTitle { get; init; }
    /// <summary>The instructions, in the order they apply.</summary>
    public required ImmutableArray<AmendmentInstruction> Instructions { get; init; }

    /// <summary>The whole act as text: an introductory sentence and numbered instructions.</summary>
    public string ToText() => AmendmentWording.For(Language).Render(this);
}
