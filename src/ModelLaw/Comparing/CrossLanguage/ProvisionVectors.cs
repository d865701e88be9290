using ModelLaw.Documents;

namespace ModelLaw.Comparing.CrossLanguage;

/// <summary>
/// The gram vectors of both texts at two levels: units (articles and annexes, heading and full text) and everything
/// below a unit (full text of the subtree), each level weighted over its own provisions.
/// </summary>
internal sealed class ProvisionVectors
{
    private readonly Dictionary<Provision, GramVector> _units = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Provision, GramVector> _subs = new(ReferenceEqualityComparer.Instance);

    public ProvisionVectors(LegalDocument model, LegalDocument national)
    {
        var mu = CrossLanguageAligner.Units(model.Root);
        var nu = CrossLanguageAligner.Units(national.Root);
        Fill(_units, mu, nu, p => Text(p, withHeading: true));
        var ms = mu.SelectMany(u => u.Descendants()).Concat(Preambles(model)).ToList();
        var ns = nu.SelectMany(u => u.Descendants()).Concat(Preambles(national)).ToList();
        Fill(_subs, ms, ns, p => Text(p, withHeading: false));
    }

    public GramVector Unit(Provision p) => _units.GetValueOrDefault(p) ?? _subs.GetValueOrDefault(p) ?? GramVector.Empty;

    public GramVector Sub(Provision p) => _subs.GetValueOrDefault(p) ?? _units.GetValueOrDefault(p) ?? GramVector.Empty;

    private static IEnumerable<Provision> Preambles(LegalDocument d) =>
        d.Root.Children.Where(c => c.Kind == ProvisionKind.Preamble).SelectMany(c => c.DescendantsAndSelf());

    private static string Text(Provision p, bool withHeading) =>
        withHeading && p.Heading is { Length: > 0 } h ? h + "\n" + p.FullText() : p.FullText();

    private static void Fill(Dictionary<Provision, GramVector> into, List<Provision> model, List<Provision> national,
        Func<Provision, string> text)
    {
        var space = new GramSpace();
        var mt = model.Select(p => (IReadOnlyList<string>)GramSpace.Terms(text(p))).ToList();
        var nt = national.Select(p => (IReadOnlyList<string>)GramSpace.Terms(text(p))).ToList();
        var (mv, nv) = space.Vectorise(mt, nt);
        for (int i = 0; i < model.Count; i++) into[model[i]] = mv[i];
        for (int i = 0; i < national.Count; i++) into[national[i]] = nv[i];
    }
}
