using System.Globalization;
using ModelLaw.Documents;
using ModelLaw.Reading.PlainText.Numbering;

namespace ModelLaw.Reading.PlainText;

/// <summary>
/// Builds a provision tree from classified blocks. One instance per parse (it holds the parse state); not shared.
/// Lists are tracked as a stack of open frames; a label joins the deepest open list it continues (the previous
/// sibling decides between "(i)" the letter and "(i)" the numeral), otherwise it starts a new list.
/// </summary>
internal sealed partial class TreeAssembler
{
    private sealed class Frame
    {
        public required string Scheme { get; init; }
        public required char Form { get; init; }
        public SchemeNumber Last { get; set; }
        public required ProvisionBuilder Item { get; set; }
        public required ProvisionBuilder Parent { get; init; }
        public required ProvisionKind BaseKind { get; init; }
    }

    private readonly LanguageProfile _profile;
    private readonly ReadLimits _limits;
    private readonly string? _source;
    private readonly CancellationToken _ct;
    private readonly List<Diagnostic> _diagnostics = new();
    private readonly Dictionary<ProvisionBuilder, ProvisionBuilder> _parents = new(ReferenceEqualityComparer.Instance);
    private readonly List<ProvisionBuilder> _structure = new();
    private readonly List<Frame> _frames = new();
    private readonly ProvisionBuilder _root = new(ProvisionKind.Document);
    private ProvisionBuilder _current;
    private ProvisionBuilder? _awaitingHeading;
    private ProvisionBuilder? _preamble;
    private bool _inDefinitions;
    private ProvisionBuilder? _lastArticle;
    private bool _divisionSinceLastArticle;
    private bool _bodyStarted;
    private int _count;

    public TreeAssembler(LanguageProfile profile, ReadOptions options, CancellationToken ct, LineClassifier? classifier = null)
    {
        _classifier = classifier ?? new LineClassifier(profile);
        _sections = _classifier.Sections;
        _profile = profile;
        _limits = options.Limits;
        _source = options.SourceName;
        _ct = ct;
        _structure.Add(_root);
        _current = _root;
    }

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public string Title { get; private set; } = "";

    public ProvisionBuilder Assemble(IReadOnlyList<Block> blocks)
    {
        bool hasHeadings = blocks.Any(b => b.Type == BlockType.Heading);
        bool hasItems = blocks.Any(b => b.Type == BlockType.Item);
        int start = 0;

        if (hasHeadings && blocks.Count > 0 && blocks[0].Type == BlockType.Text)
        {
            Title = blocks[0].Text.Replace('\n', ' ');
            start = 1;
        }
        else if (!hasHeadings && blocks.Count > 1 && blocks[0].Type == BlockType.Text && blocks[0].MarkdownLevel == 1)
        {
            Title = blocks[0].Text.Replace('\n', ' ');
            start = 1;
        }

        if (!hasHeadings && !hasItems)
        {
            if (blocks.Count > start)
                Report(DiagnosticSeverity.Warning, "MLT001",
                    "No headings or numbered provisions found: the text is read as one provision per paragraph.",
                    SourceSpan.Lines(blocks[start].StartLine, blocks[^1].EndLine));
            for (int i = start; i < blocks.Count; i++)
            {
                var b = blocks[i];
                if (b.Type == BlockType.Deleted) continue;
                var sp = New(ProvisionKind.Subparagraph, b);
                sp.Content = b.Type == BlockType.Indent ? $"{b.IndentMark} {b.Text}" : b.Text;
                Attach(_root, sp);
            }
            return Finish();
        }
        if (!hasHeadings)
        {
            _bodyStarted = true;
            Report(DiagnosticSeverity.Info, "MLT008", "No article or division headings found: numbered paragraphs are read at the top level.",
                SourceSpan.Lines(blocks[start].StartLine, blocks[^1].EndLine));
        }

        for (int i = start; i < blocks.Count; i++)
        {
            if ((i & 255) == 0) _ct.ThrowIfCancellationRequested();
            Dispatch(blocks, i, blocks[i]);
        }
        return Finish();
    }

