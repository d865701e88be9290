using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelLaw.Reading.Citations;
using ModelLaw.Reading.Json;
using ModelLaw.Errors;

namespace ModelLaw.DependencyInjection;

/// <summary>Registers ModelLaw's services.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds every ModelLaw service (readers, comparer, coverage, writers) as singletons: they are stateless and thread-safe.
    /// Registrations use TryAdd, so an application may replace any service by registering its own first.
    /// </summary>
    public static IServiceCollection AddModelLaw(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<Workflows.ModelLawOptions>();
        services.TryAddSingleton<ModelLawEngine>();

        // --- Reading ---
        services.TryAddSingleton<ModelLaw.Reading.AkomaNtoso.AkomaNtosoReader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ModelLaw.Reading.IDocumentReader, ModelLaw.Reading.AkomaNtoso.AkomaNtosoReader>(
            sp => sp.GetRequiredService<ModelLaw.Reading.AkomaNtoso.AkomaNtosoReader>()));
        foreach (var profile in Reading.PlainText.BuiltInLanguages.All) services.AddSingleton(profile);
        services.TryAddSingleton<Reading.PlainText.TextParser>(sp => new Reading.PlainText.TextParser(sp.GetServices<Reading.PlainText.LanguageProfile>()));
        services.TryAddSingleton<Reading.ITextParser>(sp => sp.GetRequiredService<Reading.PlainText.TextParser>());
        services.AddSingleton<Reading.IDocumentReader>(sp => sp.GetRequiredService<Reading.PlainText.TextParser>());
        services.TryAddSingleton<Reading.IDocumentLoader, Reading.DocumentLoader>();
        services.TryAddSingleton(sp => new Reading.Citations.CitationParser(sp.GetServices<Reading.PlainText.LanguageProfile>()));
        services.TryAddSingleton<ModelLaw.Reading.Docx.DocxReader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ModelLaw.Reading.IDocumentReader, ModelLaw.Reading.Docx.DocxReader>(
            sp => sp.GetRequiredService<ModelLaw.Reading.Docx.DocxReader>()));
        services.TryAddSingleton<ModelLaw.Reading.Odt.OdtReader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ModelLaw.Reading.IDocumentReader, ModelLaw.Reading.Odt.OdtReader>(
            sp => sp.GetRequiredService<ModelLaw.Reading.Odt.OdtReader>()));
        services.TryAddSingleton<ModelLaw.Reading.Html.HtmlReader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ModelLaw.Reading.IDocumentReader, ModelLaw.Reading.Html.HtmlReader>(
            sp => sp.GetRequiredService<ModelLaw.Reading.Html.HtmlReader>()));
        services.TryAddSingleton<ModelLaw.Reading.Markdown.MarkdownReader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ModelLaw.Reading.IDocumentReader, ModelLaw.Reading.Markdown.MarkdownReader>(
            sp => sp.GetRequiredService<ModelLaw.Reading.Markdown.MarkdownReader>()));
        // --- end Reading ---

        // --- Comparing ---
        services.TryAddSingleton<ModelLaw.Comparing.Diffing.WordDiffer>();
        services.TryAddSingleton<ModelLaw.Comparing.IDocumentComparer, ModelLaw.Comparing.DocumentComparer>();
        // --- end Comparing ---

        // --- Workflows ---
        services.TryAddSingleton<ModelLaw.Workflows.Models.LanguageGuard>();
        services.TryAddSingleton<ModelLaw.Workflows.Batch.BatchComparer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Workflows.Output.IResultWriter<Workflows.Matrix.ArticleMatrix>, Workflows.Output.ArticleMatrixCsvWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Workflows.Output.IResultWriter<Workflows.Matrix.ArticleMatrix>, Workflows.Output.ArticleMatrixLongCsvWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Workflows.Output.IResultWriter<Workflows.Matrix.ArticleMatrix>, Workflows.Output.ArticleMatrixJsonWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Workflows.Output.IResultWriter<Coverage.GapMatrix>, Workflows.Output.GapMatrixJsonWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Workflows.Output.IResultWriter<Coverage.GapMatrix>, Workflows.Output.GapMatrixCsvWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Workflows.Output.IResultWriter<Coverage.GapMatrix>, Workflows.Output.GapMatrixMarkdownWriter>());
        // --- end Workflows ---

        // --- Coverage ---
        services.TryAddSingleton<ModelLaw.Coverage.ICoverageAnalyzer, ModelLaw.Coverage.CoverageAnalyzer>();
        services.TryAddSingleton(sp => new ModelLaw.Coverage.Evaluation.LabelledCoverageEvaluator(sp.GetRequiredService<ModelLaw.Coverage.ICoverageAnalyzer>()));
        // --- end Coverage ---

        // --- Writing ---
        services.TryAddSingleton<ModelLaw.Writing.Json.JsonDocumentWriter>();
        services.TryAddSingleton<ModelLaw.Reading.Json.JsonDocumentReader>();
        services.TryAddSingleton<ModelLaw.Writing.AkomaNtoso.AkomaNtosoWriter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ModelLaw.Writing.IDocumentWriter, ModelLaw.Writing.Json.JsonDocumentWriter>(
            sp => sp.GetRequiredService<ModelLaw.Writing.Json.JsonDocumentWriter>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ModelLaw.Writing.IDocumentWriter, ModelLaw.Writing.AkomaNtoso.AkomaNtosoWriter>(
            sp => sp.GetRequiredService<ModelLaw.Writing.AkomaNtoso.AkomaNtosoWriter>()));
        services.AddSingleton<Writing.IDocumentWriter, Writing.PlainText.PlainTextWriter>();
        services.AddSingleton<Writing.IDocumentWriter, Writing.PlainText.OutlineWriter>();
        services.TryAddSingleton<ModelLaw.Writing.Docx.IRedlineWriter, ModelLaw.Writing.Docx.DocxRedlineWriter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ModelLaw.Writing.IComparisonWriter, ModelLaw.Writing.Json.ComparisonJsonWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ModelLaw.Writing.IComparisonWriter, ModelLaw.Writing.Csv.ConcordanceCsvWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ModelLaw.Writing.IComparisonWriter, ModelLaw.Writing.Markdown.ComparisonMarkdownWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ModelLaw.Writing.IComparisonWriter, ModelLaw.Writing.PlainText.ComparisonSummaryWriter>());
        services.TryAddSingleton<ModelLaw.Writing.Html.IReportWriter, ModelLaw.Writing.Html.HtmlReportWriter>();
        services.TryAddSingleton<ModelLaw.Writing.Table.IComparativeTableWriter, ModelLaw.Writing.Table.ComparativeTableWriter>();
        // --- end Writing ---

        // --- Drafting ---
        services.TryAddSingleton<Drafting.CrossReferences.CrossReferenceExtractor>();
        services.TryAddSingleton<Drafting.Definitions.DefinitionExtractor>();
        services.TryAddSingleton<Drafting.Lint.ILinter, Drafting.Lint.Linter>();
        services.TryAddSingleton<Drafting.Renumbering.Renumberer>();
        services.TryAddSingleton<Drafting.Amendments.AmendmentGenerator>();
        services.TryAddSingleton<Drafting.Amendments.AmendmentApplier>();
        services.TryAddSingleton<Writing.Json.AmendingActJson>();
        // --- end Drafting ---
        return services;
    }

    /// <summary>
    /// Adds every ModelLaw service and sets the application-wide defaults (reading limits, compare options): the
    /// function gets the defaults so far and returns the ones to use.
    /// </summary>
    /// <example><code>services.AddModelLaw(o => o with { Limits = o.Limits with { MaxInputBytes = 4 * 1024 * 1024 } });</code></example>
    public static IServiceCollection AddModelLaw(this IServiceCollection services, Func<Workflows.ModelLawOptions, Workflows.ModelLawOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddModelLaw().Configure<Workflows.ModelLawOptions>(o => o.Assign(configure(o) ?? throw new InvalidConfigurationException("the AddModelLaw options function returned null")));
        return services;
    }

    /// <summary>
    /// Adds every ModelLaw service and binds the defaults (<see cref="Workflows.ModelLawOptions"/>) from configuration: a
    /// section holding <c>Limits</c> and <c>Compare</c>, with the property names of <see cref="Reading.ReadLimits"/> and
    /// <see cref="Comparing.CompareOptions"/>.
    /// </summary>
    public static IServiceCollection AddModelLaw(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModelLaw().Configure<Workflows.ModelLawOptions>(configuration);
        return services;
    }
}
