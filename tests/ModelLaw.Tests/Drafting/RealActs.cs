using System.Collections.Concurrent;
using ModelLaw.Documents;
using ModelLaw.Drafting.CrossReferences;
using ModelLaw.Drafting.Lint;
using ModelLaw.Reading;

namespace ModelLaw.Tests.Drafting;

/// <summary>The published acts of ../shared/real-texts, read once per test run; and plants made in memory from their text.</summary>
internal static class RealActs
{
    public const string MifidI = "eu-mifid-2004-39-to-2014-65-en/model.txt";
    public const string MifidII = "eu-mifid-2004-39-to-2014-65-en/national.txt";
    public const string MifidIFr = "eu-mifid-2004-39-to-2014-65-fr/model.txt";
    public const string MifidIIFr = "eu-mifid-2004-39-to-2014-65-fr/national.txt";
    public const string ProspectusDirective = "eu-prospectus-2003-71-to-2017-1129-en/model.txt";
    public const string ProspectusRegulation = "eu-prospectus-2003-71-to-2017-1129-en/national.txt";
    public const string ProspectusDirectiveFr = "eu-prospectus-2003-71-to-2017-1129-fr/model.txt";
    public const string ProspectusRegulationFr = "eu-prospectus-2003-71-to-2017-1129-fr/national.txt";

    public static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();
    private static readonly ConcurrentDictionary<string, LegalDocument> Parsed = new(StringComparer.Ordinal);

    public static string Text(string relative) => File.ReadAllText(Path.Combine(TestPaths.RequireRealTexts(), relative));

    public static LegalDocument Read(string relative) => Parsed.GetOrAdd(relative, r => Parse(Text(r), r));

    public static LegalDocument Parse(string text, string name) => Engine.Parse(text, ReadOptions.Default with { SourceName = Path.GetFileName(name) });

    public static LintReport Lint(string relative) => Engine.Lint(Read(relative));

    public static List<CrossReference> References(string relative, string citation) =>
        Engine.CrossReferences(Read(relative)).Where(r => r.SourceCitation == citation).ToList();

    /// <summary>Findings in the planted text that the clean text does not have.</summary>
    public static List<LintFinding> Planted(string relative, string find, string replace, LintOptions? options = null)
    {
        var clean = Text(relative);
        clean.Should().Contain(find, "the plant needs its anchor text");
        var before = Engine.Lint(Read(relative), options).Findings.Select(Key).ToHashSet();
        var planted = Parse(ReplaceFirst(clean, find, replace), relative);
        return Engine.Lint(planted, options).Findings.Where(f => !before.Contains(Key(f))).ToList();
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var i = text.IndexOf(find, StringComparison.Ordinal);
        return text[..i] + replace + text[(i + find.Length)..];
    }

    private static string Key(LintFinding f) => $"{f.Code}|{f.Citation}|{f.Message}";
}
