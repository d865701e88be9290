using System.Collections.Immutable;
using ModelLaw.Comparing;
using ModelLaw.Coverage;
using ModelLaw.Documents;
using ModelLaw.Writing.Docx;

namespace ModelLaw.Tests.Redline;

/// <summary>
/// Hand-made comparisons with every kind of link, built only from the result types, so the writers can be tested
/// without the comparer. Texts are realistic model-law wording (English, with a French and a Russian pair).
/// </summary>
internal static class SampleComparisons
{
    private static ProvisionNumber Num(string written, string value, int? ordinal = null) => new(written, value, ordinal);

    private static ProvisionBuilder Article(int n, string heading, string content, string label = "Article", params ProvisionBuilder[] children)
    {
        var b = new ProvisionBuilder(ProvisionKind.Article) { Number = Num($"{label} {n}", n.ToString(), n), Heading = heading, Content = content };
        b.Children.AddRange(children);
        return b;
    }

    private static ProvisionBuilder Para(int n, string content, params ProvisionBuilder[] children)
    {
        var b = new ProvisionBuilder(ProvisionKind.Paragraph) { Number = Num($"{n}.", n.ToString(), n), Content = content };
        b.Children.AddRange(children);
        return b;
    }

    private static ProvisionBuilder Point(string letter, string content) =>
        new(ProvisionKind.Point) { Number = Num($"({letter})", letter, letter[0] - 'a' + 1), Content = content };

    private static ProvisionBuilder Chapter(string roman, int value, string heading, params ProvisionBuilder[] children)
    {
        var b = new ProvisionBuilder(ProvisionKind.Chapter) { Number = Num($"Chapter {roman}", value.ToString(), value), Heading = heading };
        b.Children.AddRange(children);
        return b;
    }

    private static LegalDocument Doc(string title, string language, params ProvisionBuilder[] top)
    {
        var root = new ProvisionBuilder(ProvisionKind.Document);
        root.Children.AddRange(top);
        return new LegalDocument(root.Build(), title, language);
    }

    private static Provision P(LegalDocument d, string citation) =>
        d.FindByCitation(citation) ?? throw new InvalidOperationException($"no {citation} in {d.Title}");

    private static AlignmentLink Link(AlignmentRelation relation, double similarity, IEnumerable<Provision> model, IEnumerable<Provision> national,
        params AlignmentLink[] children)
    {
        var m = model.ToImmutableArray();
        var n = national.ToImmutableArray();
        TextDiff? diff = !m.IsEmpty && !n.IsEmpty
            ? ModelLaw.Comparing.Diffing.WordDiffer.Instance.Diff(string.Join("\n", m.Select(p => p.Content).Where(s => s.Length > 0)), string.Join("\n", n.Select(p => p.Content).Where(s => s.Length > 0)))
            : null;
        return new AlignmentLink
        {
            Level = (m.IsEmpty ? n[0] : m[0]).Kind,
            Relation = relation,
            Similarity = similarity,
            Model = m,
            National = n,
            Diff = diff,
            Evidence = relation is AlignmentRelation.Omitted or AlignmentRelation.Added
                ? ImmutableArray<AlignmentEvidence>.Empty
                : ImmutableArray.Create(new AlignmentEvidence(EvidenceKind.TextSimilarity, similarity)),
            Children = children.ToImmutableArray(),
        };
    }

    private static Provision[] One(Provision p) => new[] { p };
    private static Provision[] None => Array.Empty<Provision>();

