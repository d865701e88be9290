using ModelLaw.Text;

namespace ModelLaw.Tests.Text;

/// <summary>The library's one Roman-numeral reader and writer, checked over its whole range.</summary>
public class RomanNumeralsTests
{
    [Test]
    public void Every_number_below_4000_is_written_and_read_back_in_both_cases()
    {
        for (int n = 1; n < 4000; n++)
        {
            RomanNumerals.TryParse(RomanNumerals.ToUpper(n), out var upper).Should().BeTrue();
            RomanNumerals.TryParse(RomanNumerals.ToLower(n), out var lower).Should().BeTrue();
            (upper, lower).Should().Be((n, n));
            RomanNumerals.Lenient(RomanNumerals.ToUpper(n)).Should().Be(n);
        }
    }

    [TestCase("IIII", 4)]
    [TestCase("VX", 5)]
    [TestCase("IC", 99)]
    public void Non_canonical_forms_are_refused_strictly_but_read_leniently(string token, int lenient)
    {
        RomanNumerals.TryParse(token, out _).Should().BeFalse();
        RomanNumerals.Lenient(token).Should().Be(lenient);
    }

    [TestCase("")]
    [TestCase("IVa")]
    [TestCase("bis")]
    [TestCase("Ⅳ")]
    public void A_token_that_is_not_a_numeral_has_no_value(string token)
    {
        RomanNumerals.TryParse(token, out _).Should().BeFalse();
        RomanNumerals.Lenient(token).Should().BeNull();
    }
}
