using System.Text.RegularExpressions;
using ModelLaw.Documents;

namespace ModelLaw.Comparing.Alignment;

/// <summary>Which text a node belongs to.</summary>
internal enum Side
{
    Model,
    National,
}

/// <summary>A provision wrapped for alignment: parent, order, term vectors and its current link.</summary>
internal sealed class Node
{
    public Node(Provision provision, Node? parent, Side side, int order)
    {
        P = provision;
        Parent = parent;
        Side = side;
        Order = order;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    public Provision P { get; }
    public Node? Parent { get; }
    public Side Side { get; }
    public int Order { get; }
    public int Depth { get; }
    public Node[] Children { get; set; } = [];

    private string? _numberKey;

    /// <summary>The comparable form of the provision's number (<see cref="Aligner.NumberKey"/>), or null without a number.</summary>
    public string? NumberKey => P.Number is { } num ? _numberKey ??= Aligner.NumberKey(num.Value) : null;

    /// <summary>True for the article tier: not a division, with only divisions (or the root) above it.</summary>
    public bool IsTier { get; set; }

    /// <summary>The tier node at or above this one; null for divisions and the root.</summary>
    public Node? Tier { get; set; }

    public SparseVector OwnCounts { get; set; } = SparseVector.Empty;
    public SparseVector FullCounts { get; set; } = SparseVector.Empty;
    public SparseVector Full { get; set; } = SparseVector.Empty;
    public SparseVector Heading { get; set; } = SparseVector.Empty;
    public double FullMass { get; set; }
    public int FullWords { get; set; }

    /// <summary>Model article numbers this national node refers to explicitly.</summary>
    public HashSet<string>? ExplicitRefs { get; set; }

    /// <summary>True when the same document says this text again elsewhere (boilerplate): no evidence of where it went.</summary>
    public bool Repeated { get; set; }

    /// <summary>The link holding this node, or null while it is free.</summary>
    public WorkLink? Link { get; set; }

    /// <summary>True when the node's text is covered by the link of an ancestor (its partner had no children).</summary>
    public bool Covered { get; set; }

    public bool IsFree => Link is null && !Covered;

    public bool IsDescendantOf(Node other)
    {
        for (var p = Parent; p is not null; p = p.Parent) if (ReferenceEquals(p, other)) return true;
        return false;
    }

    public override string ToString() => $"{Side}:{P.Citation}";
}

/// <summary>A link under construction.</summary>
internal sealed class WorkLink
{
    public List<Node> M { get; } = new();
    public List<Node> N { get; } = new();
    public double Score { get; set; }
    public double TextSimilarity { get; set; }
    public double HeadingSimilarity { get; set; } = -1;
    public bool SameNumber { get; set; }
    public bool ExplicitReference { get; set; }
    public bool OffChain { get; set; }
    public bool Rescued { get; set; }
    public bool ByContainment { get; set; }
    public bool ByStructure { get; set; }
    public bool Dispersed { get; set; }
    public double Containment { get; set; }
}
