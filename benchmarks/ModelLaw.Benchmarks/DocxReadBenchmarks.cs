using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using ModelLaw.DependencyInjection;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Reading.Docx;
using ModelLaw.Tests.Docx;

namespace ModelLaw.Benchmarks;

/// <summary>
/// Reading MiFID II (Directive 2014/65/EU, 97 articles, ~1,500 Word paragraphs, ~1,000 of them numbered automatically)
/// as a .docx: the logical lines alone (zip checks, OpenXML, numbering resolution) and the whole tree (lines + parser).
/// The .docx is generated from ../shared/real-texts at setup; without that folder the English corpus model law is used.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DocxReadBenchmarks
{
    private byte[] _docx = [];
    private DocxReader _reader = null!;
    private readonly ReadOptions _options = new() { SourceName = "mifid2.docx" };

    [GlobalSetup]
    public void Setup()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ModelLaw.sln"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException("ModelLaw.sln not found above " + AppContext.BaseDirectory);
        var mifid = Path.GetFullPath(Path.Combine(root.FullName, "..", "shared", "real-texts", "eu-mifid-2004-39-to-2014-65-en", "national.txt"));
        var path = File.Exists(mifid) ? mifid : Path.Combine(root.FullName, "corpus", "models", "ai-ct-model-law.en.txt");
        _docx = TextToDocx.Convert(File.ReadAllText(path), "en").Docx;
        var parser = new ServiceCollection().AddModelLaw().BuildServiceProvider().GetService<ITextParser>()
            ?? throw new InvalidOperationException("no ITextParser registered: the tree benchmark needs the plain-text parser");
        _reader = new DocxReader(parser);
    }

    [Benchmark]
    public int ReadLines() => _reader.ReadLines(new MemoryStream(_docx), _options).Count;

    [Benchmark]
    public LegalDocument ReadTree() => _reader.Read(new MemoryStream(_docx), _options);
}