    private void Dispatch(IReadOnlyList<Block> blocks, int i, Block b)
    {
        switch (b.Type)
        {
            case BlockType.Heading:
                if (b.Section is not null && !AcceptSection(b, out var demoted)) { Dispatch(blocks, i, demoted); break; }
                OnHeading(b.Section is not null ? LeadInNotHeading(blocks, i, b) : b);
                break;
            case BlockType.Deleted:
                Report(DiagnosticSeverity.Info, "MLT005", "Deleted-passage marker skipped.", SourceSpan.Lines(b.StartLine, b.EndLine));
                break;
            case BlockType.Text:
                if (_awaitingHeading is { } owner && TryTakeHeading(owner, b)) break;
                _awaitingHeading = null;
                if (_sections && TryMarginalNote(blocks, i, b)) break;
                if (b.NearMiss is { } why) NearMiss(b, why);
                OnText(b, b.Text);
                break;
            case BlockType.Item:
                _awaitingHeading = null;
                OnItem(b);
                if (b.ItemHeading is { } runIn && _current.Heading is null) _current.Heading = runIn;
                if (b.Continuation is { } more) Dispatch(blocks, i, _classifier.Classify(more, b.StartLine, afterBlank: false));
                break;
            case BlockType.Indent:
                _awaitingHeading = null;
                OnIndent(b);
                break;
        }
    }

    private ProvisionBuilder Finish()
    {
        if (_sections) ActLevels.Name(_root, _schemeOf, _profile);
        ReportStructure();
        if (_profile.CountsUnnumberedParagraphs) NumberUnnumberedParagraphs(_root);
        FixSpans(_root);
        return _root;
    }

    private static (int Start, int End)? FixSpans(ProvisionBuilder b)
    {
        int? s = b.Span?.Start, e = b.Span?.End;
        foreach (var c in b.Children)
        {
            var cs = FixSpans(c);
            if (cs is { } x)
            {
                s = s is null ? x.Start : Math.Min(s.Value, x.Start);
                e = e is null ? x.End : Math.Max(e.Value, x.End);
            }
        }
        if (s is null || e is null) return null;
        if (b.Kind != ProvisionKind.Document) b.Span = SourceSpan.Lines(s.Value, e.Value);
        return (s.Value, e.Value);
    }

    // ---- headings ----

    private void OnHeading(Block b)
    {
        var h = b.Heading!;
        _bodyStarted = true;
        _frames.Clear();
        _awaitingHeading = null;
        var kind = h.Kind;
        if (kind == ProvisionKind.Annex)
        {
            _structure.RemoveRange(1, _structure.Count - 1);
        }
        else if (kind.IsDivision() && _sections)
        {
            CloseForDivision(kind);
        }
        else if (kind.IsDivision())
        {
            while (_structure.Count > 1)
            {
                var top = _structure[^1];
                if (top.Kind == ProvisionKind.Annex) break;
                if (top.Kind.IsUnit() || (top.Kind.IsDivision() && top.Kind >= kind)) _structure.RemoveAt(_structure.Count - 1);
                else break;
            }
        }
        else // article or section
        {
            while (_structure.Count > 1 && _structure[^1].Kind.IsUnit()) _structure.RemoveAt(_structure.Count - 1);
        }

        if (kind == ProvisionKind.Article) DropRepeatedEmptyArticle(h, b);
        else if (kind.IsDivision()) _divisionSinceLastArticle = true;

        var node = New(kind, b);
        node.Number = LetterAfterLetter(kind, h) ?? new ProvisionNumber(h.Written, h.Value, h.Ordinal);
        node.Heading = h.Heading;
        node.Notes.AddRange(h.Notes);
        node.IsRepealed = h.IsRepealed;
        if (kind.IsUnit()) TakePendingNote(node);
        Learn(kind);
        Attach(_structure[^1], node);
        _structure.Add(node);
        CheckDepth();
        _current = node;
        _inDefinitions = kind.IsUnit() && IsDefinitionsHeading(node.Heading);
        if (kind == ProvisionKind.Article)
        {
            _lastArticle = node;
            _divisionSinceLastArticle = false;
        }
        if (h.Body is not null)
        {
            // "第一条 为了规范…": the provision's own text stands on its heading line; no heading follows
            if (h.Body.Length > 0 && b.Section is not null) OnSectionBody(b, h.Body);
            else if (h.Body.Length > 0) OnText(b, h.Body);
        }
        else if (node.Heading is null && !h.IsRepealed) _awaitingHeading = node;
    }

