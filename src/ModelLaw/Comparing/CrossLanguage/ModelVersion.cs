using ModelLaw.Documents;

namespace ModelLaw.Comparing.CrossLanguage;

/// <summary>
/// The model's own version in the national text's language (a UN model law in six languages, an EU act in every
/// official language), paired with the model provision by provision: articles by number, the provisions inside a pair
/// by position when both have as many, else by number, and the divisions around paired articles level by level. The versions of one model are aligned by construction, so this
/// pairing needs no similarity; a version that does not pair up with most of the model's articles is not used.
/// </summary>
internal sealed class ModelVersion
{
    /// <summary>
    /// Share of the model's articles that must find an article of the same number in the version, and share of the
    /// version's articles that must be found (another act numbered 1 to 73 holds every number of a model of 37 articles).
    /// </summary>
    public const double MinUnitShare = 0.9;

    /// <summary>Share of the paired articles that must have as many paragraphs in both (the same layout).</summary>
    public const double MinShapeShare = 0.6;

    private readonly Dictionary<Provision, Provision> _toModel = new(ReferenceEqualityComparer.Instance);

    private ModelVersion(LegalDocument document, Dictionary<Provision, Provision> toVersion)
    {
        Document = document;
        foreach (var (m, v) in toVersion) _toModel[v] = m;
    }

    /// <summary>The version document.</summary>
    public LegalDocument Document { get; }

    /// <summary>The model provision a provision of the version stands for, or null.</summary>
    public Provision? ModelOf(Provision version) => _toModel.GetValueOrDefault(version);

    /// <summary>
    /// The version among <paramref name="versions"/> in the national text's language, paired with the model; null when
    /// none is in that language. <paramref name="rejected"/> is the one in that language that did not pair up.
    /// </summary>
    public static ModelVersion? Find(LegalDocument model, LegalDocument national, IEnumerable<LegalDocument> versions, out LegalDocument? rejected)
    {
        rejected = null;
        foreach (var v in versions)
        {
            if (!string.Equals(v.Language, national.Language, StringComparison.OrdinalIgnoreCase) || ReferenceEquals(v, model)) continue;
            var pairs = Pair(model, v, out double unitShare, out double shapeShare);
            if (unitShare >= MinUnitShare && shapeShare >= MinShapeShare) return new ModelVersion(v, pairs);
            rejected = v;
        }
        return null;
    }

    private static Dictionary<Provision, Provision> Pair(LegalDocument model, LegalDocument version, out double unitShare, out double shapeShare)
    {
        var map = new Dictionary<Provision, Provision>(ReferenceEqualityComparer.Instance);
        var mu = CrossLanguageAligner.Units(model.Root);
        var vu = CrossLanguageAligner.Units(version.Root);
        var byNumber = new Dictionary<(ProvisionKind, string), Provision>();
        foreach (var u in vu)
            if (u.Number is { } n) byNumber.TryAdd((u.Kind, n.Value), u);
        var modelParents = Parents(model.Root);
        var versionParents = Parents(version.Root);
        int found = 0, sameShape = 0;
        foreach (var u in mu)
        {
            if (u.Number is not { } n || !byNumber.TryGetValue((u.Kind, n.Value), out var v)) continue;
            found++;
            if (u.Children.Length == v.Children.Length) sameShape++;
            PairTree(u, v, map);
            // the chapters and titles around a paired article are paired level by level
            for (Provision? a = modelParents.GetValueOrDefault(u), b = versionParents.GetValueOrDefault(v);
                 a is not null && b is not null && a.Kind == b.Kind && !map.ContainsKey(a) && a.Kind != ProvisionKind.Document;
                 a = modelParents.GetValueOrDefault(a), b = versionParents.GetValueOrDefault(b))
                map[a] = b;
        }
        if (Preamble(model) is { } mp && Preamble(version) is { } vp) PairTree(mp, vp, map);
        unitShare = mu.Count == 0 || vu.Count == 0 ? 0 : Math.Min(found / (double)mu.Count, found / (double)vu.Count);
        shapeShare = found == 0 ? 0 : sameShape / (double)found;
        return map;
    }

    private static Dictionary<Provision, Provision> Parents(Provision root)
    {
        var parents = new Dictionary<Provision, Provision>(ReferenceEqualityComparer.Instance);
        foreach (var p in root.DescendantsAndSelf())
            foreach (var c in p.Children) parents[c] = p;
        return parents;
    }

    // the parsers of two languages may name a level differently (a list of definitions read as points in one language),
    // so kinds are not required to agree: the versions have one layout by construction
    private static void PairTree(Provision model, Provision version, Dictionary<Provision, Provision> map)
    {
        map[model] = version;
        var mc = model.Children;
        var vc = version.Children;
        if (mc.Length == vc.Length)
        {
            for (int i = 0; i < mc.Length; i++) PairTree(mc[i], vc[i], map);
            return;
        }
        // different counts (a point split in one language, a subparagraph unnumbered in one): what has the same number or ordinal
        var used = new HashSet<Provision>(ReferenceEqualityComparer.Instance);
        foreach (var m in mc)
        {
            var v = vc.FirstOrDefault(x => !used.Contains(x) && SameNumber(m.Number, x.Number));
            if (v is null) continue;
            used.Add(v);
            PairTree(m, v, map);
        }
    }

    private static bool SameNumber(ProvisionNumber? a, ProvisionNumber? b) =>
        a is not null && b is not null && (a.Ordinal is { } x && b.Ordinal is { } y ? x == y : a.Value == b.Value);

    private static Provision? Preamble(LegalDocument d) => d.Root.Children.FirstOrDefault(c => c.Kind == ProvisionKind.Preamble);
}
