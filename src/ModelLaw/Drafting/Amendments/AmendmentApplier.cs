using ModelLaw.Documents;

namespace ModelLaw.Drafting.Amendments;

/// <summary>An amending instruction cannot be applied to the text given (its target is missing, its words are not found exactly once...).</summary>
public sealed class AmendmentNotApplicableException(string message, int instruction)
    : ModelLawException(message)
{
    /// <summary>The number of the instruction that failed (0 when the act as a whole does not fit the text).</summary>
    public int Instruction { get; } = instruction;
}

/// <summary>
/// Applies an amending act to the text it amends, instruction by instruction. An instruction that cannot be applied
/// raises an <see cref="AmendmentNotApplicableException"/> naming it; so does an act made for another text
/// (<see cref="AmendingAct.AmendedTextHash"/>). Stateless and thread-safe.
/// </summary>
public sealed class AmendmentApplier
{
    /// <summary>Returns the amended text: the same document with the provision tree the act describes.</summary>
    public LegalDocument Apply(LegalDocument text, AmendingAct act, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(act);
        if (act.AmendedTextHash is { } hash && !string.Equals(hash, AmendingAct.HashOf(text), StringComparison.OrdinalIgnoreCase))
            throw new AmendmentNotApplicableException(
                $"the amending act was made for another text (hash {hash}, this text {AmendingAct.HashOf(text)}): its instructions name that text's provisions", 0);
        var state = new AmendedText(text.Root);
        foreach (var i in act.Instructions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Apply(state, i);
        }
        return text with { Root = state.Build() };
    }

    /// <summary>Applies one instruction to a text being amended (the generator simulates the act with the same code).</summary>
    internal static void Apply(AmendedText state, AmendmentInstruction i)
    {
        switch (i.Operation)
        {
            case AmendmentOperation.Delete:
                state.Remove(Target(state, i));
                break;
            case AmendmentOperation.Replace:
            {
                var node = Target(state, i);
                var payload = Payload(i);
                if (payload.Kind != node.Kind && node.Parent is not null) throw Fail(i, $"a {node.Kind} cannot be replaced by a {payload.Kind}");
                var list = state.SiblingsOf(node);
                int at = list.IndexOf(node);
                state.Remove(node);
                // the provision keeps its label (later instructions may follow it), its old sub-provisions are gone
                var fresh = state.Create(payload, i.NewIsHeader, label: node.Label, labelDescendants: false);
                list.Insert(at, fresh);
                fresh.Parent = node.Parent;
                break;
            }
            case AmendmentOperation.Insert:
            {
                var fresh = state.Create(Payload(i), i.NewIsHeader, label: InsertedLabel(i.Number), labelDescendants: false);
                Place(state, i, fresh);
                break;
            }
            case AmendmentOperation.Move:
            {
                var node = Target(state, i);
                state.SiblingsOf(node).Remove(node);
                if (i.NewNumber is { } n) node.Number = n;
                Place(state, i, node);
                break;
            }
            case AmendmentOperation.ReplaceWords:
            {
                var node = Target(state, i);
                var oldWords = i.OldWords is { Length: > 0 } o ? o : throw Fail(i, "no words to replace");
                var count = WordReplacements.Count(node.Content, oldWords);
                if (count != 1) throw Fail(i, $"the words '{oldWords}' occur {count} times in {i.TargetCitation}, not once");
                node.Content = WordReplacements.ReplaceOnce(node.Content, oldWords, i.NewWords ?? "");
                break;
            }
            case AmendmentOperation.ReplaceText:
                Target(state, i).Content = i.NewWords ?? "";
                break;
            case AmendmentOperation.ReplaceHeading:
                Target(state, i).Heading = string.IsNullOrEmpty(i.NewWords) ? null : i.NewWords;
                break;
            case AmendmentOperation.Renumber:
                if (i.Renumberings.IsDefaultOrEmpty) throw Fail(i, "no provision to renumber");
                // all at once: look every target up before changing any number
                foreach (var (node, number) in i.Renumberings.Select(r => (Find(state, r.EId, r.Citation, i), r.NewNumber)).ToList()) node.Number = number;
                break;
            case AmendmentOperation.ReplaceThroughout:
                GlobalEdits.ReplaceThroughout(state, i.OldWords is { Length: > 0 } w ? w : throw Fail(i, "no words to replace"), i.NewWords ?? "");
                break;
            case AmendmentOperation.Relabel:
                GlobalEdits.Relabel(state, i.Level ?? throw Fail(i, "no level"), LabelForm.Parse(i.OldWords) ?? throw Fail(i, "no old form"),
                    LabelForm.Parse(i.NewWords) ?? throw Fail(i, "no new form"));
                break;
            default:
                throw Fail(i, $"unknown operation {i.Operation}");
        }
    }

    internal static string InsertedLabel(int instruction) => $"#{instruction}";

    private static void Place(AmendedText state, AmendmentInstruction i, AmendedText.Node node)
    {
        var list = state.ListOf(i.ParentEId) ?? throw Fail(i, $"the provision {i.ParentEId} that should contain it is not in the text");
        var parent = i.ParentEId.Length == 0 ? null : state.Find(i.ParentEId);
        AmendedText.Node? after = null;
        if (i.AfterInstruction is { } k) after = state.Find(InsertedLabel(k)) ?? throw Fail(i, $"the provision inserted by instruction {k} is not in the text");
        else if (i.AfterEId is { } a) after = state.Find(a) ?? throw Fail(i, $"the provision {a} it should follow is not in the text");
        if (after is not null && !ReferenceEquals(state.SiblingsOf(after), list)) throw Fail(i, "the provision it should follow is not in the same container");
        state.Place(node, list, parent, after);
    }

    private static AmendedText.Node Target(AmendedText state, AmendmentInstruction i) => Find(state, i.TargetEId, i.TargetCitation, i);

    private static AmendedText.Node Find(AmendedText state, string eId, string citation, AmendmentInstruction i) =>
        state.Find(eId) ?? throw Fail(i, $"{(citation.Length > 0 ? citation : eId)} is not in the text (deleted, replaced or never there)");

    private static Provision Payload(AmendmentInstruction i) => i.NewProvision ?? throw Fail(i, "no new text");

    private static AmendmentNotApplicableException Fail(AmendmentInstruction i, string why) =>
        new($"amending instruction {i.Number} cannot be applied: {why}", i.Number);
}
