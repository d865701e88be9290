using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ModelLaw.Comparing;
using ModelLaw.Coverage;

namespace ModelLaw.Writing.Docx;

/// <summary>
/// Writes a comparison as a .docx redline with real Word tracked changes (<c>w:ins</c>/<c>w:del</c>) and comments.
/// </summary>
/// <remarks>
/// <para>
/// <b>What the document shows.</b> For every aligned pair, the word diff of the pair becomes deleted and inserted runs;
/// omitted model provisions become deleted paragraphs (their paragraph marks are deleted too, so "Accept all" removes
/// them without leaving empty lines); added national provisions become inserted paragraphs; a changed number shows the
/// old number deleted and the new one inserted. Accepting every change gives the national text, rejecting every change
/// the model text (in the chosen layout's order).
/// </para>
/// <para>
/// <b>Numbers are literal text, not Word automatic numbering.</b> A renumbering must be visible and acceptable as a
/// tracked change on the number itself, which Word cannot do for list numbers (they are paragraph properties that
/// are recomputed, not text); and legal numbers are written as enacted ("Article 5 bis", "Статья 5", "a)"), which
/// numbering definitions cannot reproduce faithfully. Numbers stand before a tab with a hanging indent, so the text
/// still lines up like a numbered list.
/// </para>
/// <para>
/// <b>Moves are native Word moves.</b> A moved provision is shown at both places: at its old place with the model's
/// wording inside <c>w:moveFrom</c> (deleted words as <c>w:del</c>), at its new place with the national wording inside
/// <c>w:moveTo</c> (inserted words as <c>w:ins</c>), the two ends joined by named move ranges
/// (<c>w:moveFromRangeStart</c>/<c>w:moveToRangeStart</c>). Word and LibreOffice show them as moves (double strike-through
/// and double underline); "Accept all" keeps the new place, "Reject all" the old one. A comment at each end says where
/// the provision went or came from ("Moved from Chapter III, after Article 16, to Chapter IV").
/// </para>
/// <para>
/// <b>Headings as a drafter writes them.</b> An article's number and title stand in one paragraph, "Article 5 — Scope",
/// so a redline with its changes accepted reads back as the national text.
/// </para>
/// <para>
/// <b>Right to left.</b> Arabic (and any right-to-left language) is written with <c>w:bidi</c> paragraphs and
/// <c>w:rtl</c> runs in a right-to-left section: text and labels start on the right.
/// </para>
/// <para>
/// <b>Reproducible.</b> Author and date come from <see cref="RedlineOptions"/>, never from the clock; relationship ids
/// are fixed; the zip package is rewritten with fixed entry timestamps. The same input gives the same bytes.
/// </para>
/// </remarks>
public sealed class DocxRedlineWriter : IRedlineWriter
{
    /// <inheritdoc />
    public void Write(Comparison comparison, Stream output, RedlineOptions? options = null, CoverageReport? coverage = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(output);
        options ??= RedlineOptions.Default;

        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document, autoSave: true))
        {
            // a fixed relationship id: AddMainDocumentPart() would draw a random one and break reproducibility
            var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            var builder = new RedlineBuilder(comparison, options, coverage, cancellationToken);
            var body = builder.BuildBody();
            main.Document = new Document(body);
            main.Document.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");

            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            styles.Styles = RedlineStyles.Create(builder.Language, builder.RightToLeft);

            var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
            var settingItems = new List<OpenXmlElement>();
            if (options.TrackFurtherChanges) settingItems.Add(new TrackRevisions());
            settingItems.Add(new DefaultTabStop { Val = 567 });
            settingItems.Add(new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));
            settings.Settings = new Settings(settingItems);

            if (builder.Comments.Count > 0)
            {
                var commentsPart = main.AddNewPart<WordprocessingCommentsPart>("rIdComments");
                commentsPart.Comments = new Comments(builder.Comments);
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        buffer.Position = 0;
        DeterministicZip.Rewrite(buffer, output);
    }
}
