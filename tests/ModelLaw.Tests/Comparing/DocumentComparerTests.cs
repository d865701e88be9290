using ModelLaw.Comparing;
using ModelLaw.Documents;
using static ModelLaw.Tests.Comparing.LawFixtures;

namespace ModelLaw.Tests.Comparing;

public class DocumentComparerTests
{
    private readonly DocumentComparer _comparer = new();

    private static AlignmentLink ArticleLink(Comparison c, string modelCitation) =>
        c.AllLinks().Single(l => l.Level == ProvisionKind.Article && l.Model.Any(m => m.Citation == modelCitation));

    private static AlignmentLink AddedLink(Comparison c, string nationalCitation) =>
        c.AllLinks().Single(l => l.Relation == AlignmentRelation.Added && l.National.Any(n => n.Citation == nationalCitation));

    [Test]
    public void Identical_texts_give_only_identical_links()
    {
        var c = _comparer.Compare(EnglishModel(), EnglishModel());

        c.AllLinks().Should().NotBeEmpty();
        c.AllLinks().Should().OnlyContain(l => l.Relation == AlignmentRelation.Identical);
        c.Summary.Verbatim.Should().Be(7);
        c.Summary.ModelTextKept.Should().Be(1);
    }

    [Test]
    public void An_empty_national_text_leaves_every_model_provision_omitted()
    {
        var c = _comparer.Compare(EnglishModel(), Doc("en"));

        c.AllLinks().Should().OnlyContain(l => l.Relation == AlignmentRelation.Omitted && l.National.IsEmpty);
        c.Summary.Omitted.Should().Be(7);
        c.Summary.ModelTextKept.Should().Be(0);
    }

    [Test]
    public void A_renumbered_article_is_linked_to_its_new_number()
    {
        var national = Doc("en",
            Art("1", "Purpose", Purpose),
            Art("2", "Short title", "This Act may be cited as the Counter-Terrorism (Artificial Intelligence) Act 2026."),
            Art("3", "Definitions", Definitions),
            Art("4", "Independent oversight", Oversight),
            Art("5", "Human control", HumanControl),
            Art("6", "Offences", Offences),
            Art("7", "International cooperation", Cooperation),
            Art("8", "Entry into force", EntryIntoForce));

        var c = _comparer.Compare(EnglishModel(), national);

        var link = ArticleLink(c, "Article 2");
        link.National.Select(n => n.Citation).Should().Equal("Article 3");
        link.Relation.Should().Be(AlignmentRelation.Renumbered);
        AddedLink(c, "Article 2").Model.Should().BeEmpty();
    }

    [Test]
    public void An_article_out_of_order_is_moved()
    {
        var national = Doc("en",
            Art("1", "Purpose", Purpose),
            Art("2", "Entry into force", EntryIntoForce),
            Art("3", "Definitions", Definitions),
            Art("4", "Independent oversight", Oversight),
            Art("5", "Human control", HumanControl),
            Art("6", "Offences", Offences),
            Art("7", "International cooperation", Cooperation));

        var c = _comparer.Compare(EnglishModel(), national);

        ArticleLink(c, "Article 7").Relation.Should().Be(AlignmentRelation.Moved);
        ArticleLink(c, "Article 7").National.Single().Citation.Should().Be("Article 2");
        ArticleLink(c, "Article 3").Relation.Should().Be(AlignmentRelation.Renumbered);
    }

    [Test]
    public void An_omitted_article_is_reported_with_no_national_provision()
    {
        var national = Doc("en",
            Art("1", "Purpose", Purpose),
            Art("2", "Definitions", Definitions),
            Art("3", "Independent oversight", Oversight),
            Art("4", "Offences", Offences),
            Art("5", "International cooperation", Cooperation),
            Art("6", "Entry into force", EntryIntoForce));

        var c = _comparer.Compare(EnglishModel(), national);

        var link = ArticleLink(c, "Article 4");
        link.Relation.Should().Be(AlignmentRelation.Omitted);
        link.National.Should().BeEmpty();
        link.Children.Should().OnlyContain(l => l.Relation == AlignmentRelation.Omitted);
        c.Summary.Omitted.Should().Be(1);
    }

