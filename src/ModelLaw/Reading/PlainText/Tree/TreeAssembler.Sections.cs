using System.Globalization;
using ModelLaw.Documents;
using ModelLaw.Reading.PlainText.Headings;
using ModelLaw.Reading.PlainText.Lines;

namespace ModelLaw.Reading.PlainText.Tree;

/// <summary>
/// The common-law half of the assembler: sections as units, marginal notes and cross-headings before them, groupings
/// nested as the text nests them (a US "Part A" inside "SUBCHAPTER III"), and the lines that look like headings but are
/// not read as one, each reported with its reason.
/// </summary>
internal sealed partial class TreeAssembler
{
    private readonly LineClassifier _classifier;
    private readonly bool _sections;
    private LineClassifier? _plainClassifier;
    private readonly Dictionary<ProvisionBuilder, string> _schemeOf = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<(ProvisionKind Outer, ProvisionKind Inner)> _seenInside = new();
    private string? _pendingNote;
    private int _pendingNoteLine;
    private Block? _pendingNoteFor;
    private string? _lastSection;
    private bool _bareSections;
    private int _nearMisses;

    /// <summary>
    /// A section line is a section only where one can stand: not inside a schedule (the CSA code's "4.1 Principle 1") and
    /// with a number after the last section's; otherwise it is read as an ordinary line, and the reason reported.
    /// </summary>
    private bool AcceptSection(Block b, out Block demoted)
    {
        demoted = b;
        var line = b.Section!;
        var first = line.Last == line.Match.Value ? line.Match.Value : line.Match.Value[..^(line.Last.Length + 1)];
        string? reason = null;
        if (_structure.Any(x => x.Kind == ProvisionKind.Annex)) reason = "it stands inside a schedule or annex";
        else if (_lastSection is { } last && SectionHeadings.Compare(first, last) <= 0)
            reason = $"its number {first} does not come after section {last}";
        if (reason is null)
        {
            _lastSection = line.Last;
            if (line.Form == SectionForm.Bare) _bareSections = true;
            return true;
        }
        if (line.Strong || line.Form != SectionForm.Bare)
            Report(DiagnosticSeverity.Info, "MLT013", $"Line {b.StartLine} \"{Clip(b.Text)}\" is not read as a section: {reason}.",
                SourceSpan.Lines(b.StartLine, b.EndLine));
        _plainClassifier ??= new LineClassifier(_classifier.Index);
        demoted = _plainClassifier.Classify(b.Slice, b.StartLine, b.AfterBlank);
        return false;
    }

    /// <summary>
    /// A short heading-like line right before a section or a subsection is its marginal note ("Short title" / "1 This Act …",
    /// "Limit" / "(2) This Part does not apply …"); a second one before it is a cross-heading that groups the sections after it.
    /// </summary>
    private bool TryMarginalNote(IReadOnlyList<Block> blocks, int i, Block b)
    {
        if (b.MarkdownLevel > 0 || b.Text.Contains('\n')) return false;
        // older Commonwealth prints its notes with a full stop ("Short title." / "1. This Act …")
        bool plain = SectionHeadings.IsHeadingText(b.Text);
        bool dotted = !plain && b.Text.EndsWith('.') && b.Text.Count(c => c == ' ') < 6 && SectionHeadings.IsHeadingText(b.Text.AsSpan(0, b.Text.Length - 1));
        if (!dotted && !plain) return false;
        var note = dotted ? b.Text[..^1] : b.Text;
        var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
        if (next is null) return false;
        if (next.Section is { } s && CouldAccept(s))
        {
            if (LeadInNotHeading(blocks, i + 1, next).Heading!.Heading is null) SetPendingNote(note, next);
            else OpenCrossHeading(b); // "Interpretation" / "1 Overview": the section carries its own heading
            return true;
        }
        if (dotted) return false;
        if (next.Type == BlockType.Text && i + 2 < blocks.Count && blocks[i + 2].Section is { } s2 && CouldAccept(s2)
            && LeadInNotHeading(blocks, i + 2, blocks[i + 2]).Heading!.Heading is null && SectionHeadings.IsHeadingText(next.Text) && !next.Text.Contains('\n'))
        {
            OpenCrossHeading(b);
            return true;
        }
        if (next.Type == BlockType.Item && _bareSections && next.Label!.Form == '(' && _structure[^1].Kind == ProvisionKind.ActSection
            && next.Label.Candidates.Any(c => c.Scheme.Name == "decimal"))
        {
            SetPendingNote(b.Text, next);
            return true;
        }
        return false;
    }

