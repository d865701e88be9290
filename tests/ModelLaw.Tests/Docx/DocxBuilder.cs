using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace ModelLaw.Tests.Docx;

/// <summary>
/// Builds small .docx fixtures in memory with the OpenXML SDK: body, styles and numbering written as WordprocessingML,
/// so each test shows the exact markup Word would store. Nothing is committed as a binary.
/// </summary>
internal sealed class DocxBuilder
{
    public const string WNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private readonly StringBuilder _body = new();
    private readonly StringBuilder _numbering = new();
    private readonly StringBuilder _styles = new();
    private string? _language;
    private bool _withNumbering;

    /// <summary>Sets the document's default language (docDefaults), e.g. "ru-RU".</summary>
    public DocxBuilder Language(string tag)
    {
        _language = tag;
        return this;
    }

    /// <summary>Adds an abstract list definition with the given levels (see <see cref="Lvl"/>).</summary>
    public DocxBuilder AbstractNum(int id, params string[] levels) => AbstractNumXml(id, string.Concat(levels));

    /// <summary>Adds an abstract list definition from raw inner XML.</summary>
    public DocxBuilder AbstractNumXml(int id, string inner)
    {
        _withNumbering = true;
        _numbering.Append($"<w:abstractNum w:abstractNumId=\"{id}\"><w:multiLevelType w:val=\"multilevel\"/>{inner}</w:abstractNum>");
        return this;
    }

    /// <summary>Adds a list instance, with optional raw <c>w:lvlOverride</c> markup.</summary>
    public DocxBuilder Num(int numId, int abstractNumId, string overrides = "")
    {
        _withNumbering = true;
        _numbering.Append($"<w:num w:numId=\"{numId}\"><w:abstractNumId w:val=\"{abstractNumId}\"/>{overrides}</w:num>");
        return this;
    }

    /// <summary>A startOverride for one level, to pass to <see cref="Num"/>.</summary>
    public static string StartOverride(int ilvl, int start) =>
        $"<w:lvlOverride w:ilvl=\"{ilvl}\"><w:startOverride w:val=\"{start}\"/></w:lvlOverride>";

    /// <summary>One <c>w:lvl</c>.</summary>
    public static string Lvl(int ilvl, string numFmt, string lvlText, int start = 1, string? suff = null, int? restart = null,
        bool isLgl = false, string? pStyle = null) =>
        $"<w:lvl w:ilvl=\"{ilvl}\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"{numFmt}\"/>"
        + (restart is { } r ? $"<w:lvlRestart w:val=\"{r}\"/>" : "")
        + (pStyle is null ? "" : $"<w:pStyle w:val=\"{pStyle}\"/>")
        + (isLgl ? "<w:isLgl/>" : "")
        + (suff is null ? "" : $"<w:suff w:val=\"{suff}\"/>")
        + $"<w:lvlText w:val=\"{Esc(lvlText)}\"/><w:lvlJc w:val=\"left\"/></w:lvl>";

    /// <summary>Adds a paragraph style, optionally numbered and based on another style.</summary>
    public DocxBuilder ParagraphStyle(string id, string name, int? numId = null, int? ilvl = null, string? basedOn = null, int? outlineLevel = null)
    {
        var numPr = numId is null && ilvl is null
            ? ""
            : "<w:numPr>" + (ilvl is { } l ? $"<w:ilvl w:val=\"{l}\"/>" : "") + (numId is { } n ? $"<w:numId w:val=\"{n}\"/>" : "") + "</w:numPr>";
        var outline = outlineLevel is { } o ? $"<w:outlineLvl w:val=\"{o}\"/>" : "";
        _styles.Append($"<w:style w:type=\"paragraph\" w:styleId=\"{Esc(id)}\"><w:name w:val=\"{Esc(name)}\"/>"
            + (basedOn is null ? "" : $"<w:basedOn w:val=\"{Esc(basedOn)}\"/>")
            + $"<w:pPr>{numPr}{outline}</w:pPr></w:style>");
        return this;
    }

    /// <summary>Adds a numbering style (w:type="numbering") pointing at a list instance, for numStyleLink.</summary>
    public DocxBuilder NumberingStyle(string id, int numId)
    {
        _styles.Append($"<w:style w:type=\"numbering\" w:styleId=\"{Esc(id)}\"><w:name w:val=\"{Esc(id)}\"/>"
            + $"<w:pPr><w:numPr><w:numId w:val=\"{numId}\"/></w:numPr></w:pPr></w:style>");
        return this;
    }

    /// <summary>Adds a paragraph of plain text, optionally in a list and/or with a style.</summary>
    public DocxBuilder P(string text, int? numId = null, int? ilvl = null, string? style = null)
    {
        var pPr = new StringBuilder();
        if (style is not null) pPr.Append($"<w:pStyle w:val=\"{Esc(style)}\"/>");
        if (numId is not null || ilvl is not null)
        {
            pPr.Append("<w:numPr>");
            if (ilvl is { } l) pPr.Append($"<w:ilvl w:val=\"{l}\"/>");
            if (numId is { } n) pPr.Append($"<w:numId w:val=\"{n}\"/>");
            pPr.Append("</w:numPr>");
        }
        var run = text.Length == 0 ? "" : $"<w:r><w:t xml:space=\"preserve\">{Esc(text)}</w:t></w:r>";
        _body.Append($"<w:p>{(pPr.Length > 0 ? $"<w:pPr>{pPr}</w:pPr>" : "")}{run}</w:p>");
        return this;
    }

    /// <summary>Adds raw body markup (paragraphs with tracked changes, fields, tables...).</summary>
    public DocxBuilder Xml(string bodyXml)
    {
        _body.Append(bodyXml);
        return this;
    }

    /// <summary>A run of text, for raw markup.</summary>
    public static string R(string text) => $"<w:r><w:t xml:space=\"preserve\">{Esc(text)}</w:t></w:r>";

    /// <summary>Escapes text for XML.</summary>
    public static string Esc(string s) => SecurityElement.Escape(s);

    /// <summary>Writes the package.</summary>
    public byte[] Build()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            Feed(main, $"<w:document xmlns:w=\"{WNs}\"><w:body>{_body}<w:sectPr/></w:body></w:document>");
            var defaults = _language is null
                ? ""
                : $"<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"{_language}\"/></w:rPr></w:rPrDefault></w:docDefaults>";
            Feed(main.AddNewPart<StyleDefinitionsPart>(),
                $"<w:styles xmlns:w=\"{WNs}\">{defaults}<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>{_styles}</w:styles>");
            if (_withNumbering)
                Feed(main.AddNewPart<NumberingDefinitionsPart>(), $"<w:numbering xmlns:w=\"{WNs}\">{_numbering}</w:numbering>");
        }
        return ms.ToArray();
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var s = new MemoryStream(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml));
        part.FeedData(s);
    }
}
