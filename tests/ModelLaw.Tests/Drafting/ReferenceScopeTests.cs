using ModelLaw.Drafting.CrossReferences;

namespace ModelLaw.Tests.Drafting;

/// <summary>
/// Which instrument a reference belongs to, on the published acts at hand: a qualifier binds every member of the list
/// before it, "with regard to X:" and "X is amended as follows:" give unqualified references to X, quoted amending text
/// belongs to the act it goes into.
/// </summary>
public class ReferenceScopeTests
{
    private static void AllExternalTo(List<CrossReference> refs, string instrument)
    {
        refs.Should().NotBeEmpty();
        refs.Should().OnlyContain(r => r.Status == ReferenceStatus.External && r.Instrument == instrument,
            $"every reference is to {instrument}: {string.Join("; ", refs.Select(r => $"{r.Text} → {r.Status} {r.Instrument}"))}");
    }

    [Test]
    public void Qualifier_binds_every_member_of_the_list_before_it()
    {
        // "Article 53(2), 59(2) or Article 63(1) or (2) of Directive ..."
        var refs = RealActs.References(RealActs.ProspectusRegulation, "Article 1(5)(c)");
        AllExternalTo(refs, "Directive 2014/59/EU");
        refs.Select(r => string.Join("/", r.Path.Select(s => s.Value))).Should().Contain(["53/2", "59/2", "63/1", "63/2"]);
    }

    [Test]
    public void Qualifier_binds_across_point_of_and_and()
    {
        // "point (c) of Article 4(2) and point (c) of Article 5(2) of ..."
        var refs = RealActs.References(RealActs.ProspectusRegulation, "Article 9(12), subparagraph 2(c)");
        refs.Where(r => r.Text.StartsWith("point (c)", StringComparison.Ordinal)).Should().HaveCount(2)
            .And.OnlyContain(r => r.Status == ReferenceStatus.External && r.Instrument == "Directive 2004/109/EC");
    }

    [Test]
    public void Treaty_named_by_its_short_name_right_after_the_article()
    {
        RealActs.References(RealActs.ProspectusRegulation, "Article 33(5)").Should().ContainSingle(r => r.Text == "Article 258 TFEU")
            .Which.Instrument.Should().Be("TFEU");
    }

    [Test]
    public void With_regard_to_an_instrument_gives_the_list_that_follows_to_it()
    {
        AllExternalTo(RealActs.References(RealActs.MifidII, "Article 70(3)(b)"), "Regulation (EU) No 600/2014");
        RealActs.References(RealActs.MifidII, "Article 70(3)(a)").Should().OnlyContain(r => r.Status == ReferenceStatus.Resolved, "point (a) is 'with regard to this Directive'");
        AllExternalTo(RealActs.References(RealActs.MifidIIFr, "Article 70(3)(b)"), "règlement (UE) no 600/2014");
    }

    [Test]
    public void Amended_as_follows_gives_the_amending_points_to_the_amended_act()
    {
        // "Directive 2011/61/EU is amended as follows:", then "in point (r) of Article 4(1)"
        AllExternalTo(RealActs.References(RealActs.MifidII, "Article 92(1)"), "Directive 2011/61/EU");
        // "Directive 93/6/EEC shall be amended as follows:", then quoted text citing "point (b) of Article 2(2)" and
        // "Articles 31 or 32 of Directive 2004/39/EC": the last two name the amending act itself, and are checked in it
        var refs = RealActs.References(RealActs.MifidI, "Article 67(2)");
        AllExternalTo(refs.Where(r => !r.Text.EndsWith("2004/39/EC", StringComparison.Ordinal)).ToList(), "Directive 93/6/EEC");
        refs.Where(r => r.Text.EndsWith("2004/39/EC", StringComparison.Ordinal)).Should().HaveCount(2).And.OnlyContain(r => r.Status == ReferenceStatus.Resolved);
    }

    [Test]
    public void Quoted_text_introduced_by_a_colon_belongs_to_the_act_it_goes_into()
    {
        // "In Article 5 of Directive 85/611/EEC, paragraph 4 ...:", then the paragraph in quotes
        var quoted = RealActs.References(RealActs.MifidI, "Article 66, subparagraph 1");
        quoted.Should().ContainSingle(r => r.Text == "paragraph 3 of this Article").Which.Instrument.Should().Be("Directive 85/611/EEC");
        quoted.Where(r => r.Text.EndsWith("of Directive 2004/39/EC", StringComparison.Ordinal)).Should().HaveCount(4)
            .And.OnlyContain(r => r.Status == ReferenceStatus.Resolved, "Directive 2004/39/EC is the text itself");
    }

