using ModelLaw.Cli;
using ModelLaw.Drafting.Lint;

namespace ModelLaw.Tests.Drafting;

/// <summary>References into another instrument, checked against its text when it is given (ML110), listed otherwise.</summary>
[NonParallelizable]
public class ExternalTextTests
{
    private static LintOptions Against(string relative, string? name = null) =>
        LintOptions.Default with { ExternalTexts = [new ExternalText(RealActs.Read(relative), name)] };

    [Test]
    public void References_into_a_given_text_are_checked_and_the_real_ones_resolve()
    {
        // the Prospectus Regulation repeals points of Article 4(2) of the Prospectus Directive, Directive 2003/71/EC
        var report = RealActs.Engine.Lint(RealActs.Read(RealActs.ProspectusRegulation), Against(RealActs.ProspectusDirective));
        report.CheckedInstruments.Should().Equal("Directive 2003/71");
        report.Findings.Should().NotContain(f => f.Code == "ML110");
    }

    [Test]
    public void Reference_to_a_provision_the_given_text_lacks_is_an_error()
    {
        var found = RealActs.Planted(RealActs.ProspectusRegulation, "(g) of Article 4(2) of Directive 2003/71/EC",
            "(g) of Article 4(12) of Directive 2003/71/EC", Against(RealActs.ProspectusDirective));
        found.Should().ContainSingle().Which.Should().Match<LintFinding>(f =>
            f.Code == "ML110" && f.Severity == ModelLaw.Documents.DiagnosticSeverity.Error && f.Message.Contains("Article 4(12)") && f.Message.Contains("Directive 2003/71/EC"));
    }

    [Test]
    public void A_text_given_under_a_name_is_checked_across_languages()
    {
        // the French Regulation cites "directive 2003/71/CE"; the English text of the Directive is given under its English name
        var report = RealActs.Engine.Lint(RealActs.Read(RealActs.ProspectusRegulationFr), Against(RealActs.ProspectusDirective, "Directive 2003/71/EC"));
        report.CheckedInstruments.Should().Equal("Directive 2003/71");
        report.Findings.Should().NotContain(f => f.Code == "ML110");
    }

    [Test]
    public void Cli_lists_instruments_and_checks_against_a_named_file()
    {
        var dir = Directory.CreateTempSubdirectory("modellaw-lint-").FullName;
        try
        {
            var output = Path.Combine(dir, "lint.txt");
            var model = Path.Combine(TestPaths.RequireRealTexts(), RealActs.ProspectusDirective);
            CliApp.Run(["lint", Path.Combine(TestPaths.RealTexts, RealActs.ProspectusRegulation), "--against", $"Directive 2003/71/EC={model}", "--instruments", "-o", output])
                .Should().Be(CliApp.Findings, "Annex VI is left out of the text");
            var text = File.ReadAllText(output);
            text.Should().Contain("cites Regulation (EU) No 1095/2010: 22 references").And.Contain("cites Directive 2003/71/EC: 4 references, named 9 times (checked)");

            var json = Path.Combine(dir, "lint.json");
            CliApp.Run(["lint", Path.Combine(TestPaths.RealTexts, RealActs.ProspectusRegulation), "--format", "json", "-o", json]).Should().Be(CliApp.Findings);
            var parsed = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json)).RootElement;
            parsed.GetProperty("citedInstruments")[0].GetProperty("key").GetString().Should().Be("Regulation 1095/2010");
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
