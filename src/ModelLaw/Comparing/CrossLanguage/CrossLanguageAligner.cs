using ModelLaw.Documents;

namespace ModelLaw.Comparing.CrossLanguage;

/// <summary>
/// Aligns two texts in different languages: articles (the unit tier) by the order chain over folded character
/// n-gram cosines and shared numbers, then moves and splits where a pair is the clear best of its provisions, then
/// the provisions inside each linked pair the same way, then paragraphs left alone searched across the whole text.
/// One instance per comparison; not thread-safe.
/// </summary>
internal sealed class CrossLanguageAligner
{
    private readonly CrossLanguageSettings _s;
    private readonly CancellationToken _ct;
    private readonly LegalDocument _model;
    private readonly LegalDocument _national;
    private ProvisionVectors _vectors;
    private readonly bool _sharedLetters;

    public CrossLanguageAligner(LegalDocument model, LegalDocument national, CrossLanguageSettings settings, CancellationToken ct)
    {
        _s = settings;
        _model = model;
        _national = national;
        _sharedLetters = ScriptProfile.ShareLetters(model.Root, national.Root);
        _ct = ct;
        _vectors = new ProvisionVectors(model, national);
        ModelUnits = Units(model.Root);
        NationalUnits = Units(national.Root);
    }

    public List<Provision> ModelUnits { get; }
    public List<Provision> NationalUnits { get; }

    /// <summary>Whether the two texts share letters once folded (false for Arabic or Chinese against a Latin model).</summary>
    public bool SharedLetters => _sharedLetters;

    /// <summary>The defined-term pairs the second pass anchored on (empty before <see cref="AlignUnits"/> or when none).</summary>
    public List<DefinedTermAnchors.TermPair> TermPairs { get; private set; } = [];

    /// <summary>
    /// One link per model unit (matched, split, dispersed or omitted) and one per unmatched national unit. When the
    /// first pass links definitions on both sides, a second pass runs with their terms as anchors.
    /// </summary>
    public List<CrossLink> AlignUnits()
    {
        var first = AlignOnce();
        if (_s.MinTermPairs <= 0) return first;
        var pairs = DefinedTermAnchors.Pairs(first);
        if (pairs.Count < _s.MinTermPairs) return first;
        TermPairs = pairs;
        _vectors = new ProvisionVectors(_model, _national, pairs);
        return AlignOnce();
    }

    private List<CrossLink> AlignOnce()
    {
        var score = LocalScaling.Scale(UnitScores(), _s.NeighbourCount);
        var links = new CrossLink?[ModelUnits.Count];
        var taken = new CrossLink?[NationalUnits.Count];
        foreach (var (i, j) in OrderAligner.Chain(score, _s.UnitFloor))
            taken[j] = links[i] = CrossLink.Pair(CrossLinkKind.InOrder, score[i, j], ModelUnits[i], NationalUnits[j]);
        AddMoves(score, links, taken);
        AddSplits(score, links, taken);
        _ct.ThrowIfCancellationRequested();

        var result = new List<CrossLink>();
        for (int i = 0; i < links.Length; i++)
        {
            var l = links[i] ?? CrossLink.Omitted(ModelUnits[i]);
            l.SortKey = i;
            if (l.National.Count > 0) AlignChildren(l, 0);
            result.Add(l);
        }
        new ParagraphRescue(_vectors, _s).Run(result, NationalUnits);
        for (int j = 0; j < NationalUnits.Count; j++)
            if (!result.Any(l => l.National.Contains(NationalUnits[j]) || l.Children.Any(c => c.National.Any(n => IsWithin(n, NationalUnits[j])))))
                result.Add(new CrossLink(CrossLinkKind.Added, 0) { SortKey = AddedKey(result, j) }.With(NationalUnits[j]));
        return result;
    }

    private double[,] UnitScores()
    {
        int n = ModelUnits.Count, m = NationalUnits.Count;
        var structure = StructureSignal.For(ModelUnits, NationalUnits);
        var (shapeWeight, positionWeight) = _sharedLetters ? (_s.ShapeWeight, _s.UnitPositionWeight) : (_s.ShapeWeightOtherScript, _s.UnitPositionWeightOtherScript);
        var score = new double[n, m];
        for (int i = 0; i < n; i++)
        {
            var a = _vectors.Unit(ModelUnits[i]);
            for (int j = 0; j < m; j++)
                score[i, j] = a.Dot(_vectors.Unit(NationalUnits[j])) + NumberBonus(ModelUnits[i], NationalUnits[j], _s.UnitNumberBonus)
                    + shapeWeight * structure.Shape(ModelUnits[i], NationalUnits[j]) + positionWeight * StructureSignal.Position(i, n, j, m);
        }
        return score;
    }

    private static double NumberBonus(Provision a, Provision b, double bonus) =>
        a.Kind == b.Kind && a.Number is { } x && b.Number is { } y && x.Value == y.Value ? bonus : 0;

