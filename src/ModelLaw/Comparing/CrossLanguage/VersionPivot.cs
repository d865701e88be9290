using System.Collections.Immutable;
using ModelLaw.Documents;

namespace ModelLaw.Comparing.CrossLanguage;

/// <summary>
/// A comparison across languages made through the model's own version in the national text's language: the national
/// text is compared with that version by the same-language comparer (all its signals: words, definitions, references,
/// order), then every link's model side is given back as the model's provision of the same place. Relations, summary
/// and similarity are those against the version; word diffs are dropped, since their model words are the version's.
/// </summary>
internal static class VersionPivot
{
    public static Comparison Remap(Comparison throughVersion, LegalDocument model, ModelVersion version)
    {
        var links = Remap(throughVersion.Links, version);
        var concordance = throughVersion.Concordance
            .Select(r => r with { Model = Back(r.Model, version) })
            .Where(r => r.Model.Length > 0 || r.National.Length > 0)
            .ToImmutableArray();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, CrossLanguageComparer.UsedCode,
            $"The texts are in different languages (model '{model.Language}', national '{throughVersion.National.Language}'): the national text was compared "
            + $"with the model's own '{version.Document.Language}' version ({CrossLanguageComparer.Name(version.Document)}) and each link given back as the model "
            + "provision of the same place; relations are judged against that version, without word diffs. Set CompareOptions.CrossLanguage to false "
            + "(CLI: --no-cross-language) to refuse instead."));
        diagnostics.AddRange(throughVersion.Diagnostics);
        return throughVersion with
        {
            Model = model,
            Links = links,
            Concordance = concordance,
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    private static AlignmentLink Remap(AlignmentLink link, ModelVersion version)
    {
        var mapped = Back(link.Model, version);
        var relation = mapped.Length == 0 && link.Model.Length > 0 ? AlignmentRelation.Added : link.Relation;
        return link with
        {
            Model = mapped,
            Relation = relation,
            Diff = null,
            Children = Remap(link.Children, version),
        };
    }

    // an omitted provision of the version that stands for no model provision is no link at all
    private static ImmutableArray<AlignmentLink> Remap(ImmutableArray<AlignmentLink> links, ModelVersion version) =>
        links.Select(l => Remap(l, version)).Where(l => l.Model.Length > 0 || l.National.Length > 0).ToImmutableArray();

    // a provision of the version without a counterpart in the model (a point only one language splits) is left out
    private static ImmutableArray<Provision> Back(ImmutableArray<Provision> provisions, ModelVersion version) =>
        provisions.Select(version.ModelOf).OfType<Provision>().ToImmutableArray();
}
