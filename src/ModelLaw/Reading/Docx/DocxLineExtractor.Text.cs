using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ModelLaw.Reading.Docx;

/// <summary>The visible text of a paragraph's runs in the chosen tracked-changes view, and its normalisation.</summary>
internal sealed partial class DocxLineExtractor
{
    private void AppendText(OpenXmlElement element, StringBuilder sb, List<bool> fields)
    {
        foreach (var child in element.ChildElements)
        {
            if (child.NamespaceUri != W)
            {
                // mc:AlternateContent and foreign markup: keep any Word content inside (smart tags of other vocabularies)
                if (child.LocalName is "AlternateContent" or "Fallback" or "Choice") continue;
                if (child.HasChildren) AppendText(child, sb, fields);
                continue;
            }
            switch (child.LocalName)
            {
                case "r":
                    if (!IsHidden(child)) AppendText(child, sb, fields);
                    break;
                case "t":
                    if (InResult(fields)) sb.Append(child.InnerText);
                    break;
                case "delText":
                    if (InResult(fields) && _view == TrackedChangesView.Original) sb.Append(child.InnerText);
                    break;
                case "tab":
                case "ptab":
                    if (InResult(fields)) sb.Append('\t');
                    break;
                case "br":
                case "cr":
                    // a page or column break is layout; a text-wrapping break ends a line of the paragraph
                    if (InResult(fields)) sb.Append(child.GetAttributes().Any(a => a.LocalName == "type" && a.Value is "page" or "column") ? '\t' : LineBreak);
                    break;
                case "noBreakHyphen":
                    if (InResult(fields)) sb.Append('-');
                    break;
                case "sym":
                    if (InResult(fields)) AppendSymbol(child, sb);
                    break;
                case "fldChar":
                    switch (child.GetAttributes().FirstOrDefault(a => a.LocalName == "fldCharType").Value)
                    {
                        case "begin": fields.Add(false); break;
                        case "separate": if (fields.Count > 0) fields[^1] = true; break;
                        case "end": if (fields.Count > 0) fields.RemoveAt(fields.Count - 1); break;
                    }
                    break;
                case "ins":
                case "moveTo":
                    if (_view == TrackedChangesView.Accepted) AppendText(child, sb, fields);
                    break;
                case "del":
                case "moveFrom":
                    if (_view == TrackedChangesView.Original) AppendText(child, sb, fields);
                    break;
                case "rt": // ruby annotation text above the base text
                case "pPr":
                case "rPr":
                case "sdtPr":
                case "sdtEndPr":
                case "instrText":
                case "delInstrText":
                case "footnoteReference":
                case "endnoteReference":
                case "commentReference":
                case "annotationRef":
                case "footnoteRef":
                case "endnoteRef":
                case "separator":
                case "continuationSeparator":
                case "softHyphen":
                case "drawing":
                case "pict":
                case "object":
                case "fldData":
                case "lastRenderedPageBreak":
                    break;
                default:
                    // hyperlink, smartTag, sdt/sdtContent, customXml, fldSimple (its result runs), dir, bdo, ruby/rubyBase
                    if (child.HasChildren) AppendText(child, sb, fields);
                    break;
            }
        }
    }

    private static bool InResult(List<bool> fields)
    {
        foreach (var f in fields)
            if (!f) return false;
        return true;
    }

    private static bool IsHidden(OpenXmlElement run)
    {
        if (run.GetFirstChild<RunProperties>() is not { } rPr || rPr.GetFirstChild<Vanish>() is not { } vanish) return false;
        return vanish.Val is null || vanish.Val.Value;
    }

    private static void AppendSymbol(OpenXmlElement sym, StringBuilder sb)
    {
        var code = sym.GetAttributes().FirstOrDefault(a => a.LocalName == "char").Value;
        if (code is null || !int.TryParse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var c)) return;
        // symbol fonts address their glyphs at U+F000 + the 8-bit code
        if (c is >= 0xF000 and <= 0xF0FF) c -= 0xF000;
        if (c is > 0 and <= 0xFFFF && !char.IsSurrogate((char)c)) sb.Append((char)c);
    }

    /// <summary>
    /// Trims the text and turns each run of whitespace that holds a tab or a break into one space; spaces the drafter
    /// typed stay as Word shows them. With <paramref name="keepBreaks"/>, a line break stays a '\n'.
    /// </summary>
    internal static string Normalise(string s, bool keepBreaks = false)
    {
        if (s.Length == 0) return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is '\t' or '\r' or '\n' or LineBreak)
            {
                bool lineBreak = c == LineBreak;
                while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
                while (i + 1 < s.Length && s[i + 1] is ' ' or '\t' or '\r' or '\n' or LineBreak)
                {
                    lineBreak |= s[i + 1] == LineBreak;
                    i++;
                }
                bool newLine = keepBreaks && lineBreak && sb.Length > 0 && sb[^1] != '\n' && i + 1 < s.Length;
                sb.Append(newLine ? '\n' : ' ');
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString().Trim(' ', '\n');
    }
}
