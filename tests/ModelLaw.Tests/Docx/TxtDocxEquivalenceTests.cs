using System.Text.RegularExpressions;

namespace ModelLaw.Tests.Docx;

/// <summary>
/// The same law as .txt and as .docx with real automatic numbering: the reader must show every line exactly as the
/// text file has it (numbers resolved from numbering.xml), and the parser must build the same tree from both.
/// </summary>
public class TxtDocxEquivalenceTests
{
    public static IEnumerable<TestCaseData> RealTexts()
    {
        if (!Directory.Exists(TestPaths.RealTexts)) yield break;
        foreach (var dir in Directory.GetDirectories(TestPaths.RealTexts).Order(StringComparer.Ordinal))
            foreach (var name in new[] { "model.txt", "national.txt", "text.txt" })
                if (File.Exists(Path.Combine(dir, name)))
                    yield return new TestCaseData(Path.GetFileName(dir), name).SetName($"Real text {Path.GetFileName(dir)}/{name}");
    }

    public static IEnumerable<TestCaseData> CorpusTexts()
    {
        foreach (var sub in new[] { "models", "national" })
        {
            var dir = Path.Combine(TestPaths.Corpus, sub);
            if (!Directory.Exists(dir)) continue;
            foreach (var f in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
                yield return new TestCaseData(sub, Path.GetFileName(f)).SetName($"Corpus text {sub}/{Path.GetFileName(f)}");
        }
    }

    internal static string LanguageOf(string caseOrFile) =>
        caseOrFile.Contains("-fr") || caseOrFile.EndsWith("fr.txt") ? "fr"
        : caseOrFile.Contains("-ru") || caseOrFile.EndsWith("ru.txt") ? "ru"
        : caseOrFile.StartsWith("zh-") || caseOrFile.EndsWith(".zh.txt") ? "zh"
        : caseOrFile.StartsWith("es-") || caseOrFile.EndsWith(".es.txt") ? "es"
        : caseOrFile.StartsWith("ar-") || caseOrFile.EndsWith(".ar.txt") ? "ar" : "en";

    [TestCaseSource(nameof(RealTexts))]
    public void Real_text_as_docx_shows_every_line_of_the_text(string caseName, string file)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RequireRealTexts(), caseName, file));
        AssertSameLines(text, LanguageOf(caseName));
    }

    [TestCaseSource(nameof(CorpusTexts))]
    public void Corpus_text_as_docx_shows_every_line_of_the_text(string sub, string file)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Corpus, sub, file));
        AssertSameLines(text, LanguageOf(file));
    }

    [TestCaseSource(nameof(RealTexts))]
    public void Real_text_as_docx_parses_to_the_same_tree(string caseName, string file)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RequireRealTexts(), caseName, file));
        AssertSameTree(text, LanguageOf(caseName), file);
    }

    [TestCaseSource(nameof(CorpusTexts))]
    public void Corpus_text_as_docx_parses_to_the_same_tree(string sub, string file)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Corpus, sub, file));
        AssertSameTree(text, LanguageOf(file), file);
    }

    private static void AssertSameTree(string text, string language, string name)
    {
        var parser = TreeEquality.ParserOrIgnore();
        var fromText = parser.Parse(text, new ModelLaw.Reading.ReadOptions { SourceName = name });
        var docx = TextToDocx.Convert(text, language).Docx;
        var fromDocx = new ModelLaw.Reading.Docx.DocxReader(parser).Read(new MemoryStream(docx), new ModelLaw.Reading.ReadOptions { SourceName = name });
        TestContext.Out.WriteLine($"{fromText.Articles.Count()} articles from the text, {fromDocx.Articles.Count()} from the docx");
        TreeEquality.FirstDifference(fromText.Root, fromDocx.Root).Should().BeNull();
        fromDocx.Language.Should().Be(fromText.Language);
        fromDocx.Title.Should().Be(fromText.Title);
    }

    private static void AssertSameLines(string text, string language)
    {
        var result = TextToDocx.Convert(text, language);
        var expected = text.Replace("\r\n", "\n").Split('\n').Select(Collapse).Where(l => l.Length > 0).ToArray();
        var actual = DocxTestRead.Display(result.Docx);
        TestContext.Out.WriteLine($"{result.AutoNumbered} automatically numbered paragraphs ({result.Restarts} list restarts), {result.Literal} literal; lists: {string.Join(" | ", result.Lists)}");
        // Arabic articles are numbered in words (المادة الأولى), which no Word number format writes: those stay literal
        if (language != "ar") result.AutoNumbered.Should().BeGreaterThan(expected.Length / 5, "the generator must exercise automatic numbering");
        var firstDifference = Enumerable.Range(0, Math.Min(actual.Length, expected.Length)).FirstOrDefault(i => actual[i] != expected[i], -1);
        firstDifference.Should().Be(-1, "line {0} of the docx reads \"{1}\" where the text has \"{2}\"", firstDifference,
            firstDifference >= 0 ? actual[firstDifference] : "", firstDifference >= 0 ? expected[firstDifference] : "");
        actual.Length.Should().Be(expected.Length);
    }

    // Word shows the spaces a drafter typed; tabs become one space
    private static string Collapse(string s) => Regex.Replace(s.Trim(), @"[ ]*\t[\s]*", " ");
}
