using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ModelLaw.Comparing;
using ModelLaw.Comparing.Diffing;
using ModelLaw.Writing.Docx;

namespace ModelLaw.Writing.Table;

/// <summary>
/// The default <see cref="IComparativeTableWriter"/>: renders the comparison's redline model (national order, a moved
/// provision once, at its new place) as a Word table with formatting marks rather than tracked changes, so that the
/// table reads the same when pasted into a report. Right-to-left texts get a right-to-left table. Stateless and
/// thread-safe; the zip package is written with fixed timestamps, so the same input gives the same bytes.
/// </summary>
public sealed class ComparativeTableWriter : IComparativeTableWriter
{
    /// <inheritdoc />
    public void Write(Comparison comparison, Stream output, ComparativeTableOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(output);
        options ??= ComparativeTableOptions.Default;
        var model = RedlineModelBuilder.Build(comparison, nationalLayout: true, nativeMoves: false, comparison.DiffOptions, ct: cancellationToken);
        var body = new TableBuilder(comparison, model, options, cancellationToken).Build();

        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document, autoSave: true))
        {
            var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            main.Document = new Document(body);
            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            styles.Styles = RedlineStyles.Create(model.Language, model.RightToLeft);
        }
        cancellationToken.ThrowIfCancellationRequested();
        buffer.Position = 0;
        DeterministicZip.Rewrite(buffer, output);
    }
}
