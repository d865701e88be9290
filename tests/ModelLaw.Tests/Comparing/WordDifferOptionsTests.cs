using ModelLaw.Comparing;
using ModelLaw.Comparing.Diffing;

namespace ModelLaw.Tests.Comparing;

/// <summary>Numbers change whole, and the compare options of Word and LibreOffice (case, punctuation, label style, placeholder brackets).</summary>
public class WordDifferOptionsTests
{
    private static readonly WordDiffer Differ = WordDiffer.Instance;

    private static TextDiff Diff(string a, string b, DiffOptions o) => Differ.Diff(a, b, WordDiffer.DefaultMaxWordDiffCells, o);

    [Test]
    public void A_renumbered_article_keeps_its_label_and_replaces_the_number_whole()
    {
        NumberDiffer.Diff("Article 36", "Article 37", DiffOptions.Default).Runs.Should().Equal(
            new DiffRun(DiffOperation.Equal, "Article "), new DiffRun(DiffOperation.Delete, "36"), new DiffRun(DiffOperation.Insert, "37"));
    }

    [Test]
    public void A_label_of_another_style_is_replaced_whole_unless_label_style_is_ignored()
    {
        NumberDiffer.Diff("1.", "(1)", DiffOptions.Default).Runs.Should().Equal(new DiffRun(DiffOperation.Delete, "1."), new DiffRun(DiffOperation.Insert, "(1)"));
        var ignored = NumberDiffer.Diff("1.", "(1)", new DiffOptions { IgnoreLabelStyle = true });
        ignored.IsUnchanged.Should().BeTrue();
        ignored.NewText.Should().Be("(1)");
        ignored.OldText.Should().Be("1.");
        NumberDiffer.Diff("a)", "(b)", new DiffOptions { IgnoreLabelStyle = true }).IsUnchanged.Should().BeFalse("another letter is another point");
    }

    [Test]
    public void A_change_of_case_only_is_no_change_when_case_is_ignored_and_both_texts_rebuild()
    {
        const string model = "CHAPITRE PREMIER DISPOSITIONS GÉNÉRALES";
        const string national = "Chapitre premier Dispositions générales";
        Diff(model, national, DiffOptions.Default).IsUnchanged.Should().BeFalse();
        var d = Diff(model, national, new DiffOptions { IgnoreCase = true });
        d.IsUnchanged.Should().BeTrue();
        d.NewText.Should().Be(national);
        d.OldText.Should().Be(model);
    }

    [Test]
    public void A_filled_placeholder_drops_its_brackets_without_a_change_when_brackets_are_ignored()
    {
        const string model = "within [five] years of the entry into force";
        const string national = "within five years of the entry into force";
        Diff(model, national, DiffOptions.Default).Runs.Should().Contain(r => r.Operation == DiffOperation.Delete && r.Text.Contains('['));
        var d = Diff(model, national, new DiffOptions { IgnorePlaceholderBrackets = true });
        d.IsUnchanged.Should().BeTrue();
        (d.OldText, d.NewText).Should().Be((model, national));
        Diff("within [five] years", "within seven years", new DiffOptions { IgnorePlaceholderBrackets = true })
            .Runs.Should().Contain(r => r.Operation == DiffOperation.Insert && r.Text == "seven", "another word in the placeholder is a change");
    }

    [Test]
    public void Punctuation_is_no_change_when_ignored_but_words_still_are()
    {
        var o = new DiffOptions { IgnorePunctuation = true };
        Diff("the authority shall, without delay, inform", "the authority shall without delay inform", o).IsUnchanged.Should().BeTrue();
        var d = Diff("the authority shall, without delay, inform", "the body shall without delay inform", o);
        d.Runs.Where(r => r.Operation != DiffOperation.Equal).Select(r => r.Text.Trim()).Should().Equal("authority", "body");
        d.OldText.Should().Be("the authority shall, without delay, inform");
    }

    [Test]
    public void Numbers_and_references_are_never_split_into_digits()
    {
        foreach (var (a, b) in new[] { ("Article 36", "Article 37"), ("Articles 27 to 29", "Articles 26 to 28"), ("Article 10(1)", "Article 9(3)"),
                     ("Regulation (EU) 2016/679", "Regulation (EU) 2018/1725"), ("المادة 36", "المادة 37") })
        {
            var d = Differ.Diff(a, b);
            for (int i = 1; i < d.Runs.Length; i++)
            {
                var (x, y) = (d.Runs[i - 1].Text, d.Runs[i].Text);
                bool glued = (d.Runs[i - 1].Operation == DiffOperation.Equal || d.Runs[i].Operation == DiffOperation.Equal) && x.Length > 0 && y.Length > 0 && char.IsDigit(x[x.Length - 1]) && char.IsDigit(y[0]);
                glued.Should().BeFalse($"{a} → {b}: a run boundary never falls inside a number");
            }
            (d.OldText, d.NewText).Should().Be((a, b));
        }
    }
}