    /// <summary>
    /// An article heading repeated after a division heading, with nothing in between ("## المادة الثانية" / "الفصل الثاني: …" /
    /// "المادة الثانية", as scraped web copies print the first article of a chapter): the first, empty occurrence is dropped,
    /// so the division comes before the article and the article is not counted twice.
    /// </summary>
    private void DropRepeatedEmptyArticle(HeadingMatch h, Block b)
    {
        var prev = _lastArticle;
        if (prev is null || !_divisionSinceLastArticle || prev.Content.Length > 0 || prev.Children.Count > 0 || prev.Heading is not null
            || prev.Number?.Value != h.Value || !_parents.TryGetValue(prev, out var parent)) return;
        parent.Children.Remove(prev);
        _parents.Remove(prev);
        _count--;
        Report(DiagnosticSeverity.Info, "MLT010",
            $"\"{h.Written}\" repeated after a division heading: the empty first occurrence was dropped.", SourceSpan.Lines(b.StartLine, b.EndLine));
    }

    /// <summary>
    /// Chinese 款: an article whose text runs over several unnumbered paragraphs gets them as numbered paragraphs 1, 2, 3,
    /// each with the points that follow it; an article with one paragraph keeps its text and points directly.
    /// </summary>
    private static void NumberUnnumberedParagraphs(ProvisionBuilder node)
    {
        foreach (var child in node.Children) if (child.Kind != ProvisionKind.Article) NumberUnnumberedParagraphs(child);
        foreach (var article in node.Children.Where(c => c.Kind == ProvisionKind.Article))
        {
            var children = article.Children;
            int firstSub = children.FindIndex(c => c.Kind == ProvisionKind.Subparagraph);
            if (firstSub < 0 || article.Content.Length == 0 || children.Any(c => c.Kind == ProvisionKind.Paragraph)) continue;
            var first = new ProvisionBuilder(ProvisionKind.Paragraph)
            {
                Content = article.Content,
                Span = article.Span,
                Number = new ProvisionNumber("", "1", 1),
            };
            first.Children.AddRange(children.Take(firstSub));
            var rest = children.Skip(firstSub).ToList();
            children.Clear();
            children.Add(first);
            int k = 1;
            foreach (var c in rest)
            {
                if (c.Kind == ProvisionKind.Subparagraph)
                {
                    k++;
                    c.Kind = ProvisionKind.Paragraph;
                    c.Number = new ProvisionNumber("", k.ToString(CultureInfo.InvariantCulture), k);
                    children.Add(c);
                }
                else children[^1].Children.Add(c);
            }
            article.Content = "";
        }
    }

    private bool TryTakeHeading(ProvisionBuilder owner, Block b)
    {
        var text = b.Text;
        int nl = text.IndexOf('\n');
        var first = nl < 0 ? text : text[..nl];
        if (!IsHeadingLike(first, b.MarkdownLevel > 0)) return false;
        owner.Heading = first;
        if (owner.Span is { } s) owner.Span = SourceSpan.Lines(s.Start, b.StartLine);
        _awaitingHeading = null;
        if (owner.Kind.IsUnit()) _inDefinitions = IsDefinitionsHeading(first);
        if (nl >= 0) OnText(b, text[(nl + 1)..]);
        return true;
    }

    private static bool IsHeadingLike(string s, bool markdown)
    {
        if (markdown) return s.Length > 0;
        if (s.Length is 0 or > 200) return false;
        if (!char.IsLetterOrDigit(s[0]) && s[0] is not ('‘' or '\'' or '"' or '«' or '“')) return false;
        if (char.IsLower(s[0])) return false;
        var last = s[^1];
        return last is not ('.' or ';' or ':' or ',' or '?' or '!' or '。' or '；' or '：' or '，' or '、' or '？' or '！' or '،' or '؛' or '؟');
    }

    private bool IsDefinitionsHeading(string? heading) =>
        heading is not null && _profile.DefinitionHeadingCues.Any(c => heading.Contains(c, StringComparison.OrdinalIgnoreCase));

    // ---- text ----

