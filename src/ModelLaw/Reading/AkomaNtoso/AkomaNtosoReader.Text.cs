using System.Text;
using System.Xml.Linq;

namespace ModelLaw.Reading.AkomaNtoso;

public sealed partial class AkomaNtosoReader
{
    private sealed partial class Session
    {
        /// <summary>Appends the lines of the blocks inside a container (content, intro, wrapUp, preface...).</summary>
        private void BlockLines(XElement container, List<string> lines)
        {
            foreach (var node in container.Nodes())
            {
                if (node is XText t)
                {
                    var text = FoldWhitespace(t.Value);
                    if (text.Trim().Length > 0) lines.Add(text);
                }
                else if (node is XElement e) ElementLines(e, lines);
            }
        }

        /// <summary>Appends the lines of one block: one per <c>p</c> (or other leaf block), one per table row, list items
        /// with their number in front.</summary>
        private void ElementLines(XElement e, List<string> lines)
        {
            switch (e.Name.LocalName)
            {
                case "authorialNote":
                    _skippedNotes++;
                    return;
                case "meta":
                    return;
                case "p":
                    lines.Add(InlineText(e));
                    return;
                case "tr":
                    lines.Add(string.Join(" | ", e.Elements().Where(c => c.Name.LocalName is "td" or "th").Select(c =>
                    {
                        var cellLines = new List<string>();
                        BlockLines(c, cellLines);
                        return string.Join(" ", cellLines);
                    })));
                    return;
                case "item" or "li" when e.Element(ns + "num") is { } itemNum:
                {
                    var itemLines = new List<string>();
                    foreach (var c in e.Elements().Where(c => c != itemNum)) ElementLines(c, itemLines);
                    var numText = InlineText(itemNum);
                    if (itemLines.Count == 0) lines.Add(numText);
                    else
                    {
                        lines.Add(numText + " " + itemLines[0]);
                        lines.AddRange(itemLines.Skip(1));
                    }
                    return;
                }
            }
            if (e.Elements().Any(c => BlockElements.Contains(c.Name.LocalName) || c.Name.LocalName is "intro" or "wrapUp" or "content" or "num" or "heading"))
            {
                BlockLines(e, lines);
                return;
            }
            var text = InlineText(e);
            if (text.Length > 0 || BlockElements.Contains(e.Name.LocalName)) lines.Add(text);
        }

        /// <summary>
        /// Text of an inline run. <c>br</c>/<c>eol</c> give '\n'; footnotes (<c>authorialNote</c>) are left out; a whitespace
        /// run that holds a newline is layout: removed at either end, one space inside. Other whitespace is kept exactly.
        /// </summary>
        private string InlineText(XElement element)
        {
            var result = new StringBuilder();
            var chunk = new StringBuilder();
            Walk(element);
            result.Append(FoldWhitespace(chunk.ToString()));
            return result.ToString();

            void Walk(XElement e)
            {
                foreach (var node in e.Nodes())
                {
                    switch (node)
                    {
                        case XText t:
                            chunk.Append(t.Value);
                            break;
                        case XElement c when c.Name.LocalName is "br" or "eol" or "eop":
                            result.Append(FoldWhitespace(chunk.ToString())).Append('\n');
                            chunk.Clear();
                            break;
                        case XElement c when c.Name.LocalName == "authorialNote":
                            _skippedNotes++;
                            break;
                        case XElement c:
                            Walk(c);
                            break;
                    }
                }
            }
        }
    }
}
