using System.Text;
using System.Text.RegularExpressions;
using ModelLaw.Documents;
using ModelLaw.Reading;

namespace ModelLaw.Benchmarks.Synthetic;

/// <summary>How a synthetic national text departs from its model (probabilities per article, except where noted).</summary>
internal sealed record MutationRates
{
    public double DeleteArticle { get; init; } = 0.04;
    public double MoveArticle { get; init; } = 0.03;
    public double EditArticle { get; init; } = 0.35;
    public double InsertArticle { get; init; } = 0.05;
    /// <summary>Inside an edited article, per paragraph or point: word edits.</summary>
    public double EditText { get; init; } = 0.5;
    /// <summary>Inside an edited article, per paragraph: split into two, dropped, or a new one added after it.</summary>
    public double SplitParagraph { get; init; } = 0.05;
    public double DeleteParagraph { get; init; } = 0.05;
    public double InsertParagraph { get; init; } = 0.05;
}

/// <summary>
/// Realistic synthetic laws for scaling and batch measurements. Vocabulary and phrasing come from a word Markov chain
/// trained on the corpus texts of one language (<c>corpus/models</c>, <c>corpus/national</c>); structure (paragraphs per
/// article, points per paragraph, sentences per provision) is sampled from the same texts' parsed trees. National
/// variants delete, move, insert, edit, split and renumber provisions, as adaptations of a model law do.
/// Deterministic for a given seed.
/// </summary>
internal sealed class SyntheticLawGenerator
{
    private readonly MarkovText _text;
    private readonly MarkovText _headings;
    private readonly int[] _paragraphsPerArticle;
    private readonly int[] _pointsPerParagraph;
    private readonly int[] _sentencesPerProvision;

    private SyntheticLawGenerator(MarkovText text, MarkovText headings, int[] paras, int[] points, int[] sentences, IReadOnlyList<(string Name, SynNode Tree)> corpus)
    {
        _text = text;
        _headings = headings;
        _paragraphsPerArticle = paras;
        _pointsPerParagraph = points;
        _sentencesPerProvision = sentences;
        CorpusTexts = corpus;
    }

    /// <summary>The corpus texts of the language as generator trees (bases for national variants).</summary>
    public IReadOnlyList<(string Name, SynNode Tree)> CorpusTexts { get; }

