using System.Collections.Immutable;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Reading.PlainText;
using ModelLaw.Reading.Citations;

namespace ModelLaw.Tests.Reading;

/// <summary>The plain-text parser: headings, numbering and structure in English, French and Russian legislation.</summary>
public class TextParserTests
{
    private static readonly TextParser Parser = TextParser.CreateDefault();

    private static LegalDocument Parse(string text, string? lang = "en", ReadOptions? options = null) =>
        Parser.Parse(text, (options ?? ReadOptions.Default) with { Language = lang });

    private static Provision Single(LegalDocument doc, ProvisionKind kind) => doc.Provisions.Single(p => p.Kind == kind);

    // ---- headings ----

    [Test]
    public void Heading_after_an_em_dash_on_the_article_line_is_the_article_heading()
    {
        var art = Single(Parse("Article 5 — Scope\nThis Law applies to providers of AI systems."), ProvisionKind.Article);
        art.Heading.Should().Be("Scope");
        art.Number!.Written.Should().Be("Article 5");
        art.Content.Should().Be("This Law applies to providers of AI systems.");
    }

    [Test]
    public void Heading_after_a_full_stop_on_the_article_line_is_the_article_heading()
    {
        Single(Parse("Article 5. Scope\n\n1. This Law applies to providers."), ProvisionKind.Article).Heading.Should().Be("Scope");
    }

    [Test]
    public void Russian_article_heading_on_the_same_line_is_read()
    {
        var art = Single(Parse("Статья 5. Сфера действия\n\n1. Настоящий Закон применяется к поставщикам систем.", "ru"), ProvisionKind.Article);
        art.Number.Should().Be(new ProvisionNumber("Статья 5", "5", 5));
        art.Heading.Should().Be("Сфера действия");
    }

    [Test]
    public void Heading_on_the_line_after_the_article_number_is_the_article_heading()
    {
        var art = Single(Parse("Article 12\nHuman oversight\n1. Deployers shall ensure meaningful human control."), ProvisionKind.Article);
        art.Heading.Should().Be("Human oversight");
        art.Children.Single().Content.Should().Be("Deployers shall ensure meaningful human control.");
    }

    [Test]
    public void A_sentence_on_the_line_after_the_article_number_is_text_not_a_heading()
    {
        var art = Single(Parse("Article 97\nThis Law is addressed to the competent authorities."), ProvisionKind.Article);
        art.Heading.Should().BeNull();
        art.Content.Should().Be("This Law is addressed to the competent authorities.");
    }

    [Test]
    public void A_sentence_beginning_with_a_citation_is_not_an_article_heading()
    {
        var doc = Parse("Article 3\nAmendments\nArticle 5 of Law No 12 shall be amended as follows.");
        doc.Articles.Should().ContainSingle();
        doc.Articles.Single().Content.Should().StartWith("Article 5 of Law No 12");
    }

    [Test]
    public void Article_premier_is_article_1()
    {
        var art = Single(Parse("Article premier\nObjet\nLa présente loi a pour objet de prévenir le terrorisme.", "fr"), ProvisionKind.Article);
        art.Number.Should().Be(new ProvisionNumber("Article premier", "1", 1));
        art.EId.Should().Be("art_1");
    }

    [Test]
    public void Titre_premier_is_title_1()
    {
        var title = Single(Parse("TITRE PREMIER\nCHAMP D'APPLICATION ET DÉFINITIONS\n\nArticle premier\nObjet\nTexte.", "fr"), ProvisionKind.Title);
        title.Number.Should().Be(new ProvisionNumber("TITRE PREMIER", "1", 1));
        title.Heading.Should().Be("CHAMP D'APPLICATION ET DÉFINITIONS");
    }

    [Test]
    public void Chapitre_Ier_is_chapter_1()
    {
        Single(Parse("Chapitre Ier — Dispositions générales\n\nArticle 1\nObjet\nTexte.", "fr"), ProvisionKind.Chapter).Number!.Value.Should().Be("1");
    }

    [Test]
    public void Roman_chapter_number_is_normalised_to_arabic()
    {
        var chapter = Single(Parse("CHAPTER IV\nSUPERVISION\n\nArticle 20\nAuthorities\nText."), ProvisionKind.Chapter);
        chapter.Number.Should().Be(new ProvisionNumber("CHAPTER IV", "4", 4));
        chapter.EId.Should().Be("chp_4");
    }

