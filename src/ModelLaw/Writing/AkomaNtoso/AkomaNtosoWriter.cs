using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using ModelLaw.Documents;
using static ModelLaw.Documents.AkomaNtoso.AknVocabulary;

namespace ModelLaw.Writing.AkomaNtoso;

/// <summary>
/// Writes a <see cref="LegalDocument"/> as an Akoma Ntoso 3.0 <c>act</c>. The mapping (see <c>docs/akoma-ntoso.md</c>):
/// divisions, articles, paragraphs, points and indents become the AKN hierarchy elements of the same name, with
/// <c>num</c>, <c>heading</c>, <c>content</c>/<c>intro</c>/<c>wrapUp</c> and the provision's eId; points and indents
/// that are all of a provision's children are wrapped in a <c>list</c>; a leading preamble becomes <c>preamble</c>
/// with <c>recitals</c>; annexes become <c>hcontainer name="annex"</c> in the body (in document order); principle tags
/// become <c>refersTo</c> links to <c>TLCConcept</c> references. Attributes in the <c>urn:modellaw:akn:1.0</c>
/// namespace (<c>ml:value</c>, <c>ml:ordinal</c>, <c>ml:kind</c>) and a <c>proprietary</c> block carry what AKN has no
/// place for, so that <see cref="ModelLaw.Reading.AkomaNtoso.AkomaNtosoReader"/> gives back an equal tree.
/// Deterministic (no clock: FRBR dates come from the metadata or are "0001-01-01"); stateless and thread-safe.
/// </summary>
public sealed class AkomaNtosoWriter : IDocumentWriter
{
    /// <inheritdoc />
    public string FormatName => "akn";

