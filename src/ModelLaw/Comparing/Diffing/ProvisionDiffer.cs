using System.Collections.Immutable;
using ModelLaw.Documents;

namespace ModelLaw.Comparing.Diffing;

/// <summary>A line with where it stands in each document (null on a side it does not exist on).</summary>
internal sealed record PlacedLine(RedlineLine Line, double? ModelKey, double? NationalKey);

/// <summary>
/// The lines of one link: number, title, text and wrap-up diffs of the provisions it owns. Sides with as many
/// provisions as each other are paired in order (the comparer did not descend into equal or near-equal subtrees);
/// otherwise (splits, merges, a text restructured below the link) the texts are diffed as one and the runs cut back
/// per provision of the side being read, so text that travelled reads as kept. The comparer's own diff is reused
/// whenever it was made on the same texts. One instance per redline.
/// </summary>
internal sealed class ProvisionDiffer
{
    private readonly WordDiffer _differ = WordDiffer.Instance;
    private readonly DiffOptions _o;
    private readonly TreeIndex _model, _national;
    private readonly bool _nationalLayout;

    public ProvisionDiffer(DiffOptions options, TreeIndex model, TreeIndex national, bool nationalLayout)
    {
        _o = options;
        _model = model;
        _national = national;
        _nationalLayout = nationalLayout;
    }

    public List<PlacedLine> Lines(AlignmentLink link, IReadOnlyList<Provision> model, IReadOnlyList<Provision> national)
    {
        var lines = new List<PlacedLine>();
        if (national.Count == 0)
            foreach (var m in model) OneSided(link, m, DiffOperation.Delete, lines);
        else if (model.Count == 0)
            foreach (var n in national) OneSided(link, n, DiffOperation.Insert, lines);
        else if (model.Count == national.Count)
            for (int i = 0; i < model.Count; i++) Pair(link, model[i], national[i], i == 0 ? link.Diff : null, lines);
        else
            Cut(link, model, national, lines);
        return lines;
    }

    public TextDiff Text(string? model, string? national) => _differ.Diff(model, national, WordDiffer.DefaultMaxWordDiffCells, _o);

    private void OneSided(AlignmentLink link, Provision p, DiffOperation op, List<PlacedLine> lines)
    {
        bool model = op == DiffOperation.Delete;
        var index = model ? _model : _national;
        var line = Line(link, p, model ? p : null, model ? null : p) with
        {
            Number = One(p.Number?.Written, op), Title = One(p.Heading, op), Text = One(p.Content, op),
        };
        lines.Add(Place(line, p, model));
        if (!string.IsNullOrEmpty(p.WrapUp))
        {
            var wrap = WrapLine(link, p, model ? p : null, model ? null : p, One(p.WrapUp, op));
            lines.Add(new PlacedLine(wrap, model ? index.WrapUpKey(p) : null, model ? null : index.WrapUpKey(p)));
        }
    }

    private void Pair(AlignmentLink link, Provision m, Provision n, TextDiff? known, List<PlacedLine> lines)
    {
        var text = known is not null && known.OldText == m.Content && known.NewText == n.Content ? known : Text(m.Content, n.Content);
        var line = Line(link, _nationalLayout ? n : m, m, n) with
        {
            Number = NumberDiffer.Diff(m.Number?.Written, n.Number?.Written, _o), Title = Text(m.Heading, n.Heading), Text = text,
        };
        lines.Add(new PlacedLine(line, _model.Key(m), _national.Key(n)));
        if (!string.IsNullOrEmpty(m.WrapUp) || !string.IsNullOrEmpty(n.WrapUp))
            lines.Add(new PlacedLine(WrapLine(link, _nationalLayout ? n : m, m, n, Text(m.WrapUp, n.WrapUp)), _model.WrapUpKey(m), _national.WrapUpKey(n)));
    }

