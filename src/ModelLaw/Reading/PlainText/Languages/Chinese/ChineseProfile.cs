using System.Collections.Immutable;
using ModelLaw.Documents;
using ModelLaw.Reading.PlainText.Numbering;
using static ModelLaw.Reading.PlainText.Languages.ProfileData;
using ModelLaw.Text;

namespace ModelLaw.Reading.PlainText.Languages.Chinese;

/// <summary>
/// Chinese legislation: "第一章 总则", "第一节", "第一条 …" with the first paragraph on the article line, unnumbered
/// paragraphs (款) counted by position, items "（一）" in full-width brackets, Markdown sources ("## 第一章").
/// Full-width brackets and digits fold to ASCII before labels are read; the text keeps its own characters.
/// </summary>
public static class ChineseProfile
{
    /// <summary>The profile.</summary>
    public static LanguageProfile Instance { get; } = new()
    {
        Code = "zh",
        Name = "Chinese",
        Script = Script.Han,
        HeadingMatchers = [ChineseHeadingMatcher.Instance],
        ItemLabelTerminators = ").、",
        ItemSchemes = [ChineseNumeralScheme.Instance, DecimalScheme.Instance, LetterScheme.LatinLower],
        CountsUnnumberedParagraphs = true,
        FoldChar = static c => c switch
        {
            '（' => '(',
            '）' => ')',
            '．' => '.',
            >= '０' and <= '９' => (char)('0' + (c - '０')),
            '\u3000' => ' ',
            _ => c,
        },
        DefinitionHeadingCues = ["用语", "定义"],
        DefinitionTextCues = ["是指", "指的是", "含义"],
        Citations = new CitationVocabulary(),
        WritingKeywords = ImmutableDictionary<ProvisionKind, string>.Empty,
        OrdinalWords = Numbers(),
        InsertionWords = Numbers(),
        Stopwords = Words(""),
    };
}
