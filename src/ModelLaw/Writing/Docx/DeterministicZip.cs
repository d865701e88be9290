using System.IO.Compression;

namespace ModelLaw.Writing.Docx;

/// <summary>
/// Rewrites an Open XML package so that its bytes depend only on its content: System.IO.Packaging stamps every zip
/// entry with the current time, so the package is copied entry by entry with a fixed timestamp and a fixed entry order
/// ([Content_Types].xml first, as Office writes it, then by name).
/// </summary>
internal static class DeterministicZip
{
    /// <summary>The timestamp written on every entry: the earliest a zip can hold (1980-01-01).</summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Rewrite(Stream package, Stream output)
    {
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var entries = source.Entries
            .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1)
            .ThenBy(e => e.FullName, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = EntryTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
