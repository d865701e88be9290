using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        services.TryAddSingleton<ModelLawEngine>();

        // --- Reading ---
        services.TryAddSingleton<ModelLaw.Reading.Docx.DocxReader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ModelLaw.Reading.IDocumentReader, ModelLaw.Reading.Docx.DocxReader>(
            sp => sp.GetRequiredService<ModelLaw.Reading.Docx.DocxReader>()));
        // --- end Reading ---

        // --- Comparing ---
        services.TryAddSingleton<ModelLaw.Comparing.Diffing.WordDiffer>();
        services.TryAddSingleton<ModelLaw.Comparing.IDocumentComparer, ModelLaw.Comparing.DocumentComparer>();
        // --- end Comparing ---

        // --- Coverage ---
        services.TryAddSingleton<ModelLaw.Coverage.ICoverageAnalyzer, ModelLaw.Coverage.CoverageAnalyzer>();
        // --- end Coverage ---

        // --- Writing ---
        services.TryAddSingleton<ModelLaw.Writing.Docx.IRedlineWriter, ModelLaw.Writing.Docx.DocxRedlineWriter>();
        // --- end Writing ---

        // --- Drafting ---
        services.TryAddSingleton<Drafting.CrossReferences.CrossReferenceExtractor>();
        services.TryAddSingleton<Drafting.Definitions.DefinitionExtractor>();
        services.TryAddSingleton<Drafting.Lint.ILinter, Drafting.Lint.Linter>();
        services.TryAddSingleton<Drafting.Renumbering.Renumberer>();
        services.TryAddSingleton<Drafting.Amendments.AmendmentGenerator>();
        services.TryAddSingleton<Drafting.Amendments.AmendmentApplier>();
        // --- end Drafting ---
        return services;
    }
}