    /// <summary>The English model law on AI in counter-terrorism.</summary>
    public static LegalDocument EnglishModel() => Doc("Model Law on Artificial Intelligence in Counter-Terrorism", "en",
        Chapter("I", 1, "General provisions",
            Article(1, "Purpose", "The purpose of this Law is to ensure that artificial intelligence systems used to prevent and counter terrorism respect human rights and the rule of law."),
            Article(2, "Definitions", "For the purposes of this Law:", "Article",
                Point("a", "'artificial intelligence system' means a machine-based system that infers from the input it receives how to generate outputs;"),
                Point("b", "'competent authority' means the authority designated under Article 8;"),
                Point("c", "'deployer' means any public body using an artificial intelligence system under its authority."))),
        Chapter("II", 2, "Safeguards",
            Article(3, "Scope", "This Law applies to every artificial intelligence system used by a public body for counter-terrorism purposes."),
            Article(4, "Human oversight", "Every decision producing legal effects for a person shall be reviewed by a natural person with the competence and authority to override it."),
            Article(5, "Record keeping", "The deployer shall keep logs of the operation of the system for at least five years."),
            Article(6, "Transparency", "",
                "Article",
                Para(1, "The deployer shall publish an annual report on the systems it uses."),
                Para(2, "Persons affected shall be informed that a system was used, unless this would jeopardise an ongoing investigation.")),
            Article(7, "Review", "The competent authority shall review the use of each system every two years."),
            Article(8, "Reporting", "The competent authority shall report its findings to Parliament.")),
        Chapter("III", 3, "Final provisions",
            Article(9, "Entry into force", "This Law shall enter into force on the day following its publication.")));

    /// <summary>The national adaptation (the fictitious Republic of Arcadia).</summary>
    public static LegalDocument EnglishNational() => Doc("Arcadia Act on Artificial Intelligence in Counter-Terrorism", "en",
        Chapter("I", 1, "General provisions",
            Article(1, "Purpose", "The purpose of this Law is to ensure that artificial intelligence systems used to prevent and counter terrorism respect human rights and the rule of law."),
            Article(2, "Definitions", "For the purposes of this Act:", "Article",
                Point("a", "'artificial intelligence system' means a computer system that infers from the data it receives how to generate outputs;"),
                Point("b", "'competent authority' means the authority designated under Article 8;"),
                Point("c", "'deployer' means any public body using an artificial intelligence system under its authority;"),
                Point("d", "'high-risk use' means a use that may lead to arrest, detention or listing of a person."))),
        Chapter("II", 2, "Safeguards",
            Article(3, "Human oversight", "Every decision producing legal effects for a person shall be reviewed by a judge with the competence and authority to override it."),
            Article(4, "Scope", "This Law applies to every artificial intelligence system used by a public body for counter-terrorism purposes."),
            Article(5, "Annual report", "The deployer shall publish an annual report on the systems it uses."),
            Article(6, "Information of persons", "Persons affected shall be informed that a system was used, unless this would jeopardise an ongoing investigation."),
            Article(7, "Review and reporting", "The competent authority shall review the use of each system every three years and report its findings to Parliament."),
            Article(8, "Data protection impact assessment", "Before deployment, the deployer shall carry out a data protection impact assessment.")),
        Chapter("III", 3, "Final provisions",
            Article(9, "Entry into force", "this law shall enter into force on the day following its publication.")));

