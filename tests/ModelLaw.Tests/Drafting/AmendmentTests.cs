using ModelLaw.Documents;
using ModelLaw.Drafting.Amendments;
using ModelLaw.Writing.Json;
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
        act.Instructions.Should().ContainSingle().Which.Text.Should().Be("In Article 3(2), the word ‘five’ is replaced by ‘ten’.");
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
            "À l'article 1, paragraphe 2, le mot « cinq » est remplacé par le mot « dix ».",
            "L'article 2 est supprimé.");
    }

    [Test]
    public void Russian_wording_declines_the_citations()
    {
        var oldText = Document("ru", Article("Статья 1", "1", "Цель", Para("1", "Настоящий Закон применяется к операторам."), Para("2", "Записи хранятся пять лет.")),
            Article("Статья 2", "2", "Ответственность", Para("1", "Нарушения влекут штраф.")));
        var newText = Document("ru", Article("Статья 1", "1", "Цель", Para("1", "Настоящий Закон применяется к операторам."), Para("2", "Записи хранятся десять лет.")));
        AssertRoundTrip(oldText, newText, out var act);
        act.Instructions.Select(i => i.Text).Should().Equal(
            "В части 2 статьи 1 слово «пять» заменить словом «десять».",
            "Статью 2 признать утратившей силу.");
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

    [Test]
    public void Moved_article_is_moved_and_renumbered_not_deleted_and_inserted()
    {
        // Article 3 moves to the end of Chapter II: Articles 4 and 5 move up
        var newText = Edited(r =>
        {
            var chapter = r.Children[1];
            var moved = chapter.Children[0];
            chapter.Children.RemoveAt(0);
            chapter.Children.Add(moved);
            (chapter.Children[0].Number, chapter.Children[1].Number, moved.Number) = (new("Article 3", "3", 3), new("Article 4", "4", 4), new("Article 5", "5", 5));
        });
        AssertRoundTrip(Old(), newText, out var act);
        act.Instructions.Should().NotContain(i => i.Operation == AmendmentOperation.Delete || i.Operation == AmendmentOperation.Insert);
        act.Instructions.Select(i => i.Text).Should().Equal(
            "Article 3 is renumbered Article 5, Article 4 is renumbered Article 3 and Article 5 is renumbered Article 4.",
            "Article 5 is moved after Article 4.");
    }

    [Test]
    public void A_run_of_articles_shifted_by_one_is_renumbered_in_one_instruction()
    {
        var newText = Edited(r =>
        {
            r.Children[0].Children.Insert(0, Article("Article 1", "1", "Short title", Para("1", "This Law may be cited as the Artificial Intelligence Act.")));
            int n = 1;
            foreach (var a in r.Children.SelectMany(c => c.Children)) { a.Number = new($"Article {n}", $"{n}", n); n++; }
        });
        AssertRoundTrip(Old(), newText, out var act);
        act.Instructions.Select(i => i.Text.Split('\n')[0]).Should().Equal(
            "Articles 1 to 5 are renumbered Articles 2 to 6.",
            "The following Article 1 is inserted at the beginning of Chapter I:");
    }

    [Test]
    public void A_word_changed_in_every_article_is_changed_once_throughout_and_labels_once_for_all()
    {
        var oldText = Document("en",
            Article("Article 1", "1", "Purpose", Para("1", "This Law prevents terrorism."), Para("2", "This Law protects rights.")),
            Article("Article 2", "2", "Scope", Para("1", "This Law applies to operators.")),
            Article("Article 3", "3", "Review", Para("1", "This Law is reviewed every five years.")));
        var root = ProvisionBuilder.From(oldText.Root);
        foreach (var para in root.Children.SelectMany(a => a.Children))
        {
            para.Content = para.Content.Replace("Law", "Act", StringComparison.Ordinal);
            para.Number = para.Number! with { Written = $"({para.Number.Value})" };
        }
        var newText = oldText with { Root = root.Build() };
        AssertRoundTrip(oldText, newText, out var act);
        act.Instructions.Select(i => i.Text).Should().Equal(
            "Throughout the text, the numbers of paragraphs written in the form ‘1.’ are written in the form ‘(1)’.",
            "Throughout the text, the words ‘This Law’ are replaced by ‘This Act’.");
    }

    [Test]
    public void French_citations_contract_the_article_and_elide_before_a_vowel()
    {
        var oldText = Document("fr",
            Chapter("CHAPITRE I", "1", "Dispositions générales", Article("Article 1", "1", "Objet", Para("1", "La présente loi s'applique aux exploitants."))),
            Chapter("CHAPITRE II", "2", "Sanctions", Article("Article 2", "2", "Amendes", Para("1", "Les infractions sont punies d'amende."))));
        var root = ProvisionBuilder.From(oldText.Root);
        root.Children[0].Heading = "Objet et champ d'application";
        root.Children[1].Children[0].Children.Add(Para("2", "Le montant est fixé par décret."));
        var newText = oldText with { Root = root.Build() };
        AssertRoundTrip(oldText, newText, out var act);
        act.Instructions.Select(i => i.Text.Split('\n')[0]).Should().Equal(
            "Au chapitre I, l'intitulé est remplacé par « Objet et champ d'application ».",
            "À l'article 2, le paragraphe suivant est inséré après le paragraphe 1 :");
    }

    [Test]
    public void An_act_is_refused_by_a_text_it_was_not_made_for()
    {
        var newText = Edited(r => r.Children[1].Children.RemoveAt(2));
        var act = Generator.Generate(Old(), newText);
        var other = Old("fr");
        var otherRoot = ProvisionBuilder.From(other.Root);
        otherRoot.Children[0].Heading = "Dispositions générales";
        var apply = () => Applier.Apply(other with { Root = otherRoot.Build() }, act);
        apply.Should().Throw<AmendmentNotApplicableException>().WithMessage("*made for another text*");
    }

    [Test]
    public void The_json_form_reads_back_to_the_same_act()
    {
        var newText = Edited(r =>
        {
            r.Children[1].Children[0].Children[1].Content = "Records of each decision shall be kept for ten years.";
            r.Children[1].Children.RemoveAt(1);
            r.Children[1].Children[1].Number = new("Article 4", "4", 4);
        });
        var json = new AmendingActJson();
        var act = Generator.Generate(Old(), newText);
        var text = json.WriteToString(act);
        text.Should().Contain("\"operation\": \"replaceWords\"").And.Contain("\"oldWords\": \"five\"").And.Contain("\"kind\": \"amendingAct\"");
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        var read = json.Read(stream);
        json.WriteToString(read).Should().Be(text);
        Applier.Apply(Old(), read).Root.Should().Be(newText.Root);
    }

    [Test]
    public void Json_that_is_not_an_amending_act_is_refused_with_a_typed_error()
    {
        var json = new AmendingActJson();
        var notAnAct = () => json.Read(new MemoryStream("{\"kind\": \"document\", \"schemaVersion\": \"1.0\"}"u8.ToArray()));
        notAnAct.Should().Throw<UnsupportedFormatException>();
        var broken = () => json.Read(new MemoryStream("{\"kind\": \"amendingAct\", \"schemaVersion\": \"1.0\", \"instructions\": [{\"number\": 1, \"operation\": \"explode\"}]}"u8.ToArray()));
        broken.Should().Throw<CorruptDocumentException>().WithMessage("*explode*");
    }
}
