using System.Text;

namespace ModelLaw.Benchmarks.Synthetic;

/// <summary>
/// A first-order word Markov chain trained on legal sentences: new sentences with the corpus's vocabulary, word
/// frequencies and phrasing ("Member States shall ensure that ..."), but not copies of it, so a synthetic law of
/// 10,000 provisions has the spread of distinct terms a real one has.
/// </summary>
internal sealed class MarkovText
{
    private const string Start = "\u0002";
    private const string End = "\u0003";
    private readonly Dictionary<string, List<string>> _next = new(StringComparer.Ordinal);
    private readonly List<string> _words = new();

    public MarkovText(IEnumerable<string> sentences, int minWords = 3)
    {
        foreach (var s in sentences)
        {
            var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < minWords) continue;
            var prev = Start;
            foreach (var w in words)
            {
                Add(prev, w);
                _words.Add(w);
                prev = w;
            }
            Add(prev, End);
        }
        if (_words.Count == 0) throw new InvalidOperationException("no training sentences for the synthetic text generator");
    }

    private void Add(string a, string b)
    {
        if (!_next.TryGetValue(a, out var l)) _next[a] = l = new();
        l.Add(b);
    }

    /// <summary>A sentence of about <paramref name="minWords"/>..<paramref name="maxWords"/> words.</summary>
    public string Sentence(Random rng, int minWords, int maxWords)
    {
        var sb = new StringBuilder();
        int n = 0;
        var prev = Start;
        while (n < maxWords)
        {
            var options = _next.TryGetValue(prev, out var l) ? l : _next[Start];
            var w = options[rng.Next(options.Count)];
            if (w == End)
            {
                if (n >= minWords) break;
                prev = Start; // too short: carry on with a new clause
                while (sb.Length > 0 && sb[^1] is '.' or ',' or ';' or ':') sb.Length--;
                if (sb.Length > 0) sb.Append(',');
                continue;
            }
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(w);
            prev = w;
            n++;
        }
        var s = sb.ToString().TrimEnd(',', ';', ':');
        if (s.Length == 0) return s;
        s = char.ToUpperInvariant(s[0]) + s[1..];
        return s.EndsWith('.') ? s : s + ".";
    }

    /// <summary>A single word drawn by corpus frequency.</summary>
    public string Word(Random rng) => _words[rng.Next(_words.Count)];
}