    [Test]
    public void Amending_sentence_in_an_article_of_another_act_gives_what_it_replaces_to_that_act()
    {
        // "In Article 5 of Directive 85/611/EEC, paragraph 4 shall be replaced": paragraph 4 of that article, not of Article 66
        RealActs.References(RealActs.MifidI, "Article 66").Should().ContainSingle(r => r.Text == "paragraph 4")
            .Which.Instrument.Should().Be("Directive 85/611/EEC");
        RealActs.References(RealActs.MifidIFr, "Article 66").Should().ContainSingle(r => r.Text == "paragraphe 4")
            .Which.Instrument.Should().Be("directive 85/611/CEE");
    }

    [TestCase(RealActs.MifidII, "Article 25, with the exception of paragraph 6")]
    [TestCase(RealActs.MifidIIFr, "article 25, à l’exception du paragraphe 6")]
    public void Paragraph_excepted_from_an_article_is_that_articles_paragraph(string relative, string written)
    {
        // MiFID II Article 30(1): the paragraph 6 excepted is Article 25(6); Article 30 has no paragraph 6
        var r = RealActs.References(relative, "Article 30(1)").Should().ContainSingle(x => x.Text == written).Which;
        r.Path.Select(s => s.Value).Should().Equal("25", "6");
        r.Targets.Should().ContainSingle().Which.Should().EndWith("art_25__para_6");
    }

    [Test]
    public void French_qualifier_binds_the_list_and_dudit_names_the_act_named_last()
    {
        AllExternalTo(RealActs.References(RealActs.ProspectusRegulationFr, "Article premier(5)(c)"), "directive 2014/59/UE");
        // "l’article 4, paragraphe 1, point 3), dudit règlement"
        RealActs.References(RealActs.ProspectusRegulationFr, "Article premier(5), subparagraph 1(c)")
            .Should().Contain(r => r.Text.EndsWith("dudit règlement", StringComparison.Ordinal) && r.Instrument == "règlement (UE) no 575/2013");
    }

    [Test]
    public void French_anchor_binds_the_paragraphs_listed_with_it_not_an_article()
    {
        // "l’article 23 ou du paragraphe 1 du présent article"
        var refs = RealActs.References(RealActs.MifidIIFr, "Article 24(9)");
        refs.Single(r => r.Text == "article 23").Targets.Should().Equal("title_2__chp_2__sec_1__art_23");
        refs.Single(r => r.Text.StartsWith("paragraphe 1", StringComparison.Ordinal)).Targets.Should().Equal("title_2__chp_2__sec_2__art_24__para_1");
    }

    [Test]
    public void French_list_of_paragraphs_keeps_its_article_across_et()
    {
        // "article 1er, paragraphe 4, points f) à i), et paragraphe 5": the article carries over
        var refs = RealActs.References(RealActs.ProspectusRegulationFr, "Article 19(1)(b)");
        refs.Should().OnlyContain(r => r.Status == ReferenceStatus.Resolved);
        refs.SelectMany(r => r.Targets).Should().Contain(["chp_1__art_1__para_4__point_f", "chp_1__art_1__para_5__point_e", "chp_1__art_1__para_5__point_j"]);
    }

    [Test]
    public void French_plural_articles_list_continues_after_comma_et()
    {
        // "articles 31, paragraphes 2 à 4, et 32, paragraphes 2 à 6 ..."
        var refs = RealActs.References(RealActs.MifidIFr, "Article premier(2), indent 3");
        refs.Should().OnlyContain(r => r.Status == ReferenceStatus.Resolved);
        refs.SelectMany(r => r.Targets).Should().Contain(t => t.EndsWith("art_31__para_4", StringComparison.Ordinal))
            .And.Contain(t => t.EndsWith("art_32__para_6", StringComparison.Ordinal)).And.Contain(t => t.EndsWith("art_32__para_9", StringComparison.Ordinal));
    }

    [Test]
    public void Unnumbered_subparagraphs_cited_as_paragraphs_resolve_loosely()
    {
        // "... of Article 26(1) and Article 26(2) and (3)": Article 26 has three unnumbered subparagraphs
        var refs = RealActs.References(RealActs.MifidII, "Article 70(3)(a)").Where(r => r.Path.Length > 0 && r.Path[0].Value == "26").ToList();
        refs.Should().HaveCount(3).And.OnlyContain(r => r.Status == ReferenceStatus.Resolved && r.Loose);
    }

    [Test]
    public void Inline_sub_points_are_found_in_their_point()
    {
        // "in accordance with Article 2(1)(m)(iii)": point (m) prints its sub-points inline
        RealActs.References(RealActs.ProspectusDirective, "Article 30(1)").Should().ContainSingle(r => r.Text == "Article 2(1)(m)(iii)")
            .Which.Status.Should().Be(ReferenceStatus.Resolved);
    }
}
