using System.Collections.Immutable;

namespace ModelLaw.Coverage;

/// <summary>One text (column) of a gap matrix.</summary>
/// <param name="Name">Short name shown as the column header (usually the file name).</param>
/// <param name="Title">Title of the act.</param>
/// <param name="Language">Language code.</param>
/// <param name="Jurisdiction">Jurisdiction, when known.</param>
public sealed record GapMatrixText(string Name, string Title, string Language, string? Jurisdiction = null);

/// <summary>How one text covers one principle.</summary>
/// <param name="Status">Status found in the text.</param>
/// <param name="Score">Score in [0, 1].</param>
/// <param name="EvidenceCount">Number of evidence sentences.</param>
/// <param name="DerivedStatus">Status derived through the alignment with a tagged model, when a model was given.</param>
public sealed record GapMatrixCell(CoverageStatus Status, double Score, int EvidenceCount, CoverageStatus? DerivedStatus = null)
{
    /// <summary>True when the text-based and the derived status disagree.</summary>
    public bool MethodsDisagree => DerivedStatus is { } d && d != Status;
}

/// <summary>One principle (row) of a gap matrix: one cell per text, in column order.</summary>
/// <param name="Principle">The principle.</param>
/// <param name="Cells">Cells in the order of <see cref="GapMatrix.Texts"/>.</param>
public sealed record GapMatrixRow(Principle Principle, ImmutableArray<GapMatrixCell> Cells);

/// <summary>Counts of one text's statuses.</summary>
/// <param name="Covered">Principles covered.</param>
/// <param name="Partial">Principles only mentioned.</param>
/// <param name="Absent">Principles absent.</param>
/// <param name="Disagreements">Principles where the text-based and derived statuses disagree.</param>
public sealed record GapMatrixTotals(int Covered, int Partial, int Absent, int Disagreements);

/// <summary>
/// Principles × texts: how each text covers each principle of a catalogue. Immutable; built from coverage reports, rendered by
/// <see cref="GapMatrixFormatter"/> (JSON, CSV, Markdown) and by the HTML report.
/// </summary>
public sealed record GapMatrix
{
    /// <summary>The catalogue (rows, in its order).</summary>
    public required PrincipleCatalog Catalog { get; init; }

    /// <summary>The texts (columns), in the order given.</summary>
    public required ImmutableArray<GapMatrixText> Texts { get; init; }

    /// <summary>One row per principle, in catalogue order.</summary>
    public required ImmutableArray<GapMatrixRow> Rows { get; init; }

    /// <summary>The full reports behind the cells, one per text, in column order (evidence for drill-down).</summary>
    public ImmutableArray<CoverageReport> Reports { get; init; } = ImmutableArray<CoverageReport>.Empty;

    /// <summary>The cell of a principle and a text column.</summary>
    public GapMatrixCell this[string principleId, int text] =>
        Rows.First(r => string.Equals(r.Principle.Id, principleId, StringComparison.Ordinal)).Cells[text];

    /// <summary>Status counts of a text column.</summary>
    public GapMatrixTotals TotalsFor(int text) => new(
        Rows.Count(r => r.Cells[text].Status == CoverageStatus.Covered),
        Rows.Count(r => r.Cells[text].Status == CoverageStatus.Partial),
        Rows.Count(r => r.Cells[text].Status == CoverageStatus.Absent),
        Rows.Count(r => r.Cells[text].MethodsDisagree));

    /// <summary>
    /// Builds the matrix from one report per text (all against <paramref name="catalog"/>). Column names default to the
    /// documents' source names, then titles.
    /// </summary>
    public static GapMatrix From(PrincipleCatalog catalog, IEnumerable<CoverageReport> reports, IEnumerable<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(reports);
        var list = reports.ToImmutableArray();
        var nameList = names?.ToList();
        if (nameList is not null && nameList.Count != list.Length)
            throw new ArgumentException("one name per report is required", nameof(names));
        foreach (var r in list)
            if (!string.Equals(r.Catalog.Id, catalog.Id, StringComparison.Ordinal))
                throw new ArgumentException($"report for '{r.Document.Title}' was made with catalogue '{r.Catalog.Id}', not '{catalog.Id}'", nameof(reports));

        var texts = list.Select((r, i) => new GapMatrixText(
            nameList?[i] ?? r.Document.SourceName ?? r.Document.Title, r.Document.Title, r.Document.Language, r.Document.Jurisdiction)).ToImmutableArray();
        var rows = catalog.Principles.Select(p => new GapMatrixRow(p, list.Select(r =>
        {
            var c = r.For(p.Id);
            return c is null
                ? new GapMatrixCell(CoverageStatus.Absent, 0, 0)
                : new GapMatrixCell(c.Status, c.Score, c.Evidence.Length, c.DerivedStatus);
        }).ToImmutableArray())).ToImmutableArray();
        return new GapMatrix { Catalog = catalog, Texts = texts, Rows = rows, Reports = list };
    }
}
