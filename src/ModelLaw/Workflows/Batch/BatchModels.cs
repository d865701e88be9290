using System.Collections.Immutable;
using ModelLaw.Coverage;
using ModelLaw.Comparing;
using ModelLaw.Documents;

namespace ModelLaw.Workflows.Batch;

/// <summary>How a batch run compares one model against many national texts.</summary>
public sealed record BatchOptions
{
    /// <summary>Folder that receives one result per national text, the summary CSV and the HTML gap matrix (created when missing).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Texts compared at the same time; 0 or less means one per processor core.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>Alignment and diff settings (default <see cref="CompareOptions.Default"/>).</summary>
    public CompareOptions? Compare { get; init; }

    /// <summary>When given, each national text is also checked against this catalogue and the gap matrix is written.</summary>
    public PrincipleCatalog? Principles { get; init; }

    /// <summary>
    /// Principle labels of the model's provisions: applied to the model so that coverage is also derived through the
    /// alignment (see <see cref="PrincipleLabels"/>). Only used with <see cref="Principles"/>.
    /// </summary>
    public PrincipleLabels? ModelLabels { get; init; }

    /// <summary>
    /// Language of the texts (code such as "en"); detected per text when null. A forced language that contradicts a
    /// text makes that text a failed row naming it (see <see cref="Models.LanguageGuard"/>), never a silent result.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>
    /// Skip a text whose result exists and is newer than both the model and the text (default true). False compares
    /// everything again.
    /// </summary>
    public bool Resume { get; init; } = true;
}

/// <summary>What became of one national text.</summary>
public enum BatchItemStatus
{
    /// <summary>Compared in this run; its result was written.</summary>
    Compared,

    /// <summary>Its result was already there and up to date (newer than the model and the text): not compared again.</summary>
    UpToDate,

    /// <summary>The text could not be read or compared; <see cref="BatchItem.Error"/> says why.</summary>
    Failed,
}

/// <summary>How one national text covers one principle (a cell of the batch gap matrix).</summary>
/// <param name="PrincipleId">The principle's id in the catalogue.</param>
/// <param name="Status">Status found in the text.</param>
/// <param name="Score">Score in [0, 1].</param>
/// <param name="EvidenceCount">Number of evidence sentences.</param>
/// <param name="DerivedStatus">Status derived through the alignment with the model, when its provisions carry principle tags.</param>
public sealed record BatchCoverageCell(string PrincipleId, CoverageStatus Status, double Score, int EvidenceCount, CoverageStatus? DerivedStatus = null);

/// <summary>One row of the batch summary: a national text, its outcome and the figures of its comparison.</summary>
public sealed record BatchItem
{
    /// <summary>The text's file name (the row's key; results are named after it).</summary>
    public required string Name { get; init; }

    /// <summary>What happened to it in this run.</summary>
    public required BatchItemStatus Status { get; init; }

    /// <summary>Title of the national text (empty when it failed).</summary>
    public string Title { get; init; } = "";

    /// <summary>Language of the national text (empty when it failed).</summary>
    public string Language { get; init; } = "";

    /// <summary>File name (or title) of the model the text was compared with (empty when it failed).</summary>
    public string Model { get; init; } = "";

    /// <summary>The comparison summary (null when it failed).</summary>
    public ComparisonSummary? Summary { get; init; }

    /// <summary>Coverage of each principle of <see cref="BatchOptions.Principles"/>, in catalogue order (empty without a catalogue).</summary>
    public ImmutableArray<BatchCoverageCell> Coverage { get; init; } = ImmutableArray<BatchCoverageCell>.Empty;

    /// <summary>The text's column of the States × articles matrix (null when it failed).</summary>
    public Matrix.ArticleMatrixColumn? Articles { get; init; }

    /// <summary>Id of the catalogue the coverage was computed with, or null.</summary>
    public string? CatalogId { get; init; }

    /// <summary>Path of the comparison result (JSON), or null when it failed.</summary>
    public string? ResultPath { get; init; }

    /// <summary>Why the text failed (type of error and message), or null.</summary>
    public string? Error { get; init; }
}

/// <summary>Progress of a batch run, reported after each text.</summary>
/// <param name="Done">Texts finished (compared, up to date or failed).</param>
/// <param name="Total">Texts in the batch.</param>
/// <param name="Compared">Texts compared in this run.</param>
/// <param name="UpToDate">Texts skipped because their result was up to date.</param>
/// <param name="Failed">Texts that failed.</param>
/// <param name="Last">Name of the text just finished.</param>
public readonly record struct BatchProgress(int Done, int Total, int Compared, int UpToDate, int Failed, string Last);

/// <summary>The outcome of a batch run.</summary>
public sealed record BatchResult
{
    /// <summary>One row per national text, ordered by name.</summary>
    public required ImmutableArray<BatchItem> Items { get; init; }

    /// <summary>Path of the summary CSV (one row per text).</summary>
    public required string SummaryCsvPath { get; init; }

    /// <summary>Path of the HTML summary and gap matrix.</summary>
    public required string SummaryHtmlPath { get; init; }

    /// <summary>Path of the gap matrix CSV (principles × texts), or null without a catalogue.</summary>
    public string? GapMatrixCsvPath { get; init; }

    /// <summary>The States × articles matrix of the texts compared (or up to date).</summary>
    public required Matrix.ArticleMatrix Articles { get; init; }

    /// <summary>Path of the States × articles matrix as CSV.</summary>
    public required string ArticleMatrixCsvPath { get; init; }

    /// <summary>Path of the States × articles matrix as JSON.</summary>
    public required string ArticleMatrixJsonPath { get; init; }

    /// <summary>Texts compared in this run.</summary>
    public int Compared => Items.Count(i => i.Status == BatchItemStatus.Compared);

    /// <summary>Texts whose result was up to date.</summary>
    public int UpToDate => Items.Count(i => i.Status == BatchItemStatus.UpToDate);

    /// <summary>Texts that failed.</summary>
    public int Failed => Items.Count(i => i.Status == BatchItemStatus.Failed);
}
