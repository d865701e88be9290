using System.Collections.Immutable;
using ModelLaw.Comparing;
using ModelLaw.Coverage;
using ModelLaw.Documents;

namespace ModelLaw.Tests.Coverage;

/// <summary>Coverage derived through a comparison with a model whose provisions carry principle tags (comparisons built by hand).</summary>
public class DerivedCoverageTests
{
    private readonly CoverageAnalyzer _analyzer = new();

    private static LegalDocument TaggedModel()
    {
        var oversight = Docs.Article(13, "Human oversight", "Every output shall be verified by a human operator before any measure is taken.");
        oversight.Tags.Add("human-oversight");
        var warning = Docs.Article(23, "Early warning", "The coordinating authority shall operate an early warning system on emerging threats.");
        warning.Tags.Add("early-warning");
        var remedy = Docs.Article(22, "Remedies", "Any person affected shall have the right to an effective remedy before a court.");
        remedy.Tags.Add("remedies");
        return Docs.Document("en", oversight, remedy, warning);
    }

    private static Comparison Compare(LegalDocument model, LegalDocument national, params (string ModelEId, AlignmentRelation Relation, double Similarity, string? NationalEId)[] links) =>
        new()
        {
            Model = model,
            National = national,
            Links = links.Select(l => new AlignmentLink
            {
                Level = ProvisionKind.Article,
                Relation = l.Relation,
                Similarity = l.Similarity,
                Model = [model.FindByEId(l.ModelEId)!],
                National = l.NationalEId is null ? ImmutableArray<Provision>.Empty : [national.FindByEId(l.NationalEId)!],
            }).ToImmutableArray(),
            Summary = new ComparisonSummary(),
            Concordance = ImmutableArray<ConcordanceRow>.Empty,
        };

    [Test]
    public void Adopted_tagged_provision_derives_covered_and_omitted_derives_absent()
    {
        var model = TaggedModel();
        var national = Docs.Document("en",
            Docs.Article(10, "Human control", "Every output shall be verified by a human operator before any measure is taken."),
            Docs.Article(11, "Redress", "Any person affected shall have the right to an effective remedy before a court."));
        var cmp = Compare(model, national,
            ("art_13", AlignmentRelation.Renumbered, 1.0, "art_10"),
            ("art_22", AlignmentRelation.Renumbered, 1.0, "art_11"),
            ("art_23", AlignmentRelation.Omitted, 0, null));
        var report = _analyzer.Analyze(national, Docs.Catalog, cmp);

        report.For("human-oversight")!.DerivedStatus.Should().Be(CoverageStatus.Covered);
        report.For("early-warning")!.DerivedStatus.Should().Be(CoverageStatus.Absent);
        report.For("early-warning")!.MethodsDisagree.Should().BeFalse();
        report.For("legality")!.DerivedStatus.Should().BeNull("no model provision carries the legality tag");
        var d = report.For("human-oversight")!.DerivedEvidence.Single();
        d.ModelCitation.Should().Be("Article 13");
        d.NationalCitations.Should().Equal("Article 10");
    }

    [Test]
    public void Heavily_modified_tagged_provision_derives_partial()
    {
        var model = TaggedModel();
        var national = Docs.Document("en", Docs.Article(4, "Alerts", "Alerts may be reviewed."));
        var cmp = Compare(model, national, ("art_13", AlignmentRelation.Modified, 0.2, "art_4"));
        _analyzer.Analyze(national, Docs.Catalog, cmp).For("human-oversight")!.DerivedStatus.Should().Be(CoverageStatus.Partial);
    }

    [Test]
    public void Methods_disagree_when_the_text_covers_what_the_alignment_says_was_dropped()
    {
        var model = TaggedModel();
        // the national text drops the model's early-warning article but writes its own, reworded beyond recognition
        var national = Docs.Document("en",
            Docs.Article(30, "Threat alerts", "The National Centre shall issue early warning of emerging threats to competent authorities."));
        var cmp = Compare(model, national, ("art_23", AlignmentRelation.Omitted, 0, null));
        var ew = _analyzer.Analyze(national, Docs.Catalog, cmp).For("early-warning")!;
        ew.Status.Should().Be(CoverageStatus.Covered);
        ew.DerivedStatus.Should().Be(CoverageStatus.Absent);
        ew.MethodsDisagree.Should().BeTrue();
    }

    [Test]
    public void A_tagged_paragraph_takes_the_relation_of_its_aligned_article()
    {
        var art = Docs.Article(13, "Human oversight", "The system shall be overseen.", "Every alert shall be verified by a human operator.");
        art.Children[1].Tags.Add("human-oversight");
        var model = Docs.Document("en", art);
        var national = Docs.Document("en", Docs.Article(13, "Human oversight", "The system shall be overseen.", "Every alert shall be verified by a human operator."));
        var cmp = Compare(model, national, ("art_13", AlignmentRelation.Identical, 1.0, "art_13"));
        var report = _analyzer.Analyze(national, Docs.Catalog, cmp);
        report.For("human-oversight")!.DerivedEvidence.Single().Should().Match<DerivedCoverageEvidence>(e =>
            e.ModelEId == "art_13__para_2" && e.Relation == AlignmentRelation.Identical);
        report.For("human-oversight")!.DerivedStatus.Should().Be(CoverageStatus.Covered);
    }

    [Test]
    public void A_model_without_tags_is_reported()
    {
        var model = Docs.Document("en", Docs.Article(1, null, "Human oversight shall be ensured by the authority."));
        var national = Docs.Document("en", Docs.Article(1, null, "Human oversight shall be ensured by the authority."));
        var report = _analyzer.Analyze(national, Docs.Catalog, Compare(model, national, ("art_1", AlignmentRelation.Identical, 1, "art_1")));
        report.Diagnostics.Should().Contain(d => d.Code == CoverageAnalyzer.ModelHasNoTags);
        report.Principles.Should().OnlyContain(p => p.DerivedStatus == null);
    }

    [Test]
    public void Article_dropped_from_an_aligned_chapter_derives_absent()
    {
        // the chapter is kept, so it has a link; the early-warning article inside it is gone, and has none
        static LegalDocument InChapter(params ProvisionBuilder[] articles)
        {
            var root = new ProvisionBuilder(ProvisionKind.Document);
            var chapter = root.Add(new ProvisionBuilder(ProvisionKind.Chapter) { Number = new ProvisionNumber("CHAPTER V", "5", 5), Heading = "Prevention" });
            foreach (var a in articles) chapter.Add(a);
            return new LegalDocument(root.Build(), "Law", "en");
        }
        var warning = Docs.Article(23, "Early warning", "The coordinating authority shall operate an early warning system on emerging threats.");
        warning.Tags.Add("early-warning");
        var model = InChapter(warning, Docs.Article(24, "Online platforms", "Providers shall remove terrorist content within one hour."));
        var national = InChapter(Docs.Article(20, "Online platforms", "Providers shall remove terrorist content within one hour."));
        var cmp = Compare(model, national,
            ("chp_5", AlignmentRelation.Modified, 0.7, "chp_5"),
            ("chp_5__art_24", AlignmentRelation.Renumbered, 1.0, "chp_5__art_20"));

        _analyzer.Analyze(national, Docs.Catalog, cmp).For("early-warning")!.DerivedStatus.Should().Be(CoverageStatus.Absent);
    }
}
