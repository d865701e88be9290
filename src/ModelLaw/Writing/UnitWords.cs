using ModelLaw.Documents;

namespace ModelLaw.Writing;

/// <summary>
/// The word for the units a comparison counts (<see cref="Comparing.ComparisonSummary.ModelUnits"/>): "articles", or
/// "sections" for a text drafted in sections, so that "37 model articles" never reads as 37 of the model's 198 provisions.
/// </summary>
internal static class UnitWords
{
    /// <summary>"article"/"articles" or "section"/"sections", as <paramref name="document"/> calls its units.</summary>
    public static string Of(LegalDocument document, int count)
    {
        bool sections = document.Units.Any(p => p.Kind == ProvisionKind.ActSection);
        return (sections ? "section" : "article") + (count == 1 ? "" : "s");
    }
}
