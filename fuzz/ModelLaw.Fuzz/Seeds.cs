using System.IO.Compression;
using System.Security;
using System.Text;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Reading.PlainText;
using ModelLaw.Writing.AkomaNtoso;

namespace ModelLaw.Fuzz;

/// <summary>Makes small seed inputs for every target from the corpus texts (AFL works best on inputs of a few KB).</summary>
internal static class Seeds
{
    private const int ChunkChars = 1500;

    public static int Write(string corpusDir, string outDir, TextParser parser, AkomaNtosoWriter writer)
    {
        var texts = Directory.EnumerateFiles(corpusDir, "*.txt", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToList();
        foreach (var t in new[] { "text", "docx", "docxml", "akn" }.Concat(FormatSeeds.Targets)) Directory.CreateDirectory(Path.Combine(outDir, t));
        int n = 0;
        foreach (var path in texts)
        {
            var chunks = Chunks(File.ReadAllText(path)).ToList();
            // the opening (title, preamble, first articles) and one chunk from the middle (deep lists)
            foreach (var (chunk, i) in new[] { (chunks[0], 0), (chunks[chunks.Count / 2], 1) }.DistinctBy(c => c.Item1))
            {
                var name = $"{Path.GetFileNameWithoutExtension(path)}-{i}";
                File.WriteAllText(Path.Combine(outDir, "text", name + ".txt"), chunk, new UTF8Encoding(false));
                FormatSeeds.Write(outDir, name, chunk, n);
                var (document, numbering) = DocumentXml(chunk);
                File.WriteAllBytes(Path.Combine(outDir, "docx", name + ".docx"), Package(document, numbering));
                File.WriteAllBytes(Path.Combine(outDir, "docxml", name + ".xml"),
                    [.. document, .. Encoding.ASCII.GetBytes(Program.NumberingMarker), .. numbering]);
                try
                {
                    var doc = parser.Parse(chunk, new ReadOptions { SourceName = name });
                    File.WriteAllText(Path.Combine(outDir, "akn", name + ".xml"), writer.WriteToString(doc), new UTF8Encoding(false));
                }
                catch (ModelLawException ex)
                {
                    Console.Error.WriteLine($"no AKN seed from {name}: {ex.Message}");
                }
                n++;
            }
        }
        Console.WriteLine($"wrote {n} seeds per target from {texts.Count} texts into {outDir}");
        return 0;
    }

    /// <summary>Chunks of whole lines of about <see cref="ChunkChars"/> characters.</summary>
    private static IEnumerable<string> Chunks(string text)
    {
        var sb = new StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            sb.Append(line).Append('\n');
            if (sb.Length >= ChunkChars)
            {
                yield return sb.ToString();
                sb.Clear();
            }
        }
        if (sb.Length > 0) yield return sb.ToString();
    }

    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>
    /// A document.xml with one paragraph per line; lines opening with "1." or "(a)" lose the label and become level 0 or 1
    /// of an automatically numbered list, lines opening with a keyword ("Article", "Статья") get the Heading 2 style.
    /// </summary>
    private static (byte[] Document, byte[] Numbering) DocumentXml(string text)
    {
        var body = new StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            string ppr = "";
            var m = System.Text.RegularExpressions.Regex.Match(line, @"^(?:(\d{1,2})\.|\(([a-z])\))\s+(.*)$");
            if (m.Success)
            {
                int level = m.Groups[1].Success ? 0 : 1;
                ppr = $"<w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>";
                line = m.Groups[3].Value;
            }
            else if (line.StartsWith("Article", StringComparison.Ordinal) || line.StartsWith("Статья", StringComparison.Ordinal))
            {
                ppr = "<w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr>";
            }
            body.Append($"<w:p>{ppr}<w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(line)}</w:t></w:r></w:p>");
        }
        var document = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{W}\"><w:body>{body}</w:body></w:document>";
        var numbering = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"{W}\">" +
            "<w:abstractNum w:abstractNumId=\"0\">" +
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>" +
            "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%2)\"/></w:lvl>" +
            "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
        return (Encoding.UTF8.GetBytes(document), Encoding.UTF8.GetBytes(numbering));
    }

    /// <summary>A minimal .docx package around a document.xml and an optional numbering.xml (deterministic zip).</summary>
    public static byte[] Package(byte[] document, byte[]? numbering)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] content)
            {
                var e = zip.CreateEntry(name, CompressionLevel.Optimal);
                e.LastWriteTime = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var s = e.Open();
                s.Write(content);
            }
            Add("[Content_Types].xml", Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
                "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>" +
                "</Types>"));
            Add("_rels/.rels", Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>" +
                "</Relationships>"));
            Add("word/_rels/document.xml.rels", Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                (numbering is null ? "" : "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>") +
                "</Relationships>"));
            Add("word/document.xml", document);
            if (numbering is not null) Add("word/numbering.xml", numbering);
        }
        return ms.ToArray();
    }
}
