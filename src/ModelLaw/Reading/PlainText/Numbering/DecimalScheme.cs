using System.Globalization;

namespace ModelLaw.Reading.PlainText.Numbering;

/// <summary>Decimal numbers, with an optional inserted-number letter: "5", "10a", "1b".</summary>
public sealed class DecimalScheme : INumberingScheme
{
    /// <summary>The shared instance (stateless).</summary>
    public static DecimalScheme Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "decimal";

    /// <inheritdoc />
    public bool TryParse(string token, out SchemeNumber number) => TryParse(token.AsSpan(), out number);

    /// <inheritdoc />
    public bool TryParse(ReadOnlySpan<char> token, out SchemeNumber number)
    {
        number = default;
        int i = 0;
        while (i < token.Length && token[i] is >= '0' and <= '9') i++;
        if (i == 0 || i > 5) return false;
        var ordinal = int.Parse(token[..i], NumberStyles.None, CultureInfo.InvariantCulture);
        var rest = token[i..];
        int insertion = 0;
        if (rest.Length == 1 && rest[0] is >= 'a' and <= 'z') insertion = rest[0] - 'a' + 1;
        else if (rest.Length != 0) return false;
        number = new SchemeNumber(ordinal, insertion, insertion == 0 ? Numbers.Decimal(ordinal) : Numbers.Decimal(ordinal) + rest[0]);
        return true;
    }
}
