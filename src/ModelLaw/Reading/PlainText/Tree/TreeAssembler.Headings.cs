using ModelLaw.Documents;
using ModelLaw.Reading.PlainText.Lines;

namespace ModelLaw.Reading.PlainText.Tree;

/// <summary>
/// Headings and the text under them: a heading closes what it must (a chapter closes the articles and chapters below it)
/// and opens its provision; the line after a bare heading may be its heading words; unnumbered text goes to the nearest
/// open paragraph, article or division, or to the preamble before the first heading.
/// </summary>
internal sealed partial class TreeAssembler
{
    private ProvisionBuilder? _awaitingHeading;
    private bool _inDefinitions;
    private ProvisionBuilder? _lastArticle;
    private bool _divisionSinceLastArticle;

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
        if (!h.Notes.IsEmpty) node.Notes.AddRange(h.Notes);
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
            if (h.Body.Length > 0 && b.Section is not null) OnSectionBody(b, TextSlice.Of(h.Body));
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

    /// <summary>The first line of a text block after a bare heading ("Article 1" / "Scope") is the heading's words, when it reads as a heading.</summary>
    private bool TryTakeHeading(ProvisionBuilder owner, Block b)
    {
        string first;
        string? rest = null;
        if (!b.IsJoined && b.FirstLine.Length > 0)
        {
            if (!IsHeadingLike(b.FirstLine, b.MarkdownLevel > 0)) return false;
            first = b.Text;
        }
        else
        {
            var text = b.Text;
            int nl = text.IndexOf('\n');
            first = nl < 0 ? text : text[..nl];
            if (!IsHeadingLike(first, b.MarkdownLevel > 0)) return false;
            if (nl >= 0) rest = text[(nl + 1)..];
        }
        owner.Heading = first;
        if (owner.Span is { } s) owner.Span = SourceSpan.Lines(s.Start, b.StartLine);
        _awaitingHeading = null;
        if (owner.Kind.IsUnit()) _inDefinitions = IsDefinitionsHeading(first);
        if (rest is not null) OnText(b, rest);
        return true;
    }

    private static bool IsHeadingLike(ReadOnlySpan<char> s, bool markdown)
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
}
