using System.Collections.Immutable;
using ModelLaw.Documents;
using ModelLaw.Reading.PlainText.Numbering;
using static ModelLaw.Reading.PlainText.Languages.ProfileData;
using ModelLaw.Text;

namespace ModelLaw.Reading.PlainText.Languages.Arabic;

/// <summary>
/// Arabic legislation: "الباب الأول", "الفصل الأول: التعريفات", "المادة (1)", "المادة الأولى", "المادة السادسة والتسعون",
/// items "1-", "(1)", "١-", letter points "(أ)", "أ-", "هـ-" in abjad order. Right-to-left text is stored in logical order,
/// so nothing is reversed; Arabic-Indic digits fold to ASCII before numbering is read.
/// </summary>
public static class ArabicProfile
{
    /// <summary>The profile.</summary>
    public static LanguageProfile Instance { get; } = new()
    {
        Code = "ar",
        Name = "Arabic",
        Script = Script.Arabic,
        Stopwords = Words("في من على أن إلى أو التي الذي هذا هذه عن مع"),
        HeadingMatchers = [ArabicHeadingMatcher.Instance],
        ItemLabelTerminators = ").-",
        ItemSchemes = [DecimalScheme.Instance, ArabicLetterScheme.Abjad, ArabicLetterScheme.Alphabetical, LetterScheme.LatinLower],
        FoldChar = static c => c switch
        {
            >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
            >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
            '（' => '(',
            '）' => ')',
            _ => c,
        },
        DefinitionHeadingCues = ["التعريفات", "تعريفات", "التعاريف", "المصطلحات"],
        DefinitionTextCues = ["يُقصد", "يقصد", "يُراد", "يراد", "المعاني المبينة"],
        Citations = new CitationVocabulary
        {
            Paragraph = ["الفقرة", "الفقرات", "فقرة"],
            Point = ["البند", "البنود", "بند"],
            Subparagraph = [],
            Sentence = [],
            And = ["و"],
            To = ["إلى"],
            Filler = ["من"],
        },
        WritingKeywords = new Dictionary<ProvisionKind, string>
        {
            [ProvisionKind.Part] = "الباب", [ProvisionKind.Title] = "القسم", [ProvisionKind.Chapter] = "الفصل",
            [ProvisionKind.Section] = "الفرع", [ProvisionKind.Article] = "المادة", [ProvisionKind.Annex] = "الملحق",
        }.ToImmutableDictionary(),
    };
}
