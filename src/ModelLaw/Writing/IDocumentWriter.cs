using ModelLaw.Documents;

namespace ModelLaw.Writing;

/// <summary>Writes a parsed document in one output format (JSON, Akoma Ntoso, outline...).</summary>
public interface IDocumentWriter
{
    /// <summary>Short format name used on the command line ("json", "akn", "outline").</summary>
    string FormatName { get; }

    /// <summary>Writes the document to a stream (UTF-8, no BOM). Output is deterministic for the same document.</summary>
    void Write(LegalDocument document, Stream output, CancellationToken cancellationToken = default);
}