    [Test]
    public void A_reworded_paragraph_is_modified_with_a_word_diff()
    {
        var changed = (string[])Oversight.Clone();
        changed[1] = "The oversight body shall have access to all records, logs and technical documentation it deems necessary and shall report every six months to the National Assembly.";
        var national = Doc("en", Art("1", "Purpose", Purpose), Art("2", "Definitions", Definitions), Art("3", "Independent oversight", changed),
            Art("4", "Human control", HumanControl), Art("5", "Offences", Offences), Art("6", "International cooperation", Cooperation),
            Art("7", "Entry into force", EntryIntoForce));

        var c = _comparer.Compare(EnglishModel(), national);

        var para = c.AllLinks().Single(l => l.Model.Any(m => m.Citation == "Article 3(2)"));
        para.Relation.Should().Be(AlignmentRelation.Modified);
        para.Diff!.OldText.Should().Be(Oversight[1]);
        para.Diff.NewText.Should().Be(changed[1]);
        para.Diff.Runs.Should().Contain(r => r.Operation == DiffOperation.Delete && r.Text.Contains("annually"));
        para.Diff.Runs.Should().Contain(r => r.Operation == DiffOperation.Insert && r.Text.Contains("National Assembly"));
        ArticleLink(c, "Article 3").Relation.Should().Be(AlignmentRelation.Modified);
        ArticleLink(c, "Article 4").Relation.Should().Be(AlignmentRelation.Identical);
    }

    [Test]
    public void Changes_of_case_and_punctuation_only_are_equivalent()
    {
        var national = Doc("en", Art("1", "Purpose", Purpose.Select(p => p.ToUpperInvariant().Replace(",", "")).ToArray()));
        var model = Doc("en", Art("1", "Purpose", Purpose));

        var c = _comparer.Compare(model, national);

        ArticleLink(c, "Article 1").Relation.Should().Be(AlignmentRelation.Equivalent);
    }

    [Test]
    public void An_article_split_in_two_is_linked_to_both_parts()
    {
        var national = Doc("en",
            Art("1", "Purpose", Purpose),
            Art("2", "Definitions", Definitions),
            Art("3", "Independent oversight", Oversight[0], Oversight[1]),
            Art("4", "Suspension of deployments", Oversight[2] + " The order shall state its reasons."),
            Art("5", "Human control", HumanControl));
        var model = Doc("en", Art("1", "Purpose", Purpose), Art("2", "Definitions", Definitions),
            Art("3", "Independent oversight", Oversight), Art("4", "Human control", HumanControl));

        var c = _comparer.Compare(model, national);

        var nationalOfArticle3 = c.AllLinks().Where(l => l.Model.Any(m => m.Citation.StartsWith("Article 3", StringComparison.Ordinal)))
            .SelectMany(l => l.National).Select(n => n.Citation).ToHashSet();
        nationalOfArticle3.Should().Contain("Article 4");
        c.Concordance.Single(r => r.ModelCitation == "Article 3").NationalCitations.Should().Contain(x => x.StartsWith("Article 4", StringComparison.Ordinal));
        ArticleLink(c, "Article 4").National.Single().Citation.Should().Be("Article 5");
    }

    [Test]
    public void Two_articles_merged_into_one_are_both_linked_to_it()
    {
        var national = Doc("en",
            Art("1", "Purpose", Purpose),
            ArtWith("2", "Oversight and human control",
                Para("1", Oversight[0]), Para("2", Oversight[1]), Para("3", Oversight[2]),
                Para("4", HumanControl[0]), Para("5", HumanControl[1])),
            Art("3", "Offences", Offences));
        var model = Doc("en", Art("1", "Purpose", Purpose), Art("2", "Independent oversight", Oversight),
            Art("3", "Human control", HumanControl), Art("4", "Offences", Offences));

        var c = _comparer.Compare(model, national);

        c.Concordance.Single(r => r.ModelCitation.Contains("Article 2")).NationalCitations.Should().Contain(x => x.StartsWith("Article 2", StringComparison.Ordinal));
        c.Concordance.Where(r => r.ModelCitation.Contains("Article 3")).SelectMany(r => r.NationalCitations)
            .Should().Contain(x => x.StartsWith("Article 2", StringComparison.Ordinal));
        c.AllLinks().Where(l => l.Model.Any(m => m.Citation == "Article 3(2)")).Single().National.Single().Citation.Should().Be("Article 2(5)");
    }

    [Test]
    public void A_paragraph_that_became_an_article_is_linked_across_levels()
    {
        var national = Doc("en",
            Art("1", "Purpose", Purpose[0]),
            Art("2", "Principles and safeguards", Purpose[1]),
            Art("3", "Definitions", Definitions),
            Art("4", "Independent oversight", Oversight));
        var model = Doc("en", Art("1", "Purpose", Purpose), Art("2", "Definitions", Definitions), Art("3", "Independent oversight", Oversight));

        var c = _comparer.Compare(model, national);

        var link = c.AllLinks().Single(l => l.Model.Any(m => m.Citation == "Article 1(2)"));
        link.National.Single().Citation.Should().Be("Article 2");
        link.Level.Should().Be(ProvisionKind.Paragraph);
    }

