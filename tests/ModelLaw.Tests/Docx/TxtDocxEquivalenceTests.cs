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
            foreach (var name in new[] { "model.txt", "national.txt" })
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
                // the generator writes Latin and Cyrillic labels only; Arabic and Chinese numbering is covered in Languages/
                if (!f.EndsWith(".ar.txt", StringComparison.Ordinal) && !f.EndsWith(".zh.txt", StringComparison.Ordinal))
                yield return new TestCaseData(sub, Path.GetFileName(f)).SetName($"Corpus text {sub}/{Path.GetFileName(f)}");
        }
    }

    internal static string LanguageOf(string caseOrFile) =>
        caseOrFile.Contains("-fr") || caseOrFile.EndsWith("fr.txt") ? "fr" : caseOrFile.Contains("-ru") || caseOrFile.EndsWith("ru.txt") ? "ru" : "en";

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

    private static void AssertSameLines(string text, string language)
    {
        var result = TextToDocx.Convert(text, language);
        var expected = text.Replace("\r\n", "\n").Split('\n').Select(Collapse).Where(l => l.Length > 0).ToArray();
        var actual = DocxTestRead.Display(result.Docx);
        TestContext.Out.WriteLine($"{result.AutoNumbered} automatically numbered paragraphs ({result.Restarts} list restarts), {result.Literal} literal; lists: {string.Join(" | ", result.Lists)}");
        result.AutoNumbered.Should().BeGreaterThan(expected.Length / 5, "the generator must exercise automatic numbering");
        var firstDifference = Enumerable.Range(0, Math.Min(actual.Length, expected.Length)).FirstOrDefault(i => actual[i] != expected[i], -1);
        firstDifference.Should().Be(-1, "line {0} of the docx reads \"{1}\" where the text has \"{2}\"", firstDifference,
            firstDifference >= 0 ? actual[firstDifference] : "", firstDifference >= 0 ? expected[firstDifference] : "");
        actual.Length.Should().Be(expected.Length);
    }

    private static string Collapse(string s) => Regex.Replace(s.Trim(), @"\s+", " ");
}
