using ModelLaw.Documents;

namespace ModelLaw.Tests.Comparing.Randomized;

/// <summary>Assembles the national document: the model's front matter, then the units in order inside copies of their divisions.</summary>
internal static class NationalTree
{
    /// <summary>The national document made of <paramref name="drafts"/>, with the model's title and language.</summary>
    public static LegalDocument Build(LegalDocument model, IReadOnlyList<UnitDraft> drafts, string sourceName)
    {
        var root = new ProvisionBuilder(ProvisionKind.Document) { Number = model.Root.Number, Heading = model.Root.Heading, Content = model.Root.Content };
        foreach (var front in model.Root.Children.TakeWhile(c => c.Kind is ProvisionKind.Preamble or ProvisionKind.Recital))
            root.Add(ProvisionBuilder.From(front));
        var open = new List<(Provision Model, ProvisionBuilder Copy)>();
        foreach (var d in drafts)
        {
            int common = 0;
            while (common < open.Count && common < d.Containers.Count && ReferenceEquals(open[common].Model, d.Containers[common])) common++;
            open.RemoveRange(common, open.Count - common);
            for (int i = common; i < d.Containers.Count; i++)
            {
                var m = d.Containers[i];
                var copy = new ProvisionBuilder(m.Kind) { Number = m.Number, Heading = m.Heading, Content = m.Content };
                (open.Count == 0 ? root : open[^1].Copy).Add(copy);
                open.Add((m, copy));
            }
            (open.Count == 0 ? root : open[^1].Copy).Add(d.Unit);
        }
        return new LegalDocument(root.Build(), model.Title, model.Language) { SourceName = sourceName };
    }

    /// <summary>The units of a document in order.</summary>
    public static List<Provision> Units(LegalDocument document) =>
        document.Root.Descendants().Where(p => p.Kind.IsUnit()).ToList();

    /// <summary>The divisions above a unit, outermost first (the document root left out).</summary>
    public static Dictionary<Provision, IReadOnlyList<Provision>> ContainersOfUnits(LegalDocument document)
    {
        var result = new Dictionary<Provision, IReadOnlyList<Provision>>(ReferenceEqualityComparer.Instance);
        var chain = new List<Provision>();
        foreach (var c in document.Root.Children) Walk(c);
        return result;

        void Walk(Provision p)
        {
            if (p.Kind.IsUnit()) { result[p] = chain.ToArray(); return; }
            if (!p.Kind.IsDivision()) return;
            chain.Add(p);
            foreach (var c in p.Children) Walk(c);
            chain.RemoveAt(chain.Count - 1);
        }
    }
}
