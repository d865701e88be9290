namespace ModelLaw.Reading.Docx.Numbering;

/// <summary>Spells numbers 0..9999 out in English, French and Russian (lower case), cardinal and ordinal; Spanish, Arabic
/// and Chinese live in <c>NumberWords.UnLanguages.cs</c>.</summary>
internal static partial class NumberWords
{
    /// <summary>The two-letter language the word formats support ("en", "fr", "ru", "es", "ar", "zh"); English for anything else.</summary>
    public static string Lang(string? language)
    {
        var l = (language ?? "en").Trim().ToLowerInvariant();
        if (l.Length > 2) l = l[..2];
        return l is "fr" or "ru" or "es" or "ar" or "zh" ? l : "en";
    }

    private static readonly string[] EnSmall =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];
    private static readonly string[] EnTens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public static string English(int n)
    {
        if (n < 20) return EnSmall[n];
        if (n < 100) return EnTens[n / 10] + (n % 10 == 0 ? "" : "-" + EnSmall[n % 10]);
        if (n < 1000) return EnSmall[n / 100] + " hundred" + (n % 100 == 0 ? "" : " " + English(n % 100));
        return English(n / 1000) + " thousand" + (n % 1000 == 0 ? "" : " " + English(n % 1000));
    }

    public static string EnglishOrdinal(int n)
    {
        var words = English(n);
        var cut = Math.Max(words.LastIndexOf(' '), words.LastIndexOf('-')) + 1;
        var head = words[..cut];
        var last = words[cut..];
        var ord = last switch
        {
            "zero" => "zeroth",
            "one" => "first",
            "two" => "second",
            "three" => "third",
            "five" => "fifth",
            "eight" => "eighth",
            "nine" => "ninth",
            "twelve" => "twelfth",
            _ when last.EndsWith('y') => last[..^1] + "ieth",
            _ => last + "th",
        };
        return head + ord;
    }

    private static readonly string[] FrSmall =
    [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
        "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
    ];
    private static readonly string[] FrTens = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"];

    public static string French(int n)
    {
        if (n < 20) return FrSmall[n];
        if (n < 70)
        {
            var u = n % 10;
            return FrTens[n / 10] + (u == 0 ? "" : u == 1 ? " et un" : "-" + FrSmall[u]);
        }
        if (n < 80) return n == 71 ? "soixante et onze" : "soixante-" + FrSmall[n - 60];
        if (n < 100) return n == 80 ? "quatre-vingts" : "quatre-vingt-" + FrSmall[n - 80];
        if (n < 1000)
        {
            var h = n / 100;
            var rest = n % 100;
            var head = h == 1 ? "cent" : FrSmall[h] + (rest == 0 ? " cents" : " cent");
            return rest == 0 ? head : head + " " + French(rest);
        }
        var t = n / 1000;
        var r = n % 1000;
        var th = t == 1 ? "mille" : French(t) + " mille";
        return r == 0 ? th : th + " " + French(r);
    }

    public static string FrenchOrdinal(int n)
    {
        if (n == 1) return "premier";
        var w = French(n);
        if (w.EndsWith("quatre-vingts", StringComparison.Ordinal) || w.EndsWith(" cents", StringComparison.Ordinal)) w = w[..^1];
        if (w.EndsWith("cinq", StringComparison.Ordinal)) return w + "uième";
        if (w.EndsWith("neuf", StringComparison.Ordinal)) return w[..^1] + "vième";
        if (w.EndsWith('e')) return w[..^1] + "ième";
        return w + "ième";
    }

    private static readonly string[] RuSmall =
    [
        "ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать",
        "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать",
    ];
    private static readonly string[] RuTens = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"];
    private static readonly string[] RuHundreds = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"];

    private static readonly string[] RuSmallOrd =
    [
        "нулевой", "первый", "второй", "третий", "четвертый", "пятый", "шестой", "седьмой", "восьмой", "девятый", "десятый",
        "одиннадцатый", "двенадцатый", "тринадцатый", "четырнадцатый", "пятнадцатый", "шестнадцатый", "семнадцатый",
        "восемнадцатый", "девятнадцатый",
    ];
    private static readonly string[] RuTensOrd = ["", "", "двадцатый", "тридцатый", "сороковой", "пятидесятый", "шестидесятый", "семидесятый", "восьмидесятый", "девяностый"];
    private static readonly string[] RuHundredsOrd = ["", "сотый", "двухсотый", "трехсотый", "четырехсотый", "пятисотый", "шестисотый", "семисотый", "восьмисотый", "девятисотый"];

    public static string Russian(int n)
    {
        if (n < 20) return RuSmall[n];
        var parts = new List<string>();
        if (n >= 1000)
        {
            var t = n / 1000;
            parts.Add(t switch
            {
                1 => "тысяча",
                2 => "две тысячи",
                3 or 4 => RuSmall[t] + " тысячи",
                _ => RuSmall[t] + " тысяч",
            });
            n %= 1000;
        }
        if (n >= 100) { parts.Add(RuHundreds[n / 100]); n %= 100; }
        if (n >= 20) { parts.Add(RuTens[n / 10]); n %= 10; }
        if (n > 0) parts.Add(RuSmall[n]);
        return string.Join(' ', parts);
    }

    public static string RussianOrdinal(int n)
    {
        if (n < 20) return RuSmallOrd[n];
        // only the last word takes the ordinal form: "двадцать первый", "сто двадцатый"
        var u = n % 10;
        var tens = n % 100;
        var hundreds = n % 1000;
        string Head(int lastPart) => n - lastPart == 0 ? "" : Russian(n - lastPart) + " ";
        if (tens is > 0 and < 20) return Head(tens) + RuSmallOrd[tens];
        if (u > 0) return Head(u) + RuSmallOrd[u];
        if (tens > 0) return Head(tens) + RuTensOrd[tens / 10];
        if (hundreds > 0) return Head(hundreds) + RuHundredsOrd[hundreds / 100];
        return n == 1000 ? "тысячный" : Russian(n) + "ный";
    }
}
