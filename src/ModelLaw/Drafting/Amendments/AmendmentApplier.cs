using ModelLaw.Documents;

namespace ModelLaw.Drafting.Amendments;

/// <summary>
/// Applies an amending act to the text it amends: deletions, replacements, insertions, word replacements and
/// renumbering, in order. An instruction that cannot be applied (target missing, words not found exactly once)
/// raises a <see cref="ModelLawException"/> naming the instruction.
/// </summary>
public sealed class AmendmentApplier
{
    /// <summary>Returns the amended text.</summary>
    public LegalDocument Apply(LegalDocument text, AmendingAct act, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(act);
        var entries = new List<Entry>();
        var builders = new Dictionary<string, ProvisionBuilder>(StringComparer.Ordinal);
        foreach (var unit in UnitSequence.Flatten(text.Root))
        {
            var b = ProvisionBuilder.From(unit.Provision);
            entries.Add(new Entry(unit.EId, b, unit.IsHeader));
            if (unit.IsHeader) builders[unit.EId] = b;
            else MapBuilders(unit.Provision, b, builders);
        }

        foreach (var i in act.Instructions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (i.Operation)
            {
                case AmendmentOperation.Delete:
                    entries.RemoveAt(IndexOf(entries, i.TargetEId, i));
                    break;
                case AmendmentOperation.Replace:
                {
                    var at = IndexOf(entries, i.TargetEId, i);
                    entries[at] = entries[at] with { Builder = ProvisionBuilder.From(Payload(i)), IsHeader = i.NewIsHeader };
                    break;
                }
                case AmendmentOperation.Insert:
                {
                    var at = i.AnchorInstruction is { } n ? IndexOf(entries, Inserted(n), i) + 1
                        : i.TargetEId.Length == 0 ? 0 : IndexOf(entries, i.TargetEId, i) + 1;
                    entries.Insert(at, new Entry(Inserted(i.Number), ProvisionBuilder.From(Payload(i)), i.NewIsHeader));
                    break;
                }
                case AmendmentOperation.ReplaceWords:
                {
                    var b = Builder(builders, i);
                    var oldWords = i.OldWords ?? throw Fail(i, "no words to replace");
                    var count = AmendmentGenerator.Count(b.Content, oldWords);
                    if (count != 1) throw Fail(i, $"the words '{oldWords}' occur {count} times in {i.TargetCitation}");
                    b.Content = AmendmentGenerator.ReplaceOnce(b.Content, oldWords, i.NewWords ?? "");
                    break;
                }
                case AmendmentOperation.ReplaceHeading:
                    Builder(builders, i).Heading = i.NewWords;
                    break;
                case AmendmentOperation.Renumber:
                    entries[IndexOf(entries, i.TargetEId, i)].Builder.Number = i.NewNumber ?? throw Fail(i, "no new number");
                    break;
            }
        }
        var root = UnitSequence.Rebuild(entries.Select(e => (e.Builder.Build(), e.IsHeader)));
        return text with { Root = root };
    }

    private sealed record Entry(string Label, ProvisionBuilder Builder, bool IsHeader);

    private static string Inserted(int instruction) => $"#inserted-{instruction}";

    private static Provision Payload(AmendmentInstruction i) => i.NewProvision ?? throw Fail(i, "no new text");

    private static int IndexOf(List<Entry> entries, string label, AmendmentInstruction i)
    {
        var at = entries.FindIndex(e => e.Label == label);
        return at >= 0 ? at : throw Fail(i, $"{(i.TargetCitation.Length > 0 ? i.TargetCitation : label)} is not in the text (deleted or never there)");
    }

    private static ProvisionBuilder Builder(Dictionary<string, ProvisionBuilder> builders, AmendmentInstruction i) =>
        builders.TryGetValue(i.TargetEId, out var b) ? b : throw Fail(i, $"{i.TargetCitation} is not in the text");

    private static void MapBuilders(Provision p, ProvisionBuilder b, Dictionary<string, ProvisionBuilder> map)
    {
        map[p.EId] = b;
        for (int k = 0; k < p.Children.Length; k++) MapBuilders(p.Children[k], b.Children[k], map);
    }

    private static ModelLawException Fail(AmendmentInstruction i, string why) => new($"amending instruction {i.Number} cannot be applied: {why}");
}
