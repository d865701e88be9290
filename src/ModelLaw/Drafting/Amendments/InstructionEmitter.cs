using ModelLaw.Documents;
using Node = ModelLaw.Drafting.Amendments.AmendedText.Node;

namespace ModelLaw.Drafting.Amendments;

/// <summary>
/// Writes instructions one at a time against a text being amended: each is worded with the citations of the text as it
/// stands, then applied to it (with the applier's own code), so the next one cites the result.
/// </summary>
internal sealed class InstructionEmitter(AmendedText state, AmendmentWording wording, int firstNumber = 1)
{
    public List<AmendmentInstruction> Instructions { get; } = new();

    public AmendedText State => state;

    public AmendmentWording Wording => wording;

    public int Next => firstNumber + Instructions.Count;

    /// <summary>Takes over instructions worded on a trial copy of part of the text (numbered from <see cref="Next"/>).</summary>
    public void Adopt(IEnumerable<AmendmentInstruction> instructions)
    {
        foreach (var i in instructions) Emit(i);
    }

    private void Emit(AmendmentInstruction i)
    {
        AmendmentApplier.Apply(state, i);
        Instructions.Add(i);
    }

    private AmendmentInstruction On(Node n, AmendmentOperation op, string text) => new()
    {
        Number = Next, Operation = op, TargetEId = n.Label ?? throw new InvalidOperationException("an unlabelled provision cannot be amended"),
        TargetCitation = state.CitationOf(n), Text = text,
    };

    public void Delete(Node n) => Emit(On(n, AmendmentOperation.Delete, wording.Delete(state.PathOf(n))));

    /// <summary>Replaces a provision whole; returns the node now standing in its place.</summary>
    public Node Replace(Node n, Provision p, bool isHeader)
    {
        Emit(On(n, AmendmentOperation.Replace, wording.Replace(state.PathOf(n), Payload.Render(p))) with { NewProvision = p, NewIsHeader = isHeader });
        return state.Find(n.Label!)!;
    }

    public Node Insert(Node? parent, Node? after, Provision p, bool isHeader)
    {
        var place = PlaceOf(parent, after, null);
        var step = new PathStep(p.Kind, p.Number is { } num ? AmendedText.NumberToken(num.Written) : "1", p.Number is not null);
        var i = new AmendmentInstruction
        {
            Number = Next, Operation = AmendmentOperation.Insert, TargetEId = "", TargetCitation = "",
            Text = wording.Insert(place, step, Payload.Render(p)), NewProvision = p, NewIsHeader = isHeader,
        };
        Emit(Anchored(i, parent, after));
        return state.Find(AmendmentApplier.InsertedLabel(i.Number))!;
    }

    public void Move(Node n, Node? parent, Node? after, ProvisionNumber? newNumber)
    {
        var from = DivisionOf(n);
        var place = PlaceOf(parent, after, n);
        var into = parent is null && DivisionAt(after, n) is var d && d != from ? d : null;
        if (into is not null) place = place with { Division = state.PathOf(into) };
        PathStep? renumbered = newNumber is null ? null : new PathStep(n.Kind, AmendedText.NumberToken(newNumber.Written));
        Emit(Anchored(On(n, AmendmentOperation.Move, wording.Move(state.PathOf(n), place, renumbered)) with { NewNumber = newNumber }, parent, after));
    }

    public void ReplaceWords(Node n, string o, string w) =>
        Emit(On(n, AmendmentOperation.ReplaceWords, wording.ReplaceWords(state.PathOf(n), o, w)) with { OldWords = o, NewWords = w });

    public void ReplaceText(Node n, string text) =>
        Emit(On(n, AmendmentOperation.ReplaceText, wording.ReplaceText(state.PathOf(n), text)) with { NewWords = text });

    public void ReplaceHeading(Node n, string? heading) =>
        Emit(On(n, AmendmentOperation.ReplaceHeading, wording.ReplaceHeading(state.PathOf(n), heading)) with { NewWords = heading ?? "" });

    /// <summary>Renumbers several provisions at once (a chain or a run), listed in reading order.</summary>
    public void Renumber(IReadOnlyList<(Node Node, ProvisionNumber Number)> items)
    {
        var ordered = items.OrderBy(x => Position(x.Node)).ToList();
        var groups = AmendmentWording.Group(ordered.Select(x => (state.PathOf(x.Node), x.Node.Number ?? x.Number, x.Number,
            new PathStep(x.Node.Kind, AmendedText.NumberToken(x.Number.Written)))).ToList());
        Emit(new AmendmentInstruction
        {
            Number = Next, Operation = AmendmentOperation.Renumber, TargetEId = ordered[0].Node.Label!, TargetCitation = state.CitationOf(ordered[0].Node),
            Renumberings = [.. ordered.Select(x => new AmendmentRenumbering(x.Node.Label!, state.CitationOf(x.Node), x.Number))],
            Text = wording.Renumber(groups),
        });
    }

    public void Throughout(string o, string n) => Emit(new AmendmentInstruction
    {
        Number = Next, Operation = AmendmentOperation.ReplaceThroughout, TargetEId = "", TargetCitation = "", OldWords = o, NewWords = n,
        Text = wording.Throughout(o, n),
    });

    public void Relabel(ProvisionKind level, LabelForm from, LabelForm to, string oldExample, string newExample) => Emit(new AmendmentInstruction
    {
        Number = Next, Operation = AmendmentOperation.Relabel, TargetEId = "", TargetCitation = "", Level = level,
        OldWords = from.ToString(), NewWords = to.ToString(), Text = wording.Relabel(level, oldExample, newExample),
    });

    private static AmendmentInstruction Anchored(AmendmentInstruction i, Node? parent, Node? after)
    {
        i = i with { ParentEId = parent?.Label ?? "" };
        if (after?.Label is { } label)
            i = label.StartsWith('#') ? i with { AfterInstruction = int.Parse(label.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) } : i with { AfterEId = label };
        return i;
    }

    private Place PlaceOf(Node? parent, Node? after, Node? moving)
    {
        var list = parent?.Children ?? state.Units;
        var before = after is null ? list.FirstOrDefault(x => !ReferenceEquals(x, moving)) : null;
        return new Place(parent is null ? [] : state.PathOf(parent), after is null ? null : state.PathOf(after), after?.IsHeader == true,
            before is null ? null : state.PathOf(before), null);
    }

    private int Position(Node n) => state.SiblingsOf(n).IndexOf(n);

    // the division heading a top-level unit stands under: the nearest heading before it
    private Node? DivisionOf(Node n) => n.Parent is null ? LastHeadingBefore(state.Units.IndexOf(n)) : null;

    private Node? DivisionAt(Node? after, Node moving) =>
        after is null ? null : after.IsHeader ? after : LastHeadingBefore(state.Units.IndexOf(after) + 1, moving);

    private Node? LastHeadingBefore(int index, Node? skip = null)
    {
        for (int k = index - 1; k >= 0; k--)
            if (state.Units[k].IsHeader && !ReferenceEquals(state.Units[k], skip)) return state.Units[k];
        return null;
    }
}
