using System.Text;
using System.Xml.Linq;
using ModelLaw.Documents;
using static ModelLaw.Documents.AkomaNtoso.AknVocabulary;

namespace ModelLaw.Reading.AkomaNtoso;

/// <summary>
/// Reads Akoma Ntoso 3.0 documents (<c>act</c>, <c>bill</c>, <c>doc</c>) into a <see cref="LegalDocument"/>:
/// hierarchy elements become provisions (num, heading, intro/content/wrapUp, children); <c>list</c> wrappers are
/// transparent; attachments and <c>hcontainer name="annex"</c> become annexes; <c>refersTo</c> links to
/// <c>TLCConcept</c>s become tags. Output of the Akoma Ntoso writer (<c>Writing/AkomaNtoso</c>) reads back to an equal tree.
/// <para>
/// eIds: the tree's eIds are assigned by <see cref="ProvisionBuilder"/> from the structure, like every reader's. When a
/// source eId differs from the assigned one, the source eId is kept in <see cref="LegalDocument.Metadata"/> under
/// <c>akn:eId:&lt;assigned eId&gt;</c> and one info diagnostic (ML-AKN-003) gives the count.
/// </para>
/// <para>
/// Safety: DTDs are prohibited (a DTD, external entity or entity-expansion file gives <see cref="UnsafeXmlException"/>),
/// no resolver, <see cref="ReadLimits.MaxInputBytes"/> bounds bytes and characters, XML nesting is bounded by
/// 2 × <see cref="ReadLimits.MaxNestingDepth"/> + 8 elements (a provision level takes at most two: itself and a list)
/// and provision nesting by <see cref="ReadLimits.MaxNestingDepth"/> (<see cref="InputLimitExceededException"/>);
/// malformed XML gives <see cref="CorruptDocumentException"/>; XML that is not AKN 3.0 gives
/// <see cref="UnsupportedFormatException"/>. Stateless and thread-safe.
/// </para>
/// </summary>
public sealed partial class AkomaNtosoReader : IDocumentReader
{
    /// <summary>Namespace URI of Akoma Ntoso 3.0.</summary>
    public const string Namespace = AknNamespace;

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.AkomaNtoso;

    /// <inheritdoc />
    public LegalDocument Read(Stream input, ReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= ReadOptions.Default;
        var where = new SourceLocation(options.SourceName);
        var limits = options.Limits;
        var bytes = ReadBounded(input, limits.MaxInputBytes, where, cancellationToken);
        var root = SafeXmlLoader.Load(bytes, 2 * limits.MaxNestingDepth + 8, limits, where, cancellationToken);

        var ns = root.Name.Namespace;
        if (root.Name.LocalName != "akomaNtoso" || !ns.NamespaceName.StartsWith(AknNamespace, StringComparison.Ordinal))
            throw new UnsupportedFormatException(
                $"XML root element is {{{ns.NamespaceName}}}{root.Name.LocalName}, not an Akoma Ntoso 3.0 document ({{{AknNamespace}}}akomaNtoso)", where);
        var documentElement = root.Elements().FirstOrDefault()
            ?? throw new CorruptDocumentException("Akoma Ntoso document has no document element (act, bill, doc)", where);
        if (documentElement.Name.LocalName is not ("act" or "bill" or "doc"))
            throw new UnsupportedFormatException(
                $"Akoma Ntoso document type <{documentElement.Name.LocalName}> is not supported (act, bill and doc are)", where);

        return new Session(ns, options, where, cancellationToken).ReadDocument(documentElement);
    }

    private static byte[] ReadBounded(Stream input, long maxBytes, SourceLocation where, CancellationToken ct)
    {
        if (input.CanSeek && input.Length - input.Position > maxBytes)
            throw new InputLimitExceededException($"input is larger than the limit of {maxBytes} bytes", where);
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            ct.ThrowIfCancellationRequested();
            if (ms.Length + n > maxBytes)
                throw new InputLimitExceededException($"input is larger than the limit of {maxBytes} bytes", where);
            ms.Write(buffer, 0, n);
        }
        return ms.ToArray();
    }

    private static readonly HashSet<string> HierarchyElements = new(StringComparer.Ordinal)
    {
        "book", "tome", "part", "subpart", "title", "subtitle", "chapter", "subchapter", "division", "subdivision",
        "section", "subsection", "article", "paragraph", "subparagraph", "clause", "subclause", "point", "indent", "alinea",
        "rule", "subrule", "proviso", "level", "transitional", "hcontainer", "recital",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "blockList", "item", "listIntroduction", "listWrapUp", "ul", "ol", "li", "table", "tr", "td", "th",
        "blockContainer", "container", "tblock", "div", "citations", "citation", "formula", "longTitle", "toc", "tocItem",
        "foreign", "block", "blockQuote", "embeddedStructure", "quotedStructure",
    };

    /// <summary>Removes layout whitespace: runs of XML whitespace holding a newline are dropped at the ends and become one
    /// space inside; all other characters (spaces, tabs, NBSP...) are kept.</summary>
    internal static string FoldWhitespace(string s)
    {
        if (s.IndexOf('\n') < 0) return s;
        var sb = new StringBuilder(s.Length);
        int i = 0;
        while (i < s.Length)
        {
            if (!IsXmlSpace(s[i])) { sb.Append(s[i++]); continue; }
            int start = i;
            bool newline = false;
            while (i < s.Length && IsXmlSpace(s[i])) { newline |= s[i] == '\n'; i++; }
            if (!newline) sb.Append(s, start, i - start);
            else if (start > 0 && i < s.Length) sb.Append(' ');
        }
        return sb.ToString();
    }

    private static bool IsXmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r';
}
