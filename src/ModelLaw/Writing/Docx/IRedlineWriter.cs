using ModelLaw.Comparing;
using ModelLaw.Coverage;

namespace ModelLaw.Writing.Docx;

/// <summary>
/// Writes a comparison as a Word document with real tracked changes: the national text measured against the model,
/// provision by provision, which a drafter can accept or reject change by change.
/// </summary>
public interface IRedlineWriter
{
    /// <summary>
    /// Writes the redline of <paramref name="comparison"/> to <paramref name="output"/> as a .docx package.
    /// The same inputs and options give the same bytes.
    /// </summary>
    /// <param name="comparison">The comparison to show.</param>
    /// <param name="output">Where to write the package (need not be seekable).</param>
    /// <param name="options">Author, date, layout...; null for the defaults.</param>
    /// <param name="coverage">Coverage of the national text, to name covered and missing principles in comments; optional.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    void Write(Comparison comparison, Stream output, RedlineOptions? options = null, CoverageReport? coverage = null,
        CancellationToken cancellationToken = default);
}
