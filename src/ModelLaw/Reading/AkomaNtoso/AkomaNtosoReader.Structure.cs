using System.Globalization;
using System.Xml.Linq;
using ModelLaw.Documents;
using static ModelLaw.Documents.AkomaNtoso.AknVocabulary;

namespace ModelLaw.Reading.AkomaNtoso;

public sealed partial class AkomaNtosoReader
{
    private sealed partial class Session
    {
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
    }
}
