namespace ModelLaw.Documents;

/// <summary>
/// The number of a provision: as written in the source, and normalised for identifiers and ordering.
/// </summary>
/// <param name="Written">The number as written, with its label if any: "Article 5", "(2)", "a)", "Статья 5", "TITRE PREMIER".</param>
/// <param name="Value">Normalised token used in eIds and citations: "5", "2", "a", "10a", "i". Roman numerals of divisions become arabic ("II" → "2").</param>
/// <param name="Ordinal">Position in its numbering sequence when known ("c" → 3, "iv" → 4, "10 bis" → 10), else null.</param>
public sealed record ProvisionNumber(string Written, string Value, int? Ordinal)
{
    /// <inheritdoc />
    public override string ToString() => Written;
}
