namespace ModelLaw.Reading.Docx.Numbering;

/// <summary>Spanish, Arabic and Chinese number words for Word's <c>cardinalText</c>, <c>ordinalText</c> and <c>ordinal</c>.</summary>
internal static partial class NumberWords
{
    private static readonly string[] EsSmall =
    [
        "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
        "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós",
        "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve",
    ];
    private static readonly string[] EsTens = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"];
    private static readonly string[] EsHundreds =
        ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos"];

    /// <summary>"uno", "veintiuno", "ciento cinco", "mil doscientos".</summary>
    public static string Spanish(int n)
    {
        if (n < 30) return EsSmall[n];
        if (n < 100) return EsTens[n / 10] + (n % 10 == 0 ? "" : " y " + EsSmall[n % 10]);
        if (n == 100) return "cien";
        if (n < 1000) return EsHundreds[n / 100] + (n % 100 == 0 ? "" : " " + Spanish(n % 100));
        var head = n / 1000 == 1 ? "mil" : Spanish(n / 1000) + " mil";
        return head + (n % 1000 == 0 ? "" : " " + Spanish(n % 1000));
    }

    private static readonly string[] EsOrdUnits = ["", "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno"];
    private static readonly string[] EsOrdTens =
        ["", "décimo", "vigésimo", "trigésimo", "cuadragésimo", "quincuagésimo", "sexagésimo", "septuagésimo", "octogésimo", "nonagésimo"];
    private static readonly string[] EsOrdHundreds =
        ["", "centésimo", "ducentésimo", "tricentésimo", "cuadringentésimo", "quingentésimo", "sexcentésimo", "septingentésimo", "octingentésimo", "noningentésimo"];

    /// <summary>"primero", "undécimo", "vigésimo primero", "centésimo quinto" (masculine, as in "Artículo primero").</summary>
    public static string SpanishOrdinal(int n)
    {
        if (n == 0) return "cero";
        if (n == 11) return "undécimo";
        if (n == 12) return "duodécimo";
        var parts = new List<string>();
        if (n >= 1000) { parts.Add(n / 1000 == 1 ? "milésimo" : Spanish(n / 1000) + " milésimo"); n %= 1000; }
        if (n >= 100) { parts.Add(EsOrdHundreds[n / 100]); n %= 100; }
        if (n == 11) parts.Add("undécimo");
        else if (n == 12) parts.Add("duodécimo");
        else
        {
            if (n >= 10) parts.Add(EsOrdTens[n / 10]);
            if (n % 10 > 0) parts.Add(EsOrdUnits[n % 10]);
        }
        return string.Join(' ', parts);
    }

    private static readonly string[] ArSmall =
    [
        "صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "أحد عشر", "اثنا عشر",
        "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر",
    ];
    private static readonly string[] ArTens = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"];
    private static readonly string[] ArHundreds = ["", "مائة", "مائتان", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة", "ثمانمائة", "تسعمائة"];

    /// <summary>"واحد", "واحد وعشرون", "مائة وخمسة" (masculine cardinal, units before tens as Arabic reads them).</summary>
    public static string Arabic(int n)
    {
        if (n < 20) return ArSmall[n];
        var parts = new List<string>();
        if (n >= 1000) { parts.Add((n / 1000) switch { 1 => "ألف", 2 => "ألفان", _ => Arabic(n / 1000) + " آلاف" }); n %= 1000; }
        if (n >= 100) { parts.Add(ArHundreds[n / 100]); n %= 100; }
        if (n >= 20) parts.Add(n % 10 == 0 ? ArTens[n / 10] : ArSmall[n % 10] + " و" + ArTens[n / 10]);
        else if (n > 0) parts.Add(ArSmall[n]);
        return string.Join(" و", parts);
    }

    private static readonly string[] ArOrdSmall = ["", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"];
    private static readonly string[] ArOrdCompound = ["", "الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];

    /// <summary>"الأول", "الحادي عشر", "الحادي والعشرون", "المائة" (masculine, as in "الفصل الأول"); larger values in digits.</summary>
    public static string ArabicOrdinal(int n)
    {
        if (n <= 0 || n > 100) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (n <= 10) return ArOrdSmall[n];
        if (n < 20) return ArOrdCompound[n - 10] + " عشر";
        if (n == 100) return "المائة";
        var tens = "ال" + ArTens[n / 10];
        return n % 10 == 0 ? tens : ArOrdCompound[n % 10] + " و" + tens;
    }

    private const string ZhDigits = "零一二三四五六七八九";

    /// <summary>Chinese counting numerals: 一, 十, 十一, 二十三, 一百零五, 一千零一.</summary>
    public static string Chinese(int n)
    {
        if (n < 10) return ZhDigits[n].ToString();
        if (n < 20) return "十" + (n % 10 == 0 ? "" : ZhDigits[n % 10].ToString());
        if (n < 100) return ZhDigits[n / 10] + "十" + (n % 10 == 0 ? "" : ZhDigits[n % 10].ToString());
        if (n < 1000)
        {
            var r = n % 100;
            var head = ZhDigits[n / 100] + "百";
            if (r == 0) return head;
            if (r < 10) return head + "零" + ZhDigits[r];
            return head + (r < 20 ? "一" + Chinese(r) : Chinese(r));
        }
        var rest = n % 1000;
        var th = ZhDigits[n / 1000] + "千";
        if (rest == 0) return th;
        if (rest < 100) return th + "零" + (rest is >= 10 and < 20 ? "一" + Chinese(rest) : Chinese(rest));
        return th + Chinese(rest);
    }
}
