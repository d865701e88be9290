using ModelLaw.Documents;

namespace ModelLaw.Reading;

/// <summary>Reads one source format into a <see cref="LegalDocument"/>.</summary>
public interface IDocumentReader
{
    /// <summary>The format this reader understands.</summary>
    SourceFormat Format { get; }

    /// <summary>Reads a whole document. Throws a <see cref="ModelLawException"/> subclass on bad input.</summary>
    LegalDocument Read(Stream input, ReadOptions options, CancellationToken cancellationToken = default);
}

/// <summary>Parses plain text or Markdown that is already decoded.</summary>
public interface ITextParser
{
    /// <summary>Parses text into a provision tree; never throws for text without structure (it reports a diagnostic instead).</summary>
    LegalDocument Parse(string text, ReadOptions options, CancellationToken cancellationToken = default);
}

/// <summary>Reads any supported source: sniffs the format from the content and hands it to the right reader.</summary>
public interface IDocumentLoader
{
    /// <summary>Detects the format of a source from its first bytes.</summary>
    SourceFormat Sniff(ReadOnlySpan<byte> head, string? sourceName = null);

    /// <summary>Reads a document from a stream.</summary>
    Task<LegalDocument> ReadAsync(Stream input, ReadOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a document from a file.</summary>
    Task<LegalDocument> ReadAsync(string path, ReadOptions? options = null, CancellationToken cancellationToken = default);
}
