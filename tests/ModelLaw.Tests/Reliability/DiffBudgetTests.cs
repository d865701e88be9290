using ModelLaw.Comparing;
using ModelLaw.Comparing.Diffing;
using ModelLaw.Reading;

namespace ModelLaw.Tests.Reliability;

/// <summary>
/// The word diff has a work budget (<see cref="CompareOptions.MaxWordDiffCells"/>): a pair too long to diff word by word
/// is diffed sentence by sentence, then as one replacement, never lost and never left to run for minutes.
/// </summary>
public class DiffBudgetTests
{
    private static readonly WordDiffer Differ = new();

    private const string Model =
        "The competent authority shall keep a register of providers. The register shall be public. "
        + "Providers shall notify serious incidents within 72 hours. The authority may impose fines.";

    private const string National =
        "The competent authority shall keep a register of providers. The register shall be public and free of charge. "
        + "Providers shall notify serious incidents within 72 hours. The authority may impose fines.";

    [Test]
    public void A_pair_within_the_budget_is_diffed_word_by_word()
    {
        var diff = Differ.Diff(Model, National);

        diff.Granularity.Should().Be(DiffGranularity.Word);
        diff.Runs.Should().Contain(new DiffRun(DiffOperation.Insert, " and free of charge"));
    }

    [Test]
    public void A_pair_over_the_word_budget_is_diffed_sentence_by_sentence()
    {
        var diff = Differ.Diff(Model, National, maxWordDiffCells: 50);

        diff.Granularity.Should().Be(DiffGranularity.Sentence);
        diff.Runs.Should().Contain(new DiffRun(DiffOperation.Delete, "The register shall be public."));
        diff.Runs.Should().Contain(new DiffRun(DiffOperation.Insert, "The register shall be public and free of charge."));
        diff.Runs.Should().Contain(r => r.Operation == DiffOperation.Equal && r.Text.Contains("Providers shall notify serious incidents within 72 hours."));
    }

    [Test]
    public void A_sentence_diff_reproduces_both_texts_exactly()
    {
        var diff = Differ.Diff(Model, National, maxWordDiffCells: 50);

        diff.OldText.Should().Be(Model);
        diff.NewText.Should().Be(National);
    }

    [Test]
    public void A_pair_over_the_sentence_budget_becomes_one_replacement_that_keeps_both_texts()
    {
        var diff = Differ.Diff(Model, National, maxWordDiffCells: 0);

        diff.Granularity.Should().Be(DiffGranularity.Whole);
        diff.OldText.Should().Be(Model);
        diff.NewText.Should().Be(National);
    }

    [Test]
    public void Words_common_to_both_ends_do_not_count_against_the_budget()
    {
        // 8,001 words on each side around a one-word change: 16,002 words × 2 changed words
        var frame = string.Concat(Enumerable.Repeat("the authority shall act ", 1_000));
        var diff = Differ.Diff(frame + "monthly " + frame, frame + "quarterly " + frame, maxWordDiffCells: 40_000);

        diff.Granularity.Should().Be(DiffGranularity.Word);
    }

    [Test]
    public void Two_unrelated_provisions_of_twenty_thousand_words_fall_back_to_a_coarser_diff()
    {
        var a = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"Providers shall keep record number {i} for ten years. "));
        var b = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"Authorities may inspect file {i} at any time. "));

        var diff = Differ.Diff(a, b);

        diff.Granularity.Should().NotBe(DiffGranularity.Word);
        diff.OldText.Should().Be(a);
        diff.NewText.Should().Be(b);
    }

    [Test]
    public void A_comparison_reports_the_pairs_diffed_coarsely()
    {
        var parser = ModelLawEngine.CreateDefault();
        var model = parser.Parse("Model Law\n\nArticle 1\n" + Model + "\n\nArticle 2\nThis Law enters into force on 1 January.\n");
        var national = parser.Parse("National Law\n\nArticle 1\n" + National + "\n\nArticle 2\nThis Law enters into force on 1 March.\n");

        var comparison = parser.Compare(model, national, CompareOptions.Default with { MaxWordDiffCells = 10 });

        comparison.Diagnostics.Should().Contain(d => d.Code == "ML0302" && d.Message.Contains("Article 1"));
    }

    [Test]
    public void A_comparison_within_the_budget_reports_no_coarse_diff()
    {
        var engine = ModelLawEngine.CreateDefault();
        var model = engine.Parse("Model Law\n\nArticle 1\n" + Model + "\n");
        var national = engine.Parse("National Law\n\nArticle 1\n" + National + "\n");

        var comparison = engine.Compare(model, national);

        comparison.Diagnostics.Should().NotContain(d => d.Code == "ML0302");
    }
}
