using System.Text;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using ModelLaw.Documents;
using ModelLaw.Reading;
using ModelLaw.Writing.PlainText;
using NUnit.Framework;

namespace ModelLaw.Tests.Languages;

/// <summary>
/// Property: a law of any shape (chapters, articles, paragraphs, points), rendered in the layout of Spanish, Arabic or
/// Chinese legislation, parses back to the same shape; and the plain-text writer's rendering of the parsed tree parses
/// back to that shape again.
/// </summary>
public class UnLanguageRoundTripProperties
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();

    /// <summary>chapters → articles → paragraphs → number of points.</summary>
    private sealed record Shape(int[][][] Chapters)
    {
        public override string ToString() => string.Join(" | ", Chapters.Select(c => string.Join(" ", c.Select(a => "[" + string.Join(",", a) + "]"))));
    }

    private static Gen<Shape> Shapes()
    {
        var paragraph = Gen.Choose(0, 3);
        var article = Gen.Choose(1, 3).SelectMany(n => paragraph.ArrayOf(n));
        var chapter = Gen.Choose(1, 4).SelectMany(n => article.ArrayOf(n));
        return Gen.Choose(1, 3).SelectMany(n => chapter.ArrayOf(n)).Select(c => new Shape(c));
    }

    private static readonly string[] ArabicOrdinalsF = ["", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة", "الحادية عشرة", "الثانية عشرة"];
    private static readonly string[] ArabicOrdinalsM = ["", "الأول", "الثاني", "الثالث"];
    private static readonly string[] Abjad = ["أ", "ب", "ج", "د", "هـ", "و"];
    private static readonly string[] HanNumbers = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

    private static string Render(string language, Shape shape)
    {
        var sb = new StringBuilder();
        sb.Append(language switch { "es" => "LEY DE PRUEBA\n\n", "ar" => "نظام الاختبار\n\n", _ => "# 测试法\n\n" });
        int art = 0;
        for (int c = 0; c < shape.Chapters.Length; c++)
        {
            sb.Append(language switch
            {
                "es" => $"CAPÍTULO {new[] { "I", "II", "III" }[c]}\nDisposiciones del capítulo\n\n",
                "ar" => $"الفصل {ArabicOrdinalsM[c + 1]}: أحكام الفصل\n\n",
                _ => $"## 第{HanNumbers[c + 1]}章 总则\n\n",
            });
            foreach (var paragraphs in shape.Chapters[c])
            {
                art++;
                if (language == "es") sb.Append($"Artículo {art}. Objeto del artículo.\n\n");
                if (language == "ar") sb.Append($"المادة {ArabicOrdinalsF[art]}\nموضوع المادة\n\n");
                for (int p = 0; p < paragraphs.Length; p++)
                {
                    var points = paragraphs[p];
                    var lead = points > 0
                        ? language switch { "es" => "La autoridad competente garantizará:", "ar" => "تكفل السلطة المختصة ما يلي:", _ => "主管机关应当确保：" }
                        : language switch { "es" => "Los datos personales se tratarán conforme a la ley.", "ar" => "تُعالَج البيانات الشخصية وفقاً للنظام.", _ => "个人数据应当依法处理。" };
                    var numbered = paragraphs.Length > 1;
                    if (language == "zh") sb.Append(p == 0 ? $"第{HanNumbers[art]}条 {lead}\n\n" : lead + "\n\n");
                    else if (numbered) sb.Append(language == "es" ? $"{p + 1}. {lead}\n\n" : $"{p + 1}- {lead}\n\n");
                    else sb.Append(lead + "\n\n");
                    for (int k = 0; k < points; k++)
                        sb.Append(language switch
                        {
                            "es" => $"{(char)('a' + k)}) la protección de los derechos;\n\n",
                            "ar" => $"({Abjad[k]}) حماية الحقوق؛\n\n",
                            _ => $"（{HanNumbers[k + 1]}）保护权利；\n\n",
                        });
                }
            }
        }
        return sb.ToString();
    }

    /// <summary>The shape of a parsed document, in the same terms as <see cref="Shape"/>.</summary>
    private static int[][][] ShapeOf(LegalDocument doc) =>
        doc.Root.Children.Where(c => c.Kind == ProvisionKind.Chapter)
            .Select(ch => ch.Children.Where(a => a.Kind == ProvisionKind.Article).Select(ArticleShape).ToArray())
            .ToArray();

    private static int[] ArticleShape(Provision a)
    {
        var paragraphs = a.Children.Where(c => c.Kind == ProvisionKind.Paragraph).ToList();
        if (paragraphs.Count == 0) return [a.Children.Count(IsPoint)];
        return paragraphs.Select(p => p.Children.Count(IsPoint)).ToArray();
    }

    private static bool IsPoint(Provision p) => p.Kind is ProvisionKind.Point or ProvisionKind.Definition;

    private static bool SameShape(int[][][] a, int[][][] b) =>
        a.Length == b.Length && a.Zip(b).All(c => c.First.Length == c.Second.Length
            && c.First.Zip(c.Second).All(x => x.First.SequenceEqual(x.Second)));

    private static void Check(string language) =>
        Prop.ForAll(Shapes().ToArbitrary(), shape =>
        {
            var text = Render(language, shape);
            var doc = Engine.Parse(text, new ReadOptions { SourceName = "generated." + language });
            var written = new PlainTextWriter().Render(doc);
            var again = Engine.Parse(written, new ReadOptions { SourceName = "rewritten." + language, Language = language });
            return doc.Language == language && SameShape(ShapeOf(doc), shape.Chapters) && SameShape(ShapeOf(again), shape.Chapters);
        }).QuickCheckThrowOnFailure();

    [Test]
    public void Spanish_law_of_any_shape_renders_and_parses_back_to_that_shape() => Check("es");

    [Test]
    public void Arabic_law_of_any_shape_renders_and_parses_back_to_that_shape() => Check("ar");

    [Test]
    public void Chinese_law_of_any_shape_renders_and_parses_back_to_that_shape() => Check("zh");

    [Test]
    public void The_generated_text_is_what_a_drafter_of_each_language_would_type()
    {
        var shape = new Shape([[[2, 0]]]);
        Render("zh", shape).Should().Contain("第一条 主管机关应当确保：\n\n（一）保护权利；\n\n（二）保护权利；\n\n个人数据应当依法处理。");
        Render("ar", shape).Should().Contain("المادة الأولى\nموضوع المادة\n\n1- تكفل السلطة المختصة ما يلي:\n\n(أ) حماية الحقوق؛");
        Render("es", shape).Should().Contain("Artículo 1. Objeto del artículo.\n\n1. La autoridad competente garantizará:\n\na) la protección");
    }
}
