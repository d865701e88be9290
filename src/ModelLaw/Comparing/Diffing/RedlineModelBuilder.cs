using System.Collections.Immutable;
using ModelLaw.Documents;

namespace ModelLaw.Comparing.Diffing;

/// <summary>
/// Builds the <see cref="RedlineModel"/> of a comparison in one side's order. Every provision of both texts is shown
/// once, by the link that owns it (the first link that names it); the lines of the side being read follow its document
/// order, whatever the nesting of the links (a provision moved to another chapter stands in its new chapter), and the
/// lines of the other side only (omissions, the old place of a move) stand after the line that precedes them in
/// their own document. With <c>nativeMoves</c>, a moved provision is shown at both ends: its old place with the model's
/// wording, its new place with the national wording. One instance per build.
/// </summary>
internal sealed class RedlineModelBuilder
{
    private readonly Comparison _c;
    private readonly bool _nationalLayout, _nativeMoves, _details;
    private readonly CancellationToken _ct;
    private readonly TreeIndex _model, _national;
    private readonly ProvisionDiffer _differ;
    private readonly ChangeNotes _notes;
    private readonly Dictionary<Provision, AlignmentLink> _modelOwner = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Provision, AlignmentLink> _nationalOwner = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<AlignmentLink, int> _moveOf = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<AlignmentLink> _moveHeads = new(ReferenceEqualityComparer.Instance);

    public RedlineModelBuilder(Comparison comparison, bool nationalLayout, bool nativeMoves, DiffOptions? options = null,
        bool details = false, CancellationToken ct = default)
    {
        _c = comparison;
        _nationalLayout = nationalLayout;
        _nativeMoves = nativeMoves;
        _details = details;
        _ct = ct;
        _model = new TreeIndex(comparison.Model.Root);
        _national = new TreeIndex(comparison.National.Root);
        _differ = new ProvisionDiffer(options ?? DiffOptions.Default, _model, _national, nationalLayout);
        _notes = new ChangeNotes(comparison, _model, _national);
    }

    public static RedlineModel Build(Comparison comparison, bool nationalLayout, bool nativeMoves, DiffOptions? options = null,
        bool details = false, CancellationToken ct = default) =>
        new RedlineModelBuilder(comparison, nationalLayout, nativeMoves, options, details, ct).Build();

    public RedlineModel Build()
    {
        var links = _c.AllLinks().ToList();
        foreach (var l in links)
        {
            foreach (var p in l.Model) _modelOwner.TryAdd(p, l);
            foreach (var p in l.National) _nationalOwner.TryAdd(p, l);
        }
        FindMoves();
        var placed = new List<(PlacedLine Line, int Move)>();
        foreach (var l in links)
        {
            _ct.ThrowIfCancellationRequested();
            var lines = _differ.Lines(l, Owned(l.Model, _modelOwner, l), Owned(l.National, _nationalOwner, l));
            int move = _moveOf.GetValueOrDefault(l);
            bool head = move != 0 && _moveHeads.Contains(l);
            var note = _notes.For(l, _details, movesWithParent: move != 0 && !head);
            for (int i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (i == 0) line = line with { Line = line.Line with { FirstOfLink = true, Note = note } };
                if (move == 0 || !_nativeMoves) { placed.Add((line, move)); continue; }
                // a move at both ends: the old place keeps the model's wording, the new place the national wording
                var from = Keep(line.Line, drop: DiffOperation.Insert) with { Move = MoveEnd.From, MoveId = move, Note = i == 0 && head ? _notes.MovedTo(l) : [] };
                var to = Keep(line.Line, drop: DiffOperation.Delete) with { Move = MoveEnd.To, MoveId = move };
                if (line.ModelKey is not null && !(from.IsEmpty && i > 0)) placed.Add((new PlacedLine(from, line.ModelKey, null), move));
                if (line.NationalKey is not null && !(to.IsEmpty && i > 0)) placed.Add((new PlacedLine(to, null, line.NationalKey), move));
            }
        }
        var language = (_nationalLayout ? _c.National.Language : _c.Model.Language) ?? "";
        return new RedlineModel(Order(placed), _nationalLayout, language);
    }

