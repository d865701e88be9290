using ModelLaw.Documents;
using ModelLaw.Reading.PlainText.Lines;
using ModelLaw.Reading.PlainText.Numbering;

namespace ModelLaw.Reading.PlainText.Tree;

/// <summary>
/// Numbered lists and indents. Lists are tracked as a stack of open frames; a label joins the deepest open list it
/// continues (the previous sibling decides between "(i)" the letter and "(i)" the numeral), otherwise it starts a new list.
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

    private readonly List<Frame> _frames = new();

    private void OnItem(Block b)
    {
        var label = b.Label!;
        if (!_bodyStarted)
        {
            OnRecital(b, label);
            return;
        }

        // a provision ending with a colon announces a list below it: a first label starts it ("(h) ...:" then "(i)")
        bool announces = _current.Content.Length > 0 && _current.Children.Count == 0 && AnnouncesList(_current.Content);
        if (announces && TryStartList(b, label)) return;

        // 1. the deepest open list this label continues
        if (TryContinueList(b, label, static (number, f) => number.Follows(f.Last), out var scheme, out var previous))
        {
            if (label.Candidates.Any(c => !ReferenceEquals(c.Scheme, scheme) && c.Scheme.IsFirst(c.Number)))
                Report(DiagnosticSeverity.Info, "MLT004",
                    $"\"{label.Written}\" read as {Describe(scheme!)} because it follows \"{previous}\".",
                    SourceSpan.Lines(b.StartLine, b.EndLine));
            return;
        }

        // 2. a new list starting with its first number
        if (TryStartList(b, label)) return;

        // 3. an open list with a gap (deleted or missing items)
        if (TryContinueList(b, label, static (number, f) => number.Ordinal > f.Last.Ordinal, out _, out var gapAfter))
        {
            Report(DiagnosticSeverity.Warning, "MLT003",
                $"Numbering gap: \"{label.Written}\" follows \"{gapAfter}\".", SourceSpan.Lines(b.StartLine, b.EndLine));
            return;
        }

        // 4. a number repeated as enacted (44 U.S.C. 3505 has two subsections "(c)"): a sibling, not a new list
        if (_sections && TryContinueList(b, label, static (number, f) => number == f.Last, out _, out _))
        {
            Report(DiagnosticSeverity.Warning, "MLT016",
                $"\"{label.Written}\" repeats the number before it; read as its sibling.", SourceSpan.Lines(b.StartLine, b.EndLine));
            return;
        }

        // 5. a list starting somewhere other than its first number
        var c0 = label.Candidates[0];
        Report(DiagnosticSeverity.Warning, "MLT007",
            $"List starts at \"{label.Written}\" instead of its first number.", SourceSpan.Lines(b.StartLine, b.EndLine));
        StartList(b, c0.Scheme, c0.Number);
    }

    /// <summary>A numbered recital of the preamble ("(1) Whereas …").</summary>
    private void OnRecital(Block b, ItemLabel label)
    {
        _preamble ??= AttachNew(_root, ProvisionKind.Preamble, b);
        var rec = New(ProvisionKind.Recital, b);
        var first = label.Candidates[0];
        rec.Number = new ProvisionNumber(label.Written, first.Number.Value, first.Number.Ordinal);
        rec.Content = b.Text;
        Attach(_preamble, rec);
        _current = rec;
    }

    /// <summary>Starts a list with the first candidate that is a first number ("1", "a", "i").</summary>
    private bool TryStartList(Block b, ItemLabel label)
    {
        foreach (var (scheme, number) in label.Candidates)
            if (scheme.IsFirst(number))
            {
                StartList(b, scheme, number);
                return true;
            }
        return false;
    }

    /// <summary>
    /// Adds the item to the deepest open list of its scheme and form that still encloses the current provision (text that
    /// went above the list since its last item closed it) and whose last number <paramref name="fits"/>.
    /// </summary>
    private bool TryContinueList(Block b, ItemLabel label, Func<SchemeNumber, Frame, bool> fits, out INumberingScheme? scheme, out string? after)
    {
        for (int i = _frames.Count - 1; i >= 0; i--)
        {
            var f = _frames[i];
            if (!Encloses(f, _current)) continue;
            foreach (var (s, number) in label.Candidates)
            {
                if (s.Name != f.Scheme || label.Form != f.Form || !fits(number, f)) continue;
                scheme = s;
                after = f.Item.Number?.Written;
                AddSibling(i, b, number);
                return true;
            }
        }
        scheme = null;
        after = null;
        return false;
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
        if (_sections) _schemeOf[item] = f.Scheme;
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
        if (_sections) _schemeOf[item] = scheme.Name;
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
        var head = text.AsSpan(0, Math.Min(text.Length, 160));
        foreach (var c in _profile.DefinitionTextCues)
            if (head.Contains(c, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
