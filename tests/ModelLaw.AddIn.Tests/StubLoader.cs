using System.Text;
using ModelLaw.Documents;
using ModelLaw.Reading;

namespace ModelLaw.AddIn.Tests;

/// <summary>
/// A document loader that fails the way its upload's text says ("corrupt", "encrypted", ...), so the host's mapping of each
/// typed ModelLaw error to an HTTP problem can be checked without depending on what a real reader does with real bytes.
/// Sniffing refuses PDF content as the real loader does.
/// </summary>
internal sealed class StubLoader : IDocumentLoader
{
    public SourceFormat Sniff(ReadOnlySpan<byte> head, string? sourceName = null) =>
        head.StartsWith("%PDF"u8)
            ? throw new UnsupportedFormatException("PDF is not a supported input; export the draft as .docx", new SourceLocation(sourceName))
            : SourceFormat.Text;

    public async Task<LegalDocument> ReadAsync(Stream input, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(input, Encoding.UTF8);
        var what = (await reader.ReadToEndAsync(cancellationToken)).Trim();
        var where = new SourceLocation(options?.SourceName, Line: 3);
        throw what switch
        {
            "corrupt" => new CorruptDocumentException("word/document.xml is missing", where),
            "encrypted" => new EncryptedDocumentException("the document is password-protected", where),
            "unsafe-xml" => new UnsafeXmlException("DTD processing is prohibited", where),
            "limit" => new InputLimitExceededException("more than 64 nesting levels", where),
            "encoding" => new TextEncodingException("invalid UTF-8 byte sequence", where),
            "unsupported" => new UnsupportedFormatException("unknown XML vocabulary", where),
            "operation" => new UnsupportedOperationException("cannot compare texts in different languages", where),
            "crash" => new InvalidOperationException("secret internal state /srv/modellaw/private"),
            _ => new NotSupportedException("the stub loader reads nothing"),
        };
    }

    public Task<LegalDocument> ReadAsync(string path, ReadOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("the host must never read a path from a request");
}
