namespace ModelLaw.Documents.Json;

/// <summary>
/// The vocabulary of the ModelLaw document JSON schema (docs/json-schema.md) that its reader and its writer share,
/// so that neither wing borrows it from the other.
/// </summary>
internal static class JsonDocumentFormat
{
    /// <summary>The schema version written in <c>schemaVersion</c>. Readers accept any 1.x.</summary>
    public const string SchemaVersion = "1.0";

    /// <summary>The value of the top-level <c>kind</c> property of a document file.</summary>
    public const string DocumentKind = "document";

    /// <summary>The name a source format has in the JSON (<c>source.format</c>) and in AKN metadata.</summary>
    public static string SourceFormatName(SourceFormat format) => format switch
    {
        SourceFormat.Text => "text",
        SourceFormat.Docx => "docx",
        SourceFormat.AkomaNtoso => "akn",
        _ => format.ToString().ToLowerInvariant(),
    };
}
