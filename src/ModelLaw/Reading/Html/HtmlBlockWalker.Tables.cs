using System.Text;
using AngleSharp.Dom;

namespace ModelLaw.Reading.Html;

internal sealed partial class HtmlBlockWalker
{
    private static readonly HashSet<string> CellBlocks = new(StringComparer.Ordinal)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dl", "section", "article", "center", "address",
    };

    /// <summary>
    /// A table row is one line, its cells' text joined by a space (as the .docx reader reads a Word table), so a gazette's
    /// two-column point layout ("(a)" | "text") reads "(a) text". A cell that holds blocks of its own (several
    /// paragraphs, a list, a nested table, a line break) is read block by block instead, and the text of the cells before
    /// it goes in front of its first line: a layout table that holds a whole article reads as the article.
    /// </summary>
    private void Table(IElement table, int depth)
    {
        Flush(LineOf(table));
        foreach (var row in Rows(table))
        {
            _ct.ThrowIfCancellationRequested();
            var cells = row.Children.Where(c => c.LocalName is "td" or "th" && !IsHidden(c)).ToList();
            var complex = cells.FindIndex(IsComplex);
            if (complex < 0)
            {
                var line = string.Join(" ", cells.Select(c => CellText(c)).Where(t => t.Length > 0));
                if (line.Length > 0) Emit(line, LineOf(row));
                continue;
            }
            var prefix = string.Join(" ", cells.Take(complex).Select(c => CellText(c)).Where(t => t.Length > 0));
            _prefix = prefix.Length > 0 ? prefix : null;
            for (int i = complex; i < cells.Count; i++)
            {
                Children(cells[i], depth + 1);
                Flush(LineOf(cells[i]));
            }
            if (_prefix is { } left) Emit(left, LineOf(row));
            _prefix = null;
        }
    }

    /// <summary>The rows of this table in order (in thead, tbody, tfoot or directly), not those of nested tables.</summary>
    private static IEnumerable<IElement> Rows(IElement table)
    {
        foreach (var child in table.Children)
        {
            if (IsHidden(child)) continue;
            if (child.LocalName == "tr") yield return child;
            else if (child.LocalName is "thead" or "tbody" or "tfoot")
                foreach (var row in child.Children)
                    if (row.LocalName == "tr" && !IsHidden(row)) yield return row;
        }
    }

    private static bool IsComplex(IElement cell)
    {
        int blocks = 0;
        foreach (var d in cell.Descendants<IElement>())
        {
            if (d.LocalName is "table" or "ul" or "ol" or "pre" or "br" or "li") return true;
            if (CellBlocks.Contains(d.LocalName) && ++blocks > 1) return true;
        }
        return false;
    }

    /// <summary>The visible text of a cell without blocks, white space collapsed.</summary>
    private string CellText(IElement cell)
    {
        var sb = new StringBuilder();
        Gather(cell, sb, 0);
        return Collapse(sb.ToString()).Trim();

        void Gather(INode node, StringBuilder sb, int depth)
        {
            if (depth > _maxDepth)
                throw new InputLimitExceededException($"HTML elements nested deeper than {_maxDepth} levels", new SourceLocation(null, LineOf(node)));
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t) sb.Append(t.Data);
                else if (child is IElement e && !IsHidden(e))
                {
                    if (CellBlocks.Contains(e.LocalName)) sb.Append(' ');
                    Gather(e, sb, depth + 1);
                }
            }
        }
    }
}
