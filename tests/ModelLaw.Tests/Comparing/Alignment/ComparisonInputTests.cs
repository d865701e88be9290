using ModelLaw.Comparing.Alignment.Input;
using ModelLaw.Documents;
using static ModelLaw.Tests.Comparing.LawFixtures;

namespace ModelLaw.Tests.Comparing.Alignment;

public class ComparisonInputTests
{
    private static ComparisonInput Analyse(LegalDocument model, LegalDocument national) =>
        ComparisonInput.Build(model.Root, national.Root, model.Language, 1, 1, default);

    private static ProvisionBuilder Section(string number, string heading, params ProvisionBuilder[] children)
    {
        var s = new ProvisionBuilder(ProvisionKind.Section) { Number = new ProvisionNumber($"{number}.", number, null), Heading = heading };
        foreach (var c in children) s.Add(c);
        return s;
    }

    private static ProvisionBuilder Subsection(string number, string text) =>
        new(ProvisionKind.Subsection) { Number = new ProvisionNumber($"({number})", number, null), Content = text };

    [Test]
    public void Rows_are_the_provisions_in_preorder_with_their_subtrees()
    {
        var doc = Doc("en", Chapter("I", "General", Art("1", "Purpose", "The purpose is oversight.", "It applies to authorities.")));
        var t = Analyse(doc, doc).Model;

        t.Count.Should().Be(5);
        t.Kind.Should().Equal(ProvisionKind.Document, ProvisionKind.Chapter, ProvisionKind.Article, ProvisionKind.Paragraph, ProvisionKind.Paragraph);
        t.Parent.Should().Equal(-1, 0, 1, 2, 2);
        t.SubtreeEnd.Should().Equal(5, 5, 5, 4, 5);
        t.Children(2).Should().Equal(3, 4);
    }

    [Test]
    public void Articles_are_units_and_chapters_group_them()
    {
        var doc = Doc("en", Chapter("I", "General", Art("1", "Purpose", "The purpose is oversight.", "It applies.")));
        var t = Analyse(doc, doc).Model;

        t.Unit.Should().Equal(-1, -1, 2, 2, 2);
    }

    [Test]
    public void A_section_that_holds_subsections_is_a_unit_like_an_article()
    {
        var doc = Doc("en", Section("5", "Application", Subsection("1", "This Act applies to every organisation."), Subsection("2", "It does not apply to individuals.")));
        var t = Analyse(doc, doc).Model;

        t.Unit.Should().Equal(-1, 1, 1, 1);
    }

    [Test]
    public void A_section_of_articles_groups_them()
    {
        var doc = Doc("en", Section("1", "General", Art("1", "Purpose", "The purpose is oversight.")));
        var t = Analyse(doc, doc).Model;

        t.Unit.Should().Equal(-1, -1, 2);
    }

    [Test]
    public void Full_counts_sum_the_subtree_and_full_rows_are_unit_vectors()
    {
        var doc = Doc("en", Art("1", "Purpose", "oversight of systems", "oversight of authorities"));
        var input = Analyse(doc, doc);
        var t = input.Model;
        input.Vocabulary.Terms.TryGetId("oversight".AsSpan(), out var term).Should().BeTrue();
        int feature = input.Vocabulary.OfTerm(term);

        var f = t.FullCounts.Features(1).ToArray();
        t.FullCounts.Weights(1)[Array.IndexOf(f, feature)].Should().Be(2);
        t.Full.Dot(1, t.Full, 1).Should().BeApproximately(1, 1e-5);
    }

    [Test]
    public void Equal_words_in_another_case_and_punctuation_are_the_same_words()
    {
        var model = Doc("en", Art("1", "Purpose", "Member States shall ensure oversight."));
        var national = Doc("en", Art("7", "Purpose", "member states shall ensure oversight"));
        var other = Doc("en", Art("7", "Purpose", "Member States may ensure oversight."));

        var input = Analyse(model, national);
        TermSequences.SameWords(input.Model, 1, input.National, 1).Should().BeTrue();
        var input2 = Analyse(model, other);
        TermSequences.SameWords(input2.Model, 1, input2.National, 1).Should().BeFalse();
    }
}
