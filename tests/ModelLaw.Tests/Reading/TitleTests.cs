using ModelLaw.Documents;
using ModelLaw.Reading;

namespace ModelLaw.Tests.Reading;

/// <summary>
/// An act's title is its title, not its first line: the State's name above it is the jurisdiction, and a title set
/// on two lines (instrument and issuer, then its subject) is read as one.
/// </summary>
public class TitleTests
{
    private static LegalDocument Corpus(string file) =>
        ModelLawEngine.CreateDefault().ReadAsync(Path.Combine(TestPaths.Corpus, file)).GetAwaiter().GetResult();

    private static LegalDocument Parse(string text) => ModelLawEngine.CreateDefault().Parse(text, ReadOptions.Default with { SourceName = "law.txt" });

    [TestCase("national/arcadia.en.txt", "REPUBLIC OF ARCADIA", "COUNTER-TERRORISM (ARTIFICIAL INTELLIGENCE AND NEW TECHNOLOGIES) ACT")]
    [TestCase("national/valmont.fr.txt", "RÉPUBLIQUE DE VALMONT", "LOI n° 2026-481 du 14 octobre 2026 relative à la prévention")]
    public void A_state_line_above_the_title_is_the_jurisdiction(string file, string jurisdiction, string title)
    {
        var document = Corpus(file);

        document.Jurisdiction.Should().Be(jurisdiction);
        document.Title.Should().StartWith(title);
    }

    [Test]
    public void A_russian_title_on_two_lines_is_one_title()
    {
        var document = Corpus("national/severia.ru.txt");

        document.Title.Should().StartWith("ЗАКОН СЕВЕРНОЙ РЕСПУБЛИКИ О противодействии использованию");
        document.Jurisdiction.Should().BeNull();
    }

    [TestCase("national/kestrel.en.txt")]
    [TestCase("national/haicheng.zh.txt")]
    [TestCase("models/ai-ct-model-law.en.txt")]
    [TestCase("models/ai-ct-model-law.ru.txt")]
    public void A_text_that_opens_with_its_title_keeps_it_and_has_no_jurisdiction_line(string file)
    {
        var document = Corpus(file);
        var firstLine = File.ReadLines(Path.Combine(TestPaths.Corpus, file)).First(l => l.Trim().Length > 0).TrimStart('#').Trim();

        document.Title.Should().StartWith(firstLine);
        document.Jurisdiction.Should().BeNull();
    }

    [Test]
    public void A_state_line_followed_by_a_sentence_stays_the_title()
    {
        // no instrument named in the next block: nothing tells the first line is not the title
        var document = Parse("KINGDOM OF ESTRAVEN\n\nThe Parliament has adopted the following:\n\nArticle 1\nScope\n\nThis applies.\n");

        document.Title.Should().Be("KINGDOM OF ESTRAVEN");
        document.Jurisdiction.Should().BeNull();
    }

    [Test]
    public void A_subject_line_ending_in_a_colon_is_not_joined_to_the_title()
    {
        var document = Parse("LAW OF ESTRAVEN\n\nOn the proposal of the Government:\n\nArticle 1\nScope\n\nThis applies.\n");

        document.Title.Should().Be("LAW OF ESTRAVEN");
    }
}
