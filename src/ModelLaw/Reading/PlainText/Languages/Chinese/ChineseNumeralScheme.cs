using System.Globalization;
using ModelLaw.Reading.PlainText.Numbering;
using ModelLaw.Text;

namespace ModelLaw.Reading.PlainText.Languages.Chinese;

/// <summary>Items numbered with Chinese numerals, as in "（一）", "（二十三）". The value is the decimal number ("23").</summary>
public sealed class ChineseNumeralScheme : INumberingScheme
{
    /// <summary>The shared instance.</summary>
    public static ChineseNumeralScheme Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "han-numeral";

    /// <inheritdoc />
    public bool TryParse(string token, out SchemeNumber number)
    {
        number = default;
        if (!ChineseNumerals.TryParse(token, out var v)) return false;
        number = new SchemeNumber(v, 0, v.ToString(CultureInfo.InvariantCulture));
        return true;
    }
}
