using System.Xml;
using System.Xml.Linq;

namespace ModelLaw.Reading.AkomaNtoso;

/// <summary>Position of an element in its XML source: 1-based document order of its start tag and of its last descendant.</summary>
internal sealed class XmlPosition(int start)
{
    public int Start { get; } = start;
    public int End { get; set; } = start;
}

/// <summary>
/// Loads untrusted XML into an <see cref="XElement"/> tree with every safety limit applied: DTDs prohibited (so no
/// external or recursive entities), no resolver, a character limit, a nesting-depth limit checked while reading (before
/// any deep tree exists) and cancellation. Each element carries an <see cref="XmlPosition"/> annotation.
/// </summary>
internal static class SafeXmlLoader
{
    public static XElement Load(byte[] bytes, int maxDepth, ReadLimits limits, SourceLocation where, CancellationToken ct)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = Math.Max(1024, limits.MaxInputBytes),
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false,
            CloseInput = true,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            XElement? root = null;
            var stack = new Stack<XElement>();
            int index = 0;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                    {
                        if (reader.Depth >= maxDepth)
                            throw new InputLimitExceededException($"XML nesting is deeper than the limit of {maxDepth} elements",
                                where with { Line = (reader as IXmlLineInfo)?.LineNumber });
                        if ((++index & 4095) == 0) ct.ThrowIfCancellationRequested();
                        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
                        if (reader.MoveToFirstAttribute())
                        {
                            do
                            {
                                if (reader.NamespaceURI == "http://www.w3.org/2000/xmlns/") continue;
                                element.SetAttributeValue(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value);
                            }
                            while (reader.MoveToNextAttribute());
                            reader.MoveToElement();
                        }
                        var position = new XmlPosition(index);
                        element.AddAnnotation(position);
                        if (stack.Count > 0) stack.Peek().Add(element);
                        else root = element;
                        if (!reader.IsEmptyElement) stack.Push(element);
                        break;
                    }
                    case XmlNodeType.EndElement:
                    {
                        var element = stack.Pop();
                        element.Annotation<XmlPosition>()!.End = index;
                        break;
                    }
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        if (stack.Count > 0) stack.Peek().Add(new XText(reader.Value));
                        break;
                }
            }
            return root ?? throw new CorruptDocumentException("XML has no root element", where);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) || HasDoctype(bytes))
        {
            throw new UnsafeXmlException("XML with a DTD (document type declaration, entities) is refused for safety", where with { Line = ex.LineNumber }, ex);
        }
        catch (XmlException ex)
        {
            throw new CorruptDocumentException($"malformed XML: {ex.Message}", where with { Line = ex.LineNumber > 0 ? ex.LineNumber : null }, ex);
        }
    }

    // Backstop for the classification above when the parser's message is localised: a DOCTYPE before the root element.
    private static bool HasDoctype(byte[] bytes)
    {
        var head = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var doctype = head.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (doctype < 0) return false;
        var firstElement = -1;
        for (int i = 0; i < head.Length - 1; i++)
            if (head[i] == '<' && (char.IsLetter(head[i + 1]) || head[i + 1] == '_')) { firstElement = i; break; }
        return firstElement < 0 || doctype < firstElement;
    }
}
