using ModelLaw.Comparing;

namespace ModelLaw.Tests.Comparing;

/// <summary>A cross-reference that only follows the renumbering of the articles is a consequential change, not one of substance.</summary>
public class WordDifferConsequentialTests
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();

    private const string Model = """
        Article 1 — Purpose
        This Law lays down rules on the use of artificial intelligence systems by public bodies.

        Article 2 — Oversight body
        An independent oversight body shall supervise every use of such systems by public bodies.

        Article 3 — Reports
        The oversight body referred to in Article 2 shall report every year to Parliament on the systems in use.
        """;

    private const string National = """
        Article 1 — Purpose
        This Act lays down rules on the use of artificial intelligence systems by public bodies.

        Article 2 — Definitions
        In this Act, a public body means any ministry, agency or local authority of the Republic.

        Article 3 — Oversight body
        An independent oversight body shall supervise every use of such systems by public bodies.

        Article 4 — Reports
        The oversight body referred to in Article 3 shall report every year to the National Assembly on the systems in use.
        """;

    [Test]
    public void A_reference_renumbered_with_its_target_is_marked_consequential_and_a_real_change_is_not()
    {
        var c = Engine.Compare(Engine.Parse(Model), Engine.Parse(National));
        var reports = c.AllLinks().Single(l => l.Model.Any(p => p.Heading == "Reports") && l.Diff is not null);
        var changes = reports.Diff!.Runs.Where(r => r.Operation != DiffOperation.Equal).ToList();
        changes.Where(r => r.Consequential).Select(r => r.Text).Should().Equal("2", "3");
        changes.Where(r => !r.Consequential).Select(r => r.Text.Trim()).Should().Contain("Parliament");
        reports.Diff.OnlyConsequentialChanges.Should().BeFalse();
    }
}
