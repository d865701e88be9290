namespace ModelLaw.Reading.Html;

/// <summary>
/// Refuses HTML nested deeper than a limit before the HTML parser sees it. The HTML5 tree builder checks the stack of
/// open elements on every tag, so its time grows with depth × tags: 100,000 nested &lt;div&gt; (or unclosed
/// &lt;b&gt;&lt;i&gt; pairs) took AngleSharp more than two minutes. The scan counts start tags against end tags, leaving out
/// void elements and those whose end tag HTML lets the parser imply (&lt;p&gt;, &lt;li&gt;, &lt;td&gt;, ...), which never pile up,
/// and skipping comments and the raw text of scripts and styles. Linear in the input.
/// </summary>
internal static class HtmlNesting
{
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame",
        // end tag optional: closed by the next sibling or the parent's end
        "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup",
        "caption", "rb", "rt", "rtc", "rp",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "plaintext"];

    public static void Check(string html, int maxDepth, SourceLocation where)
    {
        int depth = 0, line = 1;
        for (int i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '\n') line++;
            if (c != '<' || i + 1 >= html.Length) continue;
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = Skip(html, i + 4, "-->", ref line);
                continue;
            }
            var close = html[i + 1] == '/';
            int nameStart = i + (close ? 2 : 1), n = nameStart;
            while (n < html.Length && char.IsAsciiLetterOrDigit(html[n])) n++;
            if (n == nameStart || !char.IsAsciiLetter(html[nameStart])) continue;
            var name = html[nameStart..n];
            var end = TagEnd(html, n, ref line);
            bool selfClosing = end > 0 && html[end - 1] == '/';
            i = end;
            if (close)
            {
                if (!NotCounted.Contains(name) && depth > 0) depth--;
                continue;
            }
            if (RawText.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                i = Skip(html, i + 1, "</" + name, ref line);
                continue;
            }
            if (selfClosing || NotCounted.Contains(name)) continue;
            if (++depth > maxDepth)
                throw new InputLimitExceededException($"HTML elements nested deeper than {maxDepth} levels", where with { Line = line });
        }
    }

    /// <summary>The index of the '&gt;' that ends a tag, outside quoted attribute values.</summary>
    private static int TagEnd(string html, int from, ref int line)
    {
        char quote = '\0';
        for (int i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '\n') line++;
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
            }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return i;
        }
        return html.Length - 1;
    }

    private static int Skip(string html, int from, string until, ref int line)
    {
        var at = html.IndexOf(until, from, StringComparison.OrdinalIgnoreCase);
        var stop = at < 0 ? html.Length : at + until.Length;
        for (int i = from; i < stop && i < html.Length; i++)
            if (html[i] == '\n') line++;
        return stop - 1;
    }
}
