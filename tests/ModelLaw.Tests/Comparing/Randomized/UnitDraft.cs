using ModelLaw.Documents;

namespace ModelLaw.Tests.Comparing.Randomized;

/// <summary>Where a child of a national unit came from: a model unit and one of its children (null: the whole unit, wrapped).</summary>
/// <param name="Unit">The model unit.</param>
/// <param name="Child">The model child, or null when the whole model unit became this child (a merge).</param>
internal sealed record PartOrigin(Provision Unit, Provision? Child);

/// <summary>
/// A national unit being made: its builder, and beside each of its children the model provision it came from, so the
/// ground truth is known by construction whatever is done to it.
/// </summary>
internal sealed class UnitDraft
{
    private UnitDraft(ProvisionBuilder unit, Provision? source, IReadOnlyList<Provision> containers)
    {
        Unit = unit;
        Source = source;
        Containers = containers;
    }

    /// <summary>The national unit (number, heading, own text, children).</summary>
    public ProvisionBuilder Unit { get; }

    /// <summary>The model unit whose own text (intro, wrap-up) this unit carries; null for an inserted unit.</summary>
    public Provision? Source { get; }

    /// <summary>The model divisions (outermost first) this unit sits in.</summary>
    public IReadOnlyList<Provision> Containers { get; set; }

    /// <summary>The origin of each child of <see cref="Unit"/>, index for index; null for a child with no model counterpart.</summary>
    public List<PartOrigin?> Origins { get; } = new();

    /// <summary>True while the unit stands where its model unit stood (under insertion numbering it keeps its number).</summary>
    public bool InPlace { get; set; } = true;

    /// <summary>True when children were added, removed or reordered (they are renumbered).</summary>
    public bool ChildrenChanged { get; set; }

    /// <summary>What was done to this unit.</summary>
    public SortedSet<MutationKind> Kinds { get; } = new();

    /// <summary>True when the unit came from no model unit (an inserted one).</summary>
    public bool IsAdded => Source is null && Origins.All(o => o is null);

    /// <summary>A draft copying a model unit as it is.</summary>
    public static UnitDraft FromModel(Provision unit, IReadOnlyList<Provision> containers)
    {
        var d = new UnitDraft(ProvisionBuilder.From(unit), unit, containers);
        foreach (var c in unit.Children) d.Origins.Add(new PartOrigin(unit, c));
        return d;
    }

    /// <summary>A draft of a unit with no model counterpart (taken from another law).</summary>
    public static UnitDraft Inserted(ProvisionBuilder unit, IReadOnlyList<Provision> containers)
    {
        var d = new UnitDraft(unit, null, containers) { InPlace = false };
        foreach (var _ in unit.Children) d.Origins.Add(null);
        d.Kinds.Add(MutationKind.Insert);
        return d;
    }

    /// <summary>A new, empty unit of the same kind carrying a piece of <paramref name="source"/> (a split-off piece).</summary>
    public static UnitDraft PieceOf(UnitDraft source)
    {
        var unit = new ProvisionBuilder(source.Unit.Kind) { Number = source.Unit.Number };
        return new UnitDraft(unit, source.Source, source.Containers) { InPlace = false, ChildrenChanged = true };
    }

    /// <summary>Appends a child with its origin.</summary>
    public void Add(ProvisionBuilder child, PartOrigin? origin)
    {
        Unit.Children.Add(child);
        Origins.Add(origin);
    }

    /// <summary>Removes the children from <paramref name="start"/> on and returns them with their origins.</summary>
    public List<(ProvisionBuilder Child, PartOrigin? Origin)> TakeFrom(int start)
    {
        var taken = new List<(ProvisionBuilder, PartOrigin?)>();
        for (int i = start; i < Unit.Children.Count; i++) taken.Add((Unit.Children[i], Origins[i]));
        Unit.Children.RemoveRange(start, Unit.Children.Count - start);
        Origins.RemoveRange(start, Origins.Count - start);
        ChildrenChanged = true;
        return taken;
    }

    /// <summary>Removes the child at <paramref name="index"/> and returns it with its origin.</summary>
    public (ProvisionBuilder Child, PartOrigin? Origin) TakeAt(int index)
    {
        var taken = (Unit.Children[index], Origins[index]);
        Unit.Children.RemoveAt(index);
        Origins.RemoveAt(index);
        ChildrenChanged = true;
        return taken;
    }

    /// <summary>The kind every child shares, or null when the children differ in kind or there are none.</summary>
    public ProvisionKind? UniformChildKind =>
        Unit.Children.Count > 0 && Unit.Children.All(c => c.Kind == Unit.Children[0].Kind) ? Unit.Children[0].Kind : null;
}