    /// <summary>Sides of different sizes: one diff of the joined texts, cut back per provision of the side being read.</summary>
    private void Cut(AlignmentLink link, IReadOnlyList<Provision> model, IReadOnlyList<Provision> national, List<PlacedLine> lines)
    {
        var oldText = string.Join("\n", model.Select(p => p.Content));
        var newText = string.Join("\n", national.Select(p => p.Content));
        var diff = link.Diff is { } d && d.OldText == oldText && d.NewText == newText ? d : Text(oldText, newText);
        var primary = _nationalLayout ? national : model;
        var foreign = _nationalLayout ? model : national;
        var own = _nationalLayout ? DiffOperation.Insert : DiffOperation.Delete;
        var pieces = DiffCutter.Cut(diff, primary.Select(p => p.Content.Length).ToArray(), own);
        var partner = Partners(primary, foreign);
        var extra = foreign.Where((f, j) => !partner.Contains(j) && f.Kind == primary[0].Kind).ToList();
        for (int i = 0; i < primary.Count; i++)
        {
            var p = primary[i];
            var f = partner[i] >= 0 ? foreign[partner[i]] : null;
            var (m, n) = _nationalLayout ? (f, p) : (p, f);
            var number = f is null ? One(p.Number?.Written, own) : NumberDiffer.Diff(m!.Number?.Written, n!.Number?.Written, _o);
            var title = f is null ? One(p.Heading, own) : Text(m!.Heading, n!.Heading);
            if (i == 0 && extra.Count > 0)
            {
                // the other provisions of the other side (a merge) keep their numbers and titles on the first line
                number = Append(number, string.Concat(extra.Select(x => ", " + x.Number?.Written).Where(s => s.Length > 2)), Flip(own));
                title = Append(title, string.Concat(extra.Where(x => !string.IsNullOrEmpty(x.Heading)).Select(x => "; " + x.Heading)), Flip(own));
            }
            var line = Line(link, p, m, n) with { Number = number, Title = title, Text = pieces[i] };
            var anchor = f ?? foreign[0];
            var fk = (_nationalLayout ? _model : _national).Key(anchor);
            var pk = (_nationalLayout ? _national : _model).Key(p);
            lines.Add(new PlacedLine(line, _nationalLayout ? fk : pk, _nationalLayout ? pk : fk));
            if (!string.IsNullOrEmpty(m?.WrapUp) || !string.IsNullOrEmpty(n?.WrapUp))
            {
                var pw = (_nationalLayout ? _national : _model).WrapUpKey(p);
                lines.Add(new PlacedLine(WrapLine(link, p, m, n, Text(m?.WrapUp, n?.WrapUp)), _nationalLayout ? null : pw, _nationalLayout ? pw : null));
            }
        }
    }

    /// <summary>For each provision of the side being read, the first unused provision of the same kind on the other side, or -1.</summary>
    private static int[] Partners(IReadOnlyList<Provision> primary, IReadOnlyList<Provision> foreign)
    {
        var used = new bool[foreign.Count];
        var partner = new int[primary.Count];
        for (int i = 0; i < primary.Count; i++)
        {
            partner[i] = -1;
            for (int j = 0; j < foreign.Count; j++)
                if (!used[j] && foreign[j].Kind == primary[i].Kind) { used[j] = true; partner[i] = j; break; }
        }
        return partner;
    }

    private RedlineLine Line(AlignmentLink link, Provision shown, Provision? m, Provision? n)
    {
        var index = _national.Contains(shown) ? _national : _model;
        return new RedlineLine
        {
            Kind = shown.Kind,
            IsHeading = TreeIndex.IsHeadingKind(shown.Kind),
            Depth = index.Depth(shown),
            Owner = link,
            StartsRow = index.StartsRow(shown),
            Model = m,
            National = n,
        };
    }

    private RedlineLine WrapLine(AlignmentLink link, Provision shown, Provision? m, Provision? n, TextDiff text)
    {
        var index = _national.Contains(shown) ? _national : _model;
        return new RedlineLine
        {
            Kind = shown.Kind,
            Depth = TreeIndex.IsHeadingKind(shown.Kind) ? 0 : index.Depth(shown) + 1,
            IsWrapUp = true,
            Text = text,
            Owner = link,
            Model = m,
            National = n,
        };
    }

    private PlacedLine Place(RedlineLine line, Provision p, bool model) =>
        new(line, model ? _model.Key(p) : null, model ? null : _national.Key(p));

    internal static TextDiff One(string? text, DiffOperation op) =>
        string.IsNullOrEmpty(text) ? TextDiff.Empty : new TextDiff(ImmutableArray.Create(new DiffRun(op, text)));

    private static TextDiff Append(TextDiff diff, string text, DiffOperation op) =>
        text.Length == 0 ? diff : diff with { Runs = diff.Runs.Add(new DiffRun(op, text)) };

    private static DiffOperation Flip(DiffOperation op) => op == DiffOperation.Insert ? DiffOperation.Delete : DiffOperation.Insert;
}
