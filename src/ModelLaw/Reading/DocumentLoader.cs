using System.IO.Compression;
using System.Text;
using ModelLaw.Documents;
using ModelLaw.Reading.PlainText;

namespace ModelLaw.Reading;

/// <summary>
/// Reads any supported source: sniffs the format from the content (never from the file extension alone), enforces
/// <see cref="ReadLimits.MaxInputBytes"/> and hands the bytes to the registered reader of that format.
/// Stateless and thread-safe.
/// </summary>
public sealed class DocumentLoader : IDocumentLoader
{
    /// <summary>The Akoma Ntoso 3.0 namespace.</summary>
    public const string AkomaNtosoNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private readonly IReadOnlyDictionary<SourceFormat, IDocumentReader> _readers;

    /// <summary>Creates a loader over the registered readers (the last reader registered for a format wins).</summary>
    public DocumentLoader(IEnumerable<IDocumentReader> readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        var d = new Dictionary<SourceFormat, IDocumentReader>();
        foreach (var r in readers) d[r.Format] = r;
        _readers = d;
    }

    /// <inheritdoc />
    public SourceFormat Sniff(ReadOnlySpan<byte> head, string? sourceName = null)
    {
        var location = new SourceLocation(sourceName);
        if (head.StartsWith("PK\u0003\u0004"u8)) return SourceFormat.Docx; // confirmed when the zip is opened
        if (head.StartsWith("%PDF"u8))
            throw new UnsupportedFormatException("PDF is not supported: convert it to text, .docx or Akoma Ntoso first", location);
        // an OLE compound file is a legacy .doc or a password-protected .docx: the .docx reader tells them apart
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) return SourceFormat.Docx;
        if (head.StartsWith("{\\rtf"u8))
            throw new UnsupportedFormatException("RTF is not supported: save it as .docx or plain text", location);

        var text = DecodeHead(head);
        if (text is null)
            throw new UnsupportedFormatException("binary data: not text, .docx or Akoma Ntoso XML", location);
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith('<'))
        {
            var ns = RootNamespace(trimmed);
            if (ns == AkomaNtosoNamespace) return SourceFormat.AkomaNtoso;
            // a head cut inside the root tag, or a DOCTYPE (refused later by the XML reader): fall back on the namespace text
            if (ns is null && trimmed.Contains(AkomaNtosoNamespace, StringComparison.Ordinal)) return SourceFormat.AkomaNtoso;
            if (ns is { Length: > 0 } || trimmed.StartsWith("<?xml", StringComparison.Ordinal))
                throw new UnsupportedFormatException(
                    $"XML that is not Akoma Ntoso 3.0 (its root element is not in {AkomaNtosoNamespace})", location);
        }
        return SourceFormat.Text;
    }

    /// <summary>The namespace of the root element when the head is XML, else null.</summary>
    private static string? RootNamespace(string head)
    {
        try
        {
            var settings = new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = System.Xml.XmlReader.Create(new StringReader(head), settings);
            return reader.MoveToContent() == System.Xml.XmlNodeType.Element ? reader.NamespaceURI : null;
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

    /// <summary>Decodes the first bytes for sniffing; null when they are binary (NUL or control bytes in UTF-8).</summary>
    private static string? DecodeHead(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE) return Encoding.Unicode.GetString(head[2..(head.Length & ~1)]);
        if (head.Length >= 2 && head[0] == 0xFE && head[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(head[2..(head.Length & ~1)]);
        int control = 0;
        foreach (var b in head)
        {
            if (b == 0) return null;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
        }
        if (control > head.Length / 20 + 1) return null;
        return Encoding.UTF8.GetString(head);
    }

    /// <inheritdoc />
    public async Task<LegalDocument> ReadAsync(string path, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ReadOptions.Default;
        if (options.SourceName is null) options = options with { SourceName = Path.GetFileName(path) };
        var info = new FileInfo(path);
        if (!info.Exists) throw new ModelLawException($"file not found: {path}", new SourceLocation(options.SourceName));
        if (info.Length > options.Limits.MaxInputBytes)
            throw new InputLimitExceededException($"input is larger than the limit of {options.Limits.MaxInputBytes} bytes", new SourceLocation(options.SourceName));
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        return await ReadAsync(stream, options, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<LegalDocument> ReadAsync(Stream input, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= ReadOptions.Default;
        var bytes = await ReadLimitedAsync(input, options, cancellationToken).ConfigureAwait(false);
        var format = options.Format ?? Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, 4096)), options.SourceName);
        if (format == SourceFormat.Docx && options.Format is null) ConfirmDocx(bytes, options.SourceName);
        if (!_readers.TryGetValue(format, out var reader))
            throw new UnsupportedFormatException($"no reader is registered for {format} input", new SourceLocation(options.SourceName));
        cancellationToken.ThrowIfCancellationRequested();
        using var ms = new MemoryStream(bytes, writable: false);
        return reader.Read(ms, options with { Format = format }, cancellationToken);
    }

    private static void ConfirmDocx(byte[] bytes, string? sourceName)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) return; // OLE: see Sniff
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is null)
                throw new UnsupportedFormatException("a zip archive without word/document.xml is not a .docx document", new SourceLocation(sourceName));
        }
        catch (InvalidDataException ex)
        {
            throw new CorruptDocumentException("the zip archive is damaged: " + ex.Message, new SourceLocation(sourceName), ex);
        }
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream input, ReadOptions options, CancellationToken ct)
    {
        long max = options.Limits.MaxInputBytes;
        if (input.CanSeek && input.Length - input.Position > max)
            throw new InputLimitExceededException($"input is larger than the limit of {max} bytes", new SourceLocation(options.SourceName));
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = await input.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            if (ms.Length + n > max)
                throw new InputLimitExceededException($"input is larger than the limit of {max} bytes", new SourceLocation(options.SourceName));
            ms.Write(buffer, 0, n);
        }
        return ms.ToArray();
    }
}
