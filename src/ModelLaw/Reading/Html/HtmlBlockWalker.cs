using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ModelLaw.Reading.Docx.Numbering;

namespace ModelLaw.Reading.Html;

/// <summary>
/// Walks an HTML body and writes its text as lines, the way a reader sees the page: each block element (paragraph,
/// heading, list item, div, ...) starts a line, <c>&lt;br&gt;</c> breaks one, white space collapses except in
/// <c>&lt;pre&gt;</c>, and an empty paragraph is a blank line. Scripts, styles, forms, embedded media, navigation, the
/// page's own footer and hidden elements are skipped. List items get the label a browser draws by default ("1.", "a.", "•"), unless their
/// text already opens with one. Tables: see <see cref="Table"/>.
/// </summary>
internal sealed partial class HtmlBlockWalker
{
    /// <summary>Stands for a line break inside the line being collected (a real newline is white space in HTML).</summary>
    private const char Break = '\u2028';

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "head", "script", "style", "noscript", "template", "title", "meta", "link", "svg", "math", "iframe", "object", "embed",
        "canvas", "audio", "video", "button", "select", "option", "textarea", "input", "img", "map", "nav", "dialog",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main",
        "menu", "ol", "p", "section", "summary", "ul", "caption", "legend", "html", "table", "tr", "td", "th",
    };

    private readonly Action<string, int> _line;
    private readonly Action _blank;
    private readonly int _maxDepth;
    private readonly CancellationToken _ct;
    private readonly StringBuilder _text = new();
    private int _textLine;
    private string? _label;
    private string? _prefix;
    private int _elements;

    /// <param name="line">Receives each line and the 1-based source line it starts on.</param>
    /// <param name="blank">Called for an empty paragraph.</param>
    /// <param name="maxDepth">Deepest element nesting walked; deeper is an <see cref="InputLimitExceededException"/>.</param>
    /// <param name="ct">Cancellation.</param>
    public HtmlBlockWalker(Action<string, int> line, Action blank, int maxDepth, CancellationToken ct)
    {
        _line = line;
        _blank = blank;
        _maxDepth = maxDepth;
        _ct = ct;
    }

    public void Walk(INode root)
    {
        Children(root, 0);
        Flush(LineOf(root));
    }

    private void Children(INode node, int depth)
    {
        if (depth > _maxDepth)
            throw new InputLimitExceededException($"HTML elements nested deeper than {_maxDepth} levels", new SourceLocation(null, LineOf(node)));
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                Append(text.Data, LineOf(node));
                continue;
            }
            if (child is not IElement e || IsHidden(e)) continue;
            if ((++_elements & 1023) == 0) _ct.ThrowIfCancellationRequested();
            var name = e.LocalName;
            if (name == "br") Append(Break.ToString(), LineOf(e));
            else if (name == "pre") Pre(e);
            else if (name == "table") Table(e, depth);
            else if (name is "ol" or "ul" or "menu" or "dir") List(e, depth);
            else if (Blocks.Contains(name)) Block(e, depth);
            else Children(e, depth + 1);
        }
    }

    private void Block(IElement e, int depth)
    {
        Flush(LineOf(e));
        int before = _lines;
        Children(e, depth + 1);
        Flush(LineOf(e));
        if (_lines == before && e.LocalName is "p" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6") _blank();
    }

    private void List(IElement list, int depth)
    {
        Flush(LineOf(list));
        var items = list.Children.Where(c => c.LocalName == "li").ToList();
        bool ordered = list.LocalName == "ol";
        bool reversed = ordered && list.HasAttribute("reversed");
        int n = ordered && int.TryParse(list.GetAttribute("start"), out var s) ? s : reversed ? items.Count : 1;
        var format = ordered ? Format(list.GetAttribute("type")) : null;
        bool unlabelled = NoMarkers(list);
        foreach (var child in list.Children)
        {
            if (IsHidden(child)) continue;
            if (child.LocalName != "li")
            {
                Children(child, depth + 1);
                continue;
            }
            if (int.TryParse(child.GetAttribute("value"), out var v)) n = v;
            var label = unlabelled || NoMarkers(child) ? null : ordered ? NumberFormatter.Format(format, Math.Max(n, 0)) + "." : "•";
            Flush(LineOf(child));
            _label = label;
            Children(child, depth + 1);
            Flush(LineOf(child));
            _label = null;
            n += reversed ? -1 : 1;
        }
    }

    private static string Format(string? type) => type switch
    {
        "a" => "lowerLetter",
        "A" => "upperLetter",
        "i" => "lowerRoman",
        "I" => "upperRoman",
        _ => "decimal",
    };

    private static bool NoMarkers(IElement e) =>
        e.GetAttribute("style") is { } style && NoListStyle().IsMatch(style);

    private void Pre(IElement pre)
    {
        Flush(LineOf(pre));
        var line = LineOf(pre);
        var text = pre.TextContent.Replace("\r\n", "\n");
        if (text.StartsWith('\n')) text = text[1..]; // HTML drops a newline right after <pre>
        foreach (var raw in text.Split('\n'))
        {
            if (raw.Trim().Length == 0) _blank();
            else Emit(raw.TrimEnd(), line);
            line++;
        }
    }

    private void Append(string s, int line)
    {
        if (_text.Length == 0) _textLine = line;
        _text.Append(s);
    }

    private int _lines;

    /// <summary>Ends the line being collected: white space collapsed, the list label in front, line breaks kept.</summary>
    private void Flush(int line)
    {
        if (_text.Length == 0) return;
        var collapsed = Collapse(_text.ToString());
        _text.Clear();
        var at = _textLine > 0 ? _textLine : line;
        var parts = collapsed.Split(Break).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count > 0) Emit(string.Join("\n", parts), at); // one paragraph; its <br> lines stay together
    }

    private void Emit(string text, int line)
    {
        if (_prefix is { } prefix)
        {
            text = prefix + " " + text;
            _prefix = null;
        }
        if (_label is { } label)
        {
            if (!OpensWithLabel().IsMatch(text)) text = label + " " + text;
            _label = null;
        }
        _lines++;
        _line(text, line);
    }

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0 && sb[^1] != Break && c != Break) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsHidden(IElement e)
    {
        if (Skipped.Contains(e.LocalName) || e.HasAttribute("hidden")) return true;
        if (e.LocalName == "footer" && e.ParentElement?.LocalName == "body") return true; // the site's footer, not the act's
        if (e.GetAttribute("aria-hidden") == "true") return true;
        return e.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style);
    }

    private static int LineOf(INode node) =>
        node is IElement { SourceReference: { } r } ? r.Position.Line : node.Parent is { } p ? LineOf(p) : 1;

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"list-style(-type)?\s*:\s*none", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NoListStyle();

    /// <summary>Text that opens with its own label: "(a) ", "1. ", "a) ", "iv) ", a dash or a bullet.</summary>
    [GeneratedRegex(@"^(\(?[0-9A-Za-z]{1,6}[.)]|\([0-9A-Za-z]{1,6}\)|[—–•·▪\-*])\s", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex OpensWithLabel();
}
