using ModelLaw.Documents;
using ModelLaw.Drafting.Amendments;
using static ModelLaw.Tests.Drafting.DraftingTrees;

namespace ModelLaw.Tests.Drafting;

public class AmendmentTests
{
    private static readonly AmendmentGenerator Generator = new();
    private static readonly AmendmentApplier Applier = new();

    private static LegalDocument Old(string lang = "en") => Document(lang,
        Chapter("CHAPTER I", "1", "General provisions",
            Article("Article 1", "1", "Purpose", Para("1", "This Law prevents the use of artificial intelligence for terrorist purposes.")),
            Article("Article 2", "2", "Scope", Para("1", "This Law applies to providers and deployers established in the State."))),
        Chapter("CHAPTER II", "2", "Obligations",
            Article("Article 3", "3", "Human oversight",
                Para("1", "Operators shall ensure meaningful human control over autonomous systems."),
                Para("2", "Records of each decision shall be kept for five years.")),
            Article("Article 4", "4", "Transparency", Para("1", "Operators shall publish an annual transparency report.")),
            Article("Article 5", "5", "Penalties", Para("1", "Infringements shall be punished by fines."))));

    // the old text with one edit; Chapter II (root child 1) holds Articles 3, 4 and 5
    private static LegalDocument Edited(Action<ProvisionBuilder> edit)
    {
        var root = ProvisionBuilder.From(Old().Root);
        edit(root);
        return new LegalDocument(root.Build(), Old().Title, "en");
    }

    private static void AssertRoundTrip(LegalDocument oldText, LegalDocument newText, out AmendingAct act)
    {
        act = Generator.Generate(oldText, newText);
        var applied = Applier.Apply(oldText, act);
        applied.Root.Should().Be(newText.Root, "applying the generated act to the old text must give the new text:\n" + act.ToText());
    }

    [Test]
    public void Identical_texts_need_no_instruction()
    {
        Generator.Generate(Old(), Old()).Instructions.Should().BeEmpty();
    }

    [Test]
    public void Changed_words_become_a_word_replacement_in_the_paragraph()
    {
        var newText = Edited(r => r.Children[1].Children[0].Children[1].Content = "Records of each decision shall be kept for ten years.");
        AssertRoundTrip(Old(), newText, out var act);
        act.Instructions.Should().ContainSingle().Which.Text.Should().Be("In Article 3(2), the words ‘five’ are replaced by ‘ten’.");
    }

    [Test]
    public void Dropped_article_is_deleted_and_the_following_renumbered()
    {
        var newText = Edited(r =>
        {
            var chapter = r.Children[1];
            chapter.Children.RemoveAt(1);
            chapter.Children[1].Number = new("Article 4", "4", 4);
        });
        AssertRoundTrip(Old(), newText, out var act);
        act.Instructions.Select(i => i.Text).Should().Equal("Article 4 is deleted.", "Article 5 is renumbered Article 4.");
    }

    [Test]
    public void New_article_is_inserted_after_its_predecessor()
    {
        var newText = Edited(r => r.Children[1].Children.Insert(1,
            Article("Article 3a", "3a", "Risk assessment", Para("1", "Operators shall assess the risk of misuse before deployment."))));
        AssertRoundTrip(Old(), newText, out var act);
        act.Instructions.Should().ContainSingle().Which.Text.Should().StartWith("The following Article 3a is inserted after Article 3:");
    }

    [Test]
    public void Moved_article_and_new_chapter_round_trip()
    {
        var newText = Document("en",
            Chapter("CHAPTER I", "1", "General provisions",
                Article("Article 1", "1", "Purpose", Para("1", "This Law prevents the use of artificial intelligence for terrorist purposes.")),
                Article("Article 2", "2", "Transparency", Para("1", "Operators shall publish an annual transparency report.")),
                Article("Article 3", "3", "Scope", Para("1", "This Law applies to providers and deployers established in the State."))),
            Chapter("CHAPTER II", "2", "Obligations of operators",
                Article("Article 4", "4", "Human oversight",
                    Para("1", "Operators shall ensure meaningful human control over autonomous systems."),
                    Para("2", "Records of each decision shall be kept for five years."))),
            Chapter("CHAPTER III", "3", "Sanctions",
                Article("Article 5", "5", "Penalties", Para("1", "Infringements shall be punished by fines."))));
        AssertRoundTrip(Old(), newText, out var act);
        act.Instructions.Should().Contain(i => i.Operation == AmendmentOperation.ReplaceHeading);
    }

