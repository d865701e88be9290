using System.IO.Compression;

namespace ModelLaw.Reading.Zip;

/// <summary>
/// Opens an untrusted zip package (an OpenDocument file) under <see cref="ReadLimits"/>: the input size, the entry
/// count, the expansion ratio of every entry of 64 KiB or more and the total size, all from the central directory
/// before anything is inflated; then reads single entries with a size cap. Errors name the format and the reason.
/// Nested archives are never opened: only the entries asked for are read.
/// </summary>
internal static class ZipPackageGuard
{
    /// <summary>Entries smaller than this are too small for their ratio to matter.</summary>
    private const long RatioFloorBytes = 64 * 1024;

    /// <summary>Opens the package; <paramref name="label"/> names the format in messages (".odt").</summary>
    public static ZipArchive Open(byte[] bytes, ReadOptions options, string label, CancellationToken ct)
    {
        var where = new SourceLocation(options.SourceName);
        if (bytes.Length > options.Limits.MaxInputBytes)
            throw new InputLimitExceededException($"the input is larger than {options.Limits.MaxInputBytes:N0} bytes (limit MaxInputBytes)", where);
        if (bytes.Length == 0) throw new EmptyDocumentException("the file is empty", where);
        if (!bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
            throw new UnsupportedFormatException($"not {label}: the file is not a zip package", where);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            CheckEntries(zip, options.Limits, label, where, ct);
        }
        catch (InvalidDataException e)
        {
            throw new CorruptDocumentException($"not a readable {label}: the zip is truncated or damaged ({e.Message})", where, e);
        }
        return zip;
    }

    private static void CheckEntries(ZipArchive zip, ReadLimits limits, string label, SourceLocation where, CancellationToken ct)
    {
        var entries = zip.Entries;
        if (entries.Count > limits.MaxZipEntries)
            throw new InputLimitExceededException($"the {label} zip holds {entries.Count} entries; the limit is {limits.MaxZipEntries}", where);
        long total = 0;
        foreach (var e in entries)
        {
            ct.ThrowIfCancellationRequested();
            if (e.Length < 0 || e.CompressedLength < 0)
                throw new CorruptDocumentException($"zip entry '{e.FullName}' declares a negative size", where);
            total += e.Length;
            if (total > limits.MaxUncompressedBytes)
                throw new InputLimitExceededException(
                    $"the {label} expands to more than {limits.MaxUncompressedBytes:N0} bytes (limit MaxUncompressedBytes); refused as a possible zip bomb", where);
            if (e.Length < RatioFloorBytes) continue;
            var ratio = (double)e.Length / Math.Max(1, e.CompressedLength);
            if (ratio > limits.MaxExpansionRatio)
                throw new InputLimitExceededException(
                    $"zip entry '{e.FullName}' expands {ratio:F0}× ({e.CompressedLength:N0} → {e.Length:N0} bytes); the limit is {limits.MaxExpansionRatio:F0}× (possible zip bomb)", where);
        }
    }

    /// <summary>The bytes of one entry, or null when it is absent; never more than the entry declares.</summary>
    public static byte[]? Read(ZipArchive zip, string name, SourceLocation where)
    {
        if (zip.GetEntry(name) is not { } entry) return null;
        try
        {
            using var s = entry.Open();
            // the zip library stops at the declared size: an entry that lies about it arrives cut, and fails as XML
            var buffer = new byte[entry.Length];
            int filled = 0, n;
            while (filled < buffer.Length && (n = s.Read(buffer, filled, buffer.Length - filled)) > 0) filled += n;
            return filled == buffer.Length ? buffer : buffer[..filled];
        }
        catch (InvalidDataException e)
        {
            throw new CorruptDocumentException($"zip entry '{name}' cannot be decompressed ({e.Message})", where, e);
        }
    }
}
