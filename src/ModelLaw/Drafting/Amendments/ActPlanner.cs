using ModelLaw.Documents;
using Node = ModelLaw.Drafting.Amendments.AmendedText.Node;

namespace ModelLaw.Drafting.Amendments;

/// <summary>
/// Decides the instructions, list by list (the top level, then the sub-provisions of each pair) in the order of the new
/// text: what stays is amended in place (renumbered, reworded) or replaced when little of it is left; what is gone is
/// deleted where it stood; what is new is inserted after its predecessor; what stays but out of order is moved (never
/// deleted and inserted again). Before a provision takes a number, the provisions holding it are renumbered or deleted
/// first, so no instruction ever names two provisions at once ("Article 19 is inserted after Article 19").
/// </summary>
internal sealed class ActPlanner(InstructionEmitter emit, AmendmentOptions options, CancellationToken ct)
{
    private readonly HashSet<Node> _toDelete = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Node, ProvisionNumber> _toNumber = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Node, (Provision Target, bool Replace)> _replaceCache = new(ReferenceEqualityComparer.Instance);
    private AmendedText State => emit.State;

    /// <summary>Plans one list: <paramref name="parent"/> null for the top level; <paramref name="match"/> old index → new index.</summary>
    public void ProcessList(Node? parent, List<Node> olds, IReadOnlyList<(Provision P, bool IsHeader)> news, Dictionary<int, int> match)
    {
        var kept = UnitMatcher.InOrder(match);
        var oldOf = match.ToDictionary(kv => kv.Value, kv => kv.Key);
        for (int o = 0; o < olds.Count; o++)
        {
            if (!match.TryGetValue(o, out var n)) _toDelete.Add(olds[o]);
            else if (news[n].P.Number is { } num && !SameNumber(olds[o].Number, num)) _toNumber[olds[o]] = num;
        }
        var keptOrder = kept.Order().ToList();
        DeletePending(olds, 0, keptOrder.Count > 0 ? keptOrder[0] : olds.Count);
        Node? prev = null;
        for (int j = 0; j < news.Count; j++)
        {
            ct.ThrowIfCancellationRequested();
            var (p, isHeader) = news[j];
            if (oldOf.TryGetValue(j, out var o) && kept.Contains(o))
            {
                if (_toNumber.ContainsKey(olds[o]) && !WillReplace(olds[o], p, isHeader)) RenumberRun(olds, news, oldOf, kept, j);
                prev = Amend(olds[o], p, isHeader);
                int next = keptOrder.BinarySearch(o) + 1;
                DeletePending(olds, o + 1, next < keptOrder.Count ? keptOrder[next] : olds.Count);
            }
            else if (oldOf.TryGetValue(j, out o))
            {
                var node = olds[o];
                ProvisionNumber? number = null;
                if (_toNumber.Remove(node, out var target) && !WillReplace(node, p, isHeader))
                {
                    MakeRoom(Scope(parent), node.Kind, target.Value, node);
                    number = target;
                }
                emit.Move(node, parent, prev, number);
                prev = Amend(node, p, isHeader);
            }
            else
            {
                MakeRoom(Scope(parent), p.Kind, p.Number?.Value, null);
                prev = emit.Insert(parent, prev, p, isHeader);
            }
        }
        DeletePending(olds, 0, olds.Count);
    }

    private List<Node> Scope(Node? parent) => parent?.Children ?? State.Units;

    private void DeletePending(List<Node> olds, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (_toDelete.Remove(olds[k])) emit.Delete(olds[k]);
    }

    /// <summary>Amends a provision that stays into its new form; returns the node that now stands for it.</summary>
    private Node Amend(Node node, Provision target, bool isHeader)
    {
        if (WillReplace(node, target, isHeader))
        {
            _toNumber.Remove(node);
            MakeRoom(State.SiblingsOf(node), node.Kind, target.Number?.Value, node);
            return emit.Replace(node, target, isHeader);
        }
        if (_toNumber.Remove(node, out var number)) Renumber([(node, number)], exclude: node);
        if (node.Parent is null && !isHeader) return AmendUnit(node, target);
        return AmendInPlace(node, target, isHeader);
    }

    /// <summary>
    /// An article amended by many instructions reads worse than the article replaced: the instructions are tried on a copy
    /// first, and the article is replaced when they are more than two plus half its provisions.
    /// </summary>
    private Node AmendUnit(Node node, Provision target)
    {
        var trial = new InstructionEmitter(AmendedText.TrialOf(node), emit.Wording, emit.Next);
        var unit = trial.State.Units[0];
        new ActPlanner(trial, options, ct).AmendInPlace(unit, target, isHeader: false);
        int size = Math.Min(node.DescendantsAndSelf().Count(), target.DescendantsAndSelf().Count());
        if (trial.Instructions.Count > 2 + size / 2) return emit.Replace(node, target, isHeader: false);
        emit.Adopt(trial.Instructions);
        return State.Find(node.Label!)!;
    }

