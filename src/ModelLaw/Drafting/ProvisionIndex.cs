using ModelLaw.Documents;

namespace ModelLaw.Drafting;

/// <summary>Parent links and lookups over an immutable provision tree (the tree itself has no parent pointers).</summary>
internal sealed class ProvisionIndex
{
    private readonly Dictionary<Provision, Provision> _parent = new(ReferenceEqualityComparer.Instance);
    private readonly List<Provision> _all = new();

    public ProvisionIndex(LegalDocument document)
    {
        Document = document;
        var stack = new Stack<Provision>();
        stack.Push(document.Root);
        while (stack.Count > 0)
        {
            var p = stack.Pop();
            _all.Add(p);
            for (int i = p.Children.Length - 1; i >= 0; i--)
            {
                _parent[p.Children[i]] = p;
                stack.Push(p.Children[i]);
            }
        }
    }

    public LegalDocument Document { get; }

    /// <summary>Every provision including the root, in document order.</summary>
    public IReadOnlyList<Provision> All => _all;

    public Provision? Parent(Provision p) => _parent.GetValueOrDefault(p);

    public IEnumerable<Provision> Ancestors(Provision p)
    {
        for (var a = Parent(p); a is not null; a = Parent(a)) yield return a;
    }

    public IEnumerable<Provision> AncestorsAndSelf(Provision p) => Ancestors(p).Prepend(p);

    /// <summary>The nearest provision of the kind at or above <paramref name="p"/>.</summary>
    public Provision? Enclosing(Provision p, ProvisionKind kind) => AncestorsAndSelf(p).FirstOrDefault(a => a.Kind == kind);

    /// <summary>The sibling before <paramref name="p"/> of the same kind, or null.</summary>
    public Provision? PreviousSibling(Provision p)
    {
        var parent = Parent(p);
        if (parent is null) return null;
        Provision? prev = null;
        foreach (var c in parent.Children)
        {
            if (ReferenceEquals(c, p)) return prev;
            if (c.Kind == p.Kind) prev = c;
        }
        return null;
    }

    /// <summary>The sibling just before <paramref name="p"/>, of any kind, or null.</summary>
    public Provision? ImmediatelyBefore(Provision p)
    {
        var parent = Parent(p);
        if (parent is null) return null;
        var i = parent.Children.IndexOf(p, 0, ReferenceEqualityComparer.Instance);
        return i > 0 ? parent.Children[i - 1] : null;
    }

    /// <summary>The sibling after <paramref name="p"/> of the same kind, or null.</summary>
    public Provision? NextSibling(Provision p)
    {
        var parent = Parent(p);
        if (parent is null) return null;
        bool seen = false;
        foreach (var c in parent.Children)
        {
            if (seen && c.Kind == p.Kind) return c;
            if (ReferenceEquals(c, p)) seen = true;
        }
        return null;
    }
}
