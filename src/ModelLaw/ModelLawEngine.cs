using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ModelLaw.Comparing;
using ModelLaw.Coverage;
using ModelLaw.DependencyInjection;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Workflows;
using ModelLaw.Workflows.Matrix;
using ModelLaw.Workflows.Models;
using ModelLaw.Workflows.Output;

namespace ModelLaw;

/// <summary>
/// One entry point over ModelLaw's services, for scripts and applications without a container.
/// Thread-safe: every service it holds is stateless.
/// </summary>
public sealed class ModelLawEngine
{
    private readonly IServiceProvider _services;

    /// <summary>Creates the engine over a service provider in which <c>AddModelLaw()</c> was called.</summary>
    public ModelLawEngine(IServiceProvider services)
    {
        _services = services ?? throw new ArgumentNullException(nameof(services));
        Defaults = services.GetService<IOptions<ModelLawOptions>>()?.Value ?? new ModelLawOptions();
    }

    /// <summary>The defaults a call without options of its own gets (set with <c>AddModelLaw(o => ...)</c> or configuration).</summary>
    public ModelLawOptions Defaults { get; }

    /// <summary>Wires the default services without a container of your own.</summary>
    public static ModelLawEngine CreateDefault() =>
        new ServiceCollection().AddModelLaw().BuildServiceProvider().GetRequiredService<ModelLawEngine>();

    /// <summary>Resolves one of the engine's services.</summary>
    public T GetService<T>() where T : notnull => _services.GetRequiredService<T>();

    // --- Reading ---
    /// <summary>Reads a document (text, .docx or Akoma Ntoso; the format is sniffed from the content).</summary>
    public Task<LegalDocument> ReadAsync(string path, ReadOptions? options = null, CancellationToken cancellationToken = default) =>
        GetService<IDocumentLoader>().ReadAsync(path, options ?? Defaults.ReadOptions, cancellationToken);

    /// <summary>Reads a document from a stream (format sniffed from the content).</summary>
    public Task<LegalDocument> ReadAsync(Stream input, ReadOptions? options = null, CancellationToken cancellationToken = default) =>
        GetService<IDocumentLoader>().ReadAsync(input, options ?? Defaults.ReadOptions, cancellationToken);

    /// <summary>
    /// Reads a document; a language forced in <paramref name="options"/> that contradicts the text is an error naming
    /// the file, never a silent result (see <see cref="LanguageGuard"/>).
    /// </summary>
    /// <exception cref="LanguageMismatchException">The forced language contradicts the text.</exception>
    public Task<LegalDocument> ReadCheckedAsync(string path, ReadOptions? options = null, CancellationToken cancellationToken = default) =>
        GetService<LanguageGuard>().ReadAsync(path, options ?? Defaults.ReadOptions, cancellationToken);

    /// <summary>Reads a model set: one model file, or a folder holding the model in several languages (see <see cref="ModelSet"/>).</summary>
    public Task<ModelSet> LoadModelSetAsync(string path, ReadOptions? options = null, CancellationToken cancellationToken = default) =>
        ModelSet.LoadAsync(path, GetService<IDocumentLoader>(), options ?? Defaults.ReadOptions, cancellationToken);

    /// <summary>Parses plain text.</summary>
    public LegalDocument Parse(string text, ReadOptions? options = null, CancellationToken cancellationToken = default) =>
        GetService<ITextParser>().Parse(text, options ?? ReadOptions.Default, cancellationToken);
    // --- end Reading ---

    // --- Comparing ---
    /// <summary>Aligns <paramref name="national"/> against <paramref name="model"/> and diffs every aligned pair.</summary>
    public Comparison Compare(LegalDocument model, LegalDocument national, CompareOptions? options = null, CancellationToken cancellationToken = default) =>
        GetService<IDocumentComparer>().Compare(model, national, options ?? Defaults.Compare, cancellationToken);

    /// <summary>
    /// Compares <paramref name="national"/> with the model of <paramref name="models"/> in its language; when the set has
    /// none in that language, across languages with the set's first model (unless <see cref="CompareOptions.CrossLanguage"/> is false).
    /// </summary>
    /// <exception cref="LanguageMismatchException">The set has no model in the text's language and cross-language comparison is off.</exception>
    public Comparison Compare(IModelResolver models, LegalDocument national, CompareOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(models);
        var o = options ?? Defaults.Compare;
        return Compare(models.Resolve(national, o.CrossLanguage).Document, national, o, cancellationToken);
    }

    /// <summary>The States × articles matrix of several comparisons (see <see cref="ArticleMatrix"/>).</summary>
    public ArticleMatrix Matrix(IEnumerable<Comparison> comparisons) => ArticleMatrix.From(comparisons);
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
    /// Writes any result in any of its formats: a <see cref="Comparison"/> as "json", "csv", "md" (and any other
    /// <see cref="Writing.IComparisonWriter"/>), "docx" (the redline) or "html" (the report); a <see cref="LegalDocument"/>
    /// as "json", "akn", "text", "outline"; an <see cref="ArticleMatrix"/> as "csv", "long-csv", "json"; a
    /// <see cref="Coverage.GapMatrix"/> as "json", "csv", "md"; and any type with a registered <see cref="IResultWriter{T}"/>.
    /// </summary>
    /// <exception cref="UnsupportedOperationException">No writer of that format for that type; the message lists the formats there are.</exception>
    public void Write<T>(T result, string format, Stream output, CancellationToken cancellationToken = default) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(output);
        var writers = ResultFormats.For<T>(_services);
        var writer = writers.FirstOrDefault(w => string.Equals(w.FormatName, format, StringComparison.OrdinalIgnoreCase))
            ?? throw new UnsupportedOperationException(
                $"no {typeof(T).Name} writer for format \"{format}\" (formats: {string.Join(", ", writers.Select(w => w.FormatName))})");
        writer.Write(result, output, cancellationToken);
    }

    /// <summary>Writes any result in one of its formats to <paramref name="path"/> (created or overwritten; nothing is left behind on error).</summary>
    /// <exception cref="UnsupportedOperationException">No writer of that format for that type.</exception>
    public async Task WriteAsync<T>(T result, string format, string path, CancellationToken cancellationToken = default) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(path);
        using var buffer = new MemoryStream();
        Write(result, format, buffer, cancellationToken);
        await File.WriteAllBytesAsync(path, buffer.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The formats <see cref="Write{T}(T, string, Stream, CancellationToken)"/> knows for <typeparamref name="T"/>.</summary>
    public IReadOnlyList<string> FormatsFor<T>() where T : notnull => ResultFormats.For<T>(_services).Select(w => w.FormatName).ToList();

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