    /// <summary>A comparison of the English pair with every relation: identical, modified, renumbered, moved, split, merged, omitted, added, equivalent.</summary>
    public static Comparison English()
    {
        var m = EnglishModel();
        var n = EnglishNational();
        var links = ImmutableArray.Create(
            Link(AlignmentRelation.Modified, 0.96, One(P(m, "Chapter I")), One(P(n, "Chapter I")),
                Link(AlignmentRelation.Identical, 1.0, One(P(m, "Article 1")), One(P(n, "Article 1"))),
                Link(AlignmentRelation.Modified, 0.88, One(P(m, "Article 2")), One(P(n, "Article 2")),
                    Link(AlignmentRelation.Modified, 0.81, One(P(m, "Article 2(a)")), One(P(n, "Article 2(a)"))),
                    Link(AlignmentRelation.Identical, 1.0, One(P(m, "Article 2(b)")), One(P(n, "Article 2(b)"))),
                    Link(AlignmentRelation.Equivalent, 0.99, One(P(m, "Article 2(c)")), One(P(n, "Article 2(c)"))),
                    Link(AlignmentRelation.Added, 0, None, One(P(n, "Article 2(d)"))))),
            Link(AlignmentRelation.Modified, 0.7, One(P(m, "Chapter II")), One(P(n, "Chapter II")),
                Link(AlignmentRelation.Renumbered, 1.0, One(P(m, "Article 3")), One(P(n, "Article 4"))),
                Link(AlignmentRelation.Moved, 0.93, One(P(m, "Article 4")), One(P(n, "Article 3"))),
                Link(AlignmentRelation.Omitted, 0, One(P(m, "Article 5")), None),
                Link(AlignmentRelation.Split, 0.9, One(P(m, "Article 6")), new[] { P(n, "Article 5"), P(n, "Article 6") }),
                Link(AlignmentRelation.Merged, 0.84, new[] { P(m, "Article 7"), P(m, "Article 8") }, One(P(n, "Article 7"))),
                Link(AlignmentRelation.Added, 0, None, One(P(n, "Article 8")))),
            Link(AlignmentRelation.Equivalent, 0.99, One(P(m, "Chapter III")), One(P(n, "Chapter III")),
                Link(AlignmentRelation.Equivalent, 0.99, One(P(m, "Article 9")), One(P(n, "Article 9")))));
        return new Comparison
        {
            Model = m,
            National = n,
            Links = links,
            Summary = new ComparisonSummary
            {
                ModelUnits = 9, NationalUnits = 9, Verbatim = 3, Modified = 2, Moved = 1, Split = 1, Merged = 1,
                Omitted = 1, Added = 1, ModelTextKept = 0.82,
            },
            Concordance = links.SelectMany(l => l.Children).Select(l => new ConcordanceRow(
                l.Model, l.National, l.Relation, l.Similarity)).ToImmutableArray(),
        };
    }

    /// <summary>A coverage report of the English national text against a three-principle catalogue.</summary>
    public static CoverageReport EnglishCoverage(Comparison c)
    {
        var catalog = new PrincipleCatalog
        {
            Id = "ai-ct", Title = "AI in counter-terrorism", Version = "1.0",
            Principles = ImmutableArray.Create(
                new Principle { Id = "human-oversight", Name = "Human oversight", Definition = "A human can review and override." },
                new Principle { Id = "record-keeping", Name = "Record keeping", Definition = "Operation is logged." },
                new Principle { Id = "transparency", Name = "Transparency", Definition = "Use is disclosed." }),
        };
        var n = c.National;
        return new CoverageReport
        {
            Document = n,
            Catalog = catalog,
            Principles = ImmutableArray.Create(
                new PrincipleCoverage
                {
                    Principle = catalog.Principles[0], Status = CoverageStatus.Covered, Score = 0.9,
                    Evidence = ImmutableArray.Create(new CoverageEvidence
                    {
                        EId = P(n, "Article 3").EId, Citation = "Article 3", Sentence = "Every decision ... shall be reviewed by a judge",
                        MatchedPhrases = ImmutableArray.Create("reviewed by"), Score = 0.9, Operational = true,
                    }),
                },
                new PrincipleCoverage { Principle = catalog.Principles[1], Status = CoverageStatus.Absent },
                new PrincipleCoverage
                {
                    Principle = catalog.Principles[2], Status = CoverageStatus.Partial, Score = 0.5,
                    Evidence = ImmutableArray.Create(new CoverageEvidence
                    {
                        EId = P(n, "Article 5").EId, Citation = "Article 5", Sentence = "The deployer shall publish an annual report",
                        MatchedPhrases = ImmutableArray.Create("publish"), Score = 0.5,
                    }),
                }),
        };
    }

