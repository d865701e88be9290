using System.Text.RegularExpressions;
using ModelLaw.Comparing;
using ModelLaw.Documents;
using ModelLaw.Drafting.Amendments;
using ModelLaw.Writing.Json;

namespace ModelLaw.Tests.Drafting;

/// <summary>
/// The amending act on the shipped corpus (the model → each of the six adaptations) and on the real pairs of
/// ../shared/real-texts (MiFID I → II, Prospectus Directive → Regulation, en and fr): applied to the model, through its
/// JSON form, it gives the national text exactly; and it reads as a drafter's act (no self-referential insert, no
/// instruction on an article that did not change, moved articles moved).
/// </summary>
public class CorpusAmendmentTests
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();

    public static IEnumerable<TestCaseData> Adaptations() =>
        Directory.GetFiles(Path.Combine(TestPaths.Corpus, "national"), "*.mapping.json").OrderBy(p => p, StringComparer.Ordinal).Select(mapping =>
        {
            var json = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(mapping));
            return new TestCaseData((string)json["model_file"]!, (string)json["national_file"]!).SetName($"Amending act turns the model into {Path.GetFileName(mapping)}");
        });

    public static IEnumerable<TestCaseData> RealPairs() =>
        new[] { "eu-mifid-2004-39-to-2014-65-en", "eu-mifid-2004-39-to-2014-65-fr", "eu-prospectus-2003-71-to-2017-1129-en", "eu-prospectus-2003-71-to-2017-1129-fr" }
            .Select(c => new TestCaseData(c).SetName($"Amending act turns the old act into the new one: {c}"));

    private static async Task<(LegalDocument Model, LegalDocument National, AmendingAct Act)> ActAsync(string modelPath, string nationalPath)
    {
        var model = await Engine.ReadAsync(modelPath);
        var national = await Engine.ReadAsync(nationalPath);
        return (model, national, Engine.Amendments(Engine.Compare(model, national)));
    }

    private static LegalDocument ApplyThroughJson(LegalDocument model, AmendingAct act)
    {
        var json = Engine.GetService<AmendingActJson>();
        using var stream = new MemoryStream();
        json.Write(act, stream);
        stream.Position = 0;
        return Engine.GetService<AmendmentApplier>().Apply(model, json.Read(stream));
    }

    [TestCaseSource(nameof(Adaptations))]
    public async Task Generated_act_applied_to_the_model_gives_the_national_text(string modelFile, string nationalFile)
    {
        var (model, national, act) = await ActAsync(Path.Combine(TestPaths.RepoRoot, modelFile), Path.Combine(TestPaths.RepoRoot, nationalFile));
        act.Instructions.Should().NotBeEmpty();
        ApplyThroughJson(model, act).Root.Should().Be(national.Root);
        ReadsAsAnAct(model, act);
    }

    [TestCaseSource(nameof(RealPairs))]
    public async Task Generated_act_applied_to_the_old_real_act_gives_the_new_one(string name)
    {
        var folder = Path.Combine(TestPaths.RequireRealTexts(), name);
        if (!Directory.Exists(folder)) Assert.Ignore($"{folder} is absent from ../shared/real-texts.");
        var (model, national, act) = await ActAsync(Path.Combine(folder, "model.txt"), Path.Combine(folder, "national.txt"));
        ApplyThroughJson(model, act).Root.Should().Be(national.Root);
        ReadsAsAnAct(model, act);
    }

    // "The following Article 19 is inserted after Article 19": an insert never names its own number as its anchor
    private static readonly Regex SelfReference = new(@"^The following (\w+) (\S+) is inserted after \1 \2\b", RegexOptions.CultureInvariant);

    private static void ReadsAsAnAct(LegalDocument model, AmendingAct act)
    {
        act.Instructions.Select(i => i.Text).Should().NotContain(t => SelfReference.IsMatch(t));
        act.Instructions.Select(i => i.Number).Should().Equal(Enumerable.Range(1, act.Instructions.Length));
        // a provision replaced is replaced by something else
        foreach (var i in act.Instructions.Where(i => i.Operation == AmendmentOperation.Replace && model.FindByEId(i.TargetEId) is not null))
            i.NewProvision.Should().NotBe(model.FindByEId(i.TargetEId), $"instruction {i.Number} replaces {i.TargetCitation} by the same text");
    }

    [Test]
    public async Task Arcadia_moves_its_moved_articles_and_says_nothing_of_the_unchanged_one()
    {
        var (model, _, act) = await ActAsync(Path.Combine(TestPaths.Corpus, "models", "ai-ct-model-law.en.txt"), Path.Combine(TestPaths.Corpus, "national", "arcadia.en.txt"));
        var byOperation = act.Instructions.GroupBy(i => i.Operation).ToDictionary(g => g.Key, g => g.Count());

        // model Articles 17 and 23 stand as national Articles 19 and 34: moved, never deleted and inserted again
        var moved = act.Instructions.Where(i => i.Operation == AmendmentOperation.Move).Select(i => model.FindByEId(i.TargetEId)!.Heading).ToList();
        moved.Should().HaveCount(2);
        foreach (var article in new[] { "Article 17", "Article 23" })
            act.Instructions.Where(i => i.Operation == AmendmentOperation.Delete).Select(i => i.TargetEId)
                .Should().NotContain(model.FindByCitation(article)!.EId, $"{article} moved");

        // Article 25 differs only by the paragraph labels "1." → "(1)", which one instruction changes throughout
        var article25 = model.FindByCitation("Article 25")!;
        act.Instructions.Where(i => i.TargetEId.StartsWith(article25.EId, StringComparison.Ordinal) && i.Operation != AmendmentOperation.Renumber).Should().BeEmpty();
        act.Instructions.Should().Contain(i => i.Operation == AmendmentOperation.Relabel && i.Text.Contains("‘1.’") && i.Text.Contains("‘(1)’"));

        // word-level amendments, in the house style, and far fewer whole replacements than articles
        act.Instructions.Should().Contain(i => i.Text == "Throughout the text, the word ‘Law’ is replaced by ‘Act’.");
        byOperation[AmendmentOperation.ReplaceWords].Should().BeGreaterThan(15);
        act.Instructions.Count(i => i.Operation == AmendmentOperation.Replace && i.NewProvision!.Kind == ProvisionKind.Article).Should().BeLessThan(10);
    }

    [Test]
    public async Task Every_instruction_names_one_provision_when_it_applies()
    {
        var (model, _, act) = await ActAsync(Path.Combine(TestPaths.Corpus, "models", "ai-ct-model-law.en.txt"), Path.Combine(TestPaths.Corpus, "national", "arcadia.en.txt"));
        var applier = new AmendmentApplier();
        for (int k = 0; k < act.Instructions.Length; k++)
        {
            var i = act.Instructions[k];
            if (i.Operation is not (AmendmentOperation.Delete or AmendmentOperation.ReplaceWords or AmendmentOperation.Replace or AmendmentOperation.Move)) continue;
            var before = applier.Apply(model, act with { Instructions = act.Instructions[..k] });
            var level = model.FindByEId(i.TargetEId)!.Kind;
            if (level != ProvisionKind.Article) continue;
            before.Articles.Count(a => a.Citation == i.TargetCitation).Should().Be(1, $"instruction {i.Number} ({i.Text.Split('\n')[0]}) must name one article");
        }
    }
}