    private bool CouldAccept(SectionLine s) =>
        !_structure.Any(x => x.Kind == ProvisionKind.Annex)
        && (_lastSection is null || SectionHeadings.Compare(s.Match.Value.Split('-')[0], _lastSection) > 0);

    private void SetPendingNote(string note, Block owner)
    {
        _pendingNote = note;
        _pendingNoteLine = owner.StartLine - 1;
        _pendingNoteFor = owner;
        _bodyStarted = true;
    }

    private void TakePendingNote(ProvisionBuilder unit)
    {
        if (_pendingNote is null) return;
        if (unit.Heading is null) unit.Heading = _pendingNote;
        else unit.Notes.Insert(0, _pendingNote);
        NoteStartsSpan(unit);
        _pendingNote = null;
    }

    /// <summary>The marginal note is the first line of its unit: the unit's span starts there.</summary>
    private void NoteStartsSpan(ProvisionBuilder unit)
    {
        if (unit.Span is { } span && _pendingNoteLine > 0 && _pendingNoteLine < span.Start)
            unit.Span = SourceSpan.Lines(_pendingNoteLine, span.End);
    }

    private void OpenCrossHeading(Block b)
    {
        _bodyStarted = true;
        _frames.Clear();
        while (_structure.Count > 1 && (_structure[^1].Kind.IsUnit() || _structure[^1].Kind == ProvisionKind.CrossHeading))
            _structure.RemoveAt(_structure.Count - 1);
        var node = New(ProvisionKind.CrossHeading, b);
        node.Heading = b.Text;
        Attach(_structure[^1], node);
        _structure.Add(node);
        CheckDepth();
        _current = node;
    }

    /// <summary>
    /// A grouping heading closes the open grouping of its own kind, or else the groupings that have stood inside its kind
    /// before; a kind never seen nests in what is open ("Part A" inside "SUBCHAPTER III", "DIVISION 1" inside "PART 1").
    /// </summary>
    private void CloseForDivision(ProvisionKind kind)
    {
        while (_structure.Count > 1 && (_structure[^1].Kind.IsUnit() || _structure[^1].Kind == ProvisionKind.CrossHeading))
            _structure.RemoveAt(_structure.Count - 1);
        int same = _structure.FindLastIndex(x => x.Kind == kind);
        if (same > 0)
        {
            _structure.RemoveRange(same, _structure.Count - same);
            return;
        }
        while (_structure.Count > 1 && _structure[^1].Kind != ProvisionKind.Annex && _seenInside.Contains((kind, _structure[^1].Kind)))
            _structure.RemoveAt(_structure.Count - 1);
    }

    private void Learn(ProvisionKind kind)
    {
        if (!kind.IsDivision()) return;
        foreach (var open in _structure)
            if (open.Kind.IsDivision() && open.Kind != kind) _seenInside.Add((open.Kind, kind));
    }

    private static readonly string[] LeadInEndings = [" shall", " may", " must", " to", " of", " that", " if", " includes", " include", " means", " following", " and", " or", " by", " is", " are"];

