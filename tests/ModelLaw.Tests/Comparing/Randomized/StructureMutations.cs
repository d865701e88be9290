using ModelLaw.Documents;

namespace ModelLaw.Tests.Comparing.Randomized;

/// <summary>
/// The structural operations on the sequence of national units: drop, merge, split (pieces scattered far away), move
/// far, borrow a paragraph, insert new units. Each keeps the children's origins, so the truth follows the text.
/// </summary>
internal sealed class StructureMutations(Random rng, List<UnitDraft> drafts, MutationProfile profile)
{
    /// <summary>The model units left out.</summary>
    public List<Provision> Dropped { get; } = new();

    /// <summary>How many times each operation was applied.</summary>
    public Dictionary<MutationKind, int> Counts { get; } = new();

    private int Far => Math.Max(2, drafts.Count / 4);

    /// <summary>Applies every operation of the profile in a fixed order (drop, merge, split, move, borrow, insert).</summary>
    public void Apply(IReadOnlyList<ProvisionBuilder> fillers)
    {
        Drop();
        Merge();
        Split();
        Move();
        Borrow();
        Insert(fillers);
    }

    private void Count(MutationKind kind) => Counts[kind] = Counts.GetValueOrDefault(kind) + 1;

    private bool Untouched(UnitDraft d) => d.Kinds.Count == 0;

    private void Drop()
    {
        // keep at least half of the units: a case that drops the law is no adaptation
        for (int i = drafts.Count - 1; i >= 0; i--)
        {
            if (rng.NextDouble() >= profile.Drop || Dropped.Count >= drafts.Count / 2) continue;
            Dropped.Add(drafts[i].Source!);
            drafts.RemoveAt(i);
            Count(MutationKind.Drop);
        }
        Dropped.Reverse();
    }

    private void Merge()
    {
        for (int i = 0; i + 1 < drafts.Count; i++)
        {
            if (rng.NextDouble() >= profile.Merge || !Untouched(drafts[i]) || !Untouched(drafts[i + 1])) continue;
            MergeInto(drafts[i], drafts[i + 1]);
            drafts.RemoveAt(i + 1);
            Count(MutationKind.Merge);
        }
    }

    private static void MergeInto(UnitDraft a, UnitDraft b)
    {
        // a unit without paragraphs of its own becomes one paragraph of the merged unit, as drafters do
        if (!IsParagraphed(a))
        {
            var whole = Wrap(a);
            a.TakeFrom(0);
            a.Unit.Content = "";
            a.Unit.WrapUp = null;
            a.Add(whole, new PartOrigin(a.Source!, null));
        }
        if (IsParagraphed(b))
            foreach (var (child, origin) in b.TakeFrom(0)) a.Add(child, origin);
        else a.Add(Wrap(b), new PartOrigin(b.Source!, null));
        a.ChildrenChanged = true;
        a.Kinds.Add(MutationKind.Merge);
    }

    private static bool IsParagraphed(UnitDraft d) =>
        d.UniformChildKind == ParagraphKindOf(d.Unit.Kind) && d.Unit.Content.Length == 0 && d.Unit.WrapUp is null;

    private static ProvisionBuilder Wrap(UnitDraft d)
    {
        var p = new ProvisionBuilder(ParagraphKindOf(d.Unit.Kind)) { Content = d.Unit.Content, WrapUp = d.Unit.WrapUp };
        p.Children.AddRange(d.Unit.Children);
        return p;
    }

    /// <summary>The numbered paragraph kind under a unit: paragraphs of articles, subsections of sections.</summary>
    public static ProvisionKind ParagraphKindOf(ProvisionKind unit) =>
        unit == ProvisionKind.ActSection ? ProvisionKind.ActSubsection : ProvisionKind.Paragraph;

    private void Split()
    {
        var queued = new List<(UnitDraft Piece, UnitDraft Origin)>();
        foreach (var d in drafts.ToList())
        {
            if (rng.NextDouble() >= profile.Split || !Untouched(d)) continue;
            var pieces = Pieces(d, rng.Next(2, 4));
            if (pieces.Count == 0) continue;
            d.Kinds.Add(MutationKind.Split);
            foreach (var p in pieces) { p.Kinds.Add(MutationKind.Split); queued.Add((p, d)); }
            Count(MutationKind.Split);
        }
        foreach (var (piece, origin) in queued) PlaceFar(piece, drafts.IndexOf(origin));
    }

