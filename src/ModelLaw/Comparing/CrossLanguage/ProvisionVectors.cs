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

    /// <param name="model">The model.</param>
    /// <param name="national">The national text.</param>
    /// <param name="terms">Defined-term pairs whose uses become anchors on both sides (none on the first pass).</param>
    public ProvisionVectors(LegalDocument model, LegalDocument national, List<DefinedTermAnchors.TermPair>? terms = null)
    {
        _terms = terms ?? [];
        var mu = CrossLanguageAligner.Units(model.Root);
        var nu = CrossLanguageAligner.Units(national.Root);
        Fill(_units, mu, nu, p => Text(p, withHeading: true));
        var ms = mu.SelectMany(u => u.Descendants()).Concat(Preambles(model)).ToList();
        var ns = nu.SelectMany(u => u.Descendants()).Concat(Preambles(national)).ToList();
        Fill(_subs, ms, ns, p => Text(p, withHeading: false));
    }

    private readonly List<DefinedTermAnchors.TermPair> _terms;

    public GramVector Unit(Provision p) => _units.GetValueOrDefault(p) ?? _subs.GetValueOrDefault(p) ?? GramVector.Empty;

    public GramVector Sub(Provision p) => _subs.GetValueOrDefault(p) ?? _units.GetValueOrDefault(p) ?? GramVector.Empty;

    private static IEnumerable<Provision> Preambles(LegalDocument d) =>
        d.Root.Children.Where(c => c.Kind == ProvisionKind.Preamble).SelectMany(c => c.DescendantsAndSelf());

    // a use of a defined term weighs as much as one character n-gram: the term's own n-grams still count, and a term
    // used throughout an act must not outweigh what else two articles share
    private List<string> Terms(string text, bool national)
    {
        var terms = GramSpace.Terms(text);
        if (_terms.Count > 0) terms.AddRange(DefinedTermAnchors.In(text, _terms, national).Select(a => "§" + a));
        return terms;
    }

    private static string Text(Provision p, bool withHeading) =>
        withHeading && p.Heading is { Length: > 0 } h ? h + "\n" + p.FullText() : p.FullText();

    private void Fill(Dictionary<Provision, GramVector> into, List<Provision> model, List<Provision> national,
        Func<Provision, string> text)
    {
        var space = new GramSpace();
        var mt = model.Select(p => (IReadOnlyList<string>)Terms(text(p), national: false)).ToList();
        var nt = national.Select(p => (IReadOnlyList<string>)Terms(text(p), national: true)).ToList();
        var (mv, nv) = space.Vectorise(mt, nt);
        for (int i = 0; i < model.Count; i++) into[model[i]] = mv[i];
        for (int i = 0; i < national.Count; i++) into[national[i]] = nv[i];
    }
}
