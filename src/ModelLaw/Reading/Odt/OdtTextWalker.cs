using System.Globalization;
using System.Text;
using System.Xml.Linq;
using ModelLaw.Reading.AkomaNtoso;
using ModelLaw.Reading.Lines;
using static ModelLaw.Reading.Odt.OdfNames;

namespace ModelLaw.Reading.Odt;

/// <summary>
/// Walks office:text in document order and writes its lines: each paragraph or heading one line, led by the number its
/// list or the outline style draws; an empty paragraph a blank line (as in the .docx reader); text:line-break a line
/// break; white space collapsed as ODF says, text:s and text:tab kept as spaces. Footnotes, comments (office:annotation),
/// frames, indexes and the deleted text of tracked changes (text:tracked-changes) are not read: insertions are, so the
/// document reads with every change accepted. Tables: one line per row, as in the HTML reader.
/// </summary>
internal sealed class OdtTextWalker(OdtStyles styles, OdtNumbering numbering, LineTextBuilder output, int maxDepth, CancellationToken ct)
{
    private static readonly HashSet<string> SkippedBlocks = new(StringComparer.Ordinal)
    {
        "tracked-changes", "sequence-decls", "variable-decls", "user-field-decls", "dde-connection-decls", "table-of-content",
        "alphabetical-index", "illustration-index", "table-index", "object-index", "user-index", "bibliography", "soft-page-break",
    };

    private static readonly HashSet<string> SkippedInline = new(StringComparer.Ordinal)
    {
        "number", "note", "ruby-text", "bookmark", "bookmark-start", "bookmark-end", "reference-mark", "reference-mark-start",
        "reference-mark-end", "change", "change-start", "change-end", "soft-page-break", "toc-mark", "toc-mark-start",
        "toc-mark-end", "alphabetical-index-mark", "alphabetical-index-mark-start", "alphabetical-index-mark-end",
        "user-index-mark", "user-index-mark-start", "user-index-mark-end", "hidden-text", "hidden-paragraph",
    };

    private sealed class Item(OdtList list, string? style, int level, int? start, bool header)
    {
        public OdtList List { get; } = list;
        public string? Style { get; } = style;
        public int Level { get; } = level;
        public int? Start { get; } = start;
        public bool Header { get; } = header;
        public bool Pending { get; set; } = true;
    }

    private string? _prefix;
    private int _paragraphs;

    /// <summary>True when the document holds tracked changes (read as accepted).</summary>
    public bool HasTrackedChanges { get; private set; }

    public void Walk(XElement text) => Blocks(text, 0);

    private void Blocks(XElement container, int depth)
    {
        if (depth > maxDepth) throw new InputLimitExceededException($"OpenDocument content nested deeper than {maxDepth} levels");
        foreach (var e in container.Elements())
        {
            if (e.Name == TextNs + "p" || e.Name == TextNs + "h") Paragraph(e, null);
            else if (e.Name == TextNs + "list") List(e, depth, null);
            else if (e.Name == TableNs + "table") TableRows(e, depth);
            else if (e.Name == TextNs + "tracked-changes") HasTrackedChanges = true;
            else if (e.Name.Namespace == TextNs && SkippedBlocks.Contains(e.Name.LocalName)) continue;
            else if (e.Name.Namespace == TextNs || e.Name.Namespace == OfficeNs || e.Name.Namespace == TableNs) Blocks(e, depth + 1); // sections, index bodies
        }
    }

