using DiffPlex;
using ModelLaw.Text.Analysis;

namespace ModelLaw.Comparing.Diffing;

/// <summary>
/// DiffPlex's <see cref="IChunker"/> over the library's one tokenizer (<see cref="LegalTokenizer"/>): tokens that keep
/// every character, so the runs of a diff rebuild both texts exactly — words (with inner hyphens), runs of ordinary
/// white space, each non-breaking or thin space on its own, each punctuation mark on its own (« » — – ; :), references
/// such as "5(2)(a)", "2014/65/EU" or "1.5" as one token, each Chinese character on its own. Stateless and thread-safe.
/// </summary>
public sealed class LegalChunker : IChunker
{
    /// <summary>The shared instance.</summary>
    public static LegalChunker Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<string> Chunk(string text) => Tokenize(text);

    /// <summary>Splits <paramref name="text"/> into tokens; concatenating them gives the text back.</summary>
    public static string[] Tokenize(string? text)
    {
        var tokens = LegalTokenizer.Tokenize(text);
        var result = new string[tokens.Length];
        for (int i = 0; i < tokens.Length; i++) result[i] = text!.Substring(tokens[i].Start, tokens[i].Length);
        return result;
    }
}
