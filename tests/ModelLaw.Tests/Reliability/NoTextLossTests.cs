using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Reading.PlainText;

namespace ModelLaw.Tests.Reliability;

/// <summary>
/// No data loss: text → tree keeps every character of the source, in order, spacing and punctuation aside. Every letter
/// and digit of the text appears, in the same order, in the document's title and in its provisions' numbers as written, headings, own
/// text and wrap-ups; only spacing and the punctuation that separates a number from its heading ("Article 5. Scope",
/// "(a) ") may go. Checked on every corpus text, every real text, and on random texts made of legal lines (FsCheck).
/// (tree → Akoma Ntoso → tree is proved lossless in AkomaNtoso/ParsedTextRoundTripTests.)
/// </summary>
public class NoTextLossTests
{
    private static readonly TextParser Parser = TextParser.CreateDefault();

    public static IEnumerable<TestCaseData> CorpusTexts() =>
        Directory.GetFiles(TestPaths.Corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(f).SetArgDisplayNames(Path.GetRelativePath(TestPaths.Corpus, f).Replace('\\', '/')));

    [TestCaseSource(nameof(CorpusTexts))]
    public void Every_letter_of_a_corpus_text_is_in_its_tree_in_order(string file) => AssertNoLoss(File.ReadAllText(file), Path.GetFileName(file));

    [Test]
    public void Every_letter_of_every_real_text_is_in_its_tree_in_order()
    {
        var root = TestPaths.RequireRealTexts();
        var files = Directory.GetDirectories(root).Order(StringComparer.Ordinal)
            .SelectMany(d => new[] { "model.txt", "national.txt", "text.txt" }.Select(n => Path.Combine(d, n)))
            .Where(File.Exists).ToList();
        files.Should().NotBeEmpty();
        foreach (var file in files)
            AssertNoLoss(File.ReadAllText(file), Path.GetRelativePath(root, file));
    }

    [Test]
    public void Indents_after_a_new_lead_in_belong_to_it_not_to_the_list_before_it()
    {
        const string Text = "Directive\n\nANNEX II\n\nII.1. Identification criteria\n\nAt least two of the following criteria should be satisfied:\n\n"
            + "— the client has carried out transactions of significant size;\n\n— the client works in the financial sector.\n\n"
            + "II.2. Procedure\n\nThe clients defined above may waive the benefit only where the following procedure is followed:\n\n"
            + "— they must state in writing that they wish to be treated as professional clients,\n\n"
            + "— the investment firm must give them a clear written warning.\n";

        var document = Parser.Parse(Text, ReadOptions.Default with { SourceName = "annex.txt" });

        var leadIn = document.Provisions.Single(p => p.Content.StartsWith("The clients defined above", StringComparison.Ordinal));
        leadIn.Children.Select(c => c.Content).Should().Equal(
            "they must state in writing that they wish to be treated as professional clients,",
            "the investment firm must give them a clear written warning.");
        AssertNoLoss(Text, "annex.txt");
    }

    private static readonly string[] LineKinds =
    [
        "Article {0}", "Article {0} — Scope", "Article {0}. Definitions", "CHAPTER {1}", "Chapter {1} — General provisions",
        "{0}. The competent authority shall keep a register of providers.", "({0}) Providers shall notify incidents:",
        "({2}) keep records for {0} years;", "{2}) report to the authority;", "(i) within {0} days;", "— publish the register;",
        "Статья {0}. Сфера действия", "{0}) поставщики обязаны:", "Article premier", "Article {0} bis",
        "The Minister may, by regulation, amend Annex {1}.", "ANNEX {1}", "Section {0}", "", "",
    ];

    [Test]
    public void Every_word_of_any_text_made_of_legal_lines_is_in_its_tree_in_order()
    {
        var line = Gen.Elements(LineKinds).SelectMany(kind =>
            Gen.Choose(1, 30).SelectMany(n => Gen.Elements("I", "II", "IV", "X").SelectMany(roman =>
                Gen.Elements("a", "b", "c", "h", "i", "j").Select(letter => string.Format(kind, n, roman, letter)))));
        var text = Gen.ListOf(line).Select(lines => "Model Law on Registers\n\n" + string.Join("\n", lines) + "\n");

        Prop.ForAll(text.ToArbitrary(), t => AssertNoWordLost(t))
            .QuickCheckThrowOnFailure();
    }

