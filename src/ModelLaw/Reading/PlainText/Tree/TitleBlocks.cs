using System.Text.RegularExpressions;
using ModelLaw.Reading.PlainText.Lines;

namespace ModelLaw.Reading.PlainText.Tree;

/// <summary>
/// The act's title among the text blocks that open a document. A first line that only names the State ("REPUBLIC OF
/// ARCADIA", "RÉPUBLIQUE DE VALMONT") is the jurisdiction when the next block names the instrument ("… ACT", "LOI n° …");
/// a title that is only the instrument and its issuer ("ЗАКОН СЕВЕРНОЙ РЕСПУБЛИКИ") takes the subject line that follows
/// ("О противодействии …"), as the Russian, French and Spanish styles set them on two lines.
/// </summary>
internal static partial class TitleBlocks
{
    /// <summary>What the opening blocks give: the title, the jurisdiction line if any, and how many blocks they take.</summary>
    public readonly record struct Opening(string Title, string? Jurisdiction, int Consumed);

    /// <summary>Reads the opening; <paramref name="blocks"/> starts with a text block.</summary>
    public static Opening Take(IReadOnlyList<Block> blocks)
    {
        string first = OneLine(blocks[0].Text);
        if (Text(blocks, 1) is { } second && NamesState(first) && !NamesInstrument(first) && NamesInstrument(second))
            return WithSubject(new Opening(second, first, 2), blocks);
        return WithSubject(new Opening(first, null, 1), blocks);
    }

    private static Opening WithSubject(Opening opening, IReadOnlyList<Block> blocks)
    {
        if (Text(blocks, opening.Consumed) is not { } next) return opening;
        bool bare = NamesInstrument(opening.Title) && opening.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6;
        bool subject = blocks[opening.Consumed].StartLine == blocks[opening.Consumed].EndLine && next.Length <= 300
            && SubjectLine().IsMatch(next) && !":;,.".Contains(next.TrimEnd()[^1]);
        return bare && subject ? opening with { Title = opening.Title + " " + next, Consumed = opening.Consumed + 1 } : opening;
    }

    private static string? Text(IReadOnlyList<Block> blocks, int i) =>
        i < blocks.Count && blocks[i].Type == BlockType.Text && blocks[i].MarkdownLevel == 0 ? OneLine(blocks[i].Text) : null;

    private static string OneLine(string text) => text.Replace('\n', ' ');

    private static bool NamesState(string line) => line.Length <= 80 && StateName().IsMatch(line);

    private static bool NamesInstrument(string line) => Instrument().IsMatch(line);

    [GeneratedRegex(@"^\s*(?:the\s+)?(?:(?:federal\s+|islamic\s+|united\s+|democratic\s+|people's\s+)*(?:republic|kingdom|state|commonwealth|federation|principality|grand\s+duchy|union|emirate|sultanate)\s+of\b|(?:république|royaume|état|principauté|confédération|fédération)\b|(?:республика|королевство|федерация|государство|союз)\b|(?:república|reino|estado|principado)\b|(?:جمهورية|مملكة|دولة|إمارة|سلطنة))"
        + @"|(?:republic|kingdom|federation|islands)\s*$|共和国$|王国$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StateName();

    [GeneratedRegex(@"\b(?:act|law|code|ordinance|decree|regulation|directive|constitution|statute|proclamation|loi|décret|ordonnance|règlement|закон|кодекс|указ|постановление|конституция|ley|código|decreto|reglamento|constitución)\b|قانون|نظام|مرسوم|لائحة|法$|条例$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Instrument();

    [GeneratedRegex(@"^(?:о|об|обо|relati(?:ve|f)\s+à|relatif\s+aux?|portant|sur|on|relating\s+to|sobre|por\s+la\s+que|por\s+el\s+que|de\s+(?:prevención|protección|lucha))\s",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectLine();
}
