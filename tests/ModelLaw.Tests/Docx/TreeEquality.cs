using Microsoft.Extensions.DependencyInjection;
using ModelLaw.DependencyInjection;
using ModelLaw.Documents;
using ModelLaw.Reading;

namespace ModelLaw.Tests.Docx;

/// <summary>Helpers for comparing the trees read from a text and from a Word document.</summary>
internal static class TreeEquality
{
    private static readonly Lazy<ITextParser?> Parser = new(() =>
        new ServiceCollection().AddModelLaw().BuildServiceProvider().GetService<ITextParser>());

    /// <summary>The registered plain-text parser; the test is ignored while none is registered.</summary>
    public static ITextParser ParserOrIgnore()
    {
        if (Parser.Value is null) Assert.Ignore("no ITextParser is registered in AddModelLaw() yet");
        return Parser.Value!;
    }

    /// <summary>A description of the first provision where two trees differ, or null when they are equal.</summary>
    public static string? FirstDifference(Provision expected, Provision actual)
    {
        if (expected.Equals(actual)) return null;
        string Describe(Provision p) =>
            $"{p.Kind} '{p.Number?.Written}' heading '{p.Heading}' content '{Short(p.Content)}' wrap-up '{Short(p.WrapUp)}' ({p.Children.Length} children)";
        if (expected.Kind != actual.Kind || expected.Number?.Written != actual.Number?.Written || expected.Number?.Value != actual.Number?.Value
            || expected.Heading != actual.Heading || expected.Content != actual.Content || expected.WrapUp != actual.WrapUp
            || !expected.Tags.SequenceEqual(actual.Tags) || expected.Children.Length != actual.Children.Length)
        {
            var firstChild = Enumerable.Range(0, Math.Min(expected.Children.Length, actual.Children.Length))
                .FirstOrDefault(i => !expected.Children[i].Equals(actual.Children[i]), -1);
            return $"at {(expected.Citation.Length > 0 ? expected.Citation : "the root")}: text gives {Describe(expected)}, docx gives {Describe(actual)}"
                + (firstChild >= 0 ? $"; first different child: {FirstDifference(expected.Children[firstChild], actual.Children[firstChild])}" : "");
        }
        for (int i = 0; i < expected.Children.Length; i++)
            if (FirstDifference(expected.Children[i], actual.Children[i]) is { } d) return d;
        return null;
    }

    private static string Short(string? s) => s is null ? "" : s.Length > 80 ? s[..80] + "…" : s;
}
