using System.Collections.Immutable;
using ModelLaw.Documents;
using ModelLaw.Reading.PlainText.Numbering;
using static ModelLaw.Reading.PlainText.Languages.ProfileData;

namespace ModelLaw.Reading.PlainText.Languages.Russian;

/// <summary>Russian legislation: "Статья 5. Сфера действия", "Глава 1", "Раздел I", "1.", "1)", "а)", "Приложение 1".</summary>
public static class RussianProfile
{
    /// <summary>The profile.</summary>
    public static LanguageProfile Instance { get; } = new()
    {
        Code = "ru",
        Name = "Russian",
        Script = Script.Cyrillic,
        Stopwords = Words("и в на с по не для от к о что или а также настоящего настоящий статьи"),
        HeadingKeywords = Keywords(
            ("Раздел", ProvisionKind.Part), ("Часть", ProvisionKind.Part), ("Подраздел", ProvisionKind.Title),
            ("Глава", ProvisionKind.Chapter), ("Параграф", ProvisionKind.Section), ("§", ProvisionKind.Section),
            ("Статья", ProvisionKind.Article), ("Ст.", ProvisionKind.Article), ("Приложение", ProvisionKind.Annex)),
        OrdinalWords = Numbers(
            ("первый", 1), ("первая", 1), ("первое", 1), ("второй", 2), ("вторая", 2), ("третий", 3), ("третья", 3),
            ("четвертый", 4), ("четвёртый", 4), ("четвертая", 4), ("пятый", 5), ("пятая", 5)),
        InsertionWords = ImmutableDictionary<string, int>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase),
        DefinitionHeadingCues = ["Основные понятия", "Термины", "Понятия", "Определения", "Используемые понятия"],
        DefinitionTextCues = ["означает", "означают", "понимается", "понимаются", " — ", " – "],
        ItemSchemes = [DecimalScheme.Instance, LetterScheme.CyrillicLower, LetterScheme.LatinLower, RomanScheme.Lower, RomanScheme.Upper],
        Citations = new CitationVocabulary
        {
            Paragraph = ["часть", "части", "частью", "ч."],
            Point = ["пункт", "пункта", "пункты", "подпункт", "подпункта", "п.", "пп."],
            Subparagraph = ["абзац", "абзаца", "абзацы"],
            Sentence = ["предложение", "предложения"],
            And = ["и"],
            To = ["по", "—", "-"],
            Filler = [],
        },
        CitationOrdinals = Numbers(("первый", 1), ("второй", 2), ("третий", 3), ("четвертый", 4), ("четвёртый", 4),
            ("пятый", 5), ("шестой", 6), ("седьмой", 7), ("восьмой", 8), ("девятый", 9), ("десятый", 10), ("последний", -1)),
        WritingKeywords = new Dictionary<ProvisionKind, string>
        {
            [ProvisionKind.Part] = "Раздел", [ProvisionKind.Title] = "Подраздел", [ProvisionKind.Chapter] = "Глава",
            [ProvisionKind.Section] = "Параграф", [ProvisionKind.Article] = "Статья", [ProvisionKind.Annex] = "Приложение",
        }.ToImmutableDictionary(),
    };
}
