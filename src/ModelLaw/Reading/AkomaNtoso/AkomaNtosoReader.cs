using System.Collections.Immutable;
using System.Globalization;
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
public sealed class AkomaNtosoReader : IDocumentReader
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

    private sealed class Session(XNamespace ns, ReadOptions options, SourceLocation where, CancellationToken ct)
    {
        private static readonly XNamespace Ml = MlNamespace;
        private readonly Dictionary<string, string> _concepts = new(StringComparer.Ordinal);
        private readonly Dictionary<ProvisionBuilder, string> _sourceEIds = new(ReferenceEqualityComparer.Instance);
        private readonly List<Diagnostic> _diagnostics = new();
        private bool _own;
        private bool _commonwealth;
        private int _provisions;
        private int _skippedNotes;

        public LegalDocument ReadDocument(XElement documentElement)
        {
            var meta = documentElement.Element(ns + "meta");
            var mlDocument = meta?.Elements(ns + "proprietary").Elements(Ml + "document").FirstOrDefault();
            _own = mlDocument is not null;
            foreach (var concept in meta?.Elements(ns + "references").Elements(ns + "TLCConcept") ?? Enumerable.Empty<XElement>())
                if ((string?)concept.Attribute("eId") is { } id)
                    _concepts[id] = (string?)concept.Attribute("showAs") ?? id;

            var body = documentElement.Element(ns + "body") ?? documentElement.Element(ns + "mainBody");
            if (!_own && body is not null && !body.Descendants(ns + "article").Any() && body.Descendants(ns + "section").Any())
            {
                _commonwealth = true;
                _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "ML-AKN-001",
                    "No <article> elements: <section> read as the unit of the text (common-law drafting), with its subsections, paragraphs, subparagraphs and clauses."));
            }

            var root = new ProvisionBuilder(ProvisionKind.Document) { Span = SpanOf(documentElement) };
            var rootContent = new List<string>();
            var rootWrap = new List<string>();
            string? title = null;

            if (mlDocument?.Element(Ml + "root") is { } mlRoot)
            {
                root.Heading = (string?)mlRoot.Attribute("heading");
                if ((string?)mlRoot.Attribute("numWritten") is { } written)
                    root.Number = new ProvisionNumber(written, (string?)mlRoot.Attribute("numValue") ?? "", ParseInt((string?)mlRoot.Attribute("numOrdinal")));
                foreach (var tag in mlRoot.Elements(Ml + "tag")) root.Tags.Add((string?)tag.Attribute("value") ?? "");
            }

            foreach (var part in documentElement.Elements())
            {
                switch (part.Name.LocalName)
                {
                    case "preface":
                        if (_own)
                        {
                            foreach (var c in part.Elements(ns + "container").Where(c => (string?)c.Attribute("name") == "content"))
                                BlockLines(c, rootContent);
                        }
                        else
                        {
                            title ??= part.Descendants(ns + "docTitle").Select(InlineText).FirstOrDefault(t => t.Length > 0);
                            BlockLines(part, rootContent);
                        }
                        break;
                    case "preamble":
                        root.Add(ReadPreamble(part));
                        break;
                    case "body" or "mainBody":
                        ReadContainerContent(part, root, ProvisionKind.Document, depth: 0, rootContent, rootWrap, treatBlocksAsContent: !_own);
                        break;
                    case "conclusions":
                        if (_own)
                        {
                            foreach (var c in part.Elements(ns + "container").Where(c => (string?)c.Attribute("name") == "wrapUp"))
                                BlockLines(c, rootWrap);
                        }
                        else BlockLines(part, rootWrap);
                        break;
                    case "attachments" or "components":
                        foreach (var attachment in part.Elements()) ReadAttachment(attachment, root, depth: 1);
                        break;
                }
            }
            root.Content = string.Join("\n", rootContent);
            root.WrapUp = rootWrap.Count == 0 ? null : string.Join("\n", rootWrap);

            var tree = root.Build();
            var metadata = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            string language;
            string? jurisdiction;
            if (mlDocument is not null)
            {
                title = (string?)mlDocument.Attribute("title") ?? "";
                language = (string?)mlDocument.Attribute("language") ?? "";
                jurisdiction = (string?)mlDocument.Attribute("jurisdiction");
                foreach (var entry in mlDocument.Elements(Ml + "metadata"))
                    metadata[(string?)entry.Attribute("key") ?? ""] = (string?)entry.Attribute("value") ?? "";
            }
            else
            {
                var identification = meta?.Element(ns + "identification");
                var work = identification?.Element(ns + "FRBRWork");
                var expression = identification?.Element(ns + "FRBRExpression");
                var alias = work?.Elements(ns + "FRBRalias").Where(a => (string?)a.Attribute("name") is "title" or "short")
                    .Select(a => ((string?)a.Attribute("value"))?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));
                title = alias ?? title;
                if (title is null && documentElement.Element(ns + "preface")?.Element(ns + "longTitle") is { } longTitle)
                    title = string.Join(" ", LinesOf(longTitle));
                var lang = (string?)expression?.Element(ns + "FRBRlanguage")?.Attribute("language");
                language = lang is null ? "" : FromAknLanguage(lang);
                jurisdiction = (string?)work?.Element(ns + "FRBRcountry")?.Attribute("value");
                metadata["akn:documentType"] = (string?)documentElement.Attribute("name") ?? documentElement.Name.LocalName;
                if ((string?)work?.Element(ns + "FRBRuri")?.Attribute("value") is { } workUri) metadata["akn:workUri"] = workUri;
                if ((string?)expression?.Element(ns + "FRBRuri")?.Attribute("value") is { } exprUri) metadata["akn:expressionUri"] = exprUri;
            }
            language = options.Language ?? (language.Length > 0 ? language : "und");

            int differing = RecordSourceEIds(root, tree, metadata);
            if (differing > 0)
                _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "ML-AKN-003",
                    $"{differing} source eIds differ from the eIds assigned from the structure; the source eIds are kept in the metadata under 'akn:eId:<assigned eId>'."));
            if (_skippedNotes > 0)
                _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "ML-AKN-004",
                    $"{_skippedNotes} authorial notes (footnotes) were left out of the provision text."));

            return new LegalDocument(tree, title ?? "", language)
            {
                Jurisdiction = jurisdiction,
                SourceName = options.SourceName,
                Format = SourceFormat.AkomaNtoso,
                Metadata = metadata.ToImmutable(),
                Diagnostics = _diagnostics.ToImmutableArray(),
            };
        }

        private int RecordSourceEIds(ProvisionBuilder builder, Provision built, ImmutableDictionary<string, string>.Builder metadata)
        {
            int count = 0;
            var stack = new Stack<(ProvisionBuilder B, Provision P)>();
            stack.Push((builder, built));
            while (stack.Count > 0)
            {
                var (b, p) = stack.Pop();
                if (_sourceEIds.TryGetValue(b, out var source) && source != p.EId)
                {
                    metadata["akn:eId:" + p.EId] = source;
                    count++;
                }
                for (int i = 0; i < b.Children.Count; i++) stack.Push((b.Children[i], p.Children[i]));
            }
            return count;
        }

        private List<string> LinesOf(XElement container)
        {
            var lines = new List<string>();
            BlockLines(container, lines);
            return lines;
        }

        private ProvisionBuilder NewProvision(ProvisionKind kind, XElement element, int depth)
        {
            if (++_provisions > options.Limits.MaxProvisions)
                throw new InputLimitExceededException($"more than {options.Limits.MaxProvisions} provisions", where);
            if (depth > options.Limits.MaxNestingDepth)
                throw new InputLimitExceededException($"provisions are nested deeper than the limit of {options.Limits.MaxNestingDepth}", where);
            if ((_provisions & 1023) == 0) ct.ThrowIfCancellationRequested();
            var b = new ProvisionBuilder(kind) { Span = SpanOf(element) };
            if ((string?)element.Attribute("eId") is { Length: > 0 } eId) _sourceEIds[b] = eId;
            if ((string?)element.Attribute("refersTo") is { } refersTo)
                foreach (var token in refersTo.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    if (_concepts.TryGetValue(token.TrimStart('#'), out var tag)) b.Tags.Add(tag);
            b.IsRepealed = (string?)element.Attribute(Ml + "repealed") == "true";
            if ((string?)element.Attribute(Ml + "notes") is { Length: > 0 } notes) ReadNotes(notes, b);
            return b;
        }

        private void ReadNotes(string json, ProvisionBuilder b)
        {
            try
            {
                b.Notes.AddRange(System.Text.Json.JsonSerializer.Deserialize<string[]>(json) ?? []);
            }
            catch (System.Text.Json.JsonException)
            {
                _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "ML-AKN-002", "An ml:notes attribute is not a JSON list of strings: its notes are skipped."));
            }
        }

        private static SourceSpan? SpanOf(XElement e) =>
            e.Annotation<XmlPosition>() is { } pos ? new SourceSpan(SourceUnit.XmlElement, pos.Start, pos.End) : null;

        private ProvisionBuilder ReadPreamble(XElement preamble)
        {
            var b = NewProvision(ProvisionKind.Preamble, preamble, 1);
            var content = new List<string>();
            var wrap = new List<string>();
            bool afterRecitals = false;
            foreach (var child in preamble.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "recitals":
                        foreach (var r in child.Elements())
                        {
                            if (r.Name.LocalName == "recital") b.Add(ReadHierarchy(r, ProvisionKind.Preamble, 2));
                            else if (r.Name.LocalName is "intro" or "wrapUp") BlockLines(r, b.Children.Count == 0 ? content : wrap);
                            else ElementLines(r, b.Children.Count == 0 ? content : wrap);
                        }
                        afterRecitals = true;
                        break;
                    case "formula":
                        // the enacting formula closes the preamble; others (acting entity) open it
                        BlockLines(child, afterRecitals || (string?)child.Attribute("name") == "enactingFormula" ? wrap : content);
                        break;
                    default:
                        ElementLines(child, afterRecitals ? wrap : content);
                        break;
                }
            }
            b.Content = string.Join("\n", content);
            b.WrapUp = wrap.Count == 0 ? null : string.Join("\n", wrap);
            return b;
        }

        private void ReadAttachment(XElement attachment, ProvisionBuilder parent, int depth)
        {
            var name = attachment.Name.LocalName;
            if (name is not ("attachment" or "component" or "doc" or "act" or "bill")) return;
            var annex = NewProvision(ProvisionKind.Annex, attachment, depth);
            var content = new List<string>();
            var wrap = new List<string>();
            var doc = name is "attachment" or "component" ? attachment.Elements().FirstOrDefault(e => e.Name.LocalName is "doc" or "act" or "bill") : attachment;
            foreach (var e in attachment.Elements())
            {
                switch (e.Name.LocalName)
                {
                    case "num": annex.Number = ReadNumber(e, ProvisionKind.Annex); break;
                    case "heading": annex.Heading = InlineText(e); break;
                    case "subheading": content.Add(InlineText(e)); break;
                }
            }
            if (doc is not null)
            {
                if (annex.Heading is null && doc.Element(ns + "meta")?.Element(ns + "identification")?.Element(ns + "FRBRWork")
                        ?.Elements(ns + "FRBRalias").Select(a => (string?)a.Attribute("value")).FirstOrDefault() is { Length: > 0 } alias)
                    annex.Heading = alias;
                foreach (var part in doc.Elements())
                {
                    switch (part.Name.LocalName)
                    {
                        case "preface" or "preamble" or "coverPage":
                            BlockLines(part, content);
                            break;
                        case "mainBody" or "body":
                            ReadContainerContent(part, annex, ProvisionKind.Annex, depth, content, wrap, treatBlocksAsContent: true);
                            break;
                        case "conclusions":
                            BlockLines(part, wrap);
                            break;
                        case "attachments" or "components":
                            foreach (var nested in part.Elements()) ReadAttachment(nested, annex, depth + 1);
                            break;
                    }
                }
            }
            annex.Content = string.Join("\n", content);
            annex.WrapUp = wrap.Count == 0 ? null : string.Join("\n", wrap);
            parent.Add(annex);
        }

        /// <summary>Reads the children of a hierarchy element or a body: sub-provisions, transparent lists, and (for foreign
        /// files) stray blocks: before the first sub-provision they are the intro, after the last one the wrap-up, between two
        /// they become an unnumbered subparagraph.</summary>
        private void ReadContainerContent(XElement container, ProvisionBuilder b, ProvisionKind kind, int depth,
            List<string> content, List<string> pending, bool treatBlocksAsContent)
        {
            foreach (var child in container.Elements())
            {
                var local = child.Name.LocalName;
                if (child.Name.Namespace != ns) continue;
                switch (local)
                {
                    case "num":
                        b.Number = ReadNumber(child, kind);
                        break;
                    case "heading":
                        b.Heading = InlineText(child);
                        break;
                    case "subheading":
                        (b.Children.Count == 0 ? content : pending).Add(InlineText(child));
                        break;
                    case "content" or "intro":
                        BlockLines(child, b.Children.Count == 0 ? content : pending);
                        break;
                    case "wrapUp":
                        BlockLines(child, pending);
                        break;
                    case "list" or "sublist":
                        ReadContainerContent(child, b, kind, depth, content, pending, treatBlocksAsContent: true);
                        break;
                    case "attachments" or "components":
                        foreach (var a in child.Elements()) ReadAttachment(a, b, depth + 1);
                        break;
                    default:
                        if (HierarchyElements.Contains(local))
                        {
                            FlushPending(b, pending, child, depth);
                            b.Add(ReadHierarchy(child, kind, depth + 1));
                        }
                        else if (treatBlocksAsContent && (BlockElements.Contains(local) || local == "crossHeading"))
                        {
                            ElementLines(child, b.Children.Count == 0 ? content : pending);
                        }
                        break;
                }
            }
        }

        // Text between two sub-provisions has no AKN-level home in the tree: it becomes an unnumbered subparagraph.
        private void FlushPending(ProvisionBuilder b, List<string> pending, XElement next, int depth)
        {
            if (pending.Count == 0) return;
            var sub = NewProvision(ProvisionKind.Subparagraph, next, depth + 1);
            _sourceEIds.Remove(sub);
            sub.Tags.Clear();
            sub.Span = null;
            sub.Content = string.Join("\n", pending);
            b.Add(sub);
            pending.Clear();
        }

        private ProvisionBuilder ReadHierarchy(XElement element, ProvisionKind parentKind, int depth)
        {
            var b = NewProvision(KindOf(element, parentKind), element, depth);
            var content = new List<string>();
            var wrap = new List<string>();
            if (element.Name.LocalName == "recital")
            {
                foreach (var child in element.Elements())
                {
                    if (child.Name.LocalName == "num") b.Number = ReadNumber(child, b.Kind);
                    else if (child.Name.LocalName == "heading") b.Heading = InlineText(child);
                    else ElementLines(child, content);
                }
            }
            else
            {
                ReadContainerContent(element, b, b.Kind, depth, content, wrap, treatBlocksAsContent: true);
            }
            b.Content = string.Join("\n", content);
            b.WrapUp = wrap.Count == 0 ? null : string.Join("\n", wrap);
            return b;
        }

        private ProvisionKind KindOf(XElement element, ProvisionKind parentKind)
        {
            var local = element.Name.LocalName;
            var hname = (string?)element.Attribute("name");
            if (_own)
            {
                if ((string?)element.Attribute(Ml + "kind") is { } explicitKind && KindFromName(explicitKind) is { } k) return k;
                return DefaultKind(local, hname, parentKind);
            }
            if (_commonwealth)
            {
                switch (local)
                {
                    case "section": return ProvisionKind.ActSection;
                    case "subsection" when parentKind is ProvisionKind.ActSection: return ProvisionKind.ActSubsection;
                    case "paragraph" when parentKind is ProvisionKind.ActSection or ProvisionKind.ActSubsection: return ProvisionKind.ActParagraph;
                    case "subparagraph" when parentKind is ProvisionKind.ActParagraph: return ProvisionKind.ActSubparagraph;
                    case "clause" when parentKind.IsActLevel(): return ProvisionKind.Clause;
                    case "subclause" when parentKind.IsActLevel(): return ProvisionKind.Subclause;
                    case "division": return ProvisionKind.Division;
                    case "subdivision": return ProvisionKind.Subdivision;
                    case "subchapter": return ProvisionKind.Subchapter;
                }
            }
            return local switch
            {
                "book" or "tome" or "part" or "subpart" => ProvisionKind.Part,
                "title" or "subtitle" => ProvisionKind.Title,
                "chapter" or "subchapter" => ProvisionKind.Chapter,
                "division" or "section" => ProvisionKind.Section,
                "subdivision" or "subsection" => ProvisionKind.Subsection,
                "article" or "rule" or "transitional" => ProvisionKind.Article,
                "paragraph" or "clause" or "subrule" => ProvisionKind.Paragraph,
                "subparagraph" or "alinea" or "proviso" or "level" => ProvisionKind.Subparagraph,
                "subclause" => ProvisionKind.Point,
                _ => DefaultKind(local, hname, parentKind),
            };
        }

        private ProvisionNumber ReadNumber(XElement num, ProvisionKind kind)
        {
            var written = InlineText(num);
            if (_own && (string?)num.Attribute(Ml + "value") is { } value)
                return new ProvisionNumber(written, value, ParseInt((string?)num.Attribute(Ml + "ordinal")));
            return AknNumbers.Derive(written, kind);
        }

        private static int? ParseInt(string? s) =>
            int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

        // ---- text ----

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