    [TestCase("Article 10 bis", "10a", 10)]
    [TestCase("Article 10 ter", "10b", 10)]
    [TestCase("Article 10a", "10a", 10)]
    public void Inserted_article_number_is_normalised_with_a_letter(string heading, string value, int ordinal)
    {
        var art = Single(Parse(heading + "\nCoopération\nLes autorités coopèrent.", "fr"), ProvisionKind.Article);
        art.Number.Should().Be(new ProvisionNumber(heading, value, ordinal));
    }

    [Test]
    public void Divisions_nest_title_chapter_section_and_articles()
    {
        var doc = Parse("""
            TITLE II
            OBLIGATIONS

            CHAPTER I
            PROVIDERS

            Section 1
            Risk management

            Article 9
            Risk management system
            Providers shall keep a risk management system.

            Section 2
            Data

            Article 10
            Data governance
            Providers shall use quality data.
            """);
        var title = doc.Root.Children.Single();
        title.Kind.Should().Be(ProvisionKind.Title);
        var chapter = title.Children.Single();
        chapter.Children.Select(s => s.Kind).Should().Equal(ProvisionKind.Section, ProvisionKind.Section);
        chapter.Children[1].Children.Single().EId.Should().Be("title_2__chp_1__sec_2__art_10");
    }

    [Test]
    public void Annex_sections_nest_inside_the_annex()
    {
        var doc = Parse("Article 1\nScope\nText.\n\nANNEX I\nLIST OF USES\n\nSECTION A\n\nCritical infrastructure\n\n(1) Control of the electricity grid;\n\nSECTION B\n\nLaw enforcement\n\n(1) Risk assessment of persons.");
        var annex = Single(doc, ProvisionKind.Annex);
        annex.Children.Select(c => c.Number!.Written).Should().Equal("SECTION A", "SECTION B");
        annex.Children[0].Heading.Should().Be("Critical infrastructure");
        annex.Children[1].Number!.Value.Should().Be("b");
    }

    [Test]
    public void Markdown_heading_marks_are_stripped_before_reading_the_heading()
    {
        var doc = Parse("# Model Law\n\n## Chapter 1 — General provisions\n\n### Article 1 — Purpose\n\nThis Law prevents terrorist use of AI.");
        doc.Title.Should().Be("Model Law");
        Single(doc, ProvisionKind.Article).Heading.Should().Be("Purpose");
        Single(doc, ProvisionKind.Chapter).Heading.Should().Be("General provisions");
    }

    // ---- numbered paragraphs and points ----

    [TestCase("1. Providers shall keep logs.", "1.")]
    [TestCase("(1) Providers shall keep logs.", "(1)")]
    [TestCase("1) Providers shall keep logs.", "1)")]
    public void Numbered_line_directly_in_an_article_is_a_paragraph(string line, string written)
    {
        var para = Parse("Article 5\nLogs\n" + line).Articles.Single().Children.Single();
        para.Kind.Should().Be(ProvisionKind.Paragraph);
        para.Number.Should().Be(new ProvisionNumber(written, "1", 1));
        para.Content.Should().Be("Providers shall keep logs.");
    }

    [TestCase("(a)", "en")]
    [TestCase("a)", "fr")]
    public void Lettered_line_in_a_paragraph_is_a_point(string label, string lang)
    {
        var point = Parse($"Article 5\nLogs\n1. Providers shall:\n{label} keep logs;").Provisions.Single(p => p.Kind == ProvisionKind.Point);
        point.Number.Should().Be(new ProvisionNumber(label, "a", 1));
        point.EId.Should().Be("art_5__para_1__point_a");
    }

    [Test]
    public void Cyrillic_lettered_points_are_points_in_russian_order()
    {
        var doc = Parse("Статья 7. Обязанности\n1. Поставщик обязан:\nа) вести журнал;\nб) уведомлять орган;\nв) хранить данные.", "ru");
        var points = doc.Provisions.Where(p => p.Kind == ProvisionKind.Point).ToList();
        points.Select(p => p.Number!.Value).Should().Equal("а", "б", "в");
        points.Select(p => p.Number!.Ordinal).Should().Equal(1, 2, 3);
    }