    private void List(XElement list, int depth, Item? parent)
    {
        if (depth > maxDepth) throw new InputLimitExceededException($"OpenDocument lists nested deeper than {maxDepth} levels");
        var style = (string?)list.Attribute(TextNs + "style-name") ?? parent?.Style;
        var counted = parent?.List ?? numbering.Begin(style, (string?)list.Attribute(XmlNs + "id"),
            (string?)list.Attribute(TextNs + "continue-numbering") == "true", (string?)list.Attribute(TextNs + "continue-list"));
        int level = (parent?.Level ?? 0) + 1;
        foreach (var entry in list.Elements())
        {
            bool header = entry.Name == TextNs + "list-header";
            if (!header && entry.Name != TextNs + "list-item") continue;
            var start = int.TryParse((string?)entry.Attribute(TextNs + "start-value"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : (int?)null;
            var item = new Item(counted, style, level, start, header);
            foreach (var child in entry.Elements())
            {
                if (child.Name == TextNs + "p" || child.Name == TextNs + "h") Paragraph(child, item.Pending ? item : null);
                else if (child.Name == TextNs + "list") List(child, depth + 2, item);
                else if (child.Name == TableNs + "table") TableRows(child, depth + 2);
                else Blocks(child, depth + 2);
            }
        }
    }

    private void Paragraph(XElement p, Item? item)
    {
        if ((++_paragraphs & 255) == 0) ct.ThrowIfCancellationRequested();
        var style = (string?)p.Attribute(TextNs + "style-name");
        if (styles.IsRedlineNote(style)) return;
        var label = p.Element(TextNs + "number")?.Value; // the label the producer drew, when it stored one
        string followedBy = "space";
        if (item is not null)
        {
            item.Pending = false;
            if (!item.Header)
            {
                var drawn = numbering.Next(item.List, item.Style ?? styles.ListStyleOf(style), item.Level, item.Start, out followedBy);
                label ??= drawn;
            }
        }
        else if (p.Name == TextNs + "h" && (string?)p.Attribute(TextNs + "is-list-header") != "true")
        {
            var level = int.TryParse((string?)p.Attribute(TextNs + "outline-level"), out var l) ? l : styles.OutlineLevelOf(style) ?? 1;
            var drawn = numbering.NextHeading(Math.Clamp(level, 1, 10), out followedBy);
            label ??= drawn;
        }
        var text = InlineText(p);
        var (start, end) = Position(p);
        if (text.Length == 0 && string.IsNullOrWhiteSpace(label))
        {
            output.Blank();
            return;
        }
        if (!string.IsNullOrWhiteSpace(label))
        {
            label = label.Trim();
            // "Article 5" drawn before "Scope" with a tab: two lines, as the .docx reader gives the parser
            bool twoLines = followedBy == "listtab" && text.Length > 0 && label.Any(char.IsWhiteSpace) && label.Any(char.IsLetter) && char.IsLetterOrDigit(text[0]);
            text = text.Length == 0 ? label : label + (twoLines ? "\n" : followedBy == "nothing" ? "" : " ") + text;
        }
        Emit(text, start, end);
    }

    private void Emit(string text, int start, int end)
    {
        if (_prefix is { } prefix)
        {
            text = prefix + " " + text;
            _prefix = null;
        }
        output.Add(text, start, end);
    }

    /// <summary>The paragraph's text: soft white space collapsed, text:s and text:tab as spaces, text:line-break a line break.</summary>
    internal static string InlineText(XElement p)
    {
        var sb = new StringBuilder();
        Inline(p, sb, 0);
        var lines = sb.ToString().Split('\n').Select(l => l.Trim());
        return string.Join("\n", lines).Trim('\n');
    }

    private static void Inline(XElement e, StringBuilder sb, int depth)
    {
        if (depth > 256) throw new InputLimitExceededException("OpenDocument text spans nested deeper than 256 levels");
        foreach (var node in e.Nodes())
        {
            if (node is XText t)
            {
                foreach (var c in t.Value)
                {
                    if (c is ' ' or '\t' or '\n' or '\r')
                    {
                        if (sb.Length > 0 && sb[^1] is not (' ' or '\n')) sb.Append(' ');
                    }
                    else sb.Append(c);
                }
                continue;
            }
            if (node is not XElement c2) continue;
            if (c2.Name == TextNs + "s") sb.Append(' ', Math.Clamp(int.TryParse((string?)c2.Attribute(TextNs + "c"), out var n) ? n : 1, 1, 1000));
            else if (c2.Name == TextNs + "tab") sb.Append(' ');
            else if (c2.Name == TextNs + "line-break") sb.Append('\n');
            else if (c2.Name.Namespace == TextNs && SkippedInline.Contains(c2.Name.LocalName)) continue;
            else if (c2.Name.Namespace == OfficeNs && c2.Name.LocalName is "annotation" or "annotation-end" or "change-info") continue;
            else if (c2.Name.LocalName is "frame" or "a" && c2.Name.Namespace != TextNs) continue; // draw:frame, draw:a: text boxes and images
            else Inline(c2, sb, depth + 1);
        }
    }

    internal static (int Start, int End) Position(XElement e) =>
        e.Annotation<XmlPosition>() is { } p ? (p.Start, p.End) : (0, 0);

    private void TableRows(XElement table, int depth) => new OdtTableReader(this, depth).Read(table);

    /// <summary>
    /// A row of cells that hold one paragraph each is one line, cells joined by a space; a cell with several paragraphs,
    /// a list or a table is read block by block, with the text of the cells before it in front of its first line.
    /// </summary>
    private sealed class OdtTableReader(OdtTextWalker walker, int depth)
    {
        public void Read(XElement table)
        {
            foreach (var row in table.Descendants(TableNs + "table-row").Where(r => r.Ancestors(TableNs + "table").First() == table))
            {
                var cells = row.Elements(TableNs + "table-cell").ToList();
                var complex = cells.FindIndex(c => c.Elements().Count(x => x.Name == TextNs + "p" || x.Name == TextNs + "h") > 1
                                                   || c.Descendants().Any(x => x.Name == TextNs + "list" || x.Name == TableNs + "table"));
                var (start, end) = Position(row);
                if (complex < 0)
                {
                    var line = string.Join(" ", cells.Select(c => string.Join(" ", c.Elements().Select(InlineText))).Select(s => s.Replace('\n', ' ').Trim()).Where(s => s.Length > 0));
                    if (line.Length > 0) walker.Emit(line, start, end);
                    continue;
                }
                var prefix = string.Join(" ", cells.Take(complex).Select(c => string.Join(" ", c.Elements().Select(InlineText)).Trim()).Where(s => s.Length > 0));
                walker._prefix = prefix.Length > 0 ? prefix : null;
                foreach (var cell in cells.Skip(complex)) walker.Blocks(cell, depth + 1);
                if (walker._prefix is { } left) walker.Emit(left, start, end);
                walker._prefix = null;
            }
        }
    }
}
