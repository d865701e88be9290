using FsCheck;
using FsCheck.Fluent;
using ModelLaw.Comparing;
using ModelLaw.Writing.Docx;

namespace ModelLaw.Tests.Redline;

public sealed class WordDiffTests
{
    [Test]
    public void A_renumbered_article_keeps_its_label_and_replaces_its_number()
    {
        WordDiff.Number("Article 3", "Article 4").Runs.Should().Equal(
            new DiffRun(DiffOperation.Equal, "Article "), new DiffRun(DiffOperation.Delete, "3"), new DiffRun(DiffOperation.Insert, "4"));
    }

    [Test]
    public void Numbers_in_another_style_are_replaced_whole_not_diffed_by_punctuation()
    {
        WordDiff.Number("1.", "(1)").Runs.Should().Equal(new DiffRun(DiffOperation.Delete, "1."), new DiffRun(DiffOperation.Insert, "(1)"));
    }

    [Test]
    public void A_reworded_sentence_keeps_the_shared_words()
    {
        var d = WordDiff.Diff("shall be reviewed by a natural person.", "shall be reviewed by a judge.");
        d.Runs.Should().Equal(new DiffRun(DiffOperation.Equal, "shall be reviewed by a "), new DiffRun(DiffOperation.Delete, "natural person"),
            new DiffRun(DiffOperation.Insert, "judge"), new DiffRun(DiffOperation.Equal, "."));
    }

    [FsCheck.NUnit.Property]
    public Property The_diff_rebuilds_both_texts(string? a, string? b)
    {
        var d = WordDiff.Diff(a, b);
        return (d.OldText == (a ?? "") && d.NewText == (b ?? "")).ToProperty();
    }
}
