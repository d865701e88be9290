using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using ModelLaw.Comparing;
using ModelLaw.Comparing.Diffing;
using ModelLaw.Coverage;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ModelLaw.Writing.Docx;

/// <summary>
/// The Word comments of a redline: the note on each link in a drafter's words (from the redline model) and, with a
/// coverage report, the principles a provision addresses or an omission loses. One instance per write.
/// </summary>
internal sealed class RedlineComments
{
    private readonly RedlineOptions _options;
    private readonly CoverageReport? _coverage;
    private readonly Dictionary<string, PrincipleCoverage> _principles = new(StringComparer.Ordinal);
    private int _commentId;

    public RedlineComments(RedlineOptions options, CoverageReport? coverage)
    {
        _options = options;
        _coverage = coverage;
        if (coverage is not null)
            foreach (var pc in coverage.Principles) _principles.TryAdd(pc.Principle.Id, pc);
    }

    public List<Comment> Made { get; } = new();

    /// <summary>The lines of the comment on a line that starts a link, or null when there is nothing to say.</summary>
    public List<string>? For(RedlineLine line)
    {
        if (!_options.IncludeComments) return null;
        var lines = new List<string>(line.Note);
        bool major = TreeIndex.IsHeadingKind(line.Owner.Level) || line.StartsRow;
        if (major && line.Move != MoveEnd.From) lines.AddRange(CoverageLines(line.Owner));
        return lines.Count == 0 ? null : lines;
    }

    /// <summary>Anchors a comment on the whole of a paragraph.</summary>
    public void Attach(Paragraph p, List<string> lines)
    {
        var id = (_commentId++).ToString(CultureInfo.InvariantCulture);
        var comment = new Comment { Id = id, Author = _options.Author, Initials = _options.Initials ?? InitialsOf(_options.Author) };
        if (_options.Date is { } d) comment.Date = d.UtcDateTime;
        for (int i = 0; i < lines.Count; i++)
        {
            var para = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "MLCommentText" }));
            if (i == 0) para.Append(new Run(new RunProperties(new RunStyle { Val = "MLCommentReference" }), new AnnotationReferenceMark()));
            para.Append(new Run(new WordText(lines[i]) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
            comment.Append(para);
        }
        Made.Add(comment);
        p.InsertAfter(new CommentRangeStart { Id = id }, p.ParagraphProperties);
        p.Append(new CommentRangeEnd { Id = id });
        p.Append(new Run(new RunProperties(new RunStyle { Val = "MLCommentReference" }), new CommentReference { Id = id }));
    }

    /// <summary>The coverage line of the summary, when there is a coverage report.</summary>
    public string? CoverageSummary()
    {
        if (_coverage is null) return null;
        string Names(CoverageStatus st) => Or(string.Join(", ", _coverage.Principles.Where(p => p.Status == st).Select(p => p.Principle.Name)));
        return $"Principles ({_coverage.Catalog.Title}, version {_coverage.Catalog.Version}) — " +
               $"covered: {Names(CoverageStatus.Covered)}; partly covered: {Names(CoverageStatus.Partial)}; absent: {Names(CoverageStatus.Absent)}.";
    }

    private static string Or(string s) => s.Length == 0 ? "none" : s;

    private List<string> CoverageLines(AlignmentLink link)
    {
        var lines = new List<string>();
        if (_coverage is null) return lines;
        var addressed = new List<string>();
        foreach (var pc in _coverage.Principles)
        {
            bool here = pc.Evidence.Any(e => e.EId.Length > 0 && link.National.Any(n =>
                n.EId.Length > 0 && (e.EId == n.EId || e.EId.StartsWith(n.EId + "__", StringComparison.Ordinal))));
            if (here) addressed.Add($"{pc.Principle.Name} ({StatusName(pc.Status)})");
        }
        if (addressed.Count > 0) lines.Add("Addresses: " + string.Join("; ", addressed) + ".");

        var tags = link.Model.SelectMany(p => p.DescendantsAndSelf()).SelectMany(p => p.Tags).Distinct(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var tag in tags)
            if (_principles.TryGetValue(tag, out var pc) && pc.Status != CoverageStatus.Covered)
                missing.Add($"{pc.Principle.Name} ({StatusName(pc.Status)} in the national text)");
        if (missing.Count > 0)
            lines.Add((link.Relation == AlignmentRelation.Omitted ? "Principles lost with this omission: " : "Model principles not fully carried over: ")
                + string.Join("; ", missing) + ".");
        return lines;
    }

    private static string StatusName(CoverageStatus s) => s switch
    {
        CoverageStatus.Covered => "covered",
        CoverageStatus.Partial => "partly covered",
        _ => "absent",
    };

    private static string InitialsOf(string author)
    {
        var caps = string.Concat(author.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0])));
        return caps.Length == 0 ? "ML" : caps.Length > 4 ? caps[..4] : caps;
    }
}
