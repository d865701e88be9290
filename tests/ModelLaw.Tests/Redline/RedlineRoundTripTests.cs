using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Writing.Docx;

namespace ModelLaw.Tests.Redline;

/// <summary>
/// The drafter's loop: open the redline, accept every change, save, and read it again. What ModelLaw reads back must
/// be the national text's tree (same provisions, numbers, headings and text), for every corpus adaptation.
/// </summary>
public sealed class RedlineRoundTripTests
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();

    /// <summary>What Word's "Accept all changes" leaves of a .docx: insertions and move destinations kept, deletions and move sources gone.</summary>
    internal static byte[] AcceptAll(byte[] docx)
    {
        using var ms = new MemoryStream();
        ms.Write(docx);
        using (var doc = WordprocessingDocument.Open(ms, true))
        {
            var body = doc.MainDocumentPart!.Document!.Body!;
            foreach (var p in body.Descendants<Paragraph>().ToList())
            {
                var mark = p.ParagraphProperties?.ParagraphMarkRunProperties;
                bool markGone = mark?.GetFirstChild<Deleted>() is not null || mark?.GetFirstChild<MoveFrom>() is not null;
                foreach (var gone in p.Descendants().Where(e => e is DeletedRun or MoveFromRun or MoveFromRangeStart or MoveFromRangeEnd
                             or MoveToRangeStart or MoveToRangeEnd or CommentRangeStart or CommentRangeEnd).ToList())
                    gone.Remove();
                foreach (var r in p.Descendants<Run>().Where(r => r.GetFirstChild<CommentReference>() is not null).ToList()) r.Remove();
                foreach (var kept in p.Descendants().Where(e => e is InsertedRun or MoveToRun).ToList())
                {
                    foreach (var child in kept.ChildElements.ToList()) kept.InsertBeforeSelf(child.CloneNode(true));
                    kept.Remove();
                }
                mark?.Remove();
                if (markGone && p.InnerText.Trim().Length == 0) p.Remove();
            }
        }
        return ms.ToArray();
    }

    private static List<string> Shape(LegalDocument d) =>
        d.Root.Descendants().Where(p => !Preamble(d.Root, p))
            .Select(p => $"{p.Kind} | {p.Number?.Written} | {p.Heading} | {Norm(p.Content)}").ToList();

    private static bool Preamble(Provision root, Provision p) =>
        root.Children.Where(c => c.Kind is ProvisionKind.Preamble or ProvisionKind.Recital).Any(c => c.DescendantsAndSelf().Contains(p));

    private static string Norm(string s) => string.Join(" ", s.Split((char[])[' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));

    [TestCase("arcadia.en")]
    [TestCase("valmont.fr")]
    [TestCase("severia.ru")]
    [TestCase("aldara.es")]
    [TestCase("alwaha.ar")]
    [TestCase("haicheng.zh")]
    public async Task A_redline_with_every_change_accepted_reads_back_as_the_national_text(string name)
    {
        var language = name.Split('.')[1];
        var model = await Engine.ReadAsync(Path.Combine(TestPaths.Corpus, "models", $"ai-ct-model-law.{language}.txt"));
        var national = await Engine.ReadAsync(Path.Combine(TestPaths.Corpus, "national", $"{name}.txt"));
        var c = Engine.Compare(model, national);
        using var ms = new MemoryStream();
        Engine.GetService<IRedlineWriter>().Write(c, ms, new RedlineOptions { IncludeSummary = false });
        var accepted = AcceptAll(ms.ToArray());
        var back = await Engine.ReadAsync(new MemoryStream(accepted), ReadOptions.Default with { SourceName = name + ".docx", Language = language });

        var expected = Shape(national);
        var actual = Shape(back);
        int at = Enumerable.Range(0, Math.Min(expected.Count, actual.Count)).FirstOrDefault(i => expected[i] != actual[i], -1);
        if (at >= 0) Assert.Fail($"provision {at} reads back as\n  {actual[at]}\ninstead of\n  {expected[at]}");
        actual.Should().HaveCount(expected.Count);
    }
}
