using System.Collections.Immutable;
using ModelLaw.Documents;

namespace ModelLaw.Drafting.Amendments;

/// <summary>
/// A document seen as the flat sequence amending acts work on: division headings (part, title, chapter, section)
/// as header-only units, and every article, annex or preamble as a whole unit. Rebuilding nests articles in the
/// innermost open division, as the text readers do; an annex closes them all.
/// </summary>
internal static class UnitSequence
{
    /// <summary>A unit: a header-only division (its children dropped) or a whole provision subtree.</summary>
    internal sealed record Unit(Provision Provision, bool IsHeader, string EId, string Citation)
    {
        public ProvisionKind Kind => Provision.Kind;
    }

    public static List<Unit> Flatten(Provision root)
    {
        var units = new List<Unit>();
        void Walk(Provision p)
        {
            foreach (var c in p.Children)
            {
                if (c.Kind.IsDivision())
                {
                    var header = ProvisionBuilder.From(c);
                    header.Children.Clear();
                    units.Add(new Unit(header.Build(), true, c.EId, c.Citation));
                    Walk(c);
                }
                else
                {
                    units.Add(new Unit(c, false, c.EId, c.Citation));
                }
            }
        }
        Walk(root);
        return units;
    }

    /// <summary>True when <see cref="Rebuild"/> of <see cref="Flatten"/> gives the tree back (divisions nest by rank, articles close no division, annexes close all).</summary>
    public static bool RoundTrips(Provision root) => Rebuild(Flatten(root).Select(u => (u.Provision, u.IsHeader))).Equals(root);

    public static Provision Rebuild(IEnumerable<(Provision Provision, bool IsHeader)> units)
    {
        var root = new ProvisionBuilder(ProvisionKind.Document);
        var open = new Stack<ProvisionBuilder>();
        foreach (var (p, isHeader) in units)
        {
            var b = ProvisionBuilder.From(p);
            if (isHeader)
            {
                while (open.Count > 0 && Rank(open.Peek().Kind) >= Rank(p.Kind)) open.Pop();
                (open.Count > 0 ? open.Peek() : root).Add(b);
                open.Push(b);
            }
            else
            {
                // an annex stands after the enacting terms, outside every division
                if (p.Kind is ProvisionKind.Annex) open.Clear();
                (open.Count > 0 ? open.Peek() : root).Add(b);
            }
        }
        return root.Build();
    }

    private static int Rank(ProvisionKind kind) => CrossReferences.CrossReferenceExtractor.Rank(kind);
}
