using System.IO.Compression;
using System.Text;

namespace ModelLaw.Tests.Inputs;

/// <summary>
/// Builds small OpenDocument text packages in memory: the mimetype entry first and uncompressed (as ODF requires),
/// content.xml with the given automatic styles and body, styles.xml with common styles, and the manifest. Each test
/// shows the exact ODF markup LibreOffice stores; nothing binary is committed.
/// </summary>
internal static class OdtBuilder
{
    public const string Namespaces =
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" " +
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" " +
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" " +
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";

    public static string Content(string body, string automaticStyles = "") =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content {Namespaces} office:version=\"1.3\">" +
        $"<office:automatic-styles>{automaticStyles}</office:automatic-styles><office:body><office:text>{body}</office:text></office:body></office:document-content>";

    public static string Styles(string styles) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles {Namespaces} office:version=\"1.3\"><office:styles>{styles}</office:styles></office:document-styles>";

    public static byte[] Package(string body, string automaticStyles = "", string commonStyles = "", string mimetype = "application/vnd.oasis.opendocument.text",
        string? manifest = null, string? contentXml = null, IEnumerable<(string Name, byte[] Data)>? extra = null)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] data, CompressionLevel level = CompressionLevel.Optimal)
            {
                var e = zip.CreateEntry(name, level);
                e.LastWriteTime = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var s = e.Open();
                s.Write(data);
            }
            Add("mimetype", Encoding.ASCII.GetBytes(mimetype), CompressionLevel.NoCompression);
            Add("content.xml", Encoding.UTF8.GetBytes(contentXml ?? Content(body, automaticStyles)));
            Add("styles.xml", Encoding.UTF8.GetBytes(Styles(commonStyles)));
            Add("META-INF/manifest.xml", Encoding.UTF8.GetBytes(manifest ??
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">" +
                $"<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"{mimetype}\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>" +
                "</manifest:manifest>"));
            foreach (var (name, data) in extra ?? []) Add(name, data);
        }
        return ms.ToArray();
    }

    /// <summary>A paragraph.</summary>
    public static string P(string text, string? style = null) =>
        style is null ? $"<text:p>{Esc(text)}</text:p>" : $"<text:p text:style-name=\"{style}\">{Esc(text)}</text:p>";

    public static string Esc(string s) => System.Security.SecurityElement.Escape(s)!;
}