    [Test]
    public void An_explicit_reference_to_the_model_links_a_rewritten_article()
    {
        var national = Doc("en",
            Art("1", "Purpose", Purpose),
            Art("2", "Cooperation", "Arcadian agencies shall work with foreign partners as required by article 6 of the Model Law, subject to the Data Protection Act."));
        var model = Doc("en", Art("1", "Purpose", Purpose), Art("5", "Offences", Offences), Art("6", "International cooperation", Cooperation));

        var c = _comparer.Compare(model, national);

        var link = ArticleLink(c, "Article 6");
        link.National.Single().Citation.Should().Be("Article 2");
        link.Evidence.Should().Contain(e => e.Kind == EvidenceKind.ExplicitReference);
    }

    [Test]
    public void French_texts_are_compared_with_accents_folded()
    {
        var model = Doc("fr", Art("3", "Contrôle indépendant", FrenchOversight), Art("4", "Contrôle humain", FrenchHumanControl));
        var national = Doc("fr",
            Art("7", "Controle humain", FrenchHumanControl.Select(p => p.Replace("é", "e").Replace("è", "e")).ToArray()),
            Art("8", "Contrôle indépendant", FrenchOversight));

        var c = _comparer.Compare(model, national);

        ArticleLink(c, "Article 4").National.Single().Citation.Should().Be("Article 7");
        ArticleLink(c, "Article 4").Relation.Should().BeOneOf(AlignmentRelation.Renumbered, AlignmentRelation.Moved);
        ArticleLink(c, "Article 3").National.Single().Citation.Should().Be("Article 8");
    }

    [Test]
    public void Russian_texts_fold_yo_to_ye()
    {
        var model = Doc("ru", Art("3", "Независимый надзор", RussianOversight), Art("4", "Контроль человека", RussianHumanControl));
        var national = Doc("ru", Art("3", "Независимый надзор", RussianOversight),
            Art("4", "Контроль человека", RussianHumanControl.Select(p => p.Replace("е", "ё")).ToArray()));

        var c = _comparer.Compare(model, national);

        ArticleLink(c, "Article 4").Relation.Should().Be(AlignmentRelation.Equivalent);
    }

    [Test]
    public void Texts_in_different_languages_are_compared_across_languages_and_say_so()
    {
        var french = Doc("fr", Art("3", "Contrôle indépendant", FrenchOversight));

        var c = _comparer.Compare(EnglishModel(), french);

        c.Diagnostics.Should().Contain(d => d.Code == "ML0303");
        c.AllLinks().Should().OnlyContain(l => l.Diff == null, "there is no word diff across languages");
    }

    [Test]
    public void Texts_in_different_languages_are_refused_with_a_clear_message_when_cross_language_is_off()
    {
        var french = Doc("fr", Art("3", "Contrôle indépendant", FrenchOversight));

        var act = () => _comparer.Compare(EnglishModel(), french, CompareOptions.Default with { CrossLanguage = false });

        act.Should().Throw<UnsupportedOperationException>().WithMessage("*cross-language comparison is turned off*");
    }

    [Test]
    public void Unrelated_texts_give_few_links_and_a_diagnostic()
    {
        var unrelated = Doc("en",
            Art("1", "Lease of agricultural land", "The tenant shall pay the rent for the orchard quarterly to the landowner at the parish office."),
            Art("2", "Fishing seasons", "Trout may be caught between the first day of April and the last day of September with a licensed rod only."));

        var c = _comparer.Compare(EnglishModel(), unrelated);

        c.AllLinks().Where(l => l.Model.Length > 0 && l.National.Length > 0).Should().BeEmpty();
        c.Diagnostics.Should().Contain(d => d.Code == "ML0301");
    }

    [Test]
    public void The_concordance_lists_every_model_article_and_every_added_national_article()
    {
        var national = Doc("en", Art("1", "Purpose", Purpose), Art("2", "Short title", "This Act may be cited as the Counter-Terrorism Act 2026."),
            Art("3", "Definitions", Definitions));
        var model = Doc("en", Art("1", "Purpose", Purpose), Art("2", "Definitions", Definitions), Art("3", "Human control", HumanControl));

        var c = _comparer.Compare(model, national);

        c.Concordance.Select(r => r.ModelCitation).Should().Equal("Article 1", "", "Article 2", "Article 3");
        c.Concordance[1].NationalCitations.Should().Equal("Article 2");
        c.Concordance[1].Relation.Should().Be(AlignmentRelation.Added);
        c.Concordance[3].Relation.Should().Be(AlignmentRelation.Omitted);
    }

    [Test]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        var act = () => _comparer.Compare(EnglishModel(), EnglishModel(), cancellationToken: cts.Token);

        act.Should().Throw<OperationCanceledException>();
    }
}