    [Test]
    public void Point_i_after_point_h_is_the_letter_i()
    {
        var doc = Parse("Article 2\nExemptions\n1. This Law shall not apply to:\n" +
            string.Join("\n", "abcdefgh".Select(c => $"({c}) persons of class {c};")) + "\n(i) persons of class i;\n(j) persons of class j.");
        var points = doc.Provisions.Where(p => p.Kind == ProvisionKind.Point).ToList();
        points.Should().HaveCount(10);
        points[8].Number.Should().Be(new ProvisionNumber("(i)", "i", 9));
        doc.Diagnostics.Should().Contain(d => d.Code == "MLT004");
    }

    [Test]
    public void Point_i_after_a_point_announcing_a_list_is_a_roman_subpoint()
    {
        var doc = Parse("Article 2\nExemptions\n1. This Law shall not apply to:\n(a) persons who:\n(i) deal on own account;\n(ii) are market makers;\n(b) public bodies.");
        var a = doc.Resolve("Article 2(1)(a)")!;
        a.Children.Select(c => (c.Kind, c.Number!.Value)).Should().Equal((ProvisionKind.Subpoint, "i"), (ProvisionKind.Subpoint, "ii"));
        doc.Resolve("Article 2(1)(b)")!.Content.Should().Be("public bodies.");
    }

    [Test]
    public void Point_i_after_point_h_that_announces_a_list_starts_subpoints()
    {
        var doc = Parse("Article 2\nExemptions\n1. It shall not apply to:\n" +
            string.Join("\n", "abcdefg".Select(c => $"({c}) persons of class {c};")) + "\n(h) persons who:\n(i) deal on own account;\n(ii) are market makers.");
        doc.Resolve("Article 2(1)(h)")!.Children.Should().HaveCount(2).And.OnlyContain(c => c.Kind == ProvisionKind.Subpoint);
    }

    [Test]
    public void Paragraph_numbered_bis_is_an_inserted_paragraph()
    {
        var art = Parse("Article 8\nOmission\n3. Les autorités peuvent dispenser.\n\n3 bis. Si les valeurs sont garanties, l'émetteur n'est pas tenu.\n\n4. La Commission adopte des normes.", "fr").Articles.Single();
        art.Children.Select(c => c.Number!.Value).Should().Equal("3", "3a", "4");
        art.Children[1].Number!.Written.Should().Be("3 bis.");
    }

    [Test]
    public void Dash_indents_are_indent_provisions_of_the_point_they_follow()
    {
        var doc = Parse("Article 3\nConditions\n1. Providers shall, where:\n— the system is high-risk, or\n— the system is used by public bodies,\nnotify the authority.");
        var para = doc.Resolve("Article 3(1)")!;
        para.Children.Take(2).Should().OnlyContain(c => c.Kind == ProvisionKind.Indent);
        para.Children[0].Content.Should().Be("the system is high-risk, or");
    }

    [Test]
    public void Unnumbered_text_after_points_is_a_subparagraph_of_the_paragraph()
    {
        var para = Parse("Article 5\nReporting\n2. Providers shall report:\n(a) serious incidents;\n(b) malfunctions.\nThe report shall be made within 15 days.").Resolve("Article 5(2)")!;
        para.Children.Select(c => c.Kind).Should().Equal(ProvisionKind.Point, ProvisionKind.Point, ProvisionKind.Subparagraph);
        para.Children[2].Content.Should().Be("The report shall be made within 15 days.");
    }

    [Test]
    public void Unnumbered_text_between_two_points_belongs_to_the_earlier_point()
    {
        var doc = Parse("Article 4\nDefinitions\n1. For the purposes of this Law:\n(1) ‘provider’ means a person who develops a system;\nA provider may be a public body.\n(2) ‘deployer’ means a person who uses a system.");
        var first = doc.Resolve("Article 4(1)(1)")!;
        first.Children.Single().Content.Should().Be("A provider may be a public body.");
        doc.Resolve("Article 4(1)")!.Children.Should().HaveCount(2);
    }