    /// <summary>
    /// "24 The Commissioner shall" / "(a) develop …": words after a bare number that read as a heading but open the
    /// section's text, because they end as a lead-in does or a paragraph "(a)" follows. "1 Overview" / "(1) …" keeps its heading.
    /// </summary>
    private static Block LeadInNotHeading(IReadOnlyList<Block> blocks, int i, Block b)
    {
        var m = b.Heading!;
        if (b.Section!.Form != SectionForm.Bare || m.Heading is not { } words) return b;
        var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
        bool leadIn = LeadInEndings.Any(e => words.EndsWith(e, StringComparison.Ordinal))
            || next is { Type: BlockType.Item } && next.Label!.Candidates.All(c => c.Scheme.Name != "decimal");
        if (!leadIn) return b;
        return new Block
        {
            Type = b.Type, StartLine = b.StartLine, EndLine = b.EndLine, Slice = b.Slice, MarkdownLevel = b.MarkdownLevel, AfterBlank = b.AfterBlank,
            Heading = m with { Heading = null, Body = words }, Section = b.Section with { Match = m with { Heading = null, Body = words } },
        };
    }

    /// <summary>"2 (1) The definitions …", "12.—(1) …", "28 Every organization …": the section's first words on its number line.</summary>
    private void OnSectionBody(Block b, TextSlice body)
    {
        var inner = _classifier.Classify(body, b.StartLine, afterBlank: false);
        if (inner.Type == BlockType.Item)
        {
            OnItem(inner);
            if (inner.ItemHeading is { } runIn && _current.Heading is null) _current.Heading = runIn;
            if (inner.Continuation is { } more) OnSectionBody(b, more);
        }
        else OnText(b, body.ToString());
    }

    /// <summary>"(h.2) [Repealed, 2015, c. 32, s. 6]": a repealed item, its words a note.</summary>
    private static bool HeadingMarkersOnItem(ProvisionBuilder item)
    {
        var text = item.Content;
        if (text.Length < 3 || text[0] != '[' || text[^1] != ']' || !HeadingMarkers.IsRepeal(text)) return false;
        item.Notes.Add(text);
        item.Content = "";
        return true;
    }

    private void NearMiss(Block b, string why)
    {
        _nearMisses++;
        Report(DiagnosticSeverity.Info, "MLT012", $"Line {b.StartLine} looks like a heading but is not read as one: {why}.",
            SourceSpan.Lines(b.StartLine, b.EndLine));
    }

    /// <summary>Says so when a text has no units at all, or when many lines that look like headings were read as text.</summary>
    private void ReportStructure()
    {
        var (blocks, units) = TreePasses.Count(_root);
        if (units == 0 && blocks > 5)
            Report(DiagnosticSeverity.Warning, "MLT014",
                "No articles or sections recognised: the text is read without units, so comparison and coverage see only its paragraphs.", null);
        if (_nearMisses >= 10 && _nearMisses * 4 > units)
            Report(DiagnosticSeverity.Warning, "MLT015",
                $"{_nearMisses.ToString(CultureInfo.InvariantCulture)} lines look like headings but were read as text: the structure may have collapsed (see MLT012).", null);
    }

    /// <summary>"Part C" after "Part B" is the letter C, not the Roman hundred: the previous sibling decides.</summary>
    private ProvisionNumber? LetterAfterLetter(ProvisionKind kind, HeadingMatch h)
    {
        var token = h.Written.Length > 1 ? h.Written[(h.Written.LastIndexOf(' ') + 1)..] : h.Written;
        if (!kind.IsDivision() || token.Length != 1 || !char.IsAsciiLetterUpper(token[0]) || h.Value.Length == 0 || !char.IsAsciiDigit(h.Value[0]))
            return null;
        var previous = _structure[^1].Children.LastOrDefault(c => c.Kind == kind);
        if (previous?.Number?.Value is not { Length: 1 } v || !char.IsAsciiLetter(v[0])) return null;
        return new ProvisionNumber(h.Written, token.ToLowerInvariant(), token[0] - 'A' + 1);
    }

    private static string Clip(string s) => s.Length > 60 ? s[..60] + "…" : s;
}