    /// <summary>Cuts the later children (or, for a unit without children, the later sentences) off into new units.</summary>
    private List<UnitDraft> Pieces(UnitDraft d, int k)
    {
        var pieces = new List<UnitDraft>();
        int n = d.Unit.Children.Count;
        if (n >= 2)
        {
            k = Math.Min(k, n);
            var cuts = Enumerable.Range(1, n - 1).OrderBy(_ => rng.Next()).Take(k - 1).Order().ToList();
            for (int i = cuts.Count - 1; i >= 0; i--)
            {
                var piece = UnitDraft.PieceOf(d);
                foreach (var (child, origin) in d.TakeFrom(cuts[i])) piece.Add(child, origin);
                pieces.Insert(0, piece);
            }
            return pieces;
        }
        if (n > 0 || d.Unit.WrapUp is not null) return pieces;
        var sentences = Rewording.Sentences(d.Unit.Content);
        if (sentences.Count < 2) return pieces;
        k = Math.Min(k, sentences.Count);
        var at = Enumerable.Range(1, sentences.Count - 1).OrderBy(_ => rng.Next()).Take(k - 1).Order().Append(sentences.Count).ToList();
        d.Unit.Content = string.Concat(sentences.Take(at[0])).Trim();
        for (int i = 0; i + 1 < at.Count; i++)
        {
            var piece = UnitDraft.PieceOf(d);
            piece.Unit.Content = string.Concat(sentences.Skip(at[i]).Take(at[i + 1] - at[i])).Trim();
            pieces.Add(piece);
        }
        return pieces;
    }

    private void Move()
    {
        foreach (var d in drafts.ToList())
        {
            if (rng.NextDouble() >= profile.Move || !Untouched(d)) continue;
            int from = drafts.IndexOf(d);
            drafts.RemoveAt(from);
            d.InPlace = false;
            d.Kinds.Add(MutationKind.Move);
            PlaceFar(d, from);
            Count(MutationKind.Move);
        }
    }

    private void Borrow()
    {
        int times = Enumerable.Range(0, drafts.Count).Count(_ => rng.NextDouble() < profile.Borrow);
        for (int t = 0; t < times; t++)
        {
            var donors = drafts.Where(d => d.Unit.Children.Count >= 2 && d.UniformChildKind is not null).ToList();
            if (donors.Count == 0) return;
            var donor = donors[rng.Next(donors.Count)];
            int at = drafts.IndexOf(donor);
            var takers = drafts.Where(d => d != donor && d.UniformChildKind == donor.UniformChildKind
                && Math.Abs(drafts.IndexOf(d) - at) >= 2).ToList();
            if (takers.Count == 0) continue;
            var taker = takers[rng.Next(takers.Count)];
            var (child, origin) = donor.TakeAt(rng.Next(donor.Unit.Children.Count));
            taker.Add(child, origin);
            taker.ChildrenChanged = true;
            donor.Kinds.Add(MutationKind.Borrow);
            taker.Kinds.Add(MutationKind.Borrow);
            Count(MutationKind.Borrow);
        }
    }

    private void Insert(IReadOnlyList<ProvisionBuilder> fillers)
    {
        int times = Math.Min(fillers.Count, Enumerable.Range(0, drafts.Count).Count(_ => rng.NextDouble() < profile.Insert));
        foreach (var filler in fillers.OrderBy(_ => rng.Next()).Take(times))
        {
            int at = rng.Next(drafts.Count + 1);
            var containers = drafts.Count == 0 ? [] : drafts[Math.Max(0, at - 1)].Containers;
            drafts.Insert(at, UnitDraft.Inserted(filler, containers));
            Count(MutationKind.Insert);
        }
    }

    /// <summary>Puts <paramref name="d"/> at least a quarter of the law away from <paramref name="from"/>, in the divisions it lands in.</summary>
    private void PlaceFar(UnitDraft d, int from)
    {
        var far = Enumerable.Range(0, drafts.Count + 1).Where(i => Math.Abs(i - from) >= Far).ToList();
        int at = far.Count > 0 ? far[rng.Next(far.Count)] : drafts.Count;
        if (drafts.Count > 0) d.Containers = drafts[Math.Clamp(at - 1, 0, drafts.Count - 1)].Containers;
        drafts.Insert(at, d);
    }
}
