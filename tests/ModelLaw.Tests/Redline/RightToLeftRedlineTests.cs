using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ModelLaw.Comparing;
using ModelLaw.Writing.Docx;

namespace ModelLaw.Tests.Redline;

/// <summary>
/// The Al-Waha redline (Arabic) is right to left as Word marks it: the section and every paragraph with w:bidi (labels on
/// the right), every run of Arabic text with w:rtl, tracked changes included; and an English redline carries none of it.
/// </summary>
[NonParallelizable]
public sealed class RightToLeftRedlineTests
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();

    private static async Task<byte[]> RedlineAsync(string name)
    {
        var language = name.Split('.')[1];
        var model = await Engine.ReadAsync(Path.Combine(TestPaths.Corpus, "models", $"ai-ct-model-law.{language}.txt"));
        var national = await Engine.ReadAsync(Path.Combine(TestPaths.Corpus, "national", $"{name}.txt"));
        using var ms = new MemoryStream();
        Engine.GetService<IRedlineWriter>().Write(Engine.Compare(model, national), ms, new RedlineOptions { IncludeSummary = false });
        return ms.ToArray();
    }

    private static bool IsArabic(string s) => s.Any(c => c is >= '\u0600' and <= '\u06FF');

    [Test]
    public async Task The_Al_Waha_redline_is_right_to_left_with_its_labels_on_the_right()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(await RedlineAsync("alwaha.ar")), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        body.Elements<SectionProperties>().Single().GetFirstChild<BiDi>().Should().NotBeNull("the section reads from the right");

        var arabic = body.Descendants<Paragraph>().Where(p => IsArabic(p.InnerText)).ToList();
        arabic.Should().HaveCountGreaterThan(100);
        arabic.Should().OnlyContain(p => p.ParagraphProperties != null && p.ParagraphProperties.GetFirstChild<BiDi>() != null,
            "every Arabic paragraph is a right-to-left paragraph");

        var runs = body.Descendants<Run>().Where(r => IsArabic(r.InnerText)).ToList();
        runs.Should().Contain(r => r.Ancestors<InsertedRun>().Any()).And.Contain(r => r.Ancestors<DeletedRun>().Any(), "the redline has tracked changes");
        runs.Should().OnlyContain(r => r.RunProperties != null && r.RunProperties.GetFirstChild<RightToLeftText>() != null,
            "every run of Arabic, inserted, deleted or kept, is right-to-left text");
    }

    [Test]
    public async Task An_English_redline_is_left_to_right()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(await RedlineAsync("arcadia.en")), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        body.Descendants<BiDi>().Should().BeEmpty();
        body.Descendants<RightToLeftText>().Should().BeEmpty();
    }
}