    private void AddMoves(double[,] score, CrossLink?[] links, CrossLink?[] taken)
    {
        var (rowBest, colBest) = OrderAligner.Best(score);
        for (int i = 0; i < links.Length; i++)
        {
            int j = rowBest[i];
            if (links[i] is not null || j < 0 || taken[j] is not null || colBest[j] != i) continue;
            if (score[i, j] < _s.MoveFloor) continue;
            taken[j] = links[i] = CrossLink.Pair(CrossLinkKind.Moved, score[i, j], ModelUnits[i], NationalUnits[j]);
        }
    }

    // a national unit left alone whose best model unit is linked, and nearly as close to it as that unit's partner,
    // is a part the model unit was split into
    private void AddSplits(double[,] score, CrossLink?[] links, CrossLink?[] taken)
    {
        var (_, colBest) = OrderAligner.Best(score);
        for (int j = 0; j < taken.Length; j++)
        {
            int i = colBest[j];
            if (taken[j] is not null || i < 0 || links[i] is not { } l) continue;
            double partner = l.National.Max(n => score[i, NationalUnits.IndexOf(n)]);
            int near = l.National.Min(n => Math.Abs(NationalUnits.IndexOf(n) - j));
            if (score[i, j] < _s.SplitFloor || score[i, j] < _s.SplitRatio * partner || near > _s.SplitWindow) continue;
            l.National.Add(NationalUnits[j]);
            l.National.Sort((a, b) => NationalUnits.IndexOf(a).CompareTo(NationalUnits.IndexOf(b)));
            l.Kind = CrossLinkKind.Split;
            taken[j] = l;
        }
    }

    /// <summary>Aligns the children of a linked pair by the order chain, then recurses into the linked children.</summary>
    private void AlignChildren(CrossLink link, int depth)
    {
        _ct.ThrowIfCancellationRequested();
        var mk = link.Model.SelectMany(p => p.Children).ToList();
        var nk = link.National.SelectMany(p => p.HasChildren || link.National.Count == 1 ? p.Children.AsEnumerable() : [p]).ToList();
        if (mk.Count == 0 || nk.Count == 0 || depth > 4) return;
        var score = new double[mk.Count, nk.Count];
        for (int i = 0; i < mk.Count; i++)
            for (int j = 0; j < nk.Count; j++)
                score[i, j] = _vectors.Sub(mk[i]).Dot(_vectors.Sub(nk[j])) + NumberBonus(mk[i], nk[j], _s.ChildNumberBonus)
                    + _s.PositionWeight * (1 - Math.Abs((i + 0.5) / mk.Count - (j + 0.5) / nk.Count));
        var natToModel = new int[nk.Count];
        Array.Fill(natToModel, -1);
        var byModel = new CrossLink?[mk.Count];
        foreach (var (i, j) in OrderAligner.Chain(score, _s.ChildFloor))
        {
            byModel[i] = CrossLink.Pair(CrossLinkKind.InOrder, score[i, j], mk[i], nk[j]);
            natToModel[j] = i;
        }
        for (int i = 0; i < mk.Count; i++)
        {
            var c = byModel[i] ?? CrossLink.Omitted(mk[i]);
            c.SortKey = i;
            if (c.National.Count > 0 && !ReferenceEquals(c.National[0], link.National.FirstOrDefault())) AlignChildren(c, depth + 1);
            link.Children.Add(c);
        }
        double key = -0.5;
        for (int j = 0; j < nk.Count; j++)
        {
            if (natToModel[j] >= 0) { key = natToModel[j] + 0.5; continue; }
            if (!link.National.Contains(nk[j]))
                link.Children.Add(new CrossLink(CrossLinkKind.Added, 0) { SortKey = key }.With(nk[j]));
        }
        var ordered = link.Children.OrderBy(c => c.SortKey).ToList(); // stable: added children keep their order
        link.Children.Clear();
        link.Children.AddRange(ordered);
    }

    private double AddedKey(List<CrossLink> links, int j)
    {
        for (int k = j - 1; k >= 0; k--)
        {
            var prev = NationalUnits[k];
            var l = links.FirstOrDefault(x => x.Model.Count > 0 && x.National.Contains(prev));
            if (l is not null) return l.SortKey + 0.5;
        }
        return -0.5;
    }

    internal static bool IsWithin(Provision p, Provision container) =>
        ReferenceEquals(p, container) || container.Descendants().Any(d => ReferenceEquals(d, p));

    /// <summary>Articles and annexes (the unit tier), outermost only, in document order.</summary>
    internal static List<Provision> Units(Provision root)
    {
        var units = new List<Provision>();
        Collect(root);
        return units;

        void Collect(Provision p)
        {
            foreach (var c in p.Children)
            {
                if (c.Kind.IsUnit() || c.Kind == ProvisionKind.Annex) units.Add(c);
                else if (c.Kind != ProvisionKind.Preamble) Collect(c);
            }
        }
    }
}

internal static class CrossLinkExtensions
{
    public static CrossLink With(this CrossLink link, Provision national)
    {
        link.National.Add(national);
        return link;
    }

    public static CrossLink WithModel(this CrossLink link, Provision model)
    {
        link.Model.Add(model);
        return link;
    }
}