    private void OnText(Block b, string text)
    {
        if (!_bodyStarted)
        {
            _preamble ??= AttachNew(_root, ProvisionKind.Preamble, b);
            if (_preamble.Children.Count == 0) _preamble.AppendContent(text);
            else _preamble.WrapUp = _preamble.WrapUp is null ? text : _preamble.WrapUp + "\n" + text;
            return;
        }

        // a label alone on its line takes the next text as its own
        if (_current.Kind is not ProvisionKind.Document && _current.Number is not null && _current.Content.Length == 0
            && _current.Children.Count == 0 && !_structure.Contains(_current))
        {
            _current.Content = text;
            return;
        }

        var target = TextTarget();
        if (target.Kind != ProvisionKind.Document && target.Content.Length == 0 && target.Children.Count == 0)
        {
            target.Content = text;
            _current = target;
            return;
        }
        var sp = New(ProvisionKind.Subparagraph, b);
        sp.Content = text;
        Attach(target, sp);
        _current = sp;
    }

    /// <summary>Where unnumbered text after a list goes: the nearest open paragraph, else the article (or division).</summary>
    private ProvisionBuilder TextTarget()
    {
        for (int i = _frames.Count - 1; i >= 0; i--)
            if (_frames[i].Item.Kind is ProvisionKind.Paragraph) return _frames[i].Item;
        return _structure[^1];
    }

    // ---- numbered items ----

    private void OnItem(Block b)
    {
        var label = b.Label!;
        if (!_bodyStarted)
        {
            _preamble ??= AttachNew(_root, ProvisionKind.Preamble, b);
            var rec = New(ProvisionKind.Recital, b);
            var first = label.Candidates[0];
            rec.Number = new ProvisionNumber(label.Written, first.Number.Value, first.Number.Ordinal);
            rec.Content = b.Text;
            Attach(_preamble, rec);
            _current = rec;
            return;
        }

        // a provision ending with a colon announces a list below it: a first label starts it ("(h) ...:" then "(i)")
        bool announces = _current.Content.Length > 0 && _current.Children.Count == 0 && AnnouncesList(_current.Content);
        if (announces)
        {
            foreach (var (scheme, number) in label.Candidates)
                if (scheme.IsFirst(number))
                {
                    StartList(b, scheme, number);
                    return;
                }
        }

        // 1. the deepest open list this label continues
        for (int i = _frames.Count - 1; i >= 0; i--)
        {
            var f = _frames[i];
            // text that went above the list since its last item closed it: continuing it would put the item before that text
            if (!Encloses(f, _current)) continue;
            foreach (var (scheme, number) in label.Candidates)
            {
                if (scheme.Name != f.Scheme || label.Form != f.Form || !number.Follows(f.Last)) continue;
                if (label.Candidates.Any(c => !ReferenceEquals(c.Scheme, scheme) && c.Scheme.IsFirst(c.Number)))
                    Report(DiagnosticSeverity.Info, "MLT004",
                        $"\"{label.Written}\" read as {Describe(scheme)} because it follows \"{f.Item.Number?.Written}\".",
                        SourceSpan.Lines(b.StartLine, b.EndLine));
                AddSibling(i, b, number);
                return;
            }
        }

        // 2. a new list starting with its first number
        foreach (var (scheme, number) in label.Candidates)
            if (scheme.IsFirst(number)) { StartList(b, scheme, number); return; }

        // 3. an open list with a gap (deleted or missing items)
        for (int i = _frames.Count - 1; i >= 0; i--)
        {
            var f = _frames[i];
            if (!Encloses(f, _current)) continue;
            foreach (var (scheme, number) in label.Candidates)
            {
                if (scheme.Name != f.Scheme || label.Form != f.Form || number.Ordinal <= f.Last.Ordinal) continue;
                Report(DiagnosticSeverity.Warning, "MLT003",
                    $"Numbering gap: \"{label.Written}\" follows \"{f.Item.Number?.Written}\".", SourceSpan.Lines(b.StartLine, b.EndLine));
                AddSibling(i, b, number);
                return;
            }
        }

        // 4. a number repeated as enacted (44 U.S.C. 3505 has two subsections "(c)"): a sibling, not a new list
        for (int i = _frames.Count - 1; i >= 0 && _sections; i--)
        {
            var f = _frames[i];
            if (!Encloses(f, _current)) continue;
            foreach (var (scheme, number) in label.Candidates)
            {
                if (scheme.Name != f.Scheme || label.Form != f.Form || number != f.Last) continue;
                Report(DiagnosticSeverity.Warning, "MLT016",
                    $"\"{label.Written}\" repeats the number before it; read as its sibling.", SourceSpan.Lines(b.StartLine, b.EndLine));
                AddSibling(i, b, number);
                return;
            }
        }

        // 5. a list starting somewhere other than its first number
        var c0 = label.Candidates[0];
        Report(DiagnosticSeverity.Warning, "MLT007",
            $"List starts at \"{label.Written}\" instead of its first number.", SourceSpan.Lines(b.StartLine, b.EndLine));
        StartList(b, c0.Scheme, c0.Number);
    }

