using System.Collections.Immutable;
using System.Globalization;
using ModelLaw.Documents;
using ModelLaw.Drafting.CrossReferences;

namespace ModelLaw.Drafting.Lint;

/// <summary>
/// Findings about references: dangling internal ones (ML101), loose ones (ML112), and, for the instruments whose texts
/// were given, references to provisions those texts lack (ML110). One finding per reference as written, however many
/// provisions a list or range in it names. Stateless.
/// </summary>
internal static class ReferenceFindings
{
    /// <summary>Adds the findings; returns the keys of the instruments checked against a given text.</summary>
    public static ImmutableArray<string> Check(LegalDocument document, ReferenceAnalysis analysis, LintOptions options, FindingSink sink, CancellationToken ct)
    {
        var byEId = document.Provisions.ToDictionary(p => p.EId, StringComparer.Ordinal);
        Provision Source(CrossReference r) => byEId.GetValueOrDefault(r.SourceEId) ?? document.Root;

        foreach (var g in analysis.References.Where(r => r.Status == ReferenceStatus.Unresolved).GroupBy(r => (r.SourceEId, r.Offset, r.Text)))
            sink.Add(DiagnosticSeverity.Error, "ML101", "dangling-reference", Source(g.First()),
                $"'{Flat(g.Key.Text)}' refers to {PathText(g.First().Path, g.Key.Text)}, which does not exist in this text.");

        foreach (var g in analysis.References.Where(r => r.Loose).GroupBy(r => (r.SourceEId, r.Offset, r.Text)))
        {
            var r = g.First();
            sink.Add(DiagnosticSeverity.Warning, "ML112", "loose-reference", Source(r),
                $"'{Flat(r.Text)}' cites {PathText(r.Path, r.Text)} as a numbered paragraph, but its paragraphs are not numbered: read as subparagraph {r.Path[^1].Value}.");
        }

        var texts = ExternalIndex(document, options);
        if (texts.Count == 0) return ImmutableArray<string>.Empty;
        var keyOf = analysis.Instruments.ToDictionary(i => i.Name, i => i.Key, StringComparer.Ordinal);
        var checkedKeys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var g in analysis.References.Where(r => r.Status == ReferenceStatus.External && r.Instrument is not null).GroupBy(r => (r.SourceEId, r.Offset, r.Text, r.Instrument)))
        {
            ct.ThrowIfCancellationRequested();
            if (!keyOf.TryGetValue(g.Key.Instrument!, out var key) || !texts.TryGetValue(key, out var other)) continue;
            checkedKeys.Add(key);
            var missing = g.FirstOrDefault(r => !r.Path.IsEmpty && ReferenceResolver.Resolve(r.Path, other.Document.Root, null, other.Index, other.SectionStyle).Target is null);
            if (missing is not null)
                sink.Add(DiagnosticSeverity.Error, "ML110", "dangling-external-reference", Source(missing),
                    $"'{Flat(missing.Text)}' refers to {PathText(missing.Path, missing.Text)} of {g.Key.Instrument}, which its text ({other.Document.SourceName ?? other.Document.Title}) does not have.");
        }
        return checkedKeys.ToImmutableArray();
    }

    private sealed record Indexed(LegalDocument Document, ProvisionIndex Index, bool SectionStyle);

    private static Dictionary<string, Indexed> ExternalIndex(LegalDocument document, LintOptions options)
    {
        var texts = new Dictionary<string, Indexed>(StringComparer.Ordinal);
        foreach (var t in options.ExternalTexts)
        {
            var key = t.Name is { } name ? CrossReferenceExtractor.KeyOf(name, document.Language) : CrossReferenceExtractor.IdentityOf(t.Document)?.Key;
            if (key is null) continue;
            var index = new ProvisionIndex(t.Document);
            bool sectionStyle = CrossReferenceExtractor.IsSectionStyle(index);
            texts.TryAdd(key, new Indexed(t.Document, index, sectionStyle));
        }
        return texts;
    }

    private static string Flat(string text) => text.ReplaceLineEndings(" ");

    /// <summary>A path as a citation: "Article 26(4)", "Annex VI", "Article 3(2), subparagraph 1, point (e)".</summary>
    internal static string PathText(ImmutableArray<ReferenceStep> path, string written)
    {
        if (path.IsEmpty) return $"'{Flat(written)}'";
        var first = path[0];
        var value = (first.Kind.IsDivision() || first.Kind == ProvisionKind.Annex) && int.TryParse(first.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? Reading.PlainText.Numbering.RomanScheme.ToRoman(n) : first.Value;
        var name = first.Kind.ToString();
        if (name.StartsWith("Act", StringComparison.Ordinal)) name = name[3..];
        var text = $"{name[0]}{name[1..].ToLowerInvariant()} {value}";
        foreach (var step in path.Skip(1))
            text += step.Kind == ProvisionKind.Subparagraph ? $", subparagraph {step.Value}" : $"({step.Value})";
        return text;
    }
}