    private Node AmendInPlace(Node node, Provision target, bool isHeader)
    {
        var words = node.Content == target.Content ? []
            : WordReplacements.Replacements(node.Content, target.Content, options.MaxWordEditsPerProvision, options.MaxChangedShare);
        bool leaf = !isHeader && node.Children.Count == 0 && target.Children.Length == 0;
        if (words is null && leaf) return emit.Replace(node, target, isHeader);
        if (node.Heading != target.Heading) emit.ReplaceHeading(node, target.Heading);
        if (words is null) emit.ReplaceText(node, target.Content);
        else foreach (var (o, n) in words) emit.ReplaceWords(node, o, n);
        if (!isHeader)
        {
            var olds = node.Children.ToList();
            var pairs = UnitMatcher.Children(olds.Select(c => c.ToProvision()).ToList(), target.Children);
            ProcessList(node, olds, target.Children.Select(c => (c, false)).ToList(), pairs.ToDictionary(x => x.Old, x => x.New));
        }
        return node;
    }

    /// <summary>Replaced whole when it changes kind, tags, closing words or presence of a number, or keeps too few of its words.</summary>
    private bool WillReplace(Node node, Provision target, bool isHeader)
    {
        // asked again for the same pair while planning its list (runs of renumbering, then the amendment itself)
        if (_replaceCache.TryGetValue(node, out var cached) && ReferenceEquals(cached.Target, target)) return cached.Replace;
        var replace = DecideReplace(node, target, isHeader);
        _replaceCache[node] = (target, replace);
        return replace;
    }

    private bool DecideReplace(Node node, Provision target, bool isHeader)
    {
        if (node.Kind != target.Kind || node.IsHeader != isHeader || !node.Tags.SequenceEqual(target.Tags) || node.WrapUp != target.WrapUp) return true;
        if ((node.Number is null) != (target.Number is null)) return true;
        if (isHeader) return false;
        var current = node.ToProvision();
        if (current.Equals(target)) return false;
        return WordReplacements.Similarity(TextOf(current), TextOf(target)) < 1 - options.MaxChangedShare;
    }

    private static string TextOf(Provision p) => string.Join("\n", p.DescendantsAndSelf().Select(x => $"{x.Number?.Written} {x.Heading} {x.Content} {x.WrapUp}"));

    /// <summary>
    /// Renumbers the provision at <paramref name="j"/> with the provisions after it that shift the same way, in one
    /// instruction ("Articles 27 to 29 are renumbered Articles 26 to 28").
    /// </summary>
    private void RenumberRun(List<Node> olds, IReadOnlyList<(Provision P, bool IsHeader)> news, Dictionary<int, int> oldOf, HashSet<int> kept, int j)
    {
        var first = olds[oldOf[j]];
        var run = new List<(Node, ProvisionNumber)> { (first, _toNumber[first]) };
        int? shift = first.Number?.Ordinal is { } a && _toNumber[first].Ordinal is { } b ? b - a : null;
        for (int k = j + 1; shift is not null && k < news.Count && oldOf.TryGetValue(k, out var o) && kept.Contains(o); k++)
        {
            var node = olds[o];
            if (!_toNumber.TryGetValue(node, out var t) || node.Kind != first.Kind || node.Number?.Ordinal is not { } x || t.Ordinal != x + shift
                || run[^1].Item1.Number?.Ordinal + 1 != x || WillReplace(node, news[k].P, news[k].IsHeader)) break;
            run.Add((node, t));
        }
        foreach (var (node, _) in run) _toNumber.Remove(node);
        Renumber(run, exclude: null);
    }

    /// <summary>Renumbers <paramref name="items"/> and, first or with them, whatever holds the numbers they take.</summary>
    private void Renumber(List<(Node Node, ProvisionNumber Number)> items, Node? exclude)
    {
        var members = new HashSet<Node>(items.Select(i => i.Node), ReferenceEqualityComparer.Instance);
        if (exclude is not null) members.Add(exclude);
        var chain = new List<(Node, ProvisionNumber)>(items);
        foreach (var (node, number) in items) Chain(State.SiblingsOf(node), node.Kind, number.Value, members, chain);
        emit.Renumber(chain);
    }

    /// <summary>Frees a number before a provision takes it (insert, move, replace): its holder is deleted or renumbered first.</summary>
    private void MakeRoom(List<Node> scope, ProvisionKind kind, string? value, Node? self)
    {
        var members = new HashSet<Node>(ReferenceEqualityComparer.Instance);
        if (self is not null) members.Add(self);
        var chain = new List<(Node, ProvisionNumber)>();
        Chain(scope, kind, value, members, chain);
        if (chain.Count > 0) emit.Renumber(chain);
    }

    // follows the holders of a number: a holder to delete is deleted now; one to renumber joins the chain and its own new number is freed next
    private void Chain(List<Node> scope, ProvisionKind kind, string? value, HashSet<Node> members, List<(Node, ProvisionNumber)> chain)
    {
        while (value is not null)
        {
            var holder = scope.FirstOrDefault(x => x.Kind == kind && x.Number?.Value == value && !members.Contains(x));
            if (holder is null) return;
            if (_toDelete.Remove(holder)) { emit.Delete(holder); return; }
            if (!_toNumber.Remove(holder, out var next)) return;
            members.Add(holder);
            chain.Add((holder, next));
            value = next.Value;
        }
    }

    private static bool SameNumber(ProvisionNumber? a, ProvisionNumber b) => a is not null && a.Written == b.Written && a.Value == b.Value;
}