    [Test]
    public void Unnumbered_subparagraphs_of_an_article_are_their_own_provisions()
    {
        var art = Parse("Article 9\nEntry into force\nThis Law enters into force on the twentieth day after publication.\n\nIt applies from 1 January 2027.").Articles.Single();
        art.Content.Should().Be("This Law enters into force on the twentieth day after publication.");
        art.Children.Single().Should().Match<Provision>(p => p.Kind == ProvisionKind.Subparagraph && p.Content == "It applies from 1 January 2027.");
    }

    [Test]
    public void Hard_wrapped_lines_of_one_paragraph_are_joined()
    {
        var para = Parse("Article 1\nPurpose\n\n1. This Law lays down rules to prevent the use of\nartificial intelligence for terrorist purposes.\n\n2. It applies to all providers.").Resolve("Article 1(1)")!;
        para.Content.Should().Be("This Law lays down rules to prevent the use of\nartificial intelligence for terrorist purposes.");
    }

    [Test]
    public void Deleted_passage_marker_is_skipped_without_breaking_the_list()
    {
        var doc = Parse("Article 6\nReview\n1. The Commission shall review this Law.\n\n—————\n\n2. The review shall be published.");
        doc.Articles.Single().Children.Select(c => c.Number!.Value).Should().Equal("1", "2");
        doc.Diagnostics.Should().Contain(d => d.Code == "MLT005");
    }

    [Test]
    public void Numbering_gap_keeps_the_list_and_reports_it()
    {
        var doc = Parse("Article 2\nScope\n1. It applies to:\n(a) providers;\n(c) deployers.");
        doc.Resolve("Article 2(1)")!.Children.Select(c => c.Number!.Value).Should().Equal("a", "c");
        doc.Diagnostics.Should().Contain(d => d.Code == "MLT003");
    }

    // ---- definitions, preamble, spans ----

    [Test]
    public void Entries_of_an_english_definitions_article_are_definitions()
    {
        var doc = Parse("Article 2\nDefinitions\nFor the purposes of this Law:\n(a) ‘AI system’ means a machine-based system;\n(b) ‘provider’ means a developer of an AI system.");
        doc.Articles.Single().Children.Should().HaveCount(2).And.OnlyContain(c => c.Kind == ProvisionKind.Definition);
        doc.Resolve("Article 2(b)")!.Kind.Should().Be(ProvisionKind.Definition);
    }

    [Test]
    public void Entries_of_a_french_definitions_article_are_definitions()
    {
        var doc = Parse("Article 2\nDéfinitions\nAux fins de la présente loi, on entend par:\na) « système d'IA »: un système automatisé;\nb) « fournisseur »: la personne qui développe un système.", "fr");
        doc.Provisions.Count(p => p.Kind == ProvisionKind.Definition).Should().Be(2);
    }

    [Test]
    public void Entries_of_a_russian_basic_concepts_article_are_definitions()
    {
        var doc = Parse("Статья 2. Основные понятия\nДля целей настоящего Закона используются следующие понятия:\n1) система искусственного интеллекта — автоматизированная система;\n2) поставщик — лицо, разрабатывающее систему.", "ru");
        doc.Provisions.Count(p => p.Kind == ProvisionKind.Definition).Should().Be(2);
    }

    [Test]
    public void Points_of_an_ordinary_article_are_not_definitions()
    {
        Parse("Article 5\nObligations\n1. Providers shall:\n(a) keep logs;\n(b) report incidents.").Provisions.Should().NotContain(p => p.Kind == ProvisionKind.Definition);
    }

    [Test]
    public void Text_before_the_first_heading_is_the_title_and_the_preamble_with_recitals()
    {
        var doc = Parse("MODEL LAW ON ARTIFICIAL INTELLIGENCE\n\nThe Assembly,\n\n(1) Whereas terrorists misuse new technologies;\n\n(2) Whereas cooperation is needed,\n\nHAS ADOPTED THIS MODEL LAW:\n\nArticle 1\nPurpose\nText.");
        doc.Title.Should().Be("MODEL LAW ON ARTIFICIAL INTELLIGENCE");
        var preamble = doc.Root.Children[0];
        preamble.Kind.Should().Be(ProvisionKind.Preamble);
        preamble.Content.Should().Be("The Assembly,");
        preamble.Children.Should().HaveCount(2).And.OnlyContain(c => c.Kind == ProvisionKind.Recital);
        preamble.WrapUp.Should().Be("HAS ADOPTED THIS MODEL LAW:");
    }

