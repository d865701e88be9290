using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ModelLaw.Comparing;
using ModelLaw.Comparing.Diffing;
using ModelLaw.Coverage;

namespace ModelLaw.Writing.Docx;

/// <summary>
/// Renders the <see cref="RedlineModel"/> of a comparison as the body of a .docx: a title, a summary, then every line
/// as paragraphs with tracked changes, moves and comments. It makes no diff of its own. One instance per write.
/// </summary>
internal sealed class RedlineBuilder
{
    /// <summary>Hanging indent of numbered provisions, and indent step per level, in twentieths of a point (1 cm).</summary>
    internal const int IndentStep = 567;

    private readonly Comparison _comparison;
    private readonly RedlineOptions _options;
    private readonly CancellationToken _ct;
    private readonly RedlineModel _model;
    private readonly TrackedParagraphs _paragraphs;
    private readonly RedlineComments _comments;
    private readonly List<OpenXmlElement> _body = new();

    public RedlineBuilder(Comparison comparison, RedlineOptions options, CoverageReport? coverage, CancellationToken ct)
    {
        _comparison = comparison;
        _options = options;
        _ct = ct;
        _model = RedlineModelBuilder.Build(comparison, options.Layout == RedlineLayout.National, nativeMoves: true,
            comparison.DiffOptions, options.IncludeDetails, ct);
        _paragraphs = new TrackedParagraphs(options, _model.RightToLeft);
        _comments = new RedlineComments(options, coverage);
    }

    public bool RightToLeft => _model.RightToLeft;

    public string Language => _model.Language;

    /// <summary>The comments made while building the body.</summary>
    public List<Comment> Comments => _comments.Made;

