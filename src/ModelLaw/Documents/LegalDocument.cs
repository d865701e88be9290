using System.Collections.Immutable;

namespace ModelLaw.Documents;

/// <summary>The source format a document was read from.</summary>
public enum SourceFormat
{
    /// <summary>Plain text or Markdown.</summary>
    Text,
    /// <summary>Word Open XML (.docx).</summary>
    Docx,
    /// <summary>Akoma Ntoso 3.0 XML.</summary>
    AkomaNtoso,
    /// <summary>OpenDocument text (.odt, or flat .fodt XML).</summary>
    Odt,
    /// <summary>HTML (a gazette page, an export of a word processor).</summary>
    Html,
    /// <summary>Markdown (CommonMark, with YAML front matter and pipe tables).</summary>
    Markdown,
}

/// <summary>
/// A parsed legal text: an immutable provision tree with its metadata and what the reader had to guess or skip.
/// </summary>
public sealed record LegalDocument
{
    private readonly Lazy<IReadOnlyDictionary<string, Provision>> _byEId;
    private readonly Lazy<IReadOnlyDictionary<string, Provision>> _byCitation;

    /// <summary>Creates a document around a root provision (kind <see cref="ProvisionKind.Document"/>).</summary>
    public LegalDocument(Provision root, string title, string language)
    {
        Root = root;
        Title = title;
        Language = language;
        _byEId = new(() => BuildIndex(p => p.EId));
        _byCitation = new(() => BuildIndex(p => CitationKey(p.Citation)));
    }

    // records copy fields on `with`; the indexes must be rebuilt for the copy, not shared with the original
    private LegalDocument(LegalDocument original)
    {
        Root = original.Root;
        Title = original.Title;
        Language = original.Language;
        Jurisdiction = original.Jurisdiction;
        SourceName = original.SourceName;
        Format = original.Format;
        Metadata = original.Metadata;
        Diagnostics = original.Diagnostics;
        _byEId = new(() => BuildIndex(p => p.EId));
        _byCitation = new(() => BuildIndex(p => CitationKey(p.Citation)));
    }

    /// <summary>Root of the provision tree.</summary>
    public Provision Root { get; init; }

    /// <summary>Title of the act.</summary>
    public string Title { get; init; }

    /// <summary>ISO 639-1 language code ("en", "fr", "ru", ...).</summary>
    public string Language { get; init; }

    /// <summary>Jurisdiction or issuing body, when known.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>Name of the source (file name), when known.</summary>
    public string? SourceName { get; init; }

    /// <summary>Format the document was read from.</summary>
    public SourceFormat Format { get; init; } = SourceFormat.Text;

    /// <summary>Free metadata (key → value).</summary>
    public ImmutableDictionary<string, string> Metadata { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>What the reader guessed, skipped or could not understand.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = ImmutableArray<Diagnostic>.Empty;

    /// <summary>Every provision below the root in document order.</summary>
    public IEnumerable<Provision> Provisions => Root.Descendants();

    /// <summary>All articles, in document order.</summary>
    public IEnumerable<Provision> Articles => Provisions.Where(p => p.Kind == ProvisionKind.Article);

    /// <summary>
    /// All units in document order: the articles of a civil-law text, the sections (<see cref="ProvisionKind.ActSection"/>)
    /// of a common-law one.
    /// </summary>
    public IEnumerable<Provision> Units => Provisions.Where(p => p.Kind.IsUnit());

    /// <summary>Finds a provision by eId, or null.</summary>
    public Provision? FindByEId(string eId) => _byEId.Value.GetValueOrDefault(eId);

    /// <summary>Finds a provision by its citation ("Article 5(2)(a)"), ignoring case and spaces; null when absent.</summary>
    public Provision? FindByCitation(string citation) => _byCitation.Value.GetValueOrDefault(CitationKey(citation));

    private static string CitationKey(string citation) =>
        string.Concat(citation.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();

    private IReadOnlyDictionary<string, Provision> BuildIndex(Func<Provision, string> key)
    {
        var d = new Dictionary<string, Provision>(StringComparer.Ordinal);
        foreach (var p in Root.Descendants()) d.TryAdd(key(p), p);
        return d;
    }
}
