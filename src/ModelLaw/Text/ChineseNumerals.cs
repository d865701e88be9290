namespace ModelLaw.Text;

/// <summary>Chinese numerals as laws write them: 一, 十, 十一, 二十三, 一百零五, 一百一十; also 〇/零, 两, and financial 壹貳.</summary>
internal static class ChineseNumerals
{
    /// <summary>True for a character that may be part of a Chinese numeral.</summary>
    public static bool IsNumeral(char c) => Digit(c) >= 0 || Unit(c) > 0;

    private static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '貳' or '贰' => 2,
        '三' or '參' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陸' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    private static int Unit(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };

    /// <summary>Reads a numeral ("二十三" → 23, "一百零五" → 105, "十" → 10); false for anything else or above 9999.</summary>
    public static bool TryParse(string s, out int value)
    {
        value = 0;
        if (string.IsNullOrEmpty(s) || s.Length > 8) return false;
        int total = 0, current = -1;
        int lastUnit = int.MaxValue;
        foreach (var c in s)
        {
            var d = Digit(c);
            if (d >= 0)
            {
                if (current > 0) return false; // two digits in a row ("二三") is not a counting numeral
                current = d;
                continue;
            }
            var u = Unit(c);
            if (u == 0 || u >= lastUnit) return false;
            total += (current < 0 ? 1 : current) * u; // "十" alone is ten
            current = -1;
            lastUnit = u;
        }
        if (current > 0) total += current;
        if (total == 0) return false;
        value = total;
        return true;
    }
}