    [Test]
    public void Restructured_article_is_replaced_whole()
    {
        var newText = Edited(r =>
        {
            var article = r.Children[1].Children[0];
            article.Children.Clear();
            article.Add(Para("1", "Operators shall ensure meaningful human control over autonomous systems:",
                Point("a", "before any use of force;"), Point("b", "when processing biometric data.")));
        });
        AssertRoundTrip(Old(), newText, out var act);
        act.Instructions.Should().ContainSingle().Which.Operation.Should().Be(AmendmentOperation.Replace);
    }

    [Test]
    public void French_wording_follows_french_drafting_style()
    {
        var oldText = Document("fr", Article("Article 1", "1", "Objet", Para("1", "La présente loi s'applique aux exploitants."), Para("2", "Les registres sont conservés cinq ans.")),
            Article("Article 2", "2", "Sanctions", Para("1", "Les infractions sont punies d'amende.")));
        var newText = Document("fr", Article("Article 1", "1", "Objet", Para("1", "La présente loi s'applique aux exploitants."), Para("2", "Les registres sont conservés dix ans.")));
        AssertRoundTrip(oldText, newText, out var act);
        act.Instructions.Select(i => i.Text).Should().Equal(
            "L'article 2 est supprimé.",
            "À l'article 1, paragraphe 2, les mots « cinq » sont remplacés par les mots « dix ».");
    }

    [Test]
    public void Russian_wording_declines_the_citations()
    {
        var oldText = Document("ru", Article("Статья 1", "1", "Цель", Para("1", "Настоящий Закон применяется к операторам."), Para("2", "Записи хранятся пять лет.")),
            Article("Статья 2", "2", "Ответственность", Para("1", "Нарушения влекут штраф.")));
        var newText = Document("ru", Article("Статья 1", "1", "Цель", Para("1", "Настоящий Закон применяется к операторам."), Para("2", "Записи хранятся десять лет.")));
        AssertRoundTrip(oldText, newText, out var act);
        act.Instructions.Select(i => i.Text).Should().Equal(
            "Статью 2 признать утратившей силу.",
            "В части 2 статьи 1 слова «пять» заменить словами «десять».");
    }

    [Test]
    public void Act_text_numbers_its_instructions_under_an_introduction()
    {
        var newText = Document("en",
            Chapter("CHAPTER I", "1", "General provisions", Article("Article 1", "1", "Purpose", Para("1", "This Law prevents the use of artificial intelligence for terrorist purposes."))));
        var text = Generator.Generate(Old(), newText).ToText();
        text.Should().StartWith("Model Law on Countering the Use of AI for Terrorist Purposes is amended as follows:");
        text.Should().Contain("1) Article 2 is deleted.");
    }

    [Test]
    public void Applying_an_instruction_to_a_deleted_provision_fails_with_its_number()
    {
        var newText = Document("en", Chapter("CHAPTER I", "1", "General provisions",
            Article("Article 1", "1", "Purpose", Para("1", "This Law prevents the use of artificial intelligence for terrorist purposes."))));
        var act = Generator.Generate(Old(), newText);
        var broken = act with { Instructions = [.. act.Instructions, act.Instructions[0] with { Number = 99 }] };
        var apply = () => Applier.Apply(Old(), broken);
        apply.Should().Throw<ModelLawException>().WithMessage("*instruction 99*");
    }
}

public class CorpusAmendmentTests
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();

    public static IEnumerable<TestCaseData> Adaptations() =>
        Directory.GetFiles(Path.Combine(TestPaths.Corpus, "national"), "*.mapping.json").OrderBy(p => p, StringComparer.Ordinal).Select(mapping =>
        {
            var json = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(mapping));
            return new TestCaseData((string)json["model_file"]! , (string)json["national_file"]!).SetName($"Amending act turns the model into {Path.GetFileName(mapping)}");
        });

    [TestCaseSource(nameof(Adaptations))]
    public async Task Generated_act_applied_to_the_model_gives_the_national_text(string modelFile, string nationalFile)
    {
        var model = await Engine.ReadAsync(Path.Combine(TestPaths.RepoRoot, modelFile));
        var national = await Engine.ReadAsync(Path.Combine(TestPaths.RepoRoot, nationalFile));
        var act = Engine.Amendments(Engine.Compare(model, national));
        act.Instructions.Should().NotBeEmpty();
        var applied = Engine.GetService<AmendmentApplier>().Apply(model, act);
        applied.Root.Should().Be(national.Root);
    }
}
