using System.Collections.Immutable;
using ModelLaw.Comparing;
using ModelLaw.Coverage;
using ModelLaw.Documents;

namespace ModelLaw.Writing.Html;

/// <summary>What a comparison report shows: one model, one comparison per national text, and optional coverage reports.</summary>
public sealed record ReportInput
{
    /// <summary>The model law every comparison is measured against.</summary>
    public required LegalDocument Model { get; init; }

    /// <summary>One comparison per national text, in the order the report lists them.</summary>
    public required ImmutableArray<Comparison> Comparisons { get; init; }

    /// <summary>
    /// Coverage reports, optional: each is matched to the comparison whose national text it analysed (by reference, else
    /// by title); a report on the model itself adds a "Model" column to the heatmap.
    /// </summary>
    public ImmutableArray<CoverageReport> Coverage { get; init; } = ImmutableArray<CoverageReport>.Empty;
}

/// <summary>Options of the HTML report. Immutable.</summary>
public sealed record ReportOptions
{
    /// <summary>Title of the report; null derives one from the model's title.</summary>
    public string? Title { get; init; }

    /// <summary>Language of the report's own words, written in <c>&lt;html lang&gt;</c> (default "en").</summary>
    public string Language { get; init; } = "en";

    /// <summary>Includes the side-by-side aligned provisions (default true); without them the report is much smaller.</summary>
    public bool IncludeSideBySide { get; init; } = true;

    /// <summary>The defaults.</summary>
    public static ReportOptions Default { get; } = new();
}

/// <summary>Writes a comparison report as one self-contained HTML file (inline CSS, JavaScript and SVG; nothing fetched).</summary>
public interface IReportWriter
{
    /// <summary>Writes the report as UTF-8 HTML (no BOM). The same input and options give the same bytes.</summary>
    void Write(ReportInput input, Stream output, ReportOptions? options = null, CancellationToken cancellationToken = default);
}
