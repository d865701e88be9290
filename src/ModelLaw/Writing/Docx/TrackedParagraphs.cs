using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ModelLaw.Comparing;
using ModelLaw.Comparing.Diffing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ModelLaw.Writing.Docx;

/// <summary>
/// Makes the paragraphs and runs of a redline: equal text as plain runs, changes as <c>w:ins</c>/<c>w:del</c>, the two
/// ends of a move as <c>w:moveFrom</c>/<c>w:moveTo</c>, each stamped with a revision id, the author and the date.
/// Right-to-left text gets <c>w:bidi</c> and <c>w:rtl</c>. One instance per write: it holds the revision counter.
/// </summary>
internal sealed class TrackedParagraphs
{
    private readonly RedlineOptions _options;
    private readonly bool _rtl;
    private int _revisionId;

    public TrackedParagraphs(RedlineOptions options, bool rightToLeft)
    {
        _options = options;
        _rtl = rightToLeft;
    }

    public int NextId() => ++_revisionId;

    public Paragraph Plain(string style, string text)
    {
        var pPr = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (_rtl) pPr.Append(new BiDi());
        return new Paragraph(pPr, MakeRun(text, deleted: false));
    }

    /// <summary>A paragraph of runs; its mark is tracked when all of it exists on one side only.</summary>
    public Paragraph Tracked(string style, Indentation? indentation, IReadOnlyList<DiffRun> runs, MoveEnd move)
    {
        var pPr = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (_rtl) pPr.Append(new BiDi());
        if (indentation is not null) pPr.Append(indentation);
        var visible = runs.Where(r => r.Text.Length > 0).ToList();
        bool allDeleted = visible.Count > 0 && visible.All(r => r.Operation == DiffOperation.Delete);
        bool allInserted = visible.Count > 0 && visible.All(r => r.Operation == DiffOperation.Insert);
        // a paragraph that only exists on one side has its mark tracked too: accepting or rejecting all removes it whole
        OpenXmlElement? mark = move switch
        {
            _ when allDeleted => Stamp(new Deleted()),
            _ when allInserted => Stamp(new Inserted()),
            MoveEnd.From => Stamp(new MoveFrom()),
            MoveEnd.To => Stamp(new MoveTo()),
            _ => null,
        };
        if (mark is not null) pPr.Append(new ParagraphMarkRunProperties(mark));

        var p = new Paragraph(pPr);
        foreach (var r in visible)
            p.Append(r.Operation switch
            {
                DiffOperation.Insert => Stamp(new InsertedRun(MakeRun(r.Text, deleted: false))),
                DiffOperation.Delete => Stamp(new DeletedRun(MakeRun(r.Text, deleted: true))),
                _ when move == MoveEnd.From => Stamp(new MoveFromRun(MakeRun(r.Text, deleted: false))),
                _ when move == MoveEnd.To => Stamp(new MoveToRun(MakeRun(r.Text, deleted: false))),
                _ => MakeRun(r.Text, deleted: false),
            });
        return p;
    }

    /// <summary>The start of a move range (both ends of one move share its name).</summary>
    public OpenXmlElement RangeStart(MoveEnd end, int move, int id)
    {
        var name = "move" + move.ToString(CultureInfo.InvariantCulture);
        var sid = id.ToString(CultureInfo.InvariantCulture);
        MoveBookmarkType start = end == MoveEnd.From ? new MoveFromRangeStart() : new MoveToRangeStart();
        start.Id = sid;
        start.Name = name;
        start.Author = _options.Author;
        if (_options.Date is { } d) start.Date = d.UtcDateTime;
        return start;
    }

    public OpenXmlElement RangeEnd(MoveEnd end, int id)
    {
        var sid = id.ToString(CultureInfo.InvariantCulture);
        return end == MoveEnd.From ? new MoveFromRangeEnd { Id = sid } : new MoveToRangeEnd { Id = sid };
    }

    private Run MakeRun(string text, bool deleted)
    {
        var run = new Run();
        if (_rtl) run.Append(new RunProperties(new RightToLeftText()));
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\t')) continue;
            if (i > start)
            {
                var piece = text[start..i];
                run.Append(deleted
                    ? new DeletedText(piece) { Space = SpaceProcessingModeValues.Preserve }
                    : new WordText(piece) { Space = SpaceProcessingModeValues.Preserve });
            }
            if (i < text.Length) run.Append(text[i] == '\n' ? new Break() : new TabChar());
            start = i + 1;
        }
        return run;
    }

    private T Stamp<T>(T change) where T : OpenXmlElement
    {
        var id = NextId().ToString(CultureInfo.InvariantCulture);
        DateTime? date = _options.Date?.UtcDateTime;
        switch (change)
        {
            case RunTrackChangeType run: run.Id = id; run.Author = _options.Author; if (date is { } d1) run.Date = d1; break;
            case TrackChangeType mark: mark.Id = id; mark.Author = _options.Author; if (date is { } d2) mark.Date = d2; break;
        }
        return change;
    }
}
