using System.Text;
using System.Xml.Linq;
using ModelLaw.Documents;
using ModelLaw.Reading.AkomaNtoso;
using ModelLaw.Reading.Lines;
using ModelLaw.Reading.PlainText;
using ModelLaw.Reading.Zip;
using static ModelLaw.Reading.Odt.OdfNames;

namespace ModelLaw.Reading.Odt;

/// <summary>
/// Reads OpenDocument text: an .odt package (content.xml and styles.xml) or a flat .fodt file. Paragraphs, headings
/// and lists become lines, each led by the number its list style or the outline style draws (as the .docx reader
/// draws Word's numbering), and the plain-text parser builds the tree from them. The package is checked as a .docx is
/// (size, entry count, expansion ratio, total size; an encrypted package is refused) and its XML read with DTDs
/// prohibited and a nesting limit. Spans count XML elements of content.xml. Stateless and thread-safe.
/// </summary>
public sealed class OdtReader : IDocumentReader
{
    private const string Label = ".odt";
    private readonly ITextParser _parser;

    /// <summary>Creates the reader over the plain-text parser that builds the tree.</summary>
    public OdtReader(ITextParser parser) => _parser = parser ?? throw new ArgumentNullException(nameof(parser));

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Odt;

    /// <inheritdoc />
    public LegalDocument Read(Stream input, ReadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var where = new SourceLocation(options.SourceName);
        var bytes = TextDecoding.ReadAllBytes(input, options.Limits.MaxInputBytes, options.SourceName);
        var depth = 3 * options.Limits.MaxNestingDepth + 16; // a list level is two elements, a table cell three
        XElement content;
        XElement? styles = null;
        if (bytes.AsSpan().StartsWith("PK"u8))
        {
            using var zip = ZipPackageGuard.Open(bytes, options, Label, cancellationToken);
            if (ZipPackageGuard.Read(zip, "mimetype", where) is { } mimetype && !Encoding.ASCII.GetString(mimetype).Trim().StartsWith("application/vnd.oasis.opendocument.text", StringComparison.Ordinal))
                throw new UnsupportedFormatException($"this OpenDocument file is {Encoding.ASCII.GetString(mimetype).Trim()}, not a text document (.odt)", where);
            if (ZipPackageGuard.Read(zip, "META-INF/manifest.xml", where) is { } manifest && Encoding.UTF8.GetString(manifest).Contains("encryption-data", StringComparison.Ordinal))
                throw new EncryptedDocumentException("the OpenDocument text is password-protected; save it again without a password", where);
            var contentXml = ZipPackageGuard.Read(zip, "content.xml", where)
                ?? throw new CorruptDocumentException("not an OpenDocument text: the package has no content.xml", where);
            content = Load(contentXml, depth, options, where, cancellationToken);
            if (ZipPackageGuard.Read(zip, "styles.xml", where) is { } stylesXml) styles = Load(stylesXml, depth, options, where, cancellationToken);
        }
        else
        {
            content = Load(bytes, depth, options, where, cancellationToken); // flat OpenDocument: one XML file
        }
        return Read(content, styles, options, cancellationToken);
    }

    private static XElement Load(byte[] xml, int depth, ReadOptions options, SourceLocation where, CancellationToken ct)
    {
        try
        {
            return SafeXmlLoader.Load(xml, depth, options.Limits, where, ct);
        }
        catch (UnsafeXmlException e)
        {
            throw new UnsafeXmlException("the OpenDocument XML contains a DTD; DTDs are refused for safety", where, e);
        }
        catch (CorruptDocumentException e)
        {
            throw new CorruptDocumentException("the OpenDocument text is damaged: " + e.Message, where, e);
        }
    }

    private LegalDocument Read(XElement content, XElement? stylesRoot, ReadOptions options, CancellationToken ct)
    {
        var where = new SourceLocation(options.SourceName);
        if (content.Name.Namespace != OfficeNs)
            throw new UnsupportedFormatException("not an OpenDocument text: content.xml is not in the OpenDocument office namespace", where);
        var text = content.Element(OfficeNs + "body")?.Element(OfficeNs + "text")
            ?? throw new UnsupportedFormatException(
                content.Element(OfficeNs + "body")?.Elements().FirstOrDefault() is { } other
                    ? $"this OpenDocument file holds office:{other.Name.LocalName}, not a text document (.odt)"
                    : "not an OpenDocument text: no office:body/office:text", where);
        var styles = OdtStyles.From(content, stylesRoot);
        var numbering = new OdtNumbering(styles);
        var lines = new LineTextBuilder();
        var walker = new OdtTextWalker(styles, numbering, lines, 3 * options.Limits.MaxNestingDepth + 16, ct);
        walker.Walk(text);

        var diagnostics = new List<Diagnostic>();
        foreach (var format in numbering.UnsupportedFormats)
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "ML0411", $"OpenDocument number format '{format}' is not supported; its numbers are shown as decimal"));
        if (walker.HasTrackedChanges && options.TrackedChanges == TrackedChangesView.Original)
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "ML0412",
                "the OpenDocument text has tracked changes: it is read with every change accepted (the original view is read only from .docx)"));
        return lines.Parse(_parser, options, SourceFormat.Odt, SourceUnit.XmlElement, diagnostics, ct);
    }
}
