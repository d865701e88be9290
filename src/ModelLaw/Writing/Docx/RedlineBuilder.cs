using System.Collections.Immutable;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ModelLaw.Comparing;
using ModelLaw.Coverage;
using ModelLaw.Documents;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ModelLaw.Writing.Docx;

/// <summary>Builds the body and comments of one redline. One instance per write: it holds the revision and comment counters.</summary>
internal sealed class RedlineBuilder
{
    /// <summary>Hanging indent of numbered provisions, and indent step per level, in twentieths of a point (1 cm).</summary>
    internal const int IndentStep = 567;

    private readonly Comparison _comparison;
    private readonly RedlineOptions _options;
    private readonly CoverageReport? _coverage;
    private readonly CancellationToken _ct;
    private readonly LinkOrder _order;
    private readonly bool _national;
    private readonly List<OpenXmlElement> _body = new();
    private readonly Dictionary<string, PrincipleCoverage> _principles = new(StringComparer.Ordinal);
    private int _revisionId;
    private int _commentId;

    public RedlineBuilder(Comparison comparison, RedlineOptions options, CoverageReport? coverage, CancellationToken ct)
    {
        _comparison = comparison;
        _options = options;
        _coverage = coverage;
        _ct = ct;
        _order = new LinkOrder(comparison);
        _national = options.Layout == RedlineLayout.National;
        if (coverage is not null)
            foreach (var pc in coverage.Principles) _principles.TryAdd(pc.Principle.Id, pc);
    }

    /// <summary>The comments made while building the body.</summary>
    public List<Comment> Comments { get; } = new();