    public Body BuildBody()
    {
        var title = _options.Title ?? $"{_comparison.National.Title} — measured against {_comparison.Model.Title}";
        _body.Add(_paragraphs.Plain("MLTitle", title));
        if (_options.IncludeSummary) AddSummary();
        var lines = _model.Lines;
        var (first, last) = MoveBounds(lines);
        var rangeIds = new Dictionary<(int, MoveEnd), int>();
        for (int i = 0; i < lines.Length; i++)
        {
            _ct.ThrowIfCancellationRequested();
            var line = lines[i];
            var paragraphs = Render(line);
            if (paragraphs.Count == 0) continue;
            var key = (line.MoveId, line.Move);
            if (line.Move != MoveEnd.None && first.TryGetValue(key, out var f) && f == i)
            {
                rangeIds[key] = _paragraphs.NextId();
                var firstPara = paragraphs[0];
                firstPara.InsertAfter(_paragraphs.RangeStart(line.Move, line.MoveId, rangeIds[key]), firstPara.ParagraphProperties);
            }
            if (line.Move != MoveEnd.None && last.TryGetValue(key, out var l) && l == i && rangeIds.TryGetValue(key, out var id))
                paragraphs[^1].Append(_paragraphs.RangeEnd(line.Move, id));
            _body.AddRange(paragraphs);
        }
        var section = new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1417, Bottom = 1417, Left = 1417U, Right = 1417U, Header = 709U, Footer = 709U, Gutter = 0U });
        if (_model.RightToLeft) section.Append(new BiDi());
        _body.Add(section);
        return new Body(_body);
    }

    /// <summary>The first and last rendered line of each end of each move: where its range starts and ends.</summary>
    private static (Dictionary<(int, MoveEnd), int> First, Dictionary<(int, MoveEnd), int> Last) MoveBounds(IReadOnlyList<RedlineLine> lines)
    {
        var first = new Dictionary<(int, MoveEnd), int>();
        var last = new Dictionary<(int, MoveEnd), int>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Move == MoveEnd.None || lines[i].IsEmpty) continue;
            first.TryAdd((lines[i].MoveId, lines[i].Move), i);
            last[(lines[i].MoveId, lines[i].Move)] = i;
        }
        return (first, last);
    }

    private void AddSummary()
    {
        var c = _comparison;
        var s = c.Summary;
        var layout = _options.Layout == RedlineLayout.National
            ? "It follows the national text; the model's wording shows as tracked changes."
            : "It follows the model's order; the national changes show as tracked changes.";
        _body.Add(_paragraphs.Plain("MLNote",
            $"Model: {c.Model.Title} ({c.Model.Language}). National text: {c.National.Title} ({c.National.Language}). {layout} " +
            "Deleted text is the model's wording that the national text dropped; inserted text is what it added; a moved provision " +
            "is marked as moved at its old place and at its new one. Accept all changes to obtain the national text; reject all to obtain the model."));
        _body.Add(_paragraphs.Plain("MLNote", string.Create(CultureInfo.InvariantCulture,
            $"Model {UnitWords.Of(c.Model, s.ModelUnits)}: {s.ModelUnits}; national {UnitWords.Of(c.National, s.NationalUnits)}: {s.NationalUnits}; verbatim: {s.Verbatim}; " +
            $"modified: {s.Modified}; moved: {s.Moved}; split: {s.Split}; merged: {s.Merged}; omitted: {s.Omitted}; " +
            $"added: {s.Added}; model text kept: {s.ModelTextKept * 100:0}%.")));
        if (_comments.CoverageSummary() is { } coverage) _body.Add(_paragraphs.Plain("MLNote", coverage));
    }

    /// <summary>The paragraphs of one line: a heading line and its text, or a numbered text line, or a wrap-up.</summary>
    private List<Paragraph> Render(RedlineLine line)
    {
        var result = new List<Paragraph>();
        var comment = line.FirstOfLink ? _comments.For(line) : null;
        if (line.IsWrapUp)
        {
            if (!line.Text.Runs.IsEmpty) result.Add(_paragraphs.Tracked("MLText", Indentation(line.Depth, numbered: false), line.Text.Runs, line.Move));
        }
        else if (line.IsHeading)
        {
            var segments = new List<DiffRun>(line.Number.Runs);
            // number and title in one paragraph, "Article 5 — Scope", as the drafting texts write them and the readers read them
            if (!line.Number.Runs.IsEmpty && !line.Title.Runs.IsEmpty) segments.Add(new DiffRun(Joint(line.Number, line.Title), HeadingSeparator(_model.Language, line.Kind, line.Number.NewText)));
            segments.AddRange(line.Title.Runs);
            var style = Documents.ProvisionKindExtensions.IsUnit(line.Kind) ? "MLArticle" : "MLDivision";
            if (segments.Count > 0) result.Add(_paragraphs.Tracked(style, null, segments, line.Move));
            if (!line.Text.Runs.IsEmpty) result.Add(_paragraphs.Tracked("MLText", Indentation(0, numbered: false), line.Text.Runs, line.Move));
        }
        else
        {
            var runs = new List<DiffRun>();
            bool numbered = !line.Number.Runs.IsEmpty;
            if (numbered) { runs.AddRange(line.Number.Runs); runs.Add(new DiffRun(Side(line.Number), "\t")); }
            if (!line.Title.Runs.IsEmpty) { runs.AddRange(line.Title.Runs); runs.Add(new DiffRun(Joint(line.Title, line.Text), "\n")); }
            runs.AddRange(line.Text.Runs);
            if (runs.Count > 0) result.Add(_paragraphs.Tracked("MLText", Indentation(line.Depth, numbered), runs, line.Move));
        }
        if (comment is not null && result.Count > 0) _comments.Attach(result[0], comment);
        return result;
    }

    /// <summary>
    /// What stands between a number and its title in the language's drafting: "Article 5 — Scope", "第五条　适用范围",
    /// "Artículo 5.º Ámbito" (a dash there would read as part of the title).
    /// </summary>
    internal static string HeadingSeparator(string language, Documents.ProvisionKind kind, string number) => (language.Split('-', '_')[0].ToLowerInvariant()) switch
    {
        "zh" or "ja" => "\u3000",
        "es" or "pt" when kind == Documents.ProvisionKind.Article => number.EndsWith('.') || number.EndsWith('º') || number.EndsWith('ª') ? " " : ". ",
        _ => " — ",
    };

    /// <summary>The operation of a separator between two parts: it exists on a side when both parts exist there.</summary>
    private static DiffOperation Joint(TextDiff a, TextDiff b)
    {
        bool old = Has(a, DiffOperation.Insert) && Has(b, DiffOperation.Insert);
        bool @new = Has(a, DiffOperation.Delete) && Has(b, DiffOperation.Delete);
        return old == @new ? DiffOperation.Equal : old ? DiffOperation.Delete : DiffOperation.Insert;

        static bool Has(TextDiff d, DiffOperation excluded) => d.Runs.Any(r => r.Operation != excluded && r.Text.Trim().Length > 0);
    }

    /// <summary>Equal when a part exists on both sides, Delete when only in the model, Insert when only in the national text.</summary>
    private static DiffOperation Side(TextDiff d)
    {
        bool old = d.Runs.Any(r => r.Operation != DiffOperation.Insert && r.Text.Trim().Length > 0);
        bool @new = d.Runs.Any(r => r.Operation != DiffOperation.Delete && r.Text.Trim().Length > 0);
        return old && @new ? DiffOperation.Equal : old ? DiffOperation.Delete : @new ? DiffOperation.Insert : DiffOperation.Equal;
    }

    private static Indentation Indentation(int level, bool numbered) => numbered
        ? new Indentation { Left = (IndentStep * (level + 1)).ToString(CultureInfo.InvariantCulture), Hanging = IndentStep.ToString(CultureInfo.InvariantCulture) }
        : new Indentation { Left = (IndentStep * level).ToString(CultureInfo.InvariantCulture) };
}
