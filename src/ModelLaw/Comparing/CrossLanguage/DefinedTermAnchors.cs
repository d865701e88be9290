using System.Text.RegularExpressions;
using ModelLaw.Documents;

namespace ModelLaw.Comparing.CrossLanguage;

/// <summary>
/// Defined terms as anchors across languages: once a first alignment has linked a model definition with a national
/// one ("'investment firm' means" with "« entreprise d'investissement » :"), the two terms are one term, and every
/// provision that uses either gets the same anchor, however little the words of the two languages look alike.
/// </summary>
internal static partial class DefinedTermAnchors
{
    /// <summary>A term pair: the folded words of the model's term and of the national term.</summary>
    internal sealed record TermPair(string[] Model, string[] National);

    // the term a definition defines: the words inside the first quotation marks near its start ("(4) 'X' means",
    // "a) « X » :", "“X”，是指")
    // (an apostrophe inside a word, as in "d'intelligence", does not close the term)
    [GeneratedRegex(@"^\W{0,6}(?:[\p{L}\p{N}]{1,4}[.)]\s*)?[«""“‘'„「]\s*(?<t>(?:[^«»""“”‘’'„「」\n]|['’](?=\p{L})){1,80}?)\s*(?:[»""”“」]|['’](?!\p{L}))")]
    private static partial Regex Quoted();

    /// <summary>The folded words of the term <paramref name="p"/> defines, or null.</summary>
    public static string[]? TermOf(Provision p) => TermOf(p.Content);

    /// <summary>The folded words of the term a definition's text defines, or null.</summary>
    public static string[]? TermOf(string content)
    {
        var m = Quoted().Match(content.TrimStart());
        if (!m.Success) return null;
        var words = ScriptFolding.Words(m.Groups["t"].Value).Select(Key).ToArray();
        return words.Length is > 0 and <= 8 && words.Sum(w => w.Length) >= 3 ? words : null;
    }

    /// <summary>The term pairs of the linked definitions among <paramref name="links"/> (at any depth), each term once.</summary>
    public static List<TermPair> Pairs(IEnumerable<CrossLink> links)
    {
        var pairs = new List<TermPair>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in links.SelectMany(Flatten))
        {
            if (l.Model.Count != 1 || l.National.Count != 1) continue;
            if (TermOf(l.Model[0]) is not { } a || TermOf(l.National[0]) is not { } b) continue;
            if (seen.Add(string.Join(' ', a)) && seen.Add("\u0001" + string.Join(' ', b))) pairs.Add(new TermPair(a, b));
        }
        return pairs;
    }

    /// <summary>One anchor per use of a term of <paramref name="pairs"/> in <paramref name="text"/>.</summary>
    public static IEnumerable<string> In(string text, List<TermPair> pairs, bool national)
    {
        var words = ScriptFolding.Words(text).Select(Key).ToArray();
        for (int k = 0; k < pairs.Count; k++)
        {
            var term = national ? pairs[k].National : pairs[k].Model;
            for (int i = 0; i + term.Length <= words.Length; i++)
                if (StartsAt(words, i, term)) yield return "def" + k;
        }
    }

    private static bool StartsAt(string[] words, int at, string[] term)
    {
        for (int j = 0; j < term.Length; j++)
            if (!string.Equals(words[at + j], term[j], StringComparison.Ordinal)) return false;
        return true;
    }

    // the first five letters of a word: enough to tell terms apart, and blind to most endings ("clients", "клиента")
    private static string Key(string w) => w.Length <= 5 ? w : w[..5];

    private static IEnumerable<CrossLink> Flatten(CrossLink l) => l.Children.SelectMany(Flatten).Prepend(l);
}