    /// <summary>The provisions a link shows: those it names and owns, with their descendants that no link names.</summary>
    private static List<Provision> Owned(ImmutableArray<Provision> side, Dictionary<Provision, AlignmentLink> owner, AlignmentLink link)
    {
        var owned = new List<Provision>();
        foreach (var p in side)
            if (owner.TryGetValue(p, out var o) && ReferenceEquals(o, link)) Add(p);
        return owned;

        void Add(Provision p)
        {
            owned.Add(p);
            foreach (var c in p.Children)
                if (!owner.ContainsKey(c)) Add(c);
        }
    }

    /// <summary>Numbers each moved link; links below it whose provisions stay inside it move with it.</summary>
    private void FindMoves()
    {
        int next = 0;
        foreach (var l in _c.AllLinks())
        {
            if (_moveOf.ContainsKey(l) || l.Relation != AlignmentRelation.Moved || l.Model.IsEmpty || l.National.IsEmpty) continue;
            int id = ++next;
            _moveOf[l] = id;
            _moveHeads.Add(l);
            foreach (var d in l.Children.SelectMany(c => c.DescendantsAndSelf()))
                if (!_moveOf.ContainsKey(d)
                    && d.Model.All(m => l.Model.Any(a => _model.IsWithin(m, a)))
                    && d.National.All(n => l.National.Any(a => _national.IsWithin(n, a))))
                    _moveOf[d] = id;
        }
    }

    /// <summary>The line without the runs of the other end of a move.</summary>
    private static RedlineLine Keep(RedlineLine line, DiffOperation drop)
    {
        TextDiff Filter(TextDiff d) => d.Runs.Any(r => r.Operation == drop) ? d with { Runs = d.Runs.Where(r => r.Operation != drop).ToImmutableArray() } : d;
        return line with { Number = Filter(line.Number), Title = Filter(line.Title), Text = Filter(line.Text) };
    }

    /// <summary>
    /// Lines of the side being read in its document order; each line of the other side only right after the line that
    /// precedes it in its own document (a moved line never serves as that anchor: it stands out of order).
    /// </summary>
    private ImmutableArray<RedlineLine> Order(List<(PlacedLine Line, int Move)> placed)
    {
        double? Primary(PlacedLine l) => _nationalLayout ? l.NationalKey : l.ModelKey;
        double? Foreign(PlacedLine l) => _nationalLayout ? l.ModelKey : l.NationalKey;

        var primary = placed.Select((p, i) => (p.Line, p.Move, i)).Where(p => Primary(p.Line) is not null)
            .OrderBy(p => Primary(p.Line)).ThenBy(p => p.i).ToList();
        var attached = new Dictionary<int, List<RedlineLine>>();
        var head = new List<RedlineLine>();
        int anchor = -1;
        foreach (var (line, move, i) in placed.Select((p, i) => (p.Line, p.Move, i)).Where(p => Foreign(p.Line) is not null)
                     .OrderBy(p => Foreign(p.Line)).ThenBy(p => p.i))
        {
            if (Primary(line) is not null) { if (move == 0) anchor = i; continue; }
            if (anchor < 0) head.Add(line.Line);
            else (attached.TryGetValue(anchor, out var list) ? list : attached[anchor] = new()).Add(line.Line);
        }
        var result = ImmutableArray.CreateBuilder<RedlineLine>(placed.Count);
        result.AddRange(head);
        foreach (var (line, _, i) in primary)
        {
            result.Add(line.Line);
            if (attached.TryGetValue(i, out var list)) result.AddRange(list);
        }
        return result.ToImmutable();
    }
}
