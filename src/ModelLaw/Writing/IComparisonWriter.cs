using ModelLaw.Comparing;

namespace ModelLaw.Writing;

/// <summary>Writes a comparison in one output format (JSON, CSV concordance, Markdown).</summary>
public interface IComparisonWriter
{
    /// <summary>Short format name used on the command line ("json", "csv", "md").</summary>
    string FormatName { get; }

    /// <summary>Writes the comparison to a stream (UTF-8, no BOM). Output is deterministic for the same comparison.</summary>
    void Write(Comparison comparison, Stream output, CancellationToken cancellationToken = default);
}
