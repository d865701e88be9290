using System.IO.Compression;
using System.Text;

namespace ModelLaw.Reading.Docx;

/// <summary>
/// Checks an untrusted .docx before the OpenXML SDK sees it: the file signature (zip, not an OLE compound file,
/// not a PDF), the zip central directory against <see cref="ReadLimits"/> (entry count, expansion ratio, total size),
/// the presence of word/document.xml, and the absence of a DTD in the XML parts that will be parsed.
/// </summary>
internal static class DocxPackageGuard
{
    private static readonly byte[] ZipLocalHeader = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] ZipEmptyArchive = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();

    /// <summary>Entries smaller than this are too small for their ratio to matter (a 2 KB run of zeros is no bomb).</summary>
    internal const long RatioFloorBytes = 64 * 1024;

    /// <summary>How much of each XML part is scanned for a DOCTYPE (the prologue comes first).</summary>
    private const int PrologueBytes = 4096;

    /// <summary>The parts whose XML the reader parses.</summary>
    private static readonly string[] ParsedParts =
        ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml", "word/_rels/document.xml.rels"];

    /// <summary>Copies the input into memory, refusing more than <see cref="ReadLimits.MaxInputBytes"/>.</summary>
    public static MemoryStream Buffer(Stream input, ReadOptions options, CancellationToken cancellationToken)
    {
        var max = options.Limits.MaxInputBytes;
        if (input.CanSeek && input.Length - input.Position > max)
            throw TooLarge(options, input.Length - input.Position, max);
        var buffer = new MemoryStream(input.CanSeek ? (int)Math.Min(input.Length - input.Position, int.MaxValue) : 64 * 1024);
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (buffer.Length + read > max) throw TooLarge(options, buffer.Length + read, max);
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        return buffer;
    }

    /// <summary>Runs every check; throws a typed <see cref="ModelLawException"/> naming the source and the reason.</summary>
    public static void Check(MemoryStream package, ReadOptions options, CancellationToken cancellationToken)
    {
        var where = new SourceLocation(options.SourceName);
        var bytes = package.GetBuffer().AsSpan(0, (int)package.Length);
        CheckSignature(bytes, where);

        package.Position = 0;
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new CorruptDocumentException("not a readable .docx: the zip is truncated or damaged (" + e.Message + ")", where, e);
        }

        using (zip)
        {
            var limits = options.Limits;
            IReadOnlyCollection<ZipArchiveEntry> entries;
            try
            {
                entries = zip.Entries;
            }
            catch (InvalidDataException e)
            {
                throw new CorruptDocumentException("not a readable .docx: the zip directory is damaged (" + e.Message + ")", where, e);
            }
            if (entries.Count > limits.MaxZipEntries)
                throw new InputLimitExceededException(
                    $"the .docx zip holds {entries.Count} entries; the limit is {limits.MaxZipEntries}", where);

            long total = 0;
            foreach (var e in entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (e.Length < 0 || e.CompressedLength < 0)
                    throw new CorruptDocumentException($"zip entry '{e.FullName}' declares a negative size", where);
                total += e.Length;
                if (total > limits.MaxUncompressedBytes)
                    throw new InputLimitExceededException(
                        $"the .docx expands to more than {limits.MaxUncompressedBytes:N0} bytes (limit MaxUncompressedBytes); refused as a possible zip bomb", where);
                if (e.Length >= RatioFloorBytes)
                {
                    var ratio = (double)e.Length / Math.Max(1, e.CompressedLength);
                    if (ratio > limits.MaxExpansionRatio)
                        throw new InputLimitExceededException(
                            $"zip entry '{e.FullName}' expands {ratio:F0}× ({e.CompressedLength:N0} → {e.Length:N0} bytes); the limit is {limits.MaxExpansionRatio:F0}× (possible zip bomb)", where);
                }
            }

            if (zip.GetEntry("word/document.xml") is null && !HasMainDocumentRelationship(zip, where))
                throw new CorruptDocumentException(
                    "not a Word document: the zip has no word/document.xml" + (zip.GetEntry("[Content_Types].xml") is null ? " and no [Content_Types].xml" : ""), where);

            foreach (var name in ParsedParts)
            {
                if (zip.GetEntry(name) is not { } entry) continue;
                cancellationToken.ThrowIfCancellationRequested();
                if (HasDoctype(entry, where))
                    throw new UnsafeXmlException($"{name} contains a DTD (<!DOCTYPE>); DTDs are refused for safety", where);
            }
        }
        package.Position = 0;
    }

    private static void CheckSignature(ReadOnlySpan<byte> bytes, SourceLocation where)
    {
        if (bytes.Length == 0) throw new CorruptDocumentException("the file is empty", where);
        if (bytes.StartsWith(CompoundFile))
        {
            if (ContainsUtf16(bytes, "EncryptionInfo") || ContainsUtf16(bytes, "EncryptedPackage"))
                throw new EncryptedDocumentException(
                    "the document is password-protected (encrypted Office package); remove the password in Word and save again", where);
            throw new UnsupportedFormatException(
                "this is an OLE compound file (a Word 97-2003 .doc or similar), not a .docx; save it as .docx", where);
        }
        if (bytes.StartsWith(Pdf))
            throw new UnsupportedFormatException("this is a PDF, not a Word document; convert it to .docx or plain text first", where);
        if (!bytes.StartsWith(ZipLocalHeader) && !bytes.StartsWith(ZipEmptyArchive))
            throw new UnsupportedFormatException("not a .docx: the file is not a zip package", where);
    }

    private static bool ContainsUtf16(ReadOnlySpan<byte> bytes, string name) =>
        bytes.IndexOf(Encoding.Unicode.GetBytes(name)) >= 0;

    private static bool HasMainDocumentRelationship(ZipArchive zip, SourceLocation where)
    {
        // a main part elsewhere than word/document.xml is legal; the package relationships name it
        if (zip.GetEntry("_rels/.rels") is not { } rels || rels.Length > 1024 * 1024) return false;
        string text;
        try
        {
            using var reader = new StreamReader(rels.Open(), Encoding.UTF8);
            text = reader.ReadToEnd();
        }
        catch (InvalidDataException e)
        {
            // found by fuzzing: a damaged local header or an unknown compression method of _rels/.rels
            throw new CorruptDocumentException($"zip entry '{rels.FullName}' cannot be read ({e.Message})", where, e);
        }
        return text.Contains("/officeDocument\"", StringComparison.Ordinal) && text.Contains("document", StringComparison.OrdinalIgnoreCase)
            && zip.Entries.Any(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && e.FullName.Contains("document", StringComparison.OrdinalIgnoreCase));
    }

    private static bool HasDoctype(ZipArchiveEntry entry, SourceLocation where)
    {
        var head = new byte[PrologueBytes];
        int filled = 0;
        try
        {
            using var s = entry.Open();
            int n;
            while (filled < head.Length && (n = s.Read(head, filled, head.Length - filled)) > 0) filled += n;
        }
        catch (InvalidDataException e)
        {
            throw new CorruptDocumentException($"zip entry '{entry.FullName}' cannot be decompressed ({e.Message})", where, e);
        }
        var span = head.AsSpan(0, filled);
        return span.IndexOf("<!DOCTYPE"u8) >= 0 || span.IndexOf("<!doctype"u8) >= 0
            || span.IndexOf(Encoding.Unicode.GetBytes("<!DOCTYPE")) >= 0;
    }

    private static InputLimitExceededException TooLarge(ReadOptions options, long size, long max) =>
        new($"the input is larger than {max:N0} bytes (limit MaxInputBytes; at least {size:N0} bytes read)", new SourceLocation(options.SourceName));
}
