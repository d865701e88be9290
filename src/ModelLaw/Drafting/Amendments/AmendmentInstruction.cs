using System.Collections.Immutable;
using ModelLaw.Documents;

namespace ModelLaw.Drafting.Amendments;

/// <summary>What an amending instruction does.</summary>
public enum AmendmentOperation
{
    /// <summary>A provision is deleted.</summary>
    Delete,
    /// <summary>A provision is replaced whole (number, heading, text and everything below it).</summary>
    Replace,
    /// <summary>A new provision is inserted after another, or at the beginning of its container.</summary>
    Insert,
    /// <summary>Words of a provision's own text are replaced (or deleted, when the new words are empty); they occur exactly once there.</summary>
    ReplaceWords,
    /// <summary>The heading of a provision is replaced (or removed, when the new words are empty).</summary>
    ReplaceHeading,
    /// <summary>One or more provisions are renumbered, all at once (<see cref="AmendmentInstruction.Renumberings"/>).</summary>
    Renumber,
    /// <summary>A provision is moved after another (or to the beginning of its container), and renumbered when <see cref="AmendmentInstruction.NewNumber"/> is set.</summary>
    Move,
    /// <summary>The whole own text of a provision (its introductory words, for a provision with sub-provisions) is replaced.</summary>
    ReplaceText,
    /// <summary>Throughout the text, every occurrence of the words as whole words (in texts and headings) is replaced.</summary>
    ReplaceThroughout,
    /// <summary>Throughout the text, the numbers of one level written in one form are written in another ("1." → "(1)").</summary>
    Relabel,
}

/// <summary>One provision renumbered by a <see cref="AmendmentOperation.Renumber"/> instruction.</summary>
/// <param name="EId">eId of the provision in the text being amended.</param>
/// <param name="Citation">Its citation when the instruction applies.</param>
/// <param name="NewNumber">Its new number.</param>
public sealed record AmendmentRenumbering(string EId, string Citation, ProvisionNumber NewNumber);

/// <summary>
/// One instruction of an amending act. Provisions of the text being amended are named by their eId in that text, whatever
/// earlier instructions did to them; a provision inserted by an earlier instruction is named by that instruction's number.
/// Citations and the wording name provisions as the text stands when the instruction applies (earlier renumbering included),
/// so an act reads in order, as the amended text will.
/// </summary>
public sealed record AmendmentInstruction
{
    /// <summary>Position of the instruction in the act, from 1.</summary>
    public required int Number { get; init; }
    /// <summary>The operation.</summary>
    public required AmendmentOperation Operation { get; init; }
    /// <summary>eId of the provision acted on; empty for inserts and for instructions on the whole text.</summary>
    public required string TargetEId { get; init; }
    /// <summary>Citation of that provision when the instruction applies ("Article 3(2)"); empty when there is no target.</summary>
    public required string TargetCitation { get; init; }
    /// <summary>
    /// Insert, Move: eId of the provision that contains the new place; empty for the top level of the text (divisions headings
    /// and articles, in reading order).
    /// </summary>
    public string ParentEId { get; init; } = "";
    /// <summary>Insert, Move: eId of the provision the new place follows; null with no <see cref="AfterInstruction"/> = at the beginning of the parent.</summary>
    public string? AfterEId { get; init; }
    /// <summary>Insert, Move: the number of the earlier Insert instruction whose provision the new place follows.</summary>
    public int? AfterInstruction { get; init; }
    /// <summary>Replace, Insert: the new provision; for a division heading (<see cref="NewIsHeader"/>) without its contents.</summary>
    public Provision? NewProvision { get; init; }
    /// <summary>True when <see cref="NewProvision"/> is a division heading whose contents follow as separate units.</summary>
    public bool NewIsHeader { get; init; }
    /// <summary>ReplaceWords, ReplaceThroughout: the words replaced. Relabel: the old form of the numbers, the first number in braces ("{1}.", "({a})").</summary>
    public string? OldWords { get; init; }
    /// <summary>ReplaceWords, ReplaceThroughout, ReplaceText, ReplaceHeading: the new words (empty to delete). Relabel: the new form ("({1})").</summary>
    public string? NewWords { get; init; }
    /// <summary>Move: the new number, when the provision is renumbered as it moves.</summary>
    public ProvisionNumber? NewNumber { get; init; }
    /// <summary>Renumber: the provisions renumbered, all at once.</summary>
    public ImmutableArray<AmendmentRenumbering> Renumberings { get; init; } = ImmutableArray<AmendmentRenumbering>.Empty;
    /// <summary>Relabel: the level whose numbers change form.</summary>
    public ProvisionKind? Level { get; init; }
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
    /// <summary>
    /// <see cref="Provision.ContentHash"/> of the root of the text amended, as 16 hexadecimal digits, when known: the applier
    /// refuses a text with another hash, since the instructions name its provisions.
    /// </summary>
    public string? AmendedTextHash { get; init; }
    /// <summary>The instructions, in the order they apply.</summary>
    public required ImmutableArray<AmendmentInstruction> Instructions { get; init; }

    /// <summary>The whole act as text: an introductory sentence and numbered instructions.</summary>
    public string ToText() => AmendmentWording.For(Language).Render(this);

    /// <summary>The hash written in <see cref="AmendedTextHash"/> for a text.</summary>
    public static string HashOf(LegalDocument text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Root.ContentHash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
