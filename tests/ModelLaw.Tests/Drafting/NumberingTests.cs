using ModelLaw.Documents;
using ModelLaw.Drafting.Lint;
using static ModelLaw.Tests.Drafting.DraftingTrees;

namespace ModelLaw.Tests.Drafting;

/// <summary>Numbering read in the scheme of each sequence: gaps, inserted numbers, duplicates naming both places.</summary>
public class NumberingTests
{
    private static readonly Linter Linter = new();

    private static List<LintFinding> Numbering(LegalDocument doc) =>
        Linter.Lint(doc).Findings.Where(f => f.Rule is "numbering-gap" or "numbering-duplicate" or "repeated-label").ToList();

    private static ProvisionBuilder Numbered(ProvisionKind kind, string written, string value) =>
        new(kind) { Number = new ProvisionNumber(written, value, null), Content = "Text of the provision." };

    private static LegalDocument Points(params string[] labels)
    {
        var para = Para("1", "The competent authority shall:");
        foreach (var l in labels) para.Add(Numbered(ProvisionKind.Point, $"({l})", l));
        return Document("en", Article("Article 1", "1", null, para));
    }

    [TestCase("a", "b", "c")]
    [TestCase("a", "aa", "ab", "b")]
    [TestCase("h", "i", "j")]
    [TestCase("i", "ii", "iii", "iv", "v")]
    public void Letters_and_roman_numerals_in_sequence_have_no_gap(params string[] labels)
    {
        Numbering(Points(labels)).Should().BeEmpty();
    }

    [Test]
    public void Skipped_letter_is_named()
    {
        Numbering(Points("a", "b", "d")).Should().ContainSingle().Which.Message.Should().Be("(d) follows (b): c is missing (latin-lower numbering).");
    }

    [TestCase("Article 5", "Article 5A", "Article 6")]
    [TestCase("Article 10", "Article 10 bis", "Article 11")]
    [TestCase("Статья 5", "Статья 5.1", "Статья 6")]
    [TestCase("4", "4.01", "4.1", "5")]
    public void Inserted_numbers_are_not_gaps(params string[] written)
    {
        var doc = Document("en", written.Select(w => Numbered(ProvisionKind.Article, w, w.Split(' ')[^1].Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant())).ToArray());
        Numbering(doc).Should().BeEmpty();
    }

    [Test]
    public void Articles_are_numbered_through_the_chapters()
    {
        var doc = Document("en",
            Chapter("CHAPTER I", "1", "General", Article("Article 1", "1", null, Para("1", "Text.")), Article("Article 2", "2", null, Para("1", "Text."))),
            Chapter("CHAPTER II", "2", "Rules", Article("Article 4", "4", null, Para("1", "Text.")), Article("Article 2", "2", null, Para("1", "Text."))));
        var found = Numbering(doc);
        found.Should().Contain(f => f.Code == "ML102" && f.Message.StartsWith("Article 4 follows Article 2: 3 is missing", StringComparison.Ordinal));
        found.Should().ContainSingle(f => f.Code == "ML103").Which.Should().Match<LintFinding>(f =>
            f.Severity == DiagnosticSeverity.Error && f.EId == "chp_2__art_2" && f.RelatedEId == "chp_1__art_2");
    }

    [Test]
    public void Points_restart_after_text_between_two_lists()
    {
        var para = Para("1", "Member States shall ensure:");
        para.Add(Numbered(ProvisionKind.Point, "(a)", "a"));
        para.Add(Numbered(ProvisionKind.Point, "(b)", "b"));
        para.Add(new ProvisionBuilder(ProvisionKind.Subparagraph) { Content = "They shall also ensure:" });
        para.Add(Numbered(ProvisionKind.Point, "(a)", "a"));
        Numbering(Document("en", Article("Article 1", "1", null, para))).Should().BeEmpty();
    }

    [Test]
    public void Cyrillic_drafting_letters_in_sequence()
    {
        var para = Para("1", "Оператор обязан:");
        foreach (var l in new[] { "а", "б", "в", "г" }) para.Add(Numbered(ProvisionKind.Point, $"{l})", l));
        Numbering(Document("ru", Article("Статья 1", "1", null, para))).Should().BeEmpty();
    }
}