    /// <summary>
    /// A lead-in ends with a colon; in common-law drafting also with a dash ("shall—") or with no punctuation at all
    /// ("(h) made after the earlier of" / "(i) one hundred years …"), because the list finishes its sentence.
    /// </summary>
    private bool AnnouncesList(string content)
    {
        var t = content.AsSpan().TrimEnd();
        if (t.Length == 0) return false;
        var last = t[^1];
        return last == ':' || (_sections && (last is '—' or '–' || char.IsLetterOrDigit(last)));
    }

    private static string Describe(INumberingScheme scheme) => scheme.Name switch
    {
        "latin-lower" or "latin-upper" or "cyrillic-lower" => "a letter",
        "roman-lower" or "roman-upper" => "a Roman numeral",
        _ => scheme.Name,
    };

    private void OnIndent(Block b)
    {
        var scheme = "indent:" + b.IndentMark;
        for (int i = _frames.Count - 1; i >= 0; i--)
        {
            if (_frames[i].Scheme != scheme) continue;
            // text that went above the list since its last indent ("II.2. Procedure" / "…the following procedure:")
            // closed it: these indents open a new list under that text instead of jumping back before it
            if (!Encloses(_frames[i], _current)) break;
            // unnumbered text after the list that ends with a colon is a new lead-in: the indents after it are its own
            if (_current.Kind == ProvisionKind.Subparagraph && _parents.TryGetValue(_current, out var host)
                && ReferenceEquals(host, _frames[i].Parent) && _current.Content.TrimEnd().EndsWith(':')) break;
            _frames.RemoveRange(i + 1, _frames.Count - i - 1);
            var f = _frames[i];
            AdoptTentative(f);
            var item = New(ProvisionKind.Indent, b);
            item.Content = b.Text;
            Attach(f.Parent, item);
            f.Item = item;
            _current = item;
            return;
        }
        var container = _current;
        PopFramesNotEnclosing(container);
        var first = New(ProvisionKind.Indent, b);
        first.Content = b.Text;
        Attach(container, first);
        _frames.Add(new Frame { Scheme = scheme, Form = ' ', Item = first, Parent = container, BaseKind = ProvisionKind.Indent });
        CheckDepth();
        _current = first;
    }

    private void AddSibling(int frameIndex, Block b, SchemeNumber number)
    {
        _frames.RemoveRange(frameIndex + 1, _frames.Count - frameIndex - 1);
        var f = _frames[frameIndex];
        AdoptTentative(f);
        var item = NewItem(b, f.BaseKind, number);
        _schemeOf[item] = f.Scheme;
        Attach(f.Parent, item);
        f.Item = item;
        f.Last = number;
        _current = item;
    }

    /// <summary>
    /// Unnumbered text after a list item was first hung on the list's parent; a later sibling shows that the list
    /// went on, so that text belonged to the item before it.
    /// </summary>
    private void AdoptTentative(Frame f)
    {
        var siblings = f.Parent.Children;
        int idx = siblings.IndexOf(f.Item);
        if (idx < 0 || idx == siblings.Count - 1) return;
        var moved = siblings.GetRange(idx + 1, siblings.Count - idx - 1);
        if (moved.Any(m => m.Kind != ProvisionKind.Subparagraph)) return;
        siblings.RemoveRange(idx + 1, moved.Count);
        foreach (var m in moved) Attach(f.Item, m);
    }

    private void StartList(Block b, INumberingScheme scheme, SchemeNumber number)
    {
        var container = _current;
        PopFramesNotEnclosing(container);
        var baseKind = KindForNewList(container, scheme);
        var item = NewItem(b, baseKind, number);
        _schemeOf[item] = scheme.Name;
        Attach(container, item);
        _frames.Add(new Frame { Scheme = scheme.Name, Form = b.Label!.Form, Last = number, Item = item, Parent = container, BaseKind = baseKind });
        CheckDepth();
        _current = item;
    }

    private void PopFramesNotEnclosing(ProvisionBuilder container)
    {
        while (_frames.Count > 0 && !Encloses(_frames[^1], container)) _frames.RemoveAt(_frames.Count - 1);
    }

