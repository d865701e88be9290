using System.Collections.Immutable;
using System.Xml.Linq;
using ModelLaw.Documents;
using static ModelLaw.Documents.AkomaNtoso.AknVocabulary;

namespace ModelLaw.Reading.AkomaNtoso;

public sealed partial class AkomaNtosoReader
{
    /// <summary>One read of one document: the concepts, source eIds, diagnostics and counters of that read.</summary>
    private sealed partial class Session(XNamespace ns, ReadOptions options, SourceLocation where, CancellationToken ct)
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

            title = ReadParts(documentElement, root, rootContent, rootWrap, title);
            root.Content = string.Join("\n", rootContent);
            root.WrapUp = rootWrap.Count == 0 ? null : string.Join("\n", rootWrap);

            var tree = root.Build();
            var metadata = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            var (language, jurisdiction) = ReadIdentity(documentElement, meta, mlDocument, metadata, ref title);
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

        /// <summary>The parts of the document element (preface, preamble, body, conclusions, attachments); returns the title a foreign preface gives.</summary>
        private string? ReadParts(XElement documentElement, ProvisionBuilder root, List<string> rootContent, List<string> rootWrap, string? title)
        {
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
            return title;
        }

        /// <summary>Title, language, jurisdiction and metadata: from ModelLaw's own proprietary block, else from the FRBR identification.</summary>
        private (string Language, string? Jurisdiction) ReadIdentity(XElement documentElement, XElement? meta, XElement? mlDocument,
            ImmutableDictionary<string, string>.Builder metadata, ref string? title)
        {
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
            return (language, jurisdiction);
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
                b.Notes.AddRange(Newtonsoft.Json.JsonConvert.DeserializeObject<string[]>(json) ?? []);
            }
            catch (Newtonsoft.Json.JsonException)
            {
                _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "ML-AKN-002", "An ml:notes attribute is not a JSON list of strings: its notes are skipped."));
            }
        }

        private static SourceSpan? SpanOf(XElement e) =>
            e.Annotation<XmlPosition>() is { } pos ? new SourceSpan(SourceUnit.XmlElement, pos.Start, pos.End) : null;
    }
}
