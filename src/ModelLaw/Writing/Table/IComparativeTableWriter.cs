using ModelLaw.Comparing;

namespace ModelLaw.Writing.Table;

/// <summary>
/// Writes a comparison as a two-column comparative table (.docx): the tableau comparatif, сравнительная таблица or
/// "Text proposed / Amendment" layout that committee reports paste in. One row per aligned provision in the national
/// text's order (moves, splits and merges included, the model's number shown in the model column), a heading row per
/// division, the model's dropped words struck through on the left and the national text's new words in bold italics
/// on the right.
/// </summary>
public interface IComparativeTableWriter
{
    /// <summary>Writes the table of <paramref name="comparison"/> to <paramref name="output"/> as a .docx package; the same input gives the same bytes.</summary>
    void Write(Comparison comparison, Stream output, ComparativeTableOptions? options = null, CancellationToken cancellationToken = default);
}

/// <summary>Options of the comparative table. Immutable; use <c>with</c> to vary.</summary>
public sealed record ComparativeTableOptions
{
    /// <summary>Title above the table; null derives one from the two titles.</summary>
    public string? Title { get; init; }

    /// <summary>Heading of the model's column (default "Model law").</summary>
    public string ModelHeading { get; init; } = "Model law";

    /// <summary>Heading of the national text's column; null uses the national text's title.</summary>
    public string? NationalHeading { get; init; }

    /// <summary>Keeps rows whose text is the same on both sides (default true); false leaves only the changes.</summary>
    public bool IncludeUnchanged { get; init; } = true;

    /// <summary>Adds, under a moved, split or merged provision, a note saying where it came from (default true).</summary>
    public bool IncludeNotes { get; init; } = true;

    /// <summary>The defaults.</summary>
    public static ComparativeTableOptions Default { get; } = new();
}