    public Body BuildBody()
    {
        var title = _options.Title ?? $"{_comparison.National.Title} — measured against {_comparison.Model.Title}";
        _body.Add(PlainParagraph("MLTitle", title));
        if (_options.IncludeSummary) AddSummary();
        RenderLinks(_comparison.Links, 0, topLevel: true);
        _body.Add(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1417, Bottom = 1417, Left = 1417U, Right = 1417U, Header = 709U, Footer = 709U, Gutter = 0U }));
        return new Body(_body);
    }

    // ---------------------------------------------------------------- summary

    private void AddSummary()
    {
        var c = _comparison;
        var s = c.Summary;
        var layout = _national
            ? "It follows the national text; the model's wording shows as tracked changes."
            : "It follows the model's order; the national changes show as tracked changes.";
        _body.Add(PlainParagraph("MLNote",
            $"Model: {c.Model.Title} ({c.Model.Language}). National text: {c.National.Title} ({c.National.Language}). {layout} " +
            "Deleted text is the model's wording that the national text dropped; inserted text is what it added. " +
            "Accept all changes to obtain the national text; reject all to obtain the model."));
        _body.Add(PlainParagraph("MLNote", string.Create(CultureInfo.InvariantCulture,
            $"Model provisions: {s.ModelProvisions}; national provisions: {s.NationalProvisions}; verbatim: {s.Verbatim}; " +
            $"modified: {s.Modified}; moved: {s.Moved}; split: {s.Split}; merged: {s.Merged}; omitted: {s.Omitted}; " +
            $"added: {s.Added}; model text kept: {s.ModelTextKept * 100:0}%.")));
        if (_coverage is not null)
        {
            string Names(CoverageStatus st) => string.Join(", ",
                _coverage.Principles.Where(p => p.Status == st).Select(p => p.Principle.Name));
            var absent = Names(CoverageStatus.Absent);
            var partial = Names(CoverageStatus.Partial);
            var covered = Names(CoverageStatus.Covered);
            _body.Add(PlainParagraph("MLNote",
                $"Principles ({_coverage.Catalog.Title}, version {_coverage.Catalog.Version}) — " +
                $"covered: {Or(covered)}; partly covered: {Or(partial)}; absent: {Or(absent)}."));
        }
    }

    private static string Or(string s) => s.Length == 0 ? "none" : s;

    // ---------------------------------------------------------------- links

    private void RenderLinks(ImmutableArray<AlignmentLink> links, int level, bool topLevel)
    {
        foreach (var link in _order.Sort(links, _national))
            RenderLink(link, level, topLevel);
    }

    private void RenderLink(AlignmentLink link, int level, bool topLevel)
    {
        _ct.ThrowIfCancellationRequested();
        var comment = CommentFor(link, topLevel);
        switch (link.Relation)
        {
            case AlignmentRelation.Omitted:
                for (int i = 0; i < link.Model.Length; i++)
                    RenderSubtree(link.Model[i], DiffOperation.Delete, level, i == 0 ? comment : null);
                break;
            case AlignmentRelation.Added:
                for (int i = 0; i < link.National.Length; i++)
                    RenderSubtree(link.National[i], DiffOperation.Insert, level, i == 0 ? comment : null);
                break;
            case AlignmentRelation.Split or AlignmentRelation.Merged when !link.Model.IsEmpty && !link.National.IsEmpty:
                RenderSplitOrMerge(link, level, comment);
                break;
            default:
                if (link.Model.IsEmpty && link.National.IsEmpty) return;
                RenderPair(link, level, comment);
                break;
        }
    }

    private void RenderPair(AlignmentLink link, int level, List<string>? comment)
    {
        var model = link.Model;
        var national = link.National;
        var primary = _national ? (national.FirstOrDefault() ?? model[0]) : (model.FirstOrDefault() ?? national[0]);
        var content = link.Diff ?? WordDiff.Diff(Join(model, p => p.Content), Join(national, p => p.Content));
        int childLevel = Emit(primary.Kind,
            WordDiff.Number(Join(model, p => p.Number?.Written, ", "), Join(national, p => p.Number?.Written, ", ")),
            WordDiff.Diff(model.FirstOrDefault()?.Heading, national.FirstOrDefault()?.Heading),
            content, level, comment);

        if (!link.Children.IsEmpty)
        {
            RenderLinks(link.Children, childLevel, topLevel: false);
        }
        else
        {
            var modelKids = model.SelectMany(p => p.Children).ToList();
            var nationalKids = national.SelectMany(p => p.Children).ToList();
            if (modelKids.Count == nationalKids.Count)
            {
                // the comparer did not descend (identical or equivalent subtrees): pair the children by position
                for (int i = 0; i < modelKids.Count; i++)
                    RenderPair(new AlignmentLink
                    {
                        Level = modelKids[i].Kind,
                        Relation = AlignmentRelation.Modified,
                        Model = ImmutableArray.Create(modelKids[i]),
                        National = ImmutableArray.Create(nationalKids[i]),
                    }, childLevel, null);
            }
            else
            {
                foreach (var k in modelKids) RenderSubtree(k, DiffOperation.Delete, childLevel, null);
                foreach (var k in nationalKids) RenderSubtree(k, DiffOperation.Insert, childLevel, null);
            }
        }

        var wrap = WordDiff.Diff(Join(model, p => p.WrapUp), Join(national, p => p.WrapUp));
        if (!wrap.Runs.IsEmpty) EmitWrapUp(primary.Kind, wrap, level);
    }

    /// <summary>
    /// A split or merge: one block per provision of the side being read, each showing its share of the word diff of
    /// the whole texts, so the text that travelled reads as kept and only real rewording shows as changes.
    /// </summary>
    private void RenderSplitOrMerge(AlignmentLink link, int level, List<string>? comment)
    {
        var primary = _national ? link.National : link.Model;
        var other = _national ? link.Model : link.National;
        var diff = WordDiff.Diff(string.Join("\n", link.Model.Select(p => p.FullText())), string.Join("\n", link.National.Select(p => p.FullText())));
        // the operation that does not advance the side being read
        var foreign = _national ? DiffOperation.Delete : DiffOperation.Insert;
        var own = _national ? DiffOperation.Insert : DiffOperation.Delete;

        // cut the runs where each primary provision's text ends
        var ends = new List<int>();
        int total = 0;
        foreach (var p in primary) { total += p.FullText().Length; ends.Add(total); total += 1; }
        var pieces = primary.Select(_ => new List<DiffRun>()).ToList();
        int pos = 0, k = 0;
        foreach (var run in diff.Runs)
        {
            if (run.Operation == foreign) { pieces[k].Add(run); continue; }
            var text = run.Text;
            while (text.Length > 0)
            {
                int room = k < ends.Count - 1 ? ends[k] - pos : int.MaxValue;
                if (room >= text.Length) { pieces[k].Add(run with { Text = text }); pos += text.Length; break; }
                if (room > 0) pieces[k].Add(run with { Text = text[..room] });
                // skip the separator between two provisions
                pos += room + 1;
                text = text[Math.Min(text.Length, room + 1)..];
                k++;
            }
        }

        for (int i = 0; i < primary.Length; i++)
        {
            var p = primary[i];
            TextDiff number, heading;
            if (i == 0)
            {
                var otherNums = Join(other, x => x.Number?.Written, ", ");
                number = _national ? WordDiff.Number(otherNums, p.Number?.Written) : WordDiff.Number(p.Number?.Written, otherNums);
                heading = _national ? WordDiff.Diff(other[0].Heading, p.Heading) : WordDiff.Diff(p.Heading, other[0].Heading);
            }
            else
            {
                number = OneSided(p.Number?.Written, own);
                heading = OneSided(p.Heading, own);
            }
            var trimmed = pieces[i].SkipWhile(r => r.Text.Trim().Length == 0 && r.Operation == DiffOperation.Equal).ToList();
            Emit(p.Kind, number, heading, new TextDiff(trimmed.ToImmutableArray()), level, i == 0 ? comment : null);
        }
    }

    private static TextDiff OneSided(string? text, DiffOperation op) =>
        string.IsNullOrEmpty(text) ? TextDiff.Empty : new TextDiff(ImmutableArray.Create(new DiffRun(op, text)));

    private void RenderSubtree(Provision p, DiffOperation op, int level, List<string>? comment)
    {
        _ct.ThrowIfCancellationRequested();
        TextDiff One(string? s) => string.IsNullOrEmpty(s) ? TextDiff.Empty : new TextDiff(ImmutableArray.Create(new DiffRun(op, s)));
        int childLevel = Emit(p.Kind, One(p.Number?.Written), One(p.Heading), One(p.Content), level, comment);
        foreach (var c in p.Children) RenderSubtree(c, op, childLevel, null);
        if (!string.IsNullOrEmpty(p.WrapUp)) EmitWrapUp(p.Kind, One(p.WrapUp), level);
    }

    private static string Join(ImmutableArray<Provision> side, Func<Provision, string?> part, string separator = "\n") =>
        string.Join(separator, side.Select(part).Where(s => !string.IsNullOrEmpty(s)));

    private static bool IsHeadingKind(ProvisionKind kind) =>
        kind.IsDivision() || kind.IsUnit() || kind is ProvisionKind.Annex;

    /// <summary>Emits the paragraphs of one provision's own text; returns the level of its children.</summary>
    private int Emit(ProvisionKind kind, TextDiff number, TextDiff heading, TextDiff content, int level, List<string>? comment)
    {
        if (IsHeadingKind(kind))
        {
            var segments = new List<DiffRun>(number.Runs);
            if (!number.Runs.IsEmpty && !heading.Runs.IsEmpty) segments.Add(new DiffRun(Joint(number, heading), "\n"));
            segments.AddRange(heading.Runs);
            var style = kind.IsUnit() ? "MLArticle" : "MLDivision";
            bool headingShown = segments.Count > 0;
            if (headingShown) _body.Add(TrackedParagraph(style, null, segments, comment));
            if (!content.Runs.IsEmpty) _body.Add(TrackedParagraph("MLText", Indentation(0, numbered: false), content.Runs, headingShown ? null : comment));
            else if (!headingShown && comment is not null) _body.Add(TrackedParagraph(style, null, segments, comment));
            return 0;
        }

        var runs = new List<DiffRun>();
        bool numbered = !number.Runs.IsEmpty;
        if (numbered)
        {
            runs.AddRange(number.Runs);
            runs.Add(new DiffRun(Side(number), "\t"));
        }
        if (!heading.Runs.IsEmpty)
        {
            runs.AddRange(heading.Runs);
            runs.Add(new DiffRun(Joint(heading, content), "\n"));
        }
        runs.AddRange(content.Runs);
        if (runs.Count > 0 || comment is not null)
            _body.Add(TrackedParagraph("MLText", Indentation(level, numbered), runs, comment));
        return level + 1;
    }

    private void EmitWrapUp(ProvisionKind kind, TextDiff wrap, int level) =>
        _body.Add(TrackedParagraph("MLText", Indentation(IsHeadingKind(kind) ? 0 : level + 1, numbered: false), wrap.Runs, null));

    /// <summary>The operation of a separator between two parts: it exists on a side when both parts exist there.</summary>
    private static DiffOperation Joint(TextDiff a, TextDiff b)
    {
        bool old = Has(a, DiffOperation.Insert) && Has(b, DiffOperation.Insert);
        bool @new = Has(a, DiffOperation.Delete) && Has(b, DiffOperation.Delete);
        return old == @new ? DiffOperation.Equal : old ? DiffOperation.Delete : DiffOperation.Insert;

        // true when the part has visible text on the side that does not hold the excluded operation
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

    // ---------------------------------------------------------------- paragraphs and runs

    private Paragraph PlainParagraph(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), MakeRun(text, deleted: false));

    private Paragraph TrackedParagraph(string style, Indentation? indentation, IReadOnlyList<DiffRun> runs, List<string>? comment)
    {
        var pPr = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (indentation is not null) pPr.Append(indentation);

        // a paragraph that only exists on one side gets its paragraph mark tracked too: accepting or rejecting all then
        // removes it whole, without an empty paragraph left behind
        var visible = runs.Where(r => r.Text.Length > 0).ToList();
        if (visible.Count > 0 && visible.All(r => r.Operation == DiffOperation.Delete))
            pPr.Append(new ParagraphMarkRunProperties(Stamp(new Deleted())));
        else if (visible.Count > 0 && visible.All(r => r.Operation == DiffOperation.Insert))
            pPr.Append(new ParagraphMarkRunProperties(Stamp(new Inserted())));

        var p = new Paragraph(pPr);
        string? commentId = null;
        if (comment is not null)
        {
            commentId = AddComment(comment);
            p.Append(new CommentRangeStart { Id = commentId });
        }
        foreach (var r in visible)
        {
            switch (r.Operation)
            {
                case DiffOperation.Equal:
                    p.Append(MakeRun(r.Text, deleted: false));
                    break;
                case DiffOperation.Insert:
                    p.Append(Stamp(new InsertedRun(MakeRun(r.Text, deleted: false))));
                    break;
                case DiffOperation.Delete:
                    p.Append(Stamp(new DeletedRun(MakeRun(r.Text, deleted: true))));
                    break;
            }
        }
        if (commentId is not null)
        {
            p.Append(new CommentRangeEnd { Id = commentId });
            p.Append(new Run(new RunProperties(new RunStyle { Val = "MLCommentReference" }), new CommentReference { Id = commentId }));
        }
        return p;
    }

    private static Run MakeRun(string text, bool deleted)
    {
        var run = new Run();
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
        var id = (++_revisionId).ToString(CultureInfo.InvariantCulture);
        switch (change)
        {
            case InsertedRun ins: ins.Id = id; ins.Author = _options.Author; if (_options.Date is { } d1) ins.Date = d1.UtcDateTime; break;
            case DeletedRun del: del.Id = id; del.Author = _options.Author; if (_options.Date is { } d2) del.Date = d2.UtcDateTime; break;
            case Inserted pins: pins.Id = id; pins.Author = _options.Author; if (_options.Date is { } d3) pins.Date = d3.UtcDateTime; break;
            case Deleted pdel: pdel.Id = id; pdel.Author = _options.Author; if (_options.Date is { } d4) pdel.Date = d4.UtcDateTime; break;
        }
        return change;
    }

    // ---------------------------------------------------------------- comments

    private string AddComment(List<string> lines)
    {
        var id = (_commentId++).ToString(CultureInfo.InvariantCulture);
        var comment = new Comment { Id = id, Author = _options.Author, Initials = _options.Initials ?? InitialsOf(_options.Author) };
        if (_options.Date is { } d) comment.Date = d.UtcDateTime;
        for (int i = 0; i < lines.Count; i++)
        {
            var para = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "MLCommentText" }));
            if (i == 0) para.Append(new Run(new RunProperties(new RunStyle { Val = "MLCommentReference" }), new AnnotationReferenceMark()));
            para.Append(new Run(new WordText(lines[i]) { Space = SpaceProcessingModeValues.Preserve }));
            comment.Append(para);
        }
        Comments.Add(comment);
        return id;
    }

    private static string InitialsOf(string author)
    {
        var caps = string.Concat(author.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0])));
        return caps.Length == 0 ? "ML" : caps.Length > 4 ? caps[..4] : caps;
    }

    private List<string>? CommentFor(AlignmentLink link, bool topLevel)
    {
        if (!_options.IncludeComments) return null;
        bool major = topLevel || IsHeadingKind(link.Level);
        var coverageLines = major ? CoverageLines(link) : new List<string>();
        bool structural = link.Relation is AlignmentRelation.Moved or AlignmentRelation.Split or AlignmentRelation.Merged;
        bool changed = link.Relation is not (AlignmentRelation.Identical or AlignmentRelation.Equivalent);
        if (!(structural || (major && changed) || coverageLines.Count > 0)) return null;

        var lines = new List<string> { Describe(link) };
        if (link.Relation is not (AlignmentRelation.Omitted or AlignmentRelation.Added))
        {
            var evidence = string.Join(", ", link.Evidence.Select(e =>
                string.Create(CultureInfo.InvariantCulture, $"{EvidenceName(e.Kind)} {e.Score:0.00}") + (e.Detail is { Length: > 0 } det ? $" ({det})" : "")));
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Similarity: {link.Similarity:0.00}") + (evidence.Length > 0 ? $"; evidence: {evidence}." : "."));
        }
        lines.AddRange(coverageLines);
        return lines;
    }

    private static string Cites(ImmutableArray<Provision> side) =>
        string.Join(", ", side.Select(p => string.IsNullOrEmpty(p.Citation) ? p.Label : p.Citation));

    private static string Describe(AlignmentLink link)
    {
        var m = Cites(link.Model);
        var n = Cites(link.National);
        return link.Relation switch
        {
            AlignmentRelation.Identical => $"Identical: model {m} is national {n}, word for word.",
            AlignmentRelation.Equivalent => $"Equivalent: model {m} is national {n}, with the same words (numbering, case or spacing aside).",
            AlignmentRelation.Modified => $"Modified: model {m} is reworded as national {n}.",
            AlignmentRelation.Renumbered => $"Renumbered: model {m} is national {n}.",
            AlignmentRelation.Moved => $"Moved: model {m} stands as national {n}, out of the model's order.",
            AlignmentRelation.Split => $"Split: model {m} became national {n}.",
            AlignmentRelation.Merged => $"Merged: model {m} became national {n}.",
            AlignmentRelation.Omitted => $"Omitted: model {m} has no counterpart in the national text.",
            AlignmentRelation.Added => $"Added: national {n} has no counterpart in the model.",
            _ => link.Relation.ToString(),
        };
    }

    private static string EvidenceName(EvidenceKind kind) => kind switch
    {
        EvidenceKind.ContentHash => "same content",
        EvidenceKind.TextSimilarity => "text similarity",
        EvidenceKind.Heading => "heading",
        EvidenceKind.ExplicitReference => "explicit reference",
        EvidenceKind.Number => "number",
        EvidenceKind.Containment => "containment",
        EvidenceKind.Structure => "structure",
        _ => kind.ToString(),
    };

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
}