    /// <summary>The same model with principle tags on its provisions (as a tagged model would carry them).</summary>
    public static Comparison EnglishWithTaggedModel()
    {
        // tags live on the model's provisions; rebuild the model with tags and re-point the links
        var c = English();
        var tags = new Dictionary<string, string> { ["Article 4"] = "human-oversight", ["Article 5"] = "record-keeping", ["Article 6"] = "transparency" };
        var root = ProvisionBuilder.From(c.Model.Root);
        foreach (var chapter in root.Children)
            foreach (var art in chapter.Children)
                if (art.Number is { } num && tags.TryGetValue(num.Written, out var t)) art.Tags.Add(t);
        var model = new LegalDocument(root.Build(), c.Model.Title, c.Model.Language);
        AlignmentLink Repoint(AlignmentLink l) => l with
        {
            Model = l.Model.Select(p => model.FindByEId(p.EId)!).ToImmutableArray(),
            Children = l.Children.Select(Repoint).ToImmutableArray(),
        };
        return c with { Model = model, Links = c.Links.Select(Repoint).ToImmutableArray() };
    }

    /// <summary>A small French pair: a modified article and an added one.</summary>
    public static Comparison French()
    {
        var m = Doc("Loi type sur l'intelligence artificielle", "fr",
            Article(1, "Objet", "La présente loi a pour objet de garantir le respect des droits de l'homme dans l'usage des systèmes d'intelligence artificielle."),
            Article(2, "Contrôle humain", "Toute décision produisant des effets juridiques est réexaminée par une personne physique."));
        var n = Doc("Loi n° 2025-17 relative à l'intelligence artificielle", "fr",
            Article(1, "Objet", "La présente loi a pour objet de garantir le respect des libertés fondamentales dans l'usage des systèmes d'intelligence artificielle."),
            Article(2, "Contrôle humain", "Toute décision produisant des effets juridiques est réexaminée par un magistrat."),
            Article(3, "Sanctions", "Le manquement aux obligations de la présente loi est puni d'une amende de 50 000 euros."));
        return Simple(m, n,
            Link(AlignmentRelation.Modified, 0.86, One(P(m, "Article 1")), One(P(n, "Article 1"))),
            Link(AlignmentRelation.Modified, 0.8, One(P(m, "Article 2")), One(P(n, "Article 2"))),
            Link(AlignmentRelation.Added, 0, None, One(P(n, "Article 3"))));
    }

    /// <summary>A small Russian pair: a renumbered and modified article and an omitted one.</summary>
    public static Comparison Russian()
    {
        var m = Doc("Модельный закон об искусственном интеллекте", "ru",
            Article(1, "Цель", "Целью настоящего Закона является обеспечение соблюдения прав человека при использовании систем искусственного интеллекта.", "Статья"),
            Article(2, "Хранение записей", "Оператор обязан хранить журналы работы системы не менее пяти лет.", "Статья"),
            Article(3, "Человеческий контроль", "Каждое решение, влекущее правовые последствия, подлежит проверке человеком.", "Статья"));
        var n = Doc("Закон Республики об искусственном интеллекте", "ru",
            Article(1, "Цель", "Целью настоящего Закона является обеспечение соблюдения прав и свобод граждан при использовании систем искусственного интеллекта.", "Статья"),
            Article(2, "Человеческий контроль", "Каждое решение, влекущее правовые последствия, подлежит проверке судьёй.", "Статья"));
        return Simple(m, n,
            Link(AlignmentRelation.Modified, 0.85, One(P(m, "Статья 1")), One(P(n, "Статья 1"))),
            Link(AlignmentRelation.Omitted, 0, One(P(m, "Статья 2")), None),
            Link(AlignmentRelation.Modified, 0.82, One(P(m, "Статья 3")), One(P(n, "Статья 2"))));
    }

    private static Comparison Simple(LegalDocument m, LegalDocument n, params AlignmentLink[] links) => new()
    {
        Model = m,
        National = n,
        Links = links.ToImmutableArray(),
        Summary = new ComparisonSummary
        {
            ModelUnits = m.Articles.Count(), NationalUnits = n.Articles.Count(),
            Modified = links.Count(l => l.Relation == AlignmentRelation.Modified),
            Omitted = links.Count(l => l.Relation == AlignmentRelation.Omitted),
            Added = links.Count(l => l.Relation == AlignmentRelation.Added),
            ModelTextKept = 0.8,
        },
        Concordance = links.Select(l => new ConcordanceRow(l.Model, l.National, l.Relation, l.Similarity)).ToImmutableArray(),
    };
}
