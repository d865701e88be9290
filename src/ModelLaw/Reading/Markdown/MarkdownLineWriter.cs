using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ModelLaw.Reading.Html;
using ModelLaw.Reading.Lines;

namespace ModelLaw.Reading.Markdown;

/// <summary>
/// Walks a Markdig document and writes the lines the plain-text parser reads: the text of each block without its
/// markup, on the lines of the file it stands on, with a blank line wherever the file has one between two of them.
/// </summary>
internal sealed class MarkdownLineWriter
{
    private readonly string _source;
    private readonly bool[] _blank;
    private readonly LineTextBuilder _out;
    private readonly int _maxDepth;
    private readonly CancellationToken _ct;
    private int _lastLine = -1;
    private string? _marker;
    private int _blocks;

    public MarkdownLineWriter(string source, LineTextBuilder output, int maxDepth, CancellationToken ct)
    {
        _source = source;
        _blank = source.Split('\n').Select(string.IsNullOrWhiteSpace).ToArray();
        _out = output;
        _maxDepth = maxDepth;
        _ct = ct;
    }

    public void Write(MarkdownDocument document) => Blocks(document, 0);

    private void Blocks(ContainerBlock container, int depth)
    {
        if (depth > _maxDepth)
            throw new InputLimitExceededException($"Markdown nested deeper than {_maxDepth} levels (lists, block quotes)", Where(container.Line));
        foreach (var block in container)
        {
            if ((++_blocks & 1023) == 0) _ct.ThrowIfCancellationRequested();
            switch (block)
            {
                case YamlFrontMatterBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup or LinkReferenceDefinition or BlankLineBlock:
                    break;
                case HeadingBlock h:
                    Emit(new string('#', Math.Clamp(h.Level, 1, 6)) + " " + InlineText(h.Inline, depth).Replace('\n', ' '), h.Line);
                    break;
                case ParagraphBlock p:
                    EmitLines(InlineText(p.Inline, depth), p.Line);
                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>())
                        Emit(string.Join(" ", row.OfType<TableCell>().Select(c => CellText(c, depth)).Where(t => t.Length > 0)), row.Line);
                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>()) ListItem(item, depth);
                    break;
                case HtmlBlock html:
                    Html(html);
                    break;
                case CodeBlock code: // fenced or indented: its lines as written
                    foreach (var line in code.Lines.Lines.Take(code.Lines.Count)) Emit(line.Slice.ToString(), line.Line);
                    break;
                case ContainerBlock inner: // block quotes and any extension container
                    Blocks(inner, depth + 1);
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    EmitLines(InlineText(leaf.Inline, depth), leaf.Line);
                    break;
            }
        }
    }

    private void ListItem(ListItemBlock item, int depth)
    {
        var marker = Marker(item);
        if (item.Count == 0)
        {
            Emit(marker, item.Line);
            return;
        }
        _marker = marker;
        Blocks(item, depth + 1);
        if (_marker is not null) Emit(_marker, item.Line); // an item whose content gave no line
        _marker = null;
    }

    /// <summary>The list marker as written ("1.", "a)", "-", "*"); "+" bullets read as "-".</summary>
    private string Marker(ListItemBlock item)
    {
        int i = Math.Clamp(item.Span.Start, 0, _source.Length);
        while (i < _source.Length && _source[i] is ' ' or '\t') i++;
        int start = i;
        while (i < _source.Length && !char.IsWhiteSpace(_source[i]) && i - start < 12) i++;
        var marker = _source[start..i];
        return marker == "+" ? "-" : marker;
    }

    private void Html(HtmlBlock html)
    {
        if (html.Type is HtmlBlockType.Comment or HtmlBlockType.ProcessingInstruction or HtmlBlockType.DocumentType or HtmlBlockType.CData) return;
        var raw = html.Lines.ToString();
        var offset = 0;
        foreach (var line in HtmlFragment.Lines(raw, 4 * _maxDepth, _ct))
        {
            Emit(line, html.Line + Math.Min(offset, html.Lines.Count - 1));
            offset++;
        }
    }

    private string CellText(TableCell cell, int depth)
    {
        var sb = new StringBuilder();
        foreach (var leaf in cell.OfType<LeafBlock>())
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(InlineText(leaf.Inline, depth).Replace('\n', ' ').Trim());
        }
        return sb.ToString();
    }

    private void EmitLines(string text, int firstLine)
    {
        var parts = text.Split('\n');
        for (int i = 0; i < parts.Length; i++) Emit(parts[i], firstLine + i);
    }

    /// <summary>Writes one line standing on file line <paramref name="line"/> (0-based), after a blank line when the file has one since the last.</summary>
    private void Emit(string text, int line)
    {
        if (_marker is not null)
        {
            text = text.Length == 0 ? _marker : _marker + " " + text;
            _marker = null;
        }
        if (text.Trim().Length == 0) return;
        if (_lastLine >= 0 && line > _lastLine + 1 && HasBlank(_lastLine + 1, line)) _out.Blank();
        _out.Add(text, line + 1, line + 1);
        _lastLine = Math.Max(_lastLine, line);
    }

    private bool HasBlank(int from, int to)
    {
        for (int i = from; i < to && i < _blank.Length; i++)
            if (_blank[i]) return true;
        return false;
    }

    private string InlineText(ContainerInline? inline, int depth)
    {
        if (inline is null) return "";
        var sb = new StringBuilder();
        Inlines(inline, sb, depth);
        return sb.ToString();
    }

    private void Inlines(ContainerInline container, StringBuilder sb, int depth)
    {
        if (depth > 4 * _maxDepth)
            throw new InputLimitExceededException($"Markdown inline markup nested deeper than {4 * _maxDepth} levels", Where(container.Line));
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal: sb.Append(literal.Content.AsSpan()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case HtmlEntityInline entity: sb.Append(entity.Transcoded.AsSpan()); break;
                case LineBreakInline: sb.Append('\n'); break;
                case AutolinkInline link: sb.Append(link.Url); break;
                case HtmlInline html when IsLineBreakTag(html.Tag): sb.Append('\n'); break;
                case HtmlInline: break; // tags and comments: their text, if any, is in the neighbouring literals
                case LinkInline { IsImage: true }: break; // an image's description is not text of the law
                case ContainerInline inner: Inlines(inner, sb, depth + 1); break; // emphasis, links (their text), delimiters
            }
        }
    }

    private static bool IsLineBreakTag(string? tag) =>
        tag is not null && tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase) && tag.Length > 3 && tag[3] is '>' or '/' or ' ';

    private SourceLocation Where(int line) => new(null, line + 1);
}
