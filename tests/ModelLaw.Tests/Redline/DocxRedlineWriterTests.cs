using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ModelLaw.Comparing;
using ModelLaw.Coverage;
using ModelLaw.Writing.Docx;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ModelLaw.Tests.Redline;

public sealed class DocxRedlineWriterTests
{
    private static readonly RedlineOptions Options = new()
    {
        Author = "Drafting Committee",
        Date = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero),
    };

    internal static byte[] Write(Comparison c, RedlineOptions? options = null, CoverageReport? coverage = null)
    {
        using var ms = new MemoryStream();
        new DocxRedlineWriter().Write(c, ms, options ?? Options, coverage);
        return ms.ToArray();
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static Body BodyOf(WordprocessingDocument doc) => doc.MainDocumentPart!.Document!.Body!;

    /// <summary>The text a reader gets after accepting (national) or rejecting (model) every change.</summary>
    internal static string View(Body body, bool accept)
    {
        var sb = new StringBuilder();
        foreach (var p in body.Elements<Paragraph>())
        {
            var mark = p.ParagraphProperties?.ParagraphMarkRunProperties;
            bool markGone = accept
                ? mark?.GetFirstChild<Deleted>() is not null || mark?.GetFirstChild<MoveFrom>() is not null
                : mark?.GetFirstChild<Inserted>() is not null || mark?.GetFirstChild<MoveTo>() is not null;
            foreach (var e in p.Descendants())
            {
                bool inIns = e.Ancestors<InsertedRun>().Any() || e.Ancestors<MoveToRun>().Any();
                bool inDel = e.Ancestors<DeletedRun>().Any() || e.Ancestors<MoveFromRun>().Any();
                if ((accept && inDel) || (!accept && inIns)) continue;
                switch (e)
                {
                    case WordText t: sb.Append(t.Text); break;
                    case DeletedText d: sb.Append(d.Text); break;
                    case TabChar: sb.Append('\t'); break;
                    case Break: sb.Append(' '); break;
                }
            }
            if (!markGone) sb.Append('\n');
        }
        return sb.ToString();
    }

    [Test]
    public void Redline_passes_the_OpenXml_validator_with_zero_errors()
    {
        var c = SampleComparisons.EnglishWithTaggedModel();
        foreach (var bytes in new[]
                 {
                     Write(c, coverage: SampleComparisons.EnglishCoverage(c)),
                     Write(c, Options with { Layout = RedlineLayout.Model }),
                     Write(SampleComparisons.French()),
                     Write(SampleComparisons.Russian()),
                 })
        {
            using var doc = Open(bytes);
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            errors.Should().BeEmpty();
        }
    }

    [Test]
    public void Two_writes_of_the_same_comparison_and_options_are_byte_identical()
    {
        var c = SampleComparisons.EnglishWithTaggedModel();
        var first = Write(c, coverage: SampleComparisons.EnglishCoverage(c));
        var second = Write(SampleComparisons.EnglishWithTaggedModel(), coverage: SampleComparisons.EnglishCoverage(c));
        second.Should().Equal(first);
    }

    [Test]
    public void Zip_entries_carry_a_fixed_timestamp_not_the_clock()
    {
        using var zip = new ZipArchive(new MemoryStream(Write(SampleComparisons.French())), ZipArchiveMode.Read);
        zip.Entries.Should().NotBeEmpty();
        zip.Entries.Select(e => e.LastWriteTime.DateTime.Year).Should().OnlyContain(y => y == 1980);
        zip.Entries[0].FullName.Should().Be("[Content_Types].xml");
    }

    [Test]
    public void Every_tracked_change_carries_the_author_and_date_from_the_options()
    {
        using var doc = Open(Write(SampleComparisons.English()));
        var changes = BodyOf(doc).Descendants<TrackChangeType>().ToList();
        changes.Should().NotBeEmpty();
        changes.Should().OnlyContain(c => c.Author!.Value == "Drafting Committee" && c.Date!.Value == new DateTime(2026, 3, 1, 9, 30, 0));
    }

    [Test]
    public void Without_a_date_in_the_options_no_date_is_written()
    {
        using var doc = Open(Write(SampleComparisons.French(), new RedlineOptions { Author = "Committee" }));
        BodyOf(doc).Descendants<TrackChangeType>().Should().OnlyContain(c => c.Date == null);
    }

    [Test]
    public void Accepting_all_changes_gives_the_national_wording()
    {
        using var doc = Open(Write(SampleComparisons.English()));
        var accepted = View(BodyOf(doc), accept: true);
        accepted.Should().Contain("shall be reviewed by a judge with the competence");
        accepted.Should().Contain("every three years and report its findings to Parliament");
        accepted.Should().Contain("Data protection impact assessment");
        accepted.Should().NotContain("natural person").And.NotContain("keep logs of the operation");
    }

    [Test]
    public void Rejecting_all_changes_gives_the_model_wording()
    {
        using var doc = Open(Write(SampleComparisons.English()));
        var rejected = View(BodyOf(doc), accept: false);
        rejected.Should().Contain("shall be reviewed by a natural person with the competence");
        rejected.Should().Contain("The deployer shall keep logs of the operation of the system for at least five years.");
        rejected.Should().NotContain("judge").And.NotContain("impact assessment");
    }

    [Test]
    public void An_omitted_model_article_is_a_deleted_paragraph_with_its_paragraph_mark_deleted()
    {
        using var doc = Open(Write(SampleComparisons.English()));
        var paragraphs = BodyOf(doc).Elements<Paragraph>()
            .Where(p => p.Descendants<DeletedText>().Any(t => t.Text.Contains("Record keeping") || t.Text.Contains("keep logs"))).ToList();
        paragraphs.Should().HaveCount(2, "the heading and the text of Article 5");
        paragraphs.Should().OnlyContain(p => p.ParagraphProperties!.ParagraphMarkRunProperties!.GetFirstChild<Deleted>() != null);
        paragraphs.Should().OnlyContain(p => !p.Descendants<WordText>().Any(t => t.Text.Trim().Length > 0), "nothing of it survives acceptance");
    }

    [Test]
    public void An_added_national_article_is_an_inserted_paragraph_with_its_paragraph_mark_inserted()
    {
        using var doc = Open(Write(SampleComparisons.English()));
        var paragraphs = BodyOf(doc).Elements<Paragraph>()
            .Where(p => p.Descendants<InsertedRun>().Any(r => r.InnerText.Contains("impact assessment"))).ToList();
        paragraphs.Should().HaveCount(2, "the heading and the text of Article 8");
        paragraphs.Should().OnlyContain(p => p.ParagraphProperties!.ParagraphMarkRunProperties!.GetFirstChild<Inserted>() != null);
    }

    [Test]
    public void A_renumbered_article_shows_the_old_number_deleted_and_the_new_number_inserted()
    {
        using var doc = Open(Write(SampleComparisons.English()));
        var heading = BodyOf(doc).Elements<Paragraph>().Single(p =>
            p.ParagraphProperties?.ParagraphStyleId?.Val == "MLArticle" && p.InnerText.Contains("Scope"));
        heading.Descendants<DeletedRun>().Select(r => r.InnerText).Should().Contain("3");
        heading.Descendants<InsertedRun>().Select(r => r.InnerText).Should().Contain("4");
        heading.Elements<Run>().First().InnerText.Should().Be("Article ");
    }

    [Test]
    public void Word_level_changes_of_a_modified_provision_are_deleted_and_inserted_runs()
    {
        using var doc = Open(Write(SampleComparisons.English()));
        var body = BodyOf(doc);
        body.Descendants<DeletedRun>().Select(r => r.InnerText).Should().Contain("natural person").And.Contain("machine-based");
        body.Descendants<InsertedRun>().Select(r => r.InnerText).Should().Contain("judge").And.Contain("computer");
    }

    [Test]
    public void Every_kind_of_link_is_named_in_a_comment()
    {
        using var doc = Open(Write(SampleComparisons.English()));
        var comments = doc.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.Elements<Comment>().Select(c => c.InnerText).ToList();
        foreach (var kind in new[] { "Modified:", "Renumbered:", "Moved within", "Split:", "Merged:", "Omitted:", "Added:" })
            comments.Should().Contain(c => c.Contains(kind), kind);
        comments.Should().Contain(c => c.Contains("Moved within Chapter II: it stood after Article 3 and now stands at its start (model Article 4, now Article 3)."));
        comments.Should().Contain(c => c.Contains("Moved to the start of Chapter II, as Article 3."));
        comments.Should().Contain(c => c.Contains("Split: model Article 6 split into Articles 5 and 6"));
        comments.Should().NotContain(c => c.Contains("imilarity") || c.Contains("evidence"), "scores belong in the JSON, not in a drafter's comments");
    }

    [Test]
    public void Details_mode_adds_the_similarity_to_the_comments()
    {
        using var doc = Open(Write(SampleComparisons.English(), Options with { IncludeDetails = true }));
        doc.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.Elements<Comment>().Select(c => c.InnerText)
            .Should().Contain(c => c.Contains("Similarity 0.93"));
    }

    [Test]
    public void A_moved_article_is_a_native_Word_move_marked_at_both_ends()
    {
        using var doc = Open(Write(SampleComparisons.English()));
        var body = BodyOf(doc);
        var from = body.Descendants<MoveFromRangeStart>().ToList();
        var to = body.Descendants<MoveToRangeStart>().ToList();
        from.Should().NotBeEmpty();
        to.Select(t => t.Name!.Value).Should().BeEquivalentTo(from.Select(f => f.Name!.Value), "each move has a source and a destination of the same name");
        body.Descendants<MoveFromRangeEnd>().Select(e => e.Id!.Value).Should().BeEquivalentTo(from.Select(f => f.Id!.Value));
        body.Descendants<MoveToRangeEnd>().Select(e => e.Id!.Value).Should().BeEquivalentTo(to.Select(f => f.Id!.Value));
        body.Descendants<MoveFromRun>().Select(r => r.InnerText).Should().Contain(t => t.Contains("Human oversight"));
        body.Descendants<MoveToRun>().Select(r => r.InnerText).Should().Contain(t => t.Contains("Human oversight"));
        var accepted = View(body, accept: true);
        var rejected = View(body, accept: false);
        Count(accepted, "Human oversight").Should().Be(1, "accepting keeps only the new place");
        Count(rejected, "Human oversight").Should().Be(1, "rejecting keeps only the old place");
        rejected.IndexOf("Human oversight", StringComparison.Ordinal).Should().BeGreaterThan(rejected.IndexOf("Scope", StringComparison.Ordinal));
        accepted.IndexOf("Human oversight", StringComparison.Ordinal).Should().BeLessThan(accepted.IndexOf("Scope", StringComparison.Ordinal));

        static int Count(string text, string what) => (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;
    }

    [Test]
    public void Identical_and_equivalent_links_show_their_text_without_tracked_changes()
    {
        using var doc = Open(Write(SampleComparisons.English()));
        var purpose = BodyOf(doc).Elements<Paragraph>().Single(p => p.InnerText.StartsWith("The purpose of this Law"));
        purpose.Descendants<InsertedRun>().Should().BeEmpty();
        purpose.Descendants<DeletedRun>().Should().BeEmpty();
    }

    [Test]
    public void Comments_name_the_principles_a_provision_addresses_and_those_an_omission_loses()
    {
        var c = SampleComparisons.EnglishWithTaggedModel();
        using var doc = Open(Write(c, coverage: SampleComparisons.EnglishCoverage(c)));
        var comments = doc.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.Elements<Comment>().Select(x => x.InnerText).ToList();
        comments.Should().Contain(x => x.Contains("Moved within") && x.Contains("Addresses: Human oversight (covered)"));
        comments.Should().Contain(x => x.Contains("Omitted:") && x.Contains("Principles lost with this omission: Record keeping (absent in the national text)"));
        comments.Should().Contain(x => x.Contains("Split:") && x.Contains("Transparency (partly covered in the national text)"));
        View(BodyOf(doc), accept: true).Should().Contain("absent: Record keeping");
    }

    [Test]
    public void Either_layout_accepts_to_the_national_order_and_rejects_to_the_model_order()
    {
        var c = SampleComparisons.English();
        using var national = Open(Write(c));
        using var model = Open(Write(c, Options with { Layout = RedlineLayout.Model }));
        static int IndexOf(string text, string what) => text.IndexOf(what, StringComparison.Ordinal);
        foreach (var doc in new[] { national, model })
        {
            var accepted = View(BodyOf(doc), accept: true);
            var rejected = View(BodyOf(doc), accept: false);
            IndexOf(accepted, "Human oversight").Should().BeLessThan(IndexOf(accepted, "Scope"), "the move is accepted");
            IndexOf(rejected, "Human oversight").Should().BeGreaterThan(IndexOf(rejected, "Scope"), "the move is rejected");
        }
        // the model layout keeps the model's structure: the split article stands once, with both national parts inside it
        var m = View(BodyOf(model), accept: false);
        m.Should().Contain("Article 6 — Transparency");
    }

    [Test]
    public void Without_comments_the_package_has_no_comments_part()
    {
        using var doc = Open(Write(SampleComparisons.English(), Options with { IncludeComments = false }));
        doc.MainDocumentPart!.WordprocessingCommentsPart.Should().BeNull();
        BodyOf(doc).Descendants<CommentReference>().Should().BeEmpty();
    }

    [Test]
    public void Cyrillic_text_is_written_as_is_in_tracked_runs()
    {
        using var doc = Open(Write(SampleComparisons.Russian()));
        var body = BodyOf(doc);
        body.Descendants<DeletedRun>().Select(r => r.InnerText).Should().Contain(t => t.Contains("человеком"));
        body.Descendants<InsertedRun>().Select(r => r.InnerText).Should().Contain(t => t.Contains("судьёй"));
        View(body, accept: true).Should().Contain("Статья 2").And.NotContain("Хранение записей");
    }

    [Test]
    public void Cancellation_stops_the_write()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => new DocxRedlineWriter().Write(SampleComparisons.English(), new MemoryStream(), Options, null, cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }
}