    [Test]
    public void Source_span_of_an_article_covers_its_lines()
    {
        var doc = Parse("TITLE\n\nArticle 1\nPurpose\n1. First.\n\n2. Second.\n\nArticle 2\nScope\nText.");
        doc.Articles.First().Span.Should().Be(SourceSpan.Lines(3, 7));
        doc.Resolve("Article 1(2)")!.Span.Should().Be(SourceSpan.Lines(7, 7));
    }

    // ---- language, fallbacks, limits ----

    [TestCase("Article 1\nObjet\nLa présente loi s'applique aux fournisseurs et aux utilisateurs des systèmes dans l'Union.", "fr")]
    [TestCase("Article 1\nScope\nThis Law shall apply to the providers and the deployers of systems in the State.", "en")]
    [TestCase("Статья 1. Предмет\nНастоящий Закон применяется к поставщикам и пользователям систем.", "ru")]
    public void Language_is_detected_when_not_given(string text, string expected)
    {
        var doc = Parse(text, lang: null);
        doc.Language.Should().Be(expected);
        doc.Diagnostics.Should().Contain(d => d.Code == "MLT006");
    }

    [Test]
    public void Text_without_structure_is_one_provision_per_paragraph_with_a_warning()
    {
        var doc = Parse("The parties agree to cooperate.\n\nThey shall exchange information promptly.\n\nThis memorandum is not binding.");
        doc.Root.Children.Should().HaveCount(3).And.OnlyContain(c => c.Kind == ProvisionKind.Subparagraph);
        doc.Diagnostics.Should().Contain(d => d.Code == "MLT001" && d.Severity == DiagnosticSeverity.Warning);
    }

    [Test]
    public void Empty_input_gives_an_empty_document()
    {
        var doc = Parse("");
        doc.Root.Children.Should().BeEmpty();
        doc.Diagnostics.Should().NotContain(d => d.Severity == DiagnosticSeverity.Error);
    }

    [Test]
    public void More_provisions_than_the_limit_is_refused_with_a_typed_error()
    {
        var options = ReadOptions.Default with { Limits = new ReadLimits { MaxProvisions = 3 }, SourceName = "big.txt" };
        var act = () => Parse("Article 1\nA\nText.\n\nArticle 2\nB\nText.\n\nArticle 3\nC\nText.\n\nArticle 4\nD\nText.", "en", options);
        act.Should().Throw<InputLimitExceededException>().WithMessage("big.txt*");
    }

    [Test]
    public void Nesting_deeper_than_the_limit_is_refused_with_a_typed_error()
    {
        var options = ReadOptions.Default with { Limits = new ReadLimits { MaxNestingDepth = 3 } };
        var act = () => Parse("Article 1\nA\n1. Text:\n(a) text:\n(i) text.", "en", options);
        act.Should().Throw<InputLimitExceededException>();
    }

    [Test]
    public void A_profile_registered_on_the_builder_adds_a_language_without_changing_the_parser()
    {
        var german = new LanguageProfile
        {
            Code = "de",
            Name = "German",
            HeadingKeywords = ImmutableDictionary<string, ProvisionKind>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase)
                .Add("Artikel", ProvisionKind.Article).Add("Kapitel", ProvisionKind.Chapter),
            FoldChar = c => c is >= '٠' and <= '٩' ? (char)('0' + (c - '٠')) : c,
        };
        var parser = new TextParserBuilder().UseBuiltInLanguages().AddProfile(german).Build();
        var doc = parser.Parse("Kapitel ١\nAllgemeines\n\nArtikel ٥\nZweck\n(١) Dieses Gesetz gilt.", ReadOptions.Default with { Language = "de" });
        doc.Articles.Single().Number.Should().Be(new ProvisionNumber("Artikel ٥", "5", 5));
        doc.Articles.Single().Children.Single().Content.Should().Be("Dieses Gesetz gilt.");
    }
}
