using System.IO.Compression;
using System.Text;
using ModelLaw.Documents;
using ModelLaw.Reading.PlainText;
using TextDecodingProbe = ModelLaw.Reading.PlainText.EncodingDetector;

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
    public SourceFormat Sniff(ReadOnlySpan<byte> head, string? sourceName = null) => Sniff(head, sourceName, null);

    private static SourceFormat Sniff(ReadOnlySpan<byte> head, string? sourceName, Encoding? encoding)
    {
        var location = new SourceLocation(sourceName);
        if (head.StartsWith("PK\u0003\u0004"u8)) return ZipFormat(head, location); // confirmed when the zip is opened
        if (head.StartsWith("%PDF"u8))
            throw new UnsupportedFormatException("PDF is not supported: convert it to text, .docx or Akoma Ntoso first", location);
        // an OLE compound file is a legacy .doc or a password-protected .docx: the .docx reader tells them apart
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) return SourceFormat.Docx;
        if (head.StartsWith("{\\rtf"u8))
            throw new UnsupportedFormatException("RTF is not supported: save it as .docx or plain text", location);

        var text = DecodeHead(head, encoding);
        if (text is null)
            throw new UnsupportedFormatException("binary data: not text, .docx, .odt, HTML or Akoma Ntoso XML", location);
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith('<'))
        {
            var ns = RootNamespace(trimmed);
            if (ns == AkomaNtosoNamespace) return SourceFormat.AkomaNtoso;
            if (ns == OdfOfficeNamespace) return SourceFormat.Odt; // flat OpenDocument (.fodt)
            if (ns == XhtmlNamespace) return SourceFormat.Html;
            // a head cut inside the root tag, or a DOCTYPE (refused later by the XML reader): fall back on the namespace text
            if (ns is null && trimmed.Contains(AkomaNtosoNamespace, StringComparison.Ordinal)) return SourceFormat.AkomaNtoso;
            if (string.IsNullOrEmpty(ns) && ContentSniffer.IsHtml(trimmed)) return SourceFormat.Html;
            if (ns is { Length: > 0 } || trimmed.StartsWith("<?xml", StringComparison.Ordinal))
                throw new UnsupportedFormatException(
                    $"XML that is not Akoma Ntoso 3.0 (its root element is not in {AkomaNtosoNamespace})", location);
        }
        return ContentSniffer.IsMarkdown(text, sourceName) ? SourceFormat.Markdown : SourceFormat.Text;
    }

    private const string OdfOfficeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>
    /// An OpenDocument package names its kind in an uncompressed first entry "mimetype" (ODF 1.2 §3.3), visible in the
    /// head; any other zip is taken for a Word package until the zip is opened.
    /// </summary>
    private static SourceFormat ZipFormat(ReadOnlySpan<byte> head, SourceLocation location)
    {
        if (head.Length < 38 || !head[30..38].SequenceEqual("mimetype"u8)) return SourceFormat.Docx;
        var rest = head[38..];
        if (rest.StartsWith("application/vnd.oasis.opendocument.text"u8) && !rest.StartsWith("application/vnd.oasis.opendocument.text-"u8))
            return SourceFormat.Odt;
        if (rest.StartsWith("application/vnd.oasis.opendocument."u8))
        {
            var kind = Encoding.ASCII.GetString(rest[35..Math.Min(rest.Length, 60)]).Split(['\0', '\u0003', 'P'])[0];
            throw new UnsupportedFormatException($"an OpenDocument {kind} is not a text document: save the text as an OpenDocument text (.odt)", location);
        }
        return SourceFormat.Docx;
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

    /// <summary>Decodes the first bytes for sniffing; null when they are binary (NUL or control bytes, and not UTF-16).</summary>
    private static string? DecodeHead(ReadOnlySpan<byte> head, Encoding? encoding)
    {
        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE) return Encoding.Unicode.GetString(head[2..(head.Length & ~1)]);
        if (head.Length >= 2 && head[0] == 0xFE && head[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(head[2..(head.Length & ~1)]);
        if (encoding is not null)
        {
            // lenient here: the reader decodes strictly and names the first bad byte
            var lenient = (Encoding)encoding.Clone();
            lenient.DecoderFallback = DecoderFallback.ReplacementFallback;
            return lenient.GetString(head[..(encoding.IsSingleByte ? head.Length : head.Length & ~1)]);
        }
        if (head.IndexOf((byte)0) >= 0 && TextDecodingProbe.LooksLikeUtf16(head, out var bigEndian))
            return (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(head[..(head.Length & ~1)]);
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
        var where = new SourceLocation(options.SourceName);
        if (bytes.Length == 0) throw new EmptyDocumentException("the file is empty: there is no text to read", where);
        var format = options.Format ?? Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, 4096)), options.SourceName, options.TextEncoding);
        if (format is SourceFormat.Docx or SourceFormat.Odt && options.Format is null && bytes.AsSpan().StartsWith("PK"u8)) format = ConfirmZip(bytes, format, options.SourceName);
        if (!_readers.TryGetValue(format, out var reader))
            throw new UnsupportedFormatException($"no reader is registered for {format} input", where);
        cancellationToken.ThrowIfCancellationRequested();
        using var ms = new MemoryStream(bytes, writable: false);
        var document = reader.Read(ms, options with { Format = format }, cancellationToken);
        if (!HasText(document.Root))
            throw new EmptyDocumentException($"no text in this {FormatName(format)} (only white space or markup): nothing to read or compare", where);
        return document;
    }

    /// <summary>Whether any provision holds a letter or a digit (the title alone may be the file name).</summary>
    private static bool HasText(Provision p)
    {
        static bool Any(string? s) => s is not null && s.Any(char.IsLetterOrDigit);
        if (Any(p.Content) || Any(p.Heading) || Any(p.WrapUp) || Any(p.Number?.Written)) return true;
        foreach (var c in p.Children)
            if (HasText(c)) return true;
        return false;
    }

    private static string FormatName(SourceFormat format) => format switch
    {
        SourceFormat.Docx => "Word document",
        SourceFormat.Odt => "OpenDocument text",
        SourceFormat.Html => "HTML page",
        SourceFormat.Markdown => "Markdown file",
        SourceFormat.AkomaNtoso => "Akoma Ntoso document",
        _ => "text file",
    };

    /// <summary>Opens a zip to tell a Word package from an OpenDocument text; anything else is refused by name.</summary>
    private static SourceFormat ConfirmZip(byte[] bytes, SourceFormat sniffed, string? sourceName)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) return SourceFormat.Docx; // OLE: see Sniff
        var where = new SourceLocation(sourceName);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null) return SourceFormat.Docx;
            if (zip.GetEntry("content.xml") is not null && (sniffed == SourceFormat.Odt || zip.GetEntry("META-INF/manifest.xml") is not null))
                return SourceFormat.Odt;
            throw new UnsupportedFormatException(
                "a zip archive that is neither a Word document (no word/document.xml) nor an OpenDocument text (no content.xml)", where);
        }
        catch (InvalidDataException ex)
        {
            throw new CorruptDocumentException("the zip archive is damaged: " + ex.Message, where, ex);
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
