using ModelLaw.Documents;
using ModelLaw.Drafting.CrossReferences;
using ModelLaw.Drafting.Lint;

namespace ModelLaw.Tests.Drafting;

/// <summary>Section-style texts (common law): "paragraph 7(3)(c)", "subsection (3)", "section 3506(c)(1)", tables, extracts.</summary>
public class SectionReferenceTests
{
    private const string Pipeda = "ca-pipeda-2000/text.txt";
    private const string Usc = "us-usc-44-ch35/text.txt";

    private static List<CrossReference> Where(string relative, string text) =>
        RealActs.Engine.CrossReferences(RealActs.Read(relative)).Where(r => r.Text == text).ToList();

    [Test]
    public void Canadian_paragraph_citation_starts_from_the_section()
    {
        // "under paragraph 7(3)(c)": section 7, subsection (3), paragraph (c)
        var r = Where(Pipeda, "paragraph 7(3)(c)").First();
        r.Path.Select(s => s.Kind).Should().Equal(ProvisionKind.ActSection, ProvisionKind.ActSubsection, ProvisionKind.ActParagraph);
        r.Targets.Should().Equal("part_1__dvs_1__sec_7__subsec_3__para_c");
    }

    [Test]
    public void Subsection_and_paragraph_labels_resolve_in_the_section_they_stand_in()
    {
        // "Subject to subsection (3)" in section 23.1; "paragraph (3)(d.21)" in section 7
        Where(Pipeda, "subsection (3)").Should().Contain(r => r.SourceCitation == "Section 23.1(1)" && r.Targets.Single() == "part_1__dvs_4__sec_23-1__subsec_3");
        Where(Pipeda, "paragraph (3)(d.21)").Should().ContainSingle().Which.Targets.Single().Should().EndWith("sec_7__subsec_3__para_d21");
    }

    [Test]
    public void Us_code_section_citation_resolves()
    {
        Where(Usc, "section 3506(c)(1)").Should().NotBeEmpty().And.OnlyContain(r => r.Targets.Single() == "chp_35__subchp_1__sec_3506__subsec_c__para_1");
    }

    [Test]
    public void Us_code_titles_are_other_instruments()
    {
        // "titles 17 and 35", "section 552a of title 5"
        Where(Usc, "titles 17 and 35").Select(r => r.Instrument).Should().Contain(["title 17, United States Code", "title 35, United States Code"]);
        RealActs.Engine.CrossReferences(RealActs.Read(Usc)).Should().Contain(r => r.Text.EndsWith("of title 5", StringComparison.Ordinal) && r.Instrument == "title 5, United States Code");
    }

    [Test]
    public void A_chapter_extract_points_beyond_itself_not_nowhere()
    {
        // the text is chapter 35 only: "chapters 21, 29, 31, and 33" and "section 3603" are elsewhere in title 44
        Where(Usc, "chapters 21, 29, 31, and 33").Should().NotBeEmpty().And.OnlyContain(r => r.Status == ReferenceStatus.External && r.ExternalAct!.EndsWith("(beyond this text)", StringComparison.Ordinal));
        Where(Usc, "section 3603").Should().NotBeEmpty().And.OnlyContain(r => r.ExternalAct == "section 3603 (beyond this text)");
    }

    [Test]
    public void Table_row_names_the_act_in_the_cell_before()
    {
        // Schedule 2: "Canada Labour Code   Subsection 254(1)"
        Where(Pipeda, "Subsection 254(1)").Should().ContainSingle().Which.Instrument.Should().Be("Canada Labour Code");
    }

    [Test]
    public void That_act_and_that_schedule_name_what_was_cited_last()
    {
        // "section 2 of the Oceans Act ... section 20 of that Act"; "clause 4.1.3 ... of Schedule 1, in clause 4.3, 4.5 or 4.9 of that Schedule"
        Where(Pipeda, "section 20 of that Act").Should().ContainSingle().Which.Instrument.Should().Be("Oceans Act");
        Where(Pipeda, "clause 4.3, 4.5 or 4.9 of that Schedule").Should().HaveCount(3).And.OnlyContain(r => r.Status == ReferenceStatus.Resolved && r.Targets.Single() == "annex_1");
    }

    [Test]
    public void Common_law_acts_lint_with_their_true_findings_only()
    {
        RealActs.Lint(Pipeda).Findings.Should().BeEmpty("repealed units, '52 to 57 [Amendments]' lines, inserted (b.01), (b.1) and citations in brackets are all well formed");
        var usc = RealActs.Lint(Usc).Findings;
        // 44 U.S.C. 3505 has two subsections (c); 3573 and 3574 are not in the text
        usc.Should().ContainSingle(f => f.Severity == DiagnosticSeverity.Error).Which.Message.Should().Be("'(c)' appears twice: § 3505(c) (line 175) and § 3505(c) (line 188).");
        usc.Should().ContainSingle(f => f.Severity == DiagnosticSeverity.Warning).Which.Message.Should().StartWith("§ 3575 follows § 3572: 3573, 3574 are missing");
    }

    [Test]
    public void Planted_dangling_section_reference_in_a_common_law_act()
    {
        var found = RealActs.Planted(Pipeda, "Subject to subsection (3), the Commissioner", "Subject to subsection (9), the Commissioner");
        found.Should().ContainSingle().Which.Should().Match<LintFinding>(f => f.Code == "ML101" && f.Citation == "Section 23.1(1)");
    }
}
