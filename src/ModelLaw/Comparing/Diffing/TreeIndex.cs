using ModelLaw.Documents;

namespace ModelLaw.Comparing.Diffing;

/// <summary>
/// Positions in one provision tree: each provision's preorder index, the end of its subtree and its parent, looked up
/// by reference. Built once per redline.
/// </summary>
internal sealed class TreeIndex
{
    private readonly Dictionary<Provision, (int Index, int End, Provision? Parent)> _at = new(ReferenceEqualityComparer.Instance);

    public TreeIndex(Provision root) => Visit(root, null, 0);

    private int Visit(Provision p, Provision? parent, int index)
    {
        int next = index + 1;
        foreach (var c in p.Children) next = Visit(c, p, next);
        _at.TryAdd(p, (index, next, parent));
        return next;
    }

    public bool Contains(Provision p) => _at.ContainsKey(p);

    /// <summary>Preorder index (document order) of the provision's own text.</summary>
    public double Key(Provision p) => _at.TryGetValue(p, out var a) ? a.Index : double.MaxValue;

    /// <summary>
    /// Where the provision's wrap-up stands: after its last descendant and before what follows the subtree, a nested
    /// wrap-up before its parent's.
    /// </summary>
    public double WrapUpKey(Provision p)
    {
        if (!_at.TryGetValue(p, out var a)) return double.MaxValue;
        int depth = 0;
        for (var q = a.Parent; q is not null; q = Parent(q)) depth++;
        return a.End - 1 + 1.0 / (2 + depth);
    }

    public Provision? Parent(Provision p) => _at.TryGetValue(p, out var a) ? a.Parent : null;

    /// <summary>True when <paramref name="p"/> is <paramref name="ancestor"/> or lies below it.</summary>
    public bool IsWithin(Provision p, Provision ancestor) =>
        _at.TryGetValue(p, out var a) && _at.TryGetValue(ancestor, out var b) && a.Index >= b.Index && a.Index < b.End;

    /// <summary>Nesting below the nearest division, article or annex (0 for those kinds themselves).</summary>
    public int Depth(Provision p)
    {
        if (IsHeadingKind(p.Kind)) return 0;
        int depth = 0;
        for (var q = Parent(p); q is not null && !IsHeadingKind(q.Kind) && q.Kind != ProvisionKind.Document; q = Parent(q)) depth++;
        return depth;
    }

    /// <summary>The nearest division above the provision, if any.</summary>
    public Provision? Division(Provision p)
    {
        for (var q = Parent(p); q is not null; q = Parent(q))
            if (q.Kind.IsDivision()) return q;
        return null;
    }

    /// <summary>The provision of the same kind just before this one in document order, if any.</summary>
    public Provision? Previous(Provision p, Provision root)
    {
        Provision? previous = null;
        foreach (var q in root.DescendantsAndSelf())
        {
            if (ReferenceEquals(q, p)) return previous;
            if (q.Kind == p.Kind) previous = q;
        }
        return null;
    }

    /// <summary>True when the provision starts a row of a side-by-side view.</summary>
    public bool StartsRow(Provision p) =>
        IsHeadingKind(p.Kind) || Parent(p) is not { } parent || parent.Kind == ProvisionKind.Document || parent.Kind.IsDivision();

    public static bool IsHeadingKind(ProvisionKind kind) =>
        kind.IsDivision() || kind is ProvisionKind.Article or ProvisionKind.Annex;
}