    /// <summary>Trains on the English (or other <paramref name="language"/>) texts under corpus/.</summary>
    public static SyntheticLawGenerator FromCorpus(string language = "en")
    {
        var engine = ModelLawEngine.CreateDefault();
        var files = new[] { "models", "national" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(Inputs.RepositoryRoot, "corpus", d), $"*.{language}.txt"))
            .Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new InvalidOperationException($"no corpus/*/*.{language}.txt to train the synthetic generator on");
        var sentences = new List<string>();
        var headings = new List<string>();
        var paras = new List<int>();
        var points = new List<int>();
        var perProvision = new List<int>();
        var corpus = new List<(string, SynNode)>();
        foreach (var f in files)
        {
            var doc = engine.Parse(File.ReadAllText(f), ReadOptions.Default with { SourceName = Path.GetFileName(f), Language = language });
            foreach (var p in doc.Root.DescendantsAndSelf())
            {
                if (p.Kind == ProvisionKind.Article)
                {
                    paras.Add(p.Children.Count(c => c.Kind is ProvisionKind.Paragraph or ProvisionKind.Subparagraph));
                    if (!string.IsNullOrWhiteSpace(p.Heading)) headings.Add(p.Heading!);
                }
                if (p.Kind is ProvisionKind.Paragraph or ProvisionKind.Subparagraph)
                    points.Add(p.Children.Count(c => c.Kind is ProvisionKind.Point));
                var split = Sentences(p.Content);
                if (split.Count > 0)
                {
                    perProvision.Add(split.Count);
                    sentences.AddRange(split);
                }
            }
            corpus.Add((Path.GetFileName(f), ToSyn(doc.Root)));
        }
        return new SyntheticLawGenerator(new MarkovText(sentences), new MarkovText(headings, minWords: 1),
            paras.Count > 0 ? paras.ToArray() : [3], points.Count > 0 ? points.ToArray() : [0],
            perProvision.Count > 0 ? perProvision.ToArray() : [1], corpus);
    }

    private static List<string> Sentences(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var flat = Regex.Replace(text, @"\s+", " ").Trim();
        return Regex.Split(flat, @"(?<=[.;:])\s+(?=[A-Z(])").Where(s => s.Length > 0).ToList();
    }

    private static SynNode ToSyn(Provision root)
    {
        var doc = new SynNode(SynKind.Document, null, "");
        foreach (var c in root.Children) Add(doc, c);
        return doc;

        static void Add(SynNode parent, Provision p)
        {
            SynKind? kind = p.Kind switch
            {
                ProvisionKind.Part or ProvisionKind.Title or ProvisionKind.Chapter or ProvisionKind.Section => SynKind.Chapter,
                ProvisionKind.Article => SynKind.Article,
                ProvisionKind.Paragraph or ProvisionKind.Subparagraph => SynKind.Paragraph,
                ProvisionKind.Point or ProvisionKind.Subpoint or ProvisionKind.Indent or ProvisionKind.Definition => SynKind.Point,
                _ => null,
            };
            // keep the shape the renderer can write: chapters hold articles, articles paragraphs, paragraphs points
            bool fits = kind is { } k && (parent.Kind, k) switch
            {
                (SynKind.Document, SynKind.Chapter or SynKind.Article) => true,
                (SynKind.Chapter, SynKind.Article) => true,
                (SynKind.Article, SynKind.Paragraph) => true,
                (SynKind.Paragraph, SynKind.Point) => parent.Children.Count < 26,
                _ => false,
            };
            if (!fits)
            {
                if (parent.Kind != SynKind.Document && !string.IsNullOrWhiteSpace(p.Content)) parent.Text = (parent.Text + " " + Flat(p.Content)).Trim();
                foreach (var c in p.Children) Add(parent, c);
                return;
            }
            var node = new SynNode(kind!.Value, p.Heading, Flat(p.Content));
            parent.Children.Add(node);
            foreach (var c in p.Children) Add(node, c);
        }
    }

    private static string Flat(string? s) => string.IsNullOrEmpty(s) ? "" : Regex.Replace(s, @"\s+", " ").Trim();

    // ------------------------------------------------------------------ new laws

    private string Text(Random rng, int maxSentences = 3)
    {
        int n = Math.Min(maxSentences, _sentencesPerProvision[rng.Next(_sentencesPerProvision.Length)]);
        return string.Join(" ", Enumerable.Range(0, Math.Max(1, n)).Select(_ => _text.Sentence(rng, 8, 40)));
    }

    private string Heading(Random rng) => _headings.Sentence(rng, 2, 6).TrimEnd('.');

    private SynNode Article(Random rng)
    {
        int paras = _paragraphsPerArticle[rng.Next(_paragraphsPerArticle.Length)];
        var a = new SynNode(SynKind.Article, Heading(rng), paras == 0 ? Text(rng) : "");
        for (int p = 0; p < paras; p++)
        {
            var para = new SynNode(SynKind.Paragraph, null, Text(rng));
            int points = Math.Min(26, _pointsPerParagraph[rng.Next(_pointsPerParagraph.Length)]);
            for (int k = 0; k < points; k++) para.Children.Add(new SynNode(SynKind.Point, null, _text.Sentence(rng, 6, 25)));
            a.Children.Add(para);
        }
        return a;
    }

    /// <summary>A model law of about <paramref name="provisions"/> provisions (chapters, articles, paragraphs, points).</summary>
    public SynNode Law(int provisions, Random rng)
    {
        var root = new SynNode(SynKind.Document, null, "");
        int count = 0;
        while (count < provisions)
        {
            var chapter = new SynNode(SynKind.Chapter, Heading(rng), "");
            root.Children.Add(chapter);
            count++;
            int articles = rng.Next(6, 16);
            for (int i = 0; i < articles && count < provisions; i++)
            {
                var a = Article(rng);
                chapter.Children.Add(a);
                count += a.Count();
            }
        }
        return root;
    }

    // ------------------------------------------------------------------ national variants

    /// <summary>A national adaptation of <paramref name="model"/>: articles deleted, moved, inserted and edited.</summary>
    public SynNode Variant(SynNode model, Random rng, MutationRates? rates = null)
    {
        var r = rates ?? new MutationRates();
        var root = model.Clone();
        var moved = new List<SynNode>();
        var containers = root.Children.Where(c => c.Kind == SynKind.Chapter).Prepend(root).ToList();
        foreach (var container in containers)
        {
            var kept = new List<SynNode>();
            foreach (var child in container.Children)
            {
                if (child.Kind != SynKind.Article) { kept.Add(child); continue; }
                double x = rng.NextDouble();
                if (x < r.DeleteArticle) continue;
                if (x < r.DeleteArticle + r.MoveArticle) { moved.Add(child); continue; }
                if (x < r.DeleteArticle + r.MoveArticle + r.EditArticle) Edit(child, rng, r);
                kept.Add(child);
                if (rng.NextDouble() < r.InsertArticle) kept.Add(Article(rng));
            }
            container.Children.Clear();
            container.Children.AddRange(kept);
        }
        var targets = containers.Where(c => c.Children.Any(k => k.Kind == SynKind.Article)).ToList();
        foreach (var m in moved)
        {
            if (targets.Count == 0) break;
            var t = targets[rng.Next(targets.Count)];
            int firstArticle = t.Children.FindIndex(k => k.Kind == SynKind.Article);
            t.Children.Insert(rng.Next(firstArticle, t.Children.Count + 1), m);
        }
        return root;
    }

    private void Edit(SynNode article, Random rng, MutationRates r)
    {
        if (rng.NextDouble() < 0.2 && article.Heading is { Length: > 0 } h) article.Heading = EditWords(h, rng, 1);
        if (article.Text.Length > 0 && rng.NextDouble() < r.EditText) article.Text = EditWords(article.Text, rng, rng.Next(1, 4));
        var paras = new List<SynNode>();
        foreach (var p in article.Children)
        {
            double x = rng.NextDouble();
            if (x < r.DeleteParagraph && article.Children.Count > 1) continue;
            foreach (var pt in p.Children)
                if (rng.NextDouble() < r.EditText / 2) pt.Text = EditWords(pt.Text, rng, rng.Next(1, 3));
            if (rng.NextDouble() < r.EditText) p.Text = EditWords(p.Text, rng, rng.Next(1, 4));
            var sentences = Sentences(p.Text);
            if (x > 1 - r.SplitParagraph && sentences.Count >= 2 && p.Children.Count == 0)
            {
                int cut = rng.Next(1, sentences.Count);
                paras.Add(new SynNode(SynKind.Paragraph, null, string.Join(" ", sentences.Take(cut))));
                paras.Add(new SynNode(SynKind.Paragraph, null, string.Join(" ", sentences.Skip(cut))));
            }
            else paras.Add(p);
            if (rng.NextDouble() < r.InsertParagraph) paras.Add(new SynNode(SynKind.Paragraph, null, Text(rng, 2)));
        }
        article.Children.Clear();
        article.Children.AddRange(paras);
    }

    /// <summary>Replaces, drops or inserts a few words (the drafting changes of an adaptation).</summary>
    private string EditWords(string text, Random rng, int edits)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        for (int e = 0; e < edits && words.Count > 2; e++)
        {
            int i = rng.Next(words.Count - 1); // keep the final word (and its full stop)
            switch (rng.Next(3))
            {
                case 0: words[i] = _text.Word(rng).TrimEnd('.', ';', ':'); break;
                case 1: words.RemoveAt(i); break;
                default: words.Insert(i, _text.Word(rng).TrimEnd('.', ';', ':')); break;
            }
        }
        return string.Join(" ", words);
    }

    // ------------------------------------------------------------------ text

    /// <summary>Writes the law as plain text the ModelLaw parser reads (CHAPTER I — ..., Article 1 — ..., (1), (a)).</summary>
    public static string Render(SynNode root, string title)
    {
        var sb = new StringBuilder(title.ToUpperInvariant()).Append("\n\n");
        int chapter = 0, article = 0;
        foreach (var c in root.Children)
        {
            if (c.Kind == SynKind.Chapter)
            {
                sb.Append("CHAPTER ").Append(Roman(++chapter));
                if (!string.IsNullOrEmpty(c.Heading)) sb.Append(" — ").Append(c.Heading.ToUpperInvariant());
                sb.Append("\n\n");
                foreach (var a in c.Children) if (a.Kind == SynKind.Article) RenderArticle(sb, a, ++article);
            }
            else if (c.Kind == SynKind.Article) RenderArticle(sb, c, ++article);
        }
        return sb.ToString();
    }

    private static void RenderArticle(StringBuilder sb, SynNode a, int number)
    {
        sb.Append("Article ").Append(number);
        if (!string.IsNullOrEmpty(a.Heading)) sb.Append(" — ").Append(a.Heading);
        sb.Append("\n\n");
        if (a.Text.Length > 0) sb.Append(a.Text).Append("\n\n");
        int p = 0;
        foreach (var para in a.Children)
        {
            sb.Append('(').Append(++p).Append(") ").Append(para.Text).Append("\n\n");
            int k = 0;
            foreach (var pt in para.Children) sb.Append('(').Append((char)('a' + k++)).Append(") ").Append(pt.Text).Append("\n\n");
        }
    }

    private static string Roman(int n)
    {
        var sb = new StringBuilder();
        foreach (var (v, s) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
            while (n >= v) { sb.Append(s); n -= v; }
        return sb.ToString();
    }
}
