using System.Collections.Immutable;
using ModelLaw.Documents;

namespace ModelLaw.Drafting.CrossReferences;

/// <summary>
/// Finds cross-references in provision texts ("Article 5(2)(a)", "paragraph 3 of this Article", "Articles 5 to 7",
/// "l'article 5, paragraphe 2", "частью 2 настоящей статьи", "apartado 2 del artículo 87", "الفقرة (1) من هذه المادة",
/// "本法第三十六条", "section 3(1)(a)") and resolves internal ones to eIds, relative references from where they stand.
/// A qualifier naming another instrument binds every member of the list before it; "with regard to Regulation X:" and
/// "Directive X is amended as follows:" give unqualified references to that instrument. Stateless and thread-safe.
/// </summary>
public sealed class CrossReferenceExtractor
{
    /// <summary>Extracts and resolves every cross-reference in the document.</summary>
    public ImmutableArray<CrossReference> Extract(LegalDocument document, CancellationToken cancellationToken = default) =>
        Analyse(document, cancellationToken).References;

    /// <summary>
    /// The instruments the document cites, most cited first: how many references point into each and how often it is
    /// named. References to provisions of this document are not listed.
    /// </summary>
    public ImmutableArray<CitedInstrument> ListInstruments(LegalDocument document, CancellationToken cancellationToken = default) =>
        Analyse(document, cancellationToken).Instruments;

    internal ReferenceAnalysis Analyse(LegalDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentReferences(document).Run(cancellationToken);
    }

    /// <summary>Depth of a level, outermost first; the units (article, common-law section) share one depth.</summary>
    internal static int Rank(ProvisionKind kind) => kind switch
    {
        ProvisionKind.Part => 0, ProvisionKind.Title => 1, ProvisionKind.Chapter => 2, ProvisionKind.Subchapter => 3,
        ProvisionKind.Division => 3, ProvisionKind.Subdivision => 4, ProvisionKind.Section => 4, ProvisionKind.Subsection => 5,
        ProvisionKind.CrossHeading => 5, ProvisionKind.Annex => 6, ProvisionKind.Article or ProvisionKind.ActSection => 7,
        ProvisionKind.Paragraph or ProvisionKind.ActSubsection => 8, ProvisionKind.Subparagraph or ProvisionKind.ActParagraph => 9,
        ProvisionKind.Point or ProvisionKind.Definition or ProvisionKind.ActSubparagraph => 10, ProvisionKind.Subpoint or ProvisionKind.Clause => 11,
        ProvisionKind.Indent or ProvisionKind.Subclause => 12, ProvisionKind.Item => 13, _ => 14,
    };

    /// <summary>True for a text in common-law sections (its units are <see cref="ProvisionKind.ActSection"/>s).</summary>
    internal static bool IsSectionStyle(ProvisionIndex index) =>
        index.All.Any(p => p.Kind == ProvisionKind.ActSection) && !index.All.Any(p => p.Kind == ProvisionKind.Article);

    /// <summary>
    /// The level a level word names in a text of that style: in a section-style text "section", "subsection",
    /// "paragraph" and "subparagraph" are the levels of a common-law section.
    /// </summary>
    internal static ProvisionKind InStyle(ProvisionKind kind, bool sectionStyle) => !sectionStyle ? kind : kind switch
    {
        ProvisionKind.Section => ProvisionKind.ActSection,
        ProvisionKind.Subsection => ProvisionKind.ActSubsection,
        ProvisionKind.Paragraph => ProvisionKind.ActParagraph,
        ProvisionKind.Subparagraph => ProvisionKind.ActSubparagraph,
        ProvisionKind.Subpoint => ProvisionKind.Clause,
        _ => kind,
    };

    /// <summary>Normalises a cited or written number: "(a)" → "a", "10 bis" → "10a", "II" → "2" for divisions and annexes, "premier" → "1".</summary>
    internal static string NormaliseValue(string raw, ProvisionKind kind) => ReferenceNumbers.Normalise(raw, kind);

    /// <summary>The key and name of the instrument a document is, read from its title ("Directive 2003/71/EC"); null when the title names none.</summary>
    internal static InstrumentName? IdentityOf(LegalDocument document)
    {
        var v = CompiledVocabulary.For(document.Language);
        foreach (System.Text.RegularExpressions.Match m in v.Instrument.Matches(document.Title))
            if (InstrumentNames.Of(m.Groups["act"].Value, v) is { } name && InstrumentNames.IsSpecific(name)) return name;
        return string.IsNullOrWhiteSpace(document.Title) ? null : new InstrumentName(document.Title.Trim().ToLowerInvariant(), document.Title.Trim());
    }

    /// <summary>The key of an instrument named by a user ("Directive 2003/71/EC" → "Directive 2003/71").</summary>
    internal static string KeyOf(string name, string language) =>
        InstrumentNames.Of(name, CompiledVocabulary.For(language))?.Key ?? name.Trim().ToLowerInvariant();
}

/// <summary>Every reference of a document and the instruments it cites.</summary>
internal sealed record ReferenceAnalysis(ImmutableArray<CrossReference> References, ImmutableArray<CitedInstrument> Instruments);