    /// <summary>True when <paramref name="c"/> is the frame's last item, inside it, or tentative text after it.</summary>
    private bool Encloses(Frame f, ProvisionBuilder c)
    {
        var x = c;
        while (true)
        {
            if (ReferenceEquals(x, f.Item)) return true;
            if (!_parents.TryGetValue(x, out var p)) return false;
            if (ReferenceEquals(p, f.Parent))
                return x.Kind == ProvisionKind.Subparagraph && p.Children.IndexOf(x) > p.Children.IndexOf(f.Item);
            x = p;
        }
    }

    private ProvisionKind KindForNewList(ProvisionBuilder container, INumberingScheme scheme)
    {
        var owner = container;
        while (owner.Kind == ProvisionKind.Subparagraph && _parents.TryGetValue(owner, out var p)) owner = p;
        if (owner.Kind == ProvisionKind.ActSection)
            return ReferenceEquals(owner, container) ? ProvisionKind.Paragraph : ProvisionKind.Point; // subsections; named later (ActLevels)
        return owner.Kind switch
        {
            ProvisionKind.Article or ProvisionKind.Annex or ProvisionKind.Document or ProvisionKind.Part or ProvisionKind.Title
                or ProvisionKind.Chapter or ProvisionKind.Section or ProvisionKind.Subsection
                => scheme.Name is "decimal" or "roman-upper" && ReferenceEquals(owner, container) ? ProvisionKind.Paragraph : ProvisionKind.Point,
            ProvisionKind.Paragraph or ProvisionKind.Recital => ProvisionKind.Point,
            _ => ProvisionKind.Subpoint,
        };
    }

    private ProvisionBuilder NewItem(Block b, ProvisionKind baseKind, SchemeNumber number)
    {
        var kind = baseKind;
        if (_inDefinitions && baseKind is ProvisionKind.Point or ProvisionKind.Paragraph && LooksLikeDefinition(b.Text)
            && (!_sections || b.Text.StartsWith("the term", StringComparison.OrdinalIgnoreCase) || b.Text[0] is '‘' or '“' or '"' or '\''))
            kind = ProvisionKind.Definition;
        var item = New(kind, b);
        item.Number = new ProvisionNumber(b.Label!.Written, number.Value, number.Ordinal);
        item.Content = b.Text;
        if (_pendingNote is { } note && _pendingNoteFor == b)
        {
            item.Heading = note;
            NoteStartsSpan(item);
            _pendingNote = null;
        }
        if (HeadingMarkersOnItem(item)) item.IsRepealed = true;
        return item;
    }

    private bool LooksLikeDefinition(string text)
    {
        if (text.Length == 0) return false;
        if (text[0] is '‘' or '\'' or '"' or '«' or '“' or '„') return true;
        var head = text.Length > 160 ? text[..160] : text;
        return _profile.DefinitionTextCues.Any(c => head.Contains(c, StringComparison.OrdinalIgnoreCase));
    }

    // ---- plumbing ----

    private ProvisionBuilder New(ProvisionKind kind, Block b)
    {
        if (++_count > _limits.MaxProvisions)
            throw new InputLimitExceededException(
                $"more than {_limits.MaxProvisions.ToString(CultureInfo.InvariantCulture)} provisions", new SourceLocation(_source, b.StartLine));
        return new ProvisionBuilder(kind) { Span = SourceSpan.Lines(b.StartLine, b.EndLine) };
    }

    private ProvisionBuilder AttachNew(ProvisionBuilder parent, ProvisionKind kind, Block b)
    {
        var n = New(kind, b);
        Attach(parent, n);
        return n;
    }

    private void Attach(ProvisionBuilder parent, ProvisionBuilder child)
    {
        parent.Children.Add(child);
        _parents[child] = parent;
    }

    private void CheckDepth()
    {
        int depth = _structure.Count + _frames.Count;
        if (depth > _limits.MaxNestingDepth)
            throw new InputLimitExceededException(
                $"provisions nested deeper than {_limits.MaxNestingDepth.ToString(CultureInfo.InvariantCulture)} levels", new SourceLocation(_source));
    }

    private void Report(DiagnosticSeverity severity, string code, string message, SourceSpan? span) =>
        _diagnostics.Add(new Diagnostic(severity, code, message, span));
}
