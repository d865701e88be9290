using ModelLaw.Documents;
using ModelLaw.Drafting.Amendments;
using static ModelLaw.Tests.Drafting.DraftingTrees;

namespace ModelLaw.Tests.Drafting;

/// <summary>
/// What an amending act cannot express, and what the generator says then: an article standing after a division without
/// belonging to it (an act places an article after another, so it would fall into that division) is refused with a
/// typed error naming the cause, never an act that applies to something else.
/// </summary>
public class AmendmentLimitsTests
{
    private static LegalDocument Model() => Document("en",
        Chapter("CHAPTER 1", "1", "General provisions",
            Article("Article 1", "1", "Purpose", Para("1", "This Law sets out rules on autonomous systems.")),
            Article("Article 2", "2", "Scope", Para("1", "This Law applies to providers established in the State."))));

    [Test]
    public void An_article_after_a_chapter_but_outside_it_is_refused_with_the_reason()
    {
        // Article 2 taken out of the chapter to the top level, after it: no instruction can put it there
        var national = Document("en",
            Chapter("CHAPTER 1", "1", "General provisions",
                Article("Article 1", "1", "Purpose", Para("1", "This Law sets out rules on autonomous systems."))),
            Article("Article 2", "2", "Scope", Para("1", "This Law applies to providers established in the State.")));

        var generate = () => new AmendmentGenerator().Generate(Model(), national);

        generate.Should().Throw<UnsupportedOperationException>().WithMessage("*cannot reach*article after a division that does not contain it*");
    }

    [Test]
    public void The_same_change_within_the_chapter_is_an_act_that_applies()
    {
        var national = Document("en",
            Chapter("CHAPTER 1", "1", "General provisions",
                Article("Article 1", "1", "Scope", Para("1", "This Law applies to providers established in the State.")),
                Article("Article 2", "2", "Purpose", Para("1", "This Law sets out rules on autonomous systems."))));

        var act = new AmendmentGenerator().Generate(Model(), national);

        new AmendmentApplier().Apply(Model(), act).Root.Should().Be(national.Root);
        act.Instructions.Should().NotContain(i => i.Operation == AmendmentOperation.Delete);
    }
}
