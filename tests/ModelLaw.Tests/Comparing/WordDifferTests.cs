using ModelLaw.Comparing;
using ModelLaw.Comparing.Diffing;

namespace ModelLaw.Tests.Comparing;

public class WordDifferTests
{
    private readonly WordDiffer _differ = new();

    [Test]
    public void The_runs_rebuild_both_texts()
    {
        const string model = "The oversight body shall report annually to Parliament on its activities.";
        const string national = "The oversight body shall report every six months to the National Assembly on its activities.";

        var diff = _differ.Diff(model, national);

        diff.OldText.Should().Be(model);
        diff.NewText.Should().Be(national);
    }

    [Test]
    public void Equal_texts_give_one_equal_run()
    {
        var diff = _differ.Diff("Ce règlement entre en vigueur.", "Ce règlement entre en vigueur.");

        diff.Runs.Should().ContainSingle().Which.Operation.Should().Be(DiffOperation.Equal);
        diff.IsUnchanged.Should().BeTrue();
    }

    [Test]
    public void A_replaced_word_is_a_delete_followed_by_an_insert()
    {
        var diff = _differ.Diff("the competent authority shall notify the Commission", "the competent authority shall inform the Commission");

        diff.Runs.Select(r => (r.Operation, r.Text)).Should().Equal(
            (DiffOperation.Equal, "the competent authority shall "),
            (DiffOperation.Delete, "notify"),
            (DiffOperation.Insert, "inform"),
            (DiffOperation.Equal, " the Commission"));
    }

    [Test]
    public void A_changed_year_is_replaced_whole()
    {
        var diff = _differ.Diff("by 31 December 2006 at the latest", "by 31 December 2016 at the latest");

        diff.Runs.Select(r => (r.Operation, r.Text)).Should().Equal(
            (DiffOperation.Equal, "by 31 December "),
            (DiffOperation.Delete, "2006"),
            (DiffOperation.Insert, "2016"),
            (DiffOperation.Equal, " at the latest"));
    }

    [Test]
    public void A_renumbered_reference_changes_as_a_whole_number_never_digit_by_digit()
    {
        var diff = _differ.Diff("as provided under Article 36 and Article 10(1)", "as provided under Article 37 and Article 9(3)");

        diff.Runs.Where(r => r.Operation != DiffOperation.Equal).Select(r => r.Text).Should().Equal("36", "37", "10(1)", "9(3)");
    }

    [Test]
    public void Russian_text_is_diffed_by_words()
    {
        var diff = _differ.Diff("Орган надзора ежегодно отчитывается перед парламентом.", "Орган надзора ежеквартально отчитывается перед парламентом.");

        diff.Runs.Should().Contain(r => r.Operation == DiffOperation.Delete && r.Text == "ежегодно");
        diff.Runs.Should().Contain(r => r.Operation == DiffOperation.Insert && r.Text == "ежеквартально");
    }

    [Test]
    public void An_empty_model_text_is_one_insert()
    {
        _differ.Diff("", "Nouvel article.").Runs.Should().ContainSingle().Which.Operation.Should().Be(DiffOperation.Insert);
    }
}
