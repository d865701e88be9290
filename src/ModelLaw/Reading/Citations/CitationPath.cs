using System.Collections.Immutable;
using System.Globalization;
using ModelLaw.Documents;

namespace ModelLaw.Reading.Citations;

/// <summary>What one step of a <see cref="CitationPath"/> selects.</summary>
public enum CitationStepKind
{
    /// <summary>A numbered provision of a given kind found anywhere below the current one (article, annex, chapter, section...).</summary>
    Heading,
    /// <summary>A numbered provision below the current one ("(2)", "paragraphe 2", "point a)"), through unnumbered levels.</summary>
    Numbered,
    /// <summary>The n-th unnumbered subparagraph of the current provision ("second subparagraph", "premier alinéa"); the provision's own text counts as the first.</summary>
    Subparagraph,
    /// <summary>A sentence of the current provision: resolves to the provision itself.</summary>
    Sentence,
}

/// <summary>One step of a citation path.</summary>
/// <param name="Kind">What the step selects.</param>
/// <param name="ProvisionKind">For headings, the kind sought; for numbered steps, the kind hinted by the citation (Paragraph, Point) or null.</param>
/// <param name="Value">Normalised number ("5", "10a", "a", "2"), or null for ordinal steps.</param>
/// <param name="Ordinal">For subparagraphs and sentences: 1-based position, -1 for "last".</param>
public sealed record CitationStep(CitationStepKind Kind, ProvisionKind? ProvisionKind, string? Value, int? Ordinal = null)
{
    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        CitationStepKind.Heading => $"{ProvisionKind} {Value}",
        CitationStepKind.Numbered => ProvisionKind is { } k ? $"{k.ToLevelName()} ({Value})" : $"({Value})",
        CitationStepKind.Subparagraph => $"subparagraph #{Ordinal?.ToString(CultureInfo.InvariantCulture)}",
        _ => $"sentence #{Ordinal?.ToString(CultureInfo.InvariantCulture)}",
    };
}

/// <summary>
/// A human citation ("Article 4(1)(7)", "Article 5, paragraphe 4, point a)", "Статья 5, часть 2, пункт 1",
/// "Annex II, Section A") read into language-neutral steps. Made by <see cref="CitationParser"/>; resolved with
/// <see cref="CitationResolver"/>.
/// </summary>
/// <param name="Text">The citation as given.</param>
/// <param name="Steps">The steps from the document root down.</param>
public sealed record CitationPath(string Text, ImmutableArray<CitationStep> Steps)
{
    /// <inheritdoc />
    public override string ToString() => string.Join(" › ", Steps);

    /// <inheritdoc />
    public bool Equals(CitationPath? other) => other is not null && Text == other.Text && Steps.SequenceEqual(other.Steps);

    /// <inheritdoc />
    public override int GetHashCode() => Steps.Aggregate(Text.GetHashCode(StringComparison.Ordinal), (h, s) => HashCode.Combine(h, s));
}
