using DocumentFormat.OpenXml.Wordprocessing;

namespace ModelLaw.Writing.Docx;

/// <summary>The styles of the redline: a sober legal-text look (serif body, centred division headings, bold article headings).</summary>
internal static class RedlineStyles
{
    public static Styles Create(string language, bool rightToLeft)
    {
        var lang = string.IsNullOrEmpty(language) ? "en" : language;
        var languages = rightToLeft ? new Languages { Val = "en-GB", Bidi = lang } : new Languages { Val = lang };
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                    new FontSize { Val = "23" },
                    new FontSizeComplexScript { Val = "23" },
                    languages)),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(ParagraphStyle("Normal", "Normal", null, null, isDefault: true));
        styles.Append(ParagraphStyle("MLTitle", "Redline Title", new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "240" }, new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" })));
        styles.Append(ParagraphStyle("MLNote", "Redline Note", new StyleParagraphProperties(
                new SpacingBetweenLines { After = "80" }),
            new StyleRunProperties(new Italic(), new Color { Val = "404040" }, new FontSize { Val = "19" }, new FontSizeComplexScript { Val = "19" })));
        styles.Append(ParagraphStyle("MLDivision", "Division Heading", new StyleParagraphProperties(
                new KeepNext(), new SpacingBetweenLines { Before = "360", After = "160" },
                new Justification { Val = JustificationValues.Center }, new OutlineLevel { Val = 0 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "25" }, new FontSizeComplexScript { Val = "25" })));
        styles.Append(ParagraphStyle("MLArticle", "Article Heading", new StyleParagraphProperties(
                new KeepNext(), new SpacingBetweenLines { Before = "280", After = "120" }, new OutlineLevel { Val = 1 }),
            new StyleRunProperties(new Bold())));
        styles.Append(ParagraphStyle("MLText", "Provision Text", new StyleParagraphProperties(
                new SpacingBetweenLines { After = "100" }), null));
        styles.Append(ParagraphStyle("MLCommentText", "Redline Comment Text", null,
            new StyleRunProperties(new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" })));
        styles.Append(new Style(
            new StyleName { Val = "Redline Comment Reference" },
            new StyleRunProperties(new FontSize { Val = "16" }, new FontSizeComplexScript { Val = "16" }))
        { Type = StyleValues.Character, StyleId = "MLCommentReference" });
        return styles;
    }

    private static Style ParagraphStyle(string id, string name, StyleParagraphProperties? pPr, StyleRunProperties? rPr, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        style.Append(new StyleName { Val = name });
        if (id != "Normal") style.Append(new BasedOn { Val = "Normal" });
        if (id == "MLArticle" || id == "MLDivision") style.Append(new NextParagraphStyle { Val = "MLText" });
        style.Append(new PrimaryStyle());
        if (pPr is not null) style.Append(pPr);
        if (rPr is not null) style.Append(rPr);
        return style;
    }
}
