using System.IO.Compression;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using ModelLaw.Reading;

namespace ModelLaw.Fuzz;

/// <summary>
/// Seeds for the OpenDocument, HTML, Markdown and loader targets, made from the same corpus chunks as the others: an
/// .odt whose "1." and "(a)" lines are automatic list numbers, a gazette-like HTML page (points as two-column tables,
/// lists, entities, a script), a Markdown file (front matter, comments, emphasis, links, a table), and for the loader
/// each of those plus the chunk in a legacy encoding.
/// </summary>
internal static partial class FormatSeeds
{
    public static readonly string[] Targets = ["odt", "odtxml", "html", "markdown", "loader"];

    private const string Ns =
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" " +
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"";

    private const string ListStyle =
        "<text:list-style style:name=\"L1\"><text:list-level-style-number text:level=\"1\" style:num-suffix=\".\" style:num-format=\"1\"/>" +
        "<text:list-level-style-number text:level=\"2\" style:num-prefix=\"(\" style:num-suffix=\")\" style:num-format=\"a\"/></text:list-style>";

    public static void Write(string outDir, string name, string chunk, int index)
    {
        var content = ContentXml(chunk);
        File.WriteAllBytes(Path.Combine(outDir, "odt", name + ".odt"), OdtPackage(Encoding.UTF8.GetBytes(content)));
        File.WriteAllText(Path.Combine(outDir, "odtxml", name + ".xml"), content, new UTF8Encoding(false));
        var html = Html(chunk);
        File.WriteAllText(Path.Combine(outDir, "html", name + ".html"), html, new UTF8Encoding(false));
        var markdown = Markdown(chunk);
        File.WriteAllText(Path.Combine(outDir, "markdown", name + ".md"), markdown, new UTF8Encoding(false));
        // the loader gets one format per chunk, in turn, and the plain chunk in a legacy code page of its script
        var loader = (index % 4) switch
        {
            0 => OdtPackage(Encoding.UTF8.GetBytes(content)),
            1 => Encoding.UTF8.GetBytes(html),
            2 => Encoding.UTF8.GetBytes(markdown),
            _ => Legacy(chunk),
        };
        File.WriteAllBytes(Path.Combine(outDir, "loader", name + ".bin"), loader);
    }

    private static byte[] Legacy(string chunk)
    {
        var codePage = chunk.Any(c => c is >= '\u0400' and <= '\u04FF') ? "windows-1251" : chunk.Any(c => c is >= '\u0600' and <= '\u06FF') ? "windows-1256" : chunk.Any(c => c >= '\u4E00') ? "gb18030" : "windows-1252";
        var encoding = (Encoding)TextEncodings.Resolve(codePage).Clone();
        encoding.EncoderFallback = new EncoderReplacementFallback("?");
        return encoding.GetBytes(chunk);
    }

    private static string ContentXml(string chunk)
    {
        var body = new StringBuilder();
        bool inList = false;
        foreach (var raw in chunk.Split('\n'))
        {
            var line = raw.Trim();
            var m = Numbered().Match(line);
            if (m.Success != inList) body.Append(inList ? "</text:list>" : "<text:list text:style-name=\"L1\" text:continue-numbering=\"true\">");
            inList = m.Success;
            if (m.Success)
            {
                var p = $"<text:p>{SecurityElement.Escape(m.Groups[3].Value)}</text:p>";
                body.Append(m.Groups[1].Success ? $"<text:list-item>{p}</text:list-item>" : $"<text:list-item><text:list><text:list-item>{p}</text:list-item></text:list></text:list-item>");
            }
            else if (line.StartsWith("CHAPTER", StringComparison.Ordinal) || line.StartsWith("Article", StringComparison.Ordinal))
                body.Append($"<text:h text:outline-level=\"{(line[0] == 'C' ? 1 : 2)}\">{SecurityElement.Escape(line)}</text:h>");
            else
                body.Append($"<text:p>{SecurityElement.Escape(line)}</text:p>");
        }
        if (inList) body.Append("</text:list>");
        return $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content {Ns} office:version=\"1.3\"><office:automatic-styles>{ListStyle}</office:automatic-styles>" +
               $"<office:body><office:text>{body}</office:text></office:body></office:document-content>";
    }

    [GeneratedRegex(@"^(?:(\d{1,2})\.|\(([a-z])\))\s+(.*)$")]
    private static partial Regex Numbered();

    private static string Html(string chunk)
    {
        var sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>OJ</title><script>var x = '<p>';</script></head><body><nav>Menu</nav>");
        foreach (var raw in chunk.Split('\n').Where(l => l.Trim().Length > 0))
        {
            var line = System.Net.WebUtility.HtmlEncode(raw.Trim());
            var m = Regex.Match(line, @"^(\([a-z0-9]+\)) (.*)$");
            sb.Append(m.Success
                ? $"<table><tr><td><p>{m.Groups[1].Value}</p></td><td><p>{m.Groups[2].Value}</p></td></tr></table>\n"
                : line.StartsWith("Article", StringComparison.Ordinal) ? $"<p class=\"ti-art\"><b>{line}</b><br></p>\n" : $"<p>{line}</p>\n");
        }
        return sb.Append("<ol type=\"a\"><li>one<li>two</ol></body></html>").ToString();
    }

    private static string Markdown(string chunk) =>
        "---\ntitle: \"Seed\"\nsource: corpus\n---\n\n<!-- seed -->\n\n" +
        Regex.Replace(chunk, @"^(CHAPTER|Article)", "## $1", RegexOptions.Multiline).Replace("shall", "**shall**") +
        "\n| a | b |\n|---|---|\n| [x](#y) | `z` |\n";

    /// <summary>A minimal .odt around a content.xml (mimetype first and stored, as ODF requires; deterministic zip).</summary>
    public static byte[] OdtPackage(byte[] content)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] data, CompressionLevel level)
            {
                var e = zip.CreateEntry(name, level);
                e.LastWriteTime = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var s = e.Open();
                s.Write(data);
            }
            Add("mimetype", "application/vnd.oasis.opendocument.text"u8.ToArray(), CompressionLevel.NoCompression);
            Add("content.xml", content, CompressionLevel.Optimal);
            Add("META-INF/manifest.xml", Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">" +
                "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>"), CompressionLevel.Optimal);
        }
        return ms.ToArray();
    }
}
