using System.Collections.Immutable;
using ModelLaw.Comparing.Alignment.Assignment;
using ModelLaw.Comparing.Alignment.Facts;
using ModelLaw.Comparing.Alignment.Hierarchy;
using ModelLaw.Comparing.Diffing;
using ModelLaw.Documents;

namespace ModelLaw.Comparing.Alignment.Classification;

/// <summary>
/// The public result of an alignment: the links as a tree (a link holds the links made below its provisions), each
/// with its relation, similarity, evidence and word diff; then the summary and the concordance.
/// </summary>
internal sealed class LinkTree
{
    private readonly AlignmentResult _a;
    private readonly RowLinks _links;
    private readonly RelationClassifier _relations;
    private readonly LinkDiffs _diffs;
    private readonly CancellationToken _ct;
    private readonly Dictionary<int, List<int>> _children = new();
    private readonly AlignmentLink?[] _done;

    public LinkTree(AlignmentResult a, ComparisonFacts facts, RowLinks units, CompareOptions o, WordDiffer differ, CancellationToken ct)
    {
        _a = a;
        _links = LinkClosing.Close(a);
        _relations = new RelationClassifier(a.Input, facts, units);
        _diffs = new LinkDiffs(a.Input, o, differ);
        _ct = ct;
        _done = new AlignmentLink?[_links.Links.Count];
    }

    public sealed record Result(ImmutableArray<AlignmentLink> Links, ComparisonSummary Summary, ImmutableArray<ConcordanceRow> Concordance);

    public Result Build()
    {
        var top = new List<int>();
        for (int i = 0; i < _links.Links.Count; i++)
        {
            int parent = ParentOf(i);
            if (parent < 0) top.Add(i);
            else
            {
                if (!_children.TryGetValue(parent, out var list)) _children[parent] = list = new();
                list.Add(i);
            }
        }
        var links = Order(top).Select(Convert).ToImmutableArray();
        var summaries = new Summaries(_a.Input, _links, i => _done[i], _diffs);
        return new Result(links, summaries.Summary(), summaries.Concordance(SortKey));
    }

    /// <summary>The link of the nearest ancestor (of the first model provision, or of the national one when added) that is another link.</summary>
    private int ParentOf(int i)
    {
        var l = _links.Links[i];
        bool model = !l.ModelRows.IsEmpty;
        var t = model ? _a.Input.Model : _a.Input.National;
        for (int p = t.Parent[model ? l.ModelRows[0] : l.NationalRows[0]]; p >= 0; p = t.Parent[p])
        {
            int pl = model ? _links.OfModel(p) : _links.OfNational(p);
            if (pl >= 0 && pl != i) return pl;
        }
        return -1;
    }

    private IEnumerable<int> Order(List<int> links) =>
        links.OrderBy(SortKey).ThenBy(i => _links.Links[i].NationalRows.IsEmpty ? -1 : _links.Links[i].NationalRows[0]);

    /// <summary>A link sits at its first model provision; an added one right after the model provision linked before it.</summary>
    private double SortKey(int i)
    {
        var l = _links.Links[i];
        if (!l.ModelRows.IsEmpty) return l.ModelRows[0];
        var n = _a.Input.National;
        for (int r = Previous(n, l.NationalRows[0]); r >= 0; r = Previous(n, r))
            if (_links.OfNational(r) is >= 0 and var pl && !_links.Links[pl].ModelRows.IsEmpty) return _links.Links[pl].ModelRows[0] + 0.5;
        return -0.5;
    }

    private static int Previous(Input.UnitTable t, int r)
    {
        int p = t.Parent[r];
        if (p < 0) return -1;
        int previous = p;
        foreach (var c in t.Children(p)) { if (c == r) break; previous = c; }
        return previous;
    }

    private AlignmentLink Convert(int i)
    {
        _ct.ThrowIfCancellationRequested();
        var l = _links.Links[i];
        var relation = _relations.Classify(l);
        var children = _children.TryGetValue(i, out var kids) ? Order(kids).Select(Convert).ToImmutableArray() : ImmutableArray<AlignmentLink>.Empty;
        double similarity = relation switch
        {
            AlignmentRelation.Omitted or AlignmentRelation.Added => 0,
            AlignmentRelation.Identical => 1,
            _ => Math.Clamp(l.Similarity, 0, 1),
        };
        var link = new AlignmentLink
        {
            Level = (l.ModelRows.IsEmpty ? _a.Input.National.Kind[l.NationalRows[0]] : _a.Input.Model.Kind[l.ModelRows[0]]),
            Relation = relation,
            Similarity = Math.Round(similarity, 4),
            Model = l.ModelRows.Select(r => _a.Input.Model.Source[r]).ToImmutableArray(),
            National = l.NationalRows.Select(r => _a.Input.National.Source[r]).ToImmutableArray(),
            Evidence = EvidenceMapper.Of(l, relation),
            Renamed = Rename(l),
            Diff = _diffs.Diff(i, l, relation),
            Children = children,
        };
        _done[i] = link;
        return link;
    }

    private DefinitionRename? Rename(RowLink l)
    {
        if (l.ModelRows.Length != 1 || l.NationalRows.Length != 1) return null;
        var a = _a.Input.Model.DefinedTerm[l.ModelRows[0]];
        var b = _a.Input.National.DefinedTerm[l.NationalRows[0]];
        if (a.Length == 0 || b.Length == 0 || a.AsSpan().SequenceEqual(b)) return null;
        return new DefinitionRename(_a.Input.Model.DefinedTermText(l.ModelRows[0])!, _a.Input.National.DefinedTermText(l.NationalRows[0])!);
    }
}