    /// <summary>
    /// For arbitrary (often nonsensical) texts the order of the tree may differ from the text's — e.g. a third
    /// "Article premier" in a row is placed after the point that follows it — so this checks that no word is lost or
    /// invented: the tree holds the same words as the text, as many times.
    /// </summary>
    private static void AssertNoWordLost(string text)
    {
        var document = Parser.Parse(text, ReadOptions.Default with { SourceName = "generated.txt" });
        var dropped = document.Diagnostics.Where(d => d.Code == "MLT010").SelectMany(d => Words(d.Message.Split('"')[1]));
        var source = Words(text).Concat(dropped.Select(w => "-" + w)).GroupBy(w => w.TrimStart('-'))
            .ToDictionary(g => g.Key, g => g.Count(w => !w.StartsWith('-')) - g.Count(w => w.StartsWith('-')));
        var tree = Words(TreeText(document)).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var differences = source.Keys.Union(tree.Keys)
            .Where(w => source.GetValueOrDefault(w) != tree.GetValueOrDefault(w))
            .Select(w => $"{w}: text {source.GetValueOrDefault(w)}, tree {tree.GetValueOrDefault(w)}").ToList();
        if (differences.Count > 0)
            Assert.Fail("words lost or invented: " + string.Join("; ", differences) + "\n--- text ---\n" + text);
    }

    private static void AssertNoLoss(string text, string name)
    {
        var document = Parser.Parse(text, ReadOptions.Default with { SourceName = name });
        // the BOE's scraped markup "[encabezado]", "[precepto]" is read as structure (SpanishHeadingMatcher), not as words
        var source = Letters(text.Replace("[encabezado]", " ").Replace("[precepto]", " "));
        var tree = Letters(TreeText(document, text.Replace("\r\n", "\n").Split('\n')));
        // documented drops: an empty article heading repeated after a division heading (MLT010 names it) may be missing once
        var droppable = document.Diagnostics.Where(d => d.Code == "MLT010").Select(d => Letters(d.Message.Split('"')[1])).ToList();
        int i = 0, j = 0;
        while (i < source.Length && j < tree.Length)
        {
            if (source[i] == tree[j]) { i++; j++; continue; }
            // a dropped heading may share its first letters with what the tree has there: back up over them
            var skip = droppable.SelectMany(w => Enumerable.Range(0, Math.Min(Math.Min(i, j), w.Length) + 1).Select(back => (w, back)))
                .FirstOrDefault(c => source.AsSpan(i - c.back).StartsWith(c.w));
            if (skip.w is null) break;
            droppable.Remove(skip.w);
            i = i - skip.back + skip.w.Length;
            j -= skip.back;
        }
        if (i == source.Length && j == tree.Length) return;
        Assert.Fail($"{name}: the tree's letters differ from the text's at letter {i} of {source.Length}:\n"
            + $"  text: …{source.Substring(Math.Max(0, i - 40), Math.Min(80, source.Length - Math.Max(0, i - 40)))}\n"
            + $"  tree: …{tree.Substring(Math.Max(0, j - 40), Math.Min(80, tree.Length - Math.Max(0, j - 40)))}");
    }

    /// <summary>The letters and digits of a text, in order (spacing and punctuation aside).</summary>
    private static string Letters(string text) => string.Concat(text.Where(char.IsLetterOrDigit));

    /// <summary>Jurisdiction line, title (unless it is the source name put there for want of one), then every provision's number as written, heading, own text, children and wrap-up, in document order.</summary>
    private static string TreeText(LegalDocument document, string[]? lines = null)
    {
        // a text without a title block gets its source name as title: that is no word of the text
        var sb = new StringBuilder();
        // a plain text's jurisdiction is its opening line ("REPUBLIC OF ARCADIA"), before the title
        if (document.Jurisdiction is { } state && document.Format == SourceFormat.Text) sb.Append(state).Append('\n');
        sb.Append(document.Title == document.SourceName ? "" : document.Title).Append('\n');
        Append(document.Root);
        return sb.ToString();

        void Append(Provision p)
        {
            // a marginal note stands on the line before its section's number ("Short title" / "1 This Act …"): heading first
            bool noteFirst = p.Heading is { } marginal && lines is not null && p.Span is { Unit: SourceUnit.Line } span
                && span.Start >= 1 && span.Start <= lines.Length && lines[span.Start - 1].Trim() == marginal;
            if (noteFirst) sb.Append(p.Heading).Append('\n');
            if (p.Number is { } n) sb.Append(n.Written).Append('\n');
            // footnote, amendment and repeal markers of a heading line are kept as notes: after the number, as in the text
            foreach (var note in p.Notes) sb.Append(note).Append('\n');
            if (p.Heading is { } h && !noteFirst) sb.Append(h).Append('\n');
            sb.Append(p.Content).Append('\n');
            foreach (var c in p.Children) Append(c);
            if (p.WrapUp is { } w) sb.Append(w).Append('\n');
        }
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) { sb.Append(c); continue; }
            if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }
}
