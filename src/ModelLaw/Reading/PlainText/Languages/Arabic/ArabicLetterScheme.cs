using ModelLaw.Reading.PlainText.Numbering;
using ModelLaw.Text;

namespace ModelLaw.Reading.PlainText.Languages.Arabic;

/// <summary>
/// Arabic letters as list labels, in abjad order (أ ب ج د هـ و ز ح ط ي ك ل م ن …, the order of legal lists) or in the
/// alphabetical (hijai) order (أ ب ت ث ج ح خ …). "هـ" with its tatweel and "ه" are the same label. The value is the
/// letter without tatweel, with hamza on the first ("أ").
/// </summary>
public sealed class ArabicLetterScheme : INumberingScheme
{
    private readonly string _alphabet;

    private ArabicLetterScheme(string name, string alphabet)
    {
        Name = name;
        _alphabet = alphabet;
    }

    /// <summary>Abjad order: أ ب ج د ه و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ.</summary>
    public static ArabicLetterScheme Abjad { get; } = new("arabic-abjad", "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ");

    /// <summary>Alphabetical (hijai) order: أ ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه و ي.</summary>
    public static ArabicLetterScheme Alphabetical { get; } = new("arabic-alpha", "أبتثجحخدذرزسشصضطظعغفقكلمنهوي");

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public bool TryParse(string token, out SchemeNumber number)
    {
        number = default;
        var t = token.Replace(ArabicText.Tatweel.ToString(), "", StringComparison.Ordinal);
        if (t.Length != 1) return false;
        var c = t[0] is 'ا' or 'إ' or 'آ' ? 'أ' : t[0] == 'ة' ? 'ه' : t[0];
        var pos = _alphabet.IndexOf(c, StringComparison.Ordinal);
        if (pos < 0) return false;
        number = new SchemeNumber(pos + 1, 0, c.ToString());
        return true;
    }
}
