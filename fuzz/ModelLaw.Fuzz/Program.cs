using System.Text;
using ModelLaw;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Reading.AkomaNtoso;
using ModelLaw.Reading.Docx;
using ModelLaw.Reading.Html;
using ModelLaw.Reading.Markdown;
using ModelLaw.Reading.Odt;
using ModelLaw.Reading.PlainText;
using ModelLaw.Writing.AkomaNtoso;
using SharpFuzz;

namespace ModelLaw.Fuzz;

/// <summary>
/// Fuzzing harness. <c>ModelLaw.Fuzz TARGET</c> runs one target under AFL++ (input on stdin through SharpFuzz);
/// <c>ModelLaw.Fuzz seed CORPUS_DIR OUT_DIR</c> writes seed inputs for every target from the corpus texts;
/// <c>ModelLaw.Fuzz replay TARGET FILE...</c> runs inputs once without AFL (to reproduce a crash).
/// A typed <see cref="ModelLawException"/> is an accepted outcome; any other exception is a crash.
/// </summary>
internal static class Program
{
    // the readers live in Harness, whose static constructor must not run before SharpFuzz has set up AFL's shared memory:
    // code in the instrumented ModelLaw.dll crashes when it runs outside a fuzzing session

    /// <summary>The fuzz targets by name.</summary>
    public static readonly IReadOnlyDictionary<string, Action<Stream>> Targets = new Dictionary<string, Action<Stream>>
    {
        ["text"] = s => Guarded(() => Check(Harness.Parser.Read(s, Options(SourceFormat.Text)))),
        ["docx"] = s => Guarded(() => Check(Harness.Docx.Read(s, Options(SourceFormat.Docx)))),
        ["docxml"] = s => Guarded(() => Check(Harness.Docx.Read(new MemoryStream(WrapDocumentXml(ReadAll(s))), Options(SourceFormat.Docx)))),
        ["akn"] = s => Guarded(() => Check(Harness.Akn.Read(s, Options(SourceFormat.AkomaNtoso)))),
        ["odt"] = s => Guarded(() => Check(Harness.Odt.Read(s, Options(SourceFormat.Odt)))),
        ["odtxml"] = s => Guarded(() => Check(Harness.Odt.Read(new MemoryStream(FormatSeeds.OdtPackage(ReadAll(s))), Options(SourceFormat.Odt)))),
        ["html"] = s => Guarded(() => Check(Harness.Html.Read(s, Options(SourceFormat.Html)))),
        ["markdown"] = s => Guarded(() => Check(Harness.Markdown.Read(s, Options(SourceFormat.Markdown)))),
        // the loader as the CLI and the host use it: sniffing, encoding detection, every reader
        ["loader"] = s => Guarded(() => Check(Harness.Loader.ReadAsync(s, new ReadOptions { SourceName = "fuzz-input" }).GetAwaiter().GetResult())),
    };

    private static int Main(string[] args)
    {
        if (args.Length >= 3 && args[0] == "seed") return Seeds.Write(args[1], args[2], Harness.Parser, Harness.AknWriter);
        if (args.Length >= 3 && args[0] == "replay" && Targets.TryGetValue(args[1], out var replay))
        {
            int failed = 0;
            foreach (var file in args.Skip(2))
            {
                try
                {
                    using var fs = File.OpenRead(file);
                    replay(fs);
                    Console.WriteLine($"ok     {file}");
                }
                catch (Exception ex)
                {
                    failed++;
                    Console.WriteLine($"CRASH  {file}: {ex.GetType().FullName}: {ex.Message}");
                    Console.WriteLine(ex.StackTrace);
                }
            }
            return failed == 0 ? 0 : 1;
        }
        if (args.Length == 1 && Targets.TryGetValue(args[0], out var target))
        {
            Fuzzer.OutOfProcess.Run(target);
            return 0;
        }
        Console.Error.WriteLine("usage: ModelLaw.Fuzz {text|docx|docxml|akn|odt|odtxml|html|markdown|loader} | seed CORPUS_DIR OUT_DIR | replay TARGET FILE...");
        return 2;
    }

    /// <summary>The services under test (created on first use).</summary>
    private static class Harness
    {
        public static readonly TextParser Parser = TextParser.CreateDefault();
        public static readonly DocxReader Docx = new(Parser);
        public static readonly AkomaNtosoReader Akn = new();
        public static readonly AkomaNtosoWriter AknWriter = new();
        public static readonly OdtReader Odt = new(Parser);
        public static readonly HtmlReader Html = new(Parser);
        public static readonly MarkdownReader Markdown = new(Parser);
        public static readonly DocumentLoader Loader = new([Parser, Docx, Akn, Odt, Html, Markdown]);
    }

    private static ReadOptions Options(SourceFormat format) => new() { Format = format, SourceName = "fuzz-input" };

    /// <summary>Runs a read; typed errors are fine, anything else propagates and AFL records a crash.</summary>
    private static void Guarded(Action read)
    {
        try
        {
            read();
        }
        catch (ModelLawException)
        {
            // expected outcome for bad input
        }
    }

    /// <summary>What a read document must survive: export to Akoma Ntoso and reading that back.</summary>
    private static void Check(LegalDocument document)
    {
        var xml = Harness.AknWriter.WriteToString(document);
        Harness.Akn.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), Options(SourceFormat.AkomaNtoso));
    }

    private static byte[] ReadAll(Stream s)
    {
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>The marker that separates word/document.xml from word/numbering.xml in a "docxml" input.</summary>
    public const string NumberingMarker = "<!--numbering-->";

    /// <summary>Wraps fuzzed document.xml (and, after <see cref="NumberingMarker"/>, numbering.xml) into a valid package.</summary>
    public static byte[] WrapDocumentXml(byte[] input)
    {
        var marker = Encoding.ASCII.GetBytes(NumberingMarker);
        int at = input.AsSpan().IndexOf(marker);
        var document = at < 0 ? input : input[..at];
        var numbering = at < 0 ? null : input[(at + marker.Length)..];
        return Seeds.Package(document, numbering);
    }
}
