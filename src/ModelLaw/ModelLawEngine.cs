using Microsoft.Extensions.DependencyInjection;
using ModelLaw.Comparing;
using ModelLaw.Coverage;
using ModelLaw.DependencyInjection;
using ModelLaw.Documents;
using ModelLaw.Reading;

namespace ModelLaw;

/// <summary>
/// One entry point over ModelLaw's services, for scripts and applications without a container.
/// Thread-safe: every service it holds is stateless.
/// </summary>
public sealed class ModelLawEngine
{
    private readonly IServiceProvider _services;

    /// <summary>Creates the engine over a service provider in which <c>AddModelLaw()</c> was called.</summary>
    public ModelLawEngine(IServiceProvider services) => _services = services;

    /// <summary>Wires the default services without a container of your own.</summary>
    public static ModelLawEngine CreateDefault() =>
        new ServiceCollection().AddModelLaw().BuildServiceProvider().GetRequiredService<ModelLawEngine>();

    /// <summary>Resolves one of the engine's services.</summary>
    public T GetService<T>() where T : notnull => _services.GetRequiredService<T>();

    // --- Reading ---
    /// <summary>Reads a document (text, .docx or Akoma Ntoso; the format is sniffed from the content).</summary>
    public Task<LegalDocument> ReadAsync(string path, ReadOptions? options = null, CancellationToken cancellationToken = default) =>
        GetService<IDocumentLoader>().ReadAsync(path, options, cancellationToken);

    /// <summary>Reads a document from a stream (format sniffed from the content).</summary>
    public Task<LegalDocument> ReadAsync(Stream input, ReadOptions? options = null, CancellationToken cancellationToken = default) =>
        GetService<IDocumentLoader>().ReadAsync(input, options, cancellationToken);

    /// <summary>Parses plain text.</summary>
    public LegalDocument Parse(string text, ReadOptions? options = null, CancellationToken cancellationToken = default) =>
        GetService<ITextParser>().Parse(text, options ?? ReadOptions.Default, cancellationToken);
    // --- end Reading ---

    // --- Comparing ---
    /// <summary>Aligns <paramref name="national"/> against <paramref name="model"/> and diffs every aligned pair.</summary>
    public Comparison Compare(LegalDocument model, LegalDocument national, CompareOptions? options = null, CancellationToken cancellationToken = default) =>
        GetService<IDocumentComparer>().Compare(model, national, options, cancellationToken);
    // --- end Comparing ---

    // --- Coverage ---
    /// <summary>Checks a text against a principle catalogue; with a comparison against a tagged model, also derives coverage through it.</summary>
    public CoverageReport Coverage(LegalDocument document, PrincipleCatalog catalog, Comparison? viaModel = null,
        CoverageOptions? options = null, CancellationToken cancellationToken = default) =>
        GetService<ICoverageAnalyzer>().Analyze(document, catalog, viaModel, options, cancellationToken);
    // --- end Coverage ---

    // --- Writing ---
    /// <summary>Writes a document in a named output format ("json", "akn", or any other registered <see cref="Writing.IDocumentWriter"/>).</summary>
    /// <exception cref="UnsupportedOperationException">No writer has that format name.</exception>
    public void WriteDocument(LegalDocument document, string formatName, Stream output, CancellationToken cancellationToken = default)
    {
        var writer = _services.GetServices<Writing.IDocumentWriter>()
            .FirstOrDefault(w => string.Equals(w.FormatName, formatName, StringComparison.OrdinalIgnoreCase))
            ?? throw new UnsupportedOperationException($"no document writer for format \"{formatName}\"");
        writer.Write(document, output, cancellationToken);
    }

    /// <summary>Writes the comparison as a .docx redline with tracked changes and comments (see <see cref="Writing.Docx.IRedlineWriter"/>).</summary>
    public Task WriteRedlineAsync(Comparison comparison, Stream output, Writing.Docx.RedlineOptions? options = null,
        CoverageReport? coverage = null, CancellationToken cancellationToken = default)
    {
        GetService<Writing.Docx.IRedlineWriter>().Write(comparison, output, options, coverage, cancellationToken);
        return Task.CompletedTask;
    }

    /// <summary>Writes the comparison as a .docx redline file at <paramref name="path"/> (created or overwritten).</summary>
    public async Task WriteRedlineAsync(Comparison comparison, string path, Writing.Docx.RedlineOptions? options = null,
        CoverageReport? coverage = null, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        GetService<Writing.Docx.IRedlineWriter>().Write(comparison, buffer, options, coverage, cancellationToken);
        await File.WriteAllBytesAsync(path, buffer.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the self-contained HTML comparison report (see <see cref="Writing.Html.IReportWriter"/>).</summary>
    public Task WriteReportAsync(Writing.Html.ReportInput input, Stream output, Writing.Html.ReportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        GetService<Writing.Html.IReportWriter>().Write(input, output, options, cancellationToken);
        return Task.CompletedTask;
    }

    /// <summary>Writes the self-contained HTML comparison report to <paramref name="path"/> (created or overwritten).</summary>
    public async Task WriteReportAsync(Writing.Html.ReportInput input, string path, Writing.Html.ReportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        GetService<Writing.Html.IReportWriter>().Write(input, buffer, options, cancellationToken);
        await File.WriteAllBytesAsync(path, buffer.ToArray(), cancellationToken).ConfigureAwait(false);
    }
    /// <summary>
    /// Writes the two-column comparative table of the comparison as a .docx (see <see cref="Writing.Table.IComparativeTableWriter"/>):
    /// model | national text, one row per provision in the national order, changes marked in both columns.
    /// </summary>
    public Task WriteComparativeTableAsync(Comparison comparison, Stream output, Writing.Table.ComparativeTableOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        GetService<Writing.Table.IComparativeTableWriter>().Write(comparison, output, options, cancellationToken);
        return Task.CompletedTask;
    }

    /// <summary>Writes the comparative table to <paramref name="path"/> (created or overwritten).</summary>
    public async Task WriteComparativeTableAsync(Comparison comparison, string path, Writing.Table.ComparativeTableOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        GetService<Writing.Table.IComparativeTableWriter>().Write(comparison, buffer, options, cancellationToken);
        await File.WriteAllBytesAsync(path, buffer.ToArray(), cancellationToken).ConfigureAwait(false);
    }
    // --- end Writing ---

    // --- Drafting ---
    /// <summary>Lints a draft: dangling references, numbering, lead-ins, placeholders, empty provisions, defined terms.</summary>
    public Drafting.Lint.LintReport Lint(LegalDocument document, Drafting.Lint.LintOptions? options = null, CancellationToken cancellationToken = default) =>
        GetService<Drafting.Lint.ILinter>().Lint(document, options, cancellationToken);

    /// <summary>Extracts and resolves the cross-references of a document.</summary>
    public System.Collections.Immutable.ImmutableArray<Drafting.CrossReferences.CrossReference> CrossReferences(LegalDocument document, CancellationToken cancellationToken = default) =>
        GetService<Drafting.CrossReferences.CrossReferenceExtractor>().Extract(document, cancellationToken);
    /// <summary>Expresses a comparison (old → new, or model → national) as an amending act in the old text's language (or <see cref="Drafting.Amendments.AmendmentOptions.Language"/>).</summary>
    public Drafting.Amendments.AmendingAct Amendments(Comparison comparison, Drafting.Amendments.AmendmentOptions? options = null, CancellationToken cancellationToken = default) =>
        GetService<Drafting.Amendments.AmendmentGenerator>().Generate(comparison, options, cancellationToken);
    // --- end Drafting ---
}