    /// <inheritdoc />
    public void Write(LegalDocument document, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        cancellationToken.ThrowIfCancellationRequested();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
            CloseOutput = false,
        };
        using var xml = XmlWriter.Create(output, settings);
        new Session(xml, document, cancellationToken).WriteDocument();
    }

    /// <summary>Writes the document to a string (same text as <see cref="Write"/>).</summary>
    public string WriteToString(LegalDocument document, CancellationToken cancellationToken = default)
    {
        using var ms = new MemoryStream();
        Write(document, ms, cancellationToken);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static readonly Regex DatePattern = new(@"^\d{4}(-\d{2}-\d{2})?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex CountryPattern = new(@"^[A-Za-z]{2}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex UriToken = new(@"^[A-Za-z0-9-]{2,16}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex QuotedTerm = new(@"^(?<open>[‘'""“«„])(?<term>[^‘’'""“”«»„\n]{1,200})(?<close>[’'""”»“])",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private sealed class Session(XmlWriter w, LegalDocument doc, CancellationToken ct)
    {
        private readonly Dictionary<string, string> _conceptIds = new(StringComparer.Ordinal);
        private int _written;

        public void WriteDocument()
        {
            CollectConcepts(doc.Root);
            w.WriteStartDocument();
            w.WriteStartElement("akomaNtoso", AknNamespace);
            w.WriteAttributeString("xmlns", MlPrefix, null, MlNamespace);
            var docType = doc.Metadata.TryGetValue("akn:documentType", out var t) && t.Length > 0 ? t : "act";
            w.WriteStartElement("act", AknNamespace);
            w.WriteAttributeString("name", Safe(docType));
            WriteMeta();
            WritePreface();

            var children = doc.Root.Children;
            int start = 0;
            if (children.Length > 0 && IsNativePreamble(children[0]))
            {
                WritePreamble(children[0]);
                start = 1;
            }
            w.WriteStartElement("body", AknNamespace);
            for (int i = start; i < children.Length; i++) WriteProvision(children[i], ProvisionKind.Document);
            w.WriteEndElement();

            if (doc.Root.WrapUp is { } wrapUp)
            {
                w.WriteStartElement("conclusions", AknNamespace);
                w.WriteStartElement("container", AknNamespace);
                w.WriteAttributeString("name", "wrapUp");
                WriteLines(wrapUp, definition: false);
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement(); // act
            w.WriteEndElement(); // akomaNtoso
            w.WriteEndDocument();
        }

        private void CollectConcepts(Provision root)
        {
            foreach (var p in root.DescendantsAndSelf())
                foreach (var tag in p.Tags)
                    if (!_conceptIds.ContainsKey(tag))
                        _conceptIds[tag] = "mlconcept_" + (_conceptIds.Count + 1).ToString(CultureInfo.InvariantCulture);
        }

        private void WriteMeta()
        {
            var date = doc.Metadata.TryGetValue("date", out var d) && DatePattern.IsMatch(d) ? d : null;
            var country = doc.Metadata.TryGetValue("akn:country", out var c) && c.Length > 0 ? c
                : doc.Jurisdiction is { } j && CountryPattern.IsMatch(j) ? j.ToLowerInvariant() : "xx";
            var lang = ToAknLanguage(doc.Language.Length > 0 ? doc.Language : "und");
            var uriCountry = UriToken.IsMatch(country) ? country.ToLowerInvariant() : "xx";
            var work = $"/akn/{uriCountry}/act/{date ?? "0001-01-01"}/{Slug(doc.Title)}";
            var expression = $"{work}/{(UriToken.IsMatch(lang) ? lang : "und")}@";

            w.WriteStartElement("meta", AknNamespace);
            w.WriteStartElement("identification", AknNamespace);
            w.WriteAttributeString("source", "#modellaw");

            w.WriteStartElement("FRBRWork", AknNamespace);
            Empty("FRBRthis", ("value", work + "/!main"));
            Empty("FRBRuri", ("value", work));
            if (doc.Title.Length > 0) Empty("FRBRalias", ("value", doc.Title), ("name", "title"));
            WriteFrbrDate(date);
            Empty("FRBRauthor", ("href", "#modellaw"));
            Empty("FRBRcountry", ("value", country));
            w.WriteEndElement();

            w.WriteStartElement("FRBRExpression", AknNamespace);
            Empty("FRBRthis", ("value", expression + "/!main"));
            Empty("FRBRuri", ("value", expression));
            WriteFrbrDate(date);
            Empty("FRBRauthor", ("href", "#modellaw"));
            Empty("FRBRlanguage", ("language", lang));
            w.WriteEndElement();

            w.WriteStartElement("FRBRManifestation", AknNamespace);
            Empty("FRBRthis", ("value", expression + "/!main.xml"));
            Empty("FRBRuri", ("value", expression + ".akn"));
            WriteFrbrDate(date);
            Empty("FRBRauthor", ("href", "#modellaw"));
            w.WriteEndElement();

            w.WriteEndElement(); // identification

            w.WriteStartElement("references", AknNamespace);
            w.WriteAttributeString("source", "#modellaw");
            Empty("TLCOrganization", ("eId", "modellaw"), ("href", "/ontology/organization/modellaw"), ("showAs", "ModelLaw"));
            foreach (var (tag, id) in _conceptIds)
                Empty("TLCConcept", ("eId", id), ("href", "/ontology/concept/modellaw/" + Slug(tag)), ("showAs", tag));
            w.WriteEndElement();

            w.WriteStartElement("proprietary", AknNamespace);
            w.WriteAttributeString("source", "#modellaw");
            w.WriteStartElement(MlPrefix, "document", MlNamespace);
            w.WriteAttributeString("title", Safe(doc.Title));
            w.WriteAttributeString("language", Safe(doc.Language));
            if (doc.Jurisdiction is not null) w.WriteAttributeString("jurisdiction", Safe(doc.Jurisdiction));
            if (doc.SourceName is not null) w.WriteAttributeString("sourceName", Safe(doc.SourceName));
            w.WriteAttributeString("format", Documents.Json.JsonDocumentFormat.SourceFormatName(doc.Format));
            foreach (var kv in doc.Metadata.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                w.WriteStartElement(MlPrefix, "metadata", MlNamespace);
                w.WriteAttributeString("key", Safe(kv.Key));
                w.WriteAttributeString("value", Safe(kv.Value));
                w.WriteEndElement();
            }
            var root = doc.Root;
            if (root.Number is not null || root.Heading is not null || !root.Tags.IsEmpty)
            {
                w.WriteStartElement(MlPrefix, "root", MlNamespace);
                if (root.Heading is not null) w.WriteAttributeString("heading", Safe(root.Heading));
                if (root.Number is { } n)
                {
                    w.WriteAttributeString("numWritten", Safe(n.Written));
                    w.WriteAttributeString("numValue", Safe(n.Value));
                    if (n.Ordinal is { } o) w.WriteAttributeString("numOrdinal", o.ToString(CultureInfo.InvariantCulture));
                }
                foreach (var tag in root.Tags)
                {
                    w.WriteStartElement(MlPrefix, "tag", MlNamespace);
                    w.WriteAttributeString("value", Safe(tag));
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement(); // ml:document
            w.WriteEndElement(); // proprietary
            w.WriteEndElement(); // meta
        }

        private void WriteFrbrDate(string? date) =>
            Empty("FRBRdate", ("date", date ?? "0001-01-01"), ("name", date is null ? "undated" : "enacted"));

        private void Empty(string name, params (string Name, string Value)[] attributes)
        {
            w.WriteStartElement(name, AknNamespace);
            foreach (var (n, v) in attributes) w.WriteAttributeString(n, Safe(v));
            w.WriteEndElement();
        }

        private void WritePreface()
        {
            if (doc.Title.Length == 0 && doc.Root.Content.Length == 0) return;
            w.WriteStartElement("preface", AknNamespace);
            if (doc.Title.Length > 0)
            {
                w.WriteStartElement("longTitle", AknNamespace);
                w.WriteStartElement("p", AknNamespace);
                w.WriteStartElement("docTitle", AknNamespace);
                WriteInline(doc.Title);
                w.WriteEndElement();
                w.WriteEndElement();
                w.WriteEndElement();
            }
            if (doc.Root.Content.Length > 0)
            {
                w.WriteStartElement("container", AknNamespace);
                w.WriteAttributeString("name", "content");
                WriteLines(doc.Root.Content, definition: false);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }

        private static bool IsNativeRecital(Provision p) =>
            p.Kind == ProvisionKind.Recital && p.Heading is null && !p.HasChildren && p.WrapUp is null;

        private static bool IsNativePreamble(Provision p) =>
            p.Kind == ProvisionKind.Preamble && p.Number is null && p.Heading is null && p.Children.All(IsNativeRecital);

        private void WritePreamble(Provision p)
        {
            w.WriteStartElement("preamble", AknNamespace);
            WriteIdentity(p, kindAttribute: null);
            if (p.Content.Length > 0)
            {
                w.WriteStartElement("container", AknNamespace);
                w.WriteAttributeString("name", "content");
                WriteLines(p.Content, definition: false);
                w.WriteEndElement();
            }
            if (p.HasChildren)
            {
                w.WriteStartElement("recitals", AknNamespace);
                foreach (var r in p.Children)
                {
                    Tick();
                    w.WriteStartElement("recital", AknNamespace);
                    WriteIdentity(r, kindAttribute: null);
                    WriteNum(r.Number);
                    WriteLines(r.Content, definition: false);
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            if (p.WrapUp is { } wrapUp)
            {
                w.WriteStartElement("formula", AknNamespace);
                w.WriteAttributeString("name", "enactingFormula");
                WriteLines(wrapUp, definition: false);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }

        private void WriteProvision(Provision p, ProvisionKind parentKind)
        {
            Tick();
            var (element, hname) = ElementFor(p.Kind);
            w.WriteStartElement(element, AknNamespace);
            var inferred = DefaultKind(element, hname, parentKind);
            WriteIdentity(p, inferred == p.Kind ? null : p.Kind.ToLevelName());
            if (hname is not null) w.WriteAttributeString("name", hname);
            WriteNum(p.Number);
            if (p.Heading is not null)
            {
                w.WriteStartElement("heading", AknNamespace);
                WriteInline(p.Heading);
                w.WriteEndElement();
            }
            bool definition = p.Kind == ProvisionKind.Definition;
            if (!p.HasChildren)
            {
                if (p.WrapUp is null)
                {
                    Block("content", p.Content, definition);
                }
                else
                {
                    // no AKN shape for a leaf with closing words: intro + wrapUp without children (well-formed, read back exactly)
                    Block("intro", p.Content, definition);
                    Block("wrapUp", p.WrapUp, false);
                }
            }
            else
            {
                bool list = p.Children.All(c => IsListItem(c.Kind));
                if (list)
                {
                    w.WriteStartElement("list", AknNamespace);
                    w.WriteAttributeString("eId", Safe(p.EId.Length == 0 ? "list_1" : p.EId + "__list_1"));
                }
                if (p.Content.Length > 0) Block("intro", p.Content, definition);
                foreach (var c in p.Children) WriteProvision(c, p.Kind);
                if (p.WrapUp is not null) Block("wrapUp", p.WrapUp, false);
                if (list) w.WriteEndElement();
            }
            w.WriteEndElement();
        }

        private void WriteIdentity(Provision p, string? kindAttribute)
        {
            if (p.EId.Length > 0) w.WriteAttributeString("eId", Safe(p.EId));
            if (kindAttribute is not null) w.WriteAttributeString(MlPrefix, "kind", MlNamespace, kindAttribute);
            if (!p.Tags.IsEmpty) w.WriteAttributeString("refersTo", string.Join(' ', p.Tags.Select(t => "#" + _conceptIds[t])));
            if (p.IsRepealed) w.WriteAttributeString(MlPrefix, "repealed", MlNamespace, "true");
            // footnote, amendment and repeal markers: no AKN place keeps them apart from the text, so an attribute (JSON list)
            if (!p.Notes.IsEmpty) w.WriteAttributeString(MlPrefix, "notes", MlNamespace, Safe(Newtonsoft.Json.JsonConvert.SerializeObject(p.Notes)));
        }

        private void WriteNum(ProvisionNumber? number)
        {
            if (number is null) return;
            w.WriteStartElement("num", AknNamespace);
            w.WriteAttributeString(MlPrefix, "value", MlNamespace, Safe(number.Value));
            if (number.Ordinal is { } o) w.WriteAttributeString(MlPrefix, "ordinal", MlNamespace, o.ToString(CultureInfo.InvariantCulture));
            WriteInline(number.Written);
            w.WriteEndElement();
        }

        private void Block(string element, string text, bool definition)
        {
            w.WriteStartElement(element, AknNamespace);
            WriteLines(text, definition);
            w.WriteEndElement();
        }

        // One <p> per line; the first line of a definition marks its quoted term with <def>.
        private void WriteLines(string text, bool definition)
        {
            bool first = true;
            foreach (var line in text.Split('\n'))
            {
                w.WriteStartElement("p", AknNamespace);
                var m = definition && first ? QuotedTerm.Match(line) : Match.Empty;
                if (m.Success)
                {
                    WriteInline(m.Groups["open"].Value);
                    w.WriteStartElement("def", AknNamespace);
                    WriteInline(m.Groups["term"].Value);
                    w.WriteEndElement();
                    WriteInline(line[(m.Groups["open"].Length + m.Groups["term"].Length)..]);
                }
                else WriteInline(line);
                w.WriteEndElement();
                first = false;
            }
        }

        // Text of an inline run: line breaks inside a single-line field (num, heading) become <br/>, since the reader folds
        // literal newlines (they are layout in most AKN files).
        private void WriteInline(string text)
        {
            var safe = Safe(text);
            int start = 0;
            for (int i = 0; i < safe.Length; i++)
            {
                if (safe[i] != '\n') continue;
                if (i > start) w.WriteString(safe[start..i]);
                w.WriteStartElement("br", AknNamespace);
                w.WriteEndElement();
                start = i + 1;
            }
            if (start < safe.Length) w.WriteString(safe[start..]);
        }

        private void Tick()
        {
            if ((++_written & 511) == 0) ct.ThrowIfCancellationRequested();
        }

        private static string Safe(string s) => XmlSafe(s);
    }
}
