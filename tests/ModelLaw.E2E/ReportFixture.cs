using System.Collections.Immutable;
using ModelLaw.Comparing;
using ModelLaw.Coverage;
using ModelLaw.Documents;
using ModelLaw.Writing.Html;

namespace ModelLaw.E2E;

/// <summary>A small report input built from the public result types only: a model law and one national adaptation.</summary>
internal static class ReportFixture
{
    private static ProvisionBuilder Article(int n, string heading, string text) => new(ProvisionKind.Article)
    {
        Number = new ProvisionNumber($"Article {n}", n.ToString(), n), Heading = heading, Content = text,
    };

    private static LegalDocument Doc(string title, params ProvisionBuilder[] articles)
    {
        var root = new ProvisionBuilder(ProvisionKind.Document);
        root.Children.AddRange(articles);
        return new LegalDocument(root.Build(), title, "en");
    }

    private static TextDiff Diff(params (DiffOperation Op, string Text)[] runs) =>
        new(runs.Select(r => new DiffRun(r.Op, r.Text)).ToImmutableArray());

    public static ReportInput Create()
    {
        var oversight = Article(2, "Human oversight", "Every decision producing legal effects shall be reviewed by a natural person.");
        oversight.Tags.Add("human-oversight");
        var logs = Article(3, "Record keeping", "The deployer shall keep logs of the operation of the system for five years.");
        logs.Tags.Add("record-keeping");
        var model = Doc("Model Law on Artificial Intelligence in Counter-Terrorism",
            Article(1, "Purpose", "This Law protects human rights in the use of artificial intelligence against terrorism."),
            oversight, logs,
            Article(4, "Review", "The competent authority shall review each system every two years."));
        var national = Doc("Arcadia Act on Artificial Intelligence in Counter-Terrorism",
            Article(1, "Purpose", "This Law protects human rights in the use of artificial intelligence against terrorism."),
            Article(2, "Human oversight", "Every decision producing legal effects shall be reviewed by a judge."),
            Article(3, "Review", "The competent authority shall review each system every three years."),
            Article(4, "Sanctions", "Breaches of this Act are punished by a fine."));
        Provision M(int n) => model.FindByCitation($"Article {n}")!;
        Provision N(int n) => national.FindByCitation($"Article {n}")!;
        AlignmentLink Link(AlignmentRelation r, double sim, Provision? m, Provision? n, TextDiff? d = null) => new()
        {
            Level = ProvisionKind.Article, Relation = r, Similarity = sim, Diff = d,
            Model = m is null ? ImmutableArray<Provision>.Empty : ImmutableArray.Create(m),
            National = n is null ? ImmutableArray<Provision>.Empty : ImmutableArray.Create(n),
        };
        var links = ImmutableArray.Create(
            Link(AlignmentRelation.Identical, 1, M(1), N(1)),
            Link(AlignmentRelation.Modified, 0.86, M(2), N(2), Diff((DiffOperation.Equal, "Every decision producing legal effects shall be reviewed by a "),
                (DiffOperation.Delete, "natural person"), (DiffOperation.Insert, "judge"), (DiffOperation.Equal, "."))),
            Link(AlignmentRelation.Omitted, 0, M(3), null),
            Link(AlignmentRelation.Renumbered, 0.95, M(4), N(3), Diff((DiffOperation.Equal, "The competent authority shall review each system every "),
                (DiffOperation.Delete, "two"), (DiffOperation.Insert, "three"), (DiffOperation.Equal, " years."))),
            Link(AlignmentRelation.Added, 0, null, N(4)));
        var comparison = new Comparison
        {
            Model = model, National = national, Links = links,
            Summary = new ComparisonSummary { ModelUnits = 4, NationalUnits = 4, Verbatim = 2, Modified = 1, Omitted = 1, Added = 1, ModelTextKept = 0.78 },
            Concordance = links.Select(l => new ConcordanceRow(l.Model.IsEmpty ? [] : [l.Model[0]],
                l.National, l.Relation, l.Similarity)).ToImmutableArray(),
        };
        var catalog = new PrincipleCatalog
        {
            Id = "ai-ct", Title = "AI in counter-terrorism", Version = "1.0",
            Principles = ImmutableArray.Create(
                new Principle { Id = "human-oversight", Name = "Human oversight", Definition = "A human can review and override." },
                new Principle { Id = "record-keeping", Name = "Record keeping", Definition = "Operation is logged." }),
        };
        var coverage = new CoverageReport
        {
            Document = national, Catalog = catalog,
            Principles = ImmutableArray.Create(
                new PrincipleCoverage
                {
                    Principle = catalog.Principles[0], Status = CoverageStatus.Covered, Score = 0.9,
                    Evidence = ImmutableArray.Create(new CoverageEvidence { EId = N(2).EId, Citation = "Article 2", Sentence = "reviewed by a judge", Score = 0.9 }),
                },
                new PrincipleCoverage { Principle = catalog.Principles[1], Status = CoverageStatus.Absent }),
        };
        return new ReportInput { Model = model, Comparisons = ImmutableArray.Create(comparison), Coverage = ImmutableArray.Create(coverage) };
    }
}
