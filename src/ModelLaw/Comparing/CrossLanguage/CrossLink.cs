using ModelLaw.Documents;

namespace ModelLaw.Comparing.CrossLanguage;

/// <summary>How a cross-language link was made.</summary>
internal enum CrossLinkKind
{
    /// <summary>On the order chain of its list.</summary>
    InOrder,
    /// <summary>Off the chain: the pair is the best of both its provisions.</summary>
    Moved,
    /// <summary>A model unit whose parts went to several national units.</summary>
    Split,
    /// <summary>A model unit with no partner of its own whose parts were found elsewhere.</summary>
    Dispersed,
    /// <summary>Linked because both are the only provision of their kind (preambles) or because their parents are.</summary>
    Structure,
    /// <summary>A model provision with no counterpart.</summary>
    Omitted,
    /// <summary>A national provision with no counterpart.</summary>
    Added,
}

/// <summary>A work link of the cross-language aligner, made immutable by <see cref="CrossLanguageLinkBuilder"/>.</summary>
internal sealed class CrossLink
{
    public CrossLink(CrossLinkKind kind, double score)
    {
        Kind = kind;
        Score = score;
    }

    public CrossLinkKind Kind { get; set; }
    public double Score { get; set; }
    public List<Provision> Model { get; } = new();
    public List<Provision> National { get; } = new();
    public List<CrossLink> Children { get; } = new();

    /// <summary>Position of the link in the model's reading order (the national one for an added provision).</summary>
    public double SortKey { get; set; }

    public static CrossLink Pair(CrossLinkKind kind, double score, Provision model, Provision national)
    {
        var l = new CrossLink(kind, score);
        l.Model.Add(model);
        l.National.Add(national);
        return l;
    }

    public static CrossLink Omitted(Provision model)
    {
        var l = new CrossLink(CrossLinkKind.Omitted, 0);
        l.Model.Add(model);
        return l;
    }

    public static CrossLink Added(Provision national)
    {
        var l = new CrossLink(CrossLinkKind.Added, 0);
        l.National.Add(national);
        return l;
    }
}
