using System.Text;
using ModelLaw.Documents;
using ModelLaw.Reading;

namespace ModelLaw.Benchmarks;

/// <summary>
/// <c>probe parse-dump OUTDIR</c>: writes every field of the parse of each real text and corpus text (tree, numbers, eIds,
/// citations, spans, notes, hashes, diagnostics) to one file per input and layout variant (as written, CRLF line ends,
/// blank lines removed, lines indented with trailing spaces). Two dumps made before and after a change of the parser
/// must be byte-identical (<c>diff -r</c>): the check that a speed-up changed nothing. The Akoma Ntoso reader is dumped
/// too: each text as written, written as AKN and read back ("akn-roundtrip"), and the real AKN files of ../shared/real-texts.
/// </summary>
internal static class ParseDump
{
    private static readonly (string Name, Func<string, string> Make)[] Variants =
    [
        ("as-written", t => t),
        ("crlf", t => t.Replace("\r\n", "\n").Replace("\n", "\r\n")),
        ("no-blank-lines", t => string.Join('\n', t.Split('\n').Where(l => l.Trim().Length > 0))),
        ("indented", t => string.Join('\n', t.Split('\n').Select(l => l.Length == 0 ? l : "  " + l + " \t"))),
    ];

    public static int Run(string[] args)
    {
        if (args.Length < 1) { Console.Error.WriteLine("usage: probe parse-dump OUTDIR"); return 2; }
        Directory.CreateDirectory(args[0]);
        var engine = ModelLawEngine.CreateDefault();
        var inputs = Inputs.RealPlainTexts().Select(f => (Name: "real/" + f, Path: Path.Combine(Inputs.RealTexts, f)))
            .Concat(Directory.EnumerateFiles(Path.Combine(Inputs.RepositoryRoot, "corpus"), "*.txt", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(f => (Name: "corpus/" + Path.GetRelativePath(Path.Combine(Inputs.RepositoryRoot, "corpus"), f).Replace('\\', '/'), Path: f)));
        int files = 0;
        foreach (var (name, path) in inputs)
        {
            var text = File.ReadAllText(path);
            foreach (var (variant, make) in Variants)
            {
                var doc = engine.Parse(make(text), ReadOptions.Default with { SourceName = name });
                var outFile = Path.Combine(args[0], (name + "." + variant + ".dump").Replace('/', '_'));
                File.WriteAllText(outFile, Dump(doc));
                files++;
            }
            var akn = new Writing.AkomaNtoso.AkomaNtosoWriter().WriteToString(engine.Parse(text, ReadOptions.Default with { SourceName = name }));
            File.WriteAllText(Path.Combine(args[0], (name + ".akn-roundtrip.dump").Replace('/', '_')), Dump(ReadAkn(akn, name)));
            files++;
        }
        foreach (var path in Directory.Exists(Inputs.RealTexts) ? Directory.EnumerateFiles(Inputs.RealTexts, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
        {
            var name = "real/" + Path.GetRelativePath(Inputs.RealTexts, path).Replace('\\', '/');
            File.WriteAllText(Path.Combine(args[0], (name + ".akn.dump").Replace('/', '_')), Dump(ReadAkn(File.ReadAllText(path), name)));
            files++;
        }
        Console.WriteLine($"{files} dumps written to {args[0]}");
        return 0;
    }

    private static LegalDocument ReadAkn(string xml, string name)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return new Reading.AkomaNtoso.AkomaNtosoReader().Read(stream, ReadOptions.Default with { SourceName = name });
    }

    private static string Dump(LegalDocument doc)
    {
        var sb = new StringBuilder();
        sb.Append("title: ").Append(doc.Title).Append('\n');
        sb.Append("language: ").Append(doc.Language).Append('\n');
        foreach (var (key, value) in doc.Metadata.OrderBy(m => m.Key, StringComparer.Ordinal)) sb.Append("metadata: ").Append(key).Append(" = ").Append(value).Append('\n');
        foreach (var d in doc.Diagnostics) sb.Append("diagnostic: ").Append(d).Append(" | ").Append(d.Span).Append('\n');
        Write(sb, doc.Root, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, Provision p, int depth)
    {
        var pad = new string(' ', depth * 2);
        sb.Append(pad).Append(p.Kind).Append(" [").Append(p.Number?.Written).Append('|').Append(p.Number?.Value).Append('|')
            .Append(p.Number?.Ordinal).Append("] eId=").Append(p.EId).Append(" cite=").Append(p.Citation).Append(" span=").Append(p.Span)
            .Append(" hash=").Append(p.ContentHash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture))
            .Append(" repealed=").Append(p.IsRepealed).Append('\n');
        if (p.Heading is not null) sb.Append(pad).Append("  heading: ").Append(p.Heading).Append('\n');
        if (p.Content.Length > 0) sb.Append(pad).Append("  content: ").Append(p.Content.Replace("\n", "⏎")).Append('\n');
        if (p.WrapUp is not null) sb.Append(pad).Append("  wrapup: ").Append(p.WrapUp.Replace("\n", "⏎")).Append('\n');
        foreach (var n in p.Notes) sb.Append(pad).Append("  note: ").Append(n).Append('\n');
        foreach (var t in p.Tags) sb.Append(pad).Append("  tag: ").Append(t).Append('\n');
        foreach (var c in p.Children) Write(sb, c, depth + 1);
    }
}
