using System.Collections.Immutable;
using ModelLaw.Comparing;
using ModelLaw.Documents;

namespace ModelLaw.Writing.Docx;

/// <summary>
/// Puts sibling links in the reading order of one side: links with a provision on that side go by its position in
/// that side's document; links without one (omitted when reading the national text, added when reading the model)
/// stay right after the link that preceded them in the comparer's order.
/// </summary>
internal sealed class LinkOrder
{
    private readonly Dictionary<Provision, int> _modelIndex;
    private readonly Dictionary<Provision, int> _nationalIndex;

    public LinkOrder(Comparison comparison)
    {
        _modelIndex = Index(comparison.Model.Root);
        _nationalIndex = Index(comparison.National.Root);
    }

    private static Dictionary<Provision, int> Index(Provision root)
    {
        var d = new Dictionary<Provision, int>(ReferenceEqualityComparer.Instance);
        int i = 0;
        foreach (var p in root.DescendantsAndSelf()) d.TryAdd(p, i++);
        return d;
    }

    public IReadOnlyList<AlignmentLink> Sort(ImmutableArray<AlignmentLink> links, bool nationalSide)
    {
        var keyed = new List<(double Key, int Index, AlignmentLink Link)>(links.Length);
        double previous = -1;
        for (int i = 0; i < links.Length; i++)
        {
            var side = nationalSide ? links[i].National : links[i].Model;
            var index = nationalSide ? _nationalIndex : _modelIndex;
            double key = previous;
            if (!side.IsEmpty && index.TryGetValue(side[0], out var pos)) key = pos;
            keyed.Add((key, i, links[i]));
            previous = key;
        }
        return keyed.OrderBy(k => k.Key).ThenBy(k => k.Index).Select(k => k.Link).ToList();
    }
}
