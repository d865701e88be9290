namespace ModelLaw.Writing.Docx;

/// <summary>Whose structure and order the redline follows.</summary>
public enum RedlineLayout
{
    /// <summary>The national text's order: it reads as the national text, with the model's wording shown as deletions (default).</summary>
    National,
    /// <summary>The model's order: it reads as the model, with the national changes shown as insertions and deletions.</summary>
    Model,
}

/// <summary>
/// Options of the .docx redline. Immutable; use <c>with</c> to vary. The output depends only on the comparison, the
/// coverage report and these options: the revision date is taken from <see cref="Date"/>, never from the clock.
/// </summary>
public sealed record RedlineOptions
{
    /// <summary>Author written on every tracked change and comment (default "ModelLaw").</summary>
    public string Author { get; init; } = "ModelLaw";

    /// <summary>Initials shown on comments (default: the capitals of <see cref="Author"/>).</summary>
    public string? Initials { get; init; }

    /// <summary>Date written on every tracked change and comment; null (default) writes none, which Word and LibreOffice accept.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>Whose structure and order to follow (default national).</summary>
    public RedlineLayout Layout { get; init; } = RedlineLayout.National;

    /// <summary>Adds Word comments saying in a drafter's words what became of each provision, and its principle coverage (default true).</summary>
    public bool IncludeComments { get; init; } = true;

    /// <summary>
    /// Adds the similarity and the evidence of each link to its comment (default false): for reviewing the alignment
    /// itself. A drafter's redline leaves them out; the JSON output always has them.
    /// </summary>
    public bool IncludeDetails { get; init; }

    /// <summary>Adds a summary (figures and absent principles) before the text (default true).</summary>
    public bool IncludeSummary { get; init; } = true;

    /// <summary>Title of the document; null (default) derives one from the two titles.</summary>
    public string? Title { get; init; }

    /// <summary>Turns on "track changes" in the written document, so further edits are tracked too (default true).</summary>
    public bool TrackFurtherChanges { get; init; } = true;

    /// <summary>The defaults.</summary>
    public static RedlineOptions Default { get; } = new();
}
