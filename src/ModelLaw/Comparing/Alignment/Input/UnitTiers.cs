using ModelLaw.Documents;

namespace ModelLaw.Comparing.Alignment.Input;

/// <summary>
/// Which provisions are the units of alignment (the article tier). Parts, titles and chapters group units; a section or
/// subsection groups units only when it holds articles (or other groupings) — a common-law section that holds
/// subsections and paragraphs is itself the unit, as an article is.
/// </summary>
internal static class UnitTiers
{
    /// <summary>True when <paramref name="p"/> is a grouping of units, not a unit.</summary>
    public static bool IsGrouping(Provision p) =>
        p.Kind.IsDivision() && (p.Kind is not (ProvisionKind.Section or ProvisionKind.Subsection) || HoldsUnits(p));

    private static bool HoldsUnits(Provision p)
    {
        foreach (var c in p.Children)
            if (c.Kind is ProvisionKind.Article or ProvisionKind.Annex || IsGrouping(c)) return true;
        return false;
    }
}
