using System.Collections.Immutable;

namespace ModelLaw.Reading.PlainText;

/// <summary>
/// Detects the language of a text from its script and frequent words. Immutable: the stopwords of the profiles of one
/// script are one table (word → the profiles it belongs to), so each word of the sample is looked up once, as a span.
/// </summary>
internal sealed class LanguageDetector
{
    private const int SampleLength = 40_000, SampleWords = 5_000;
    private readonly ImmutableArray<LanguageProfile> _profiles;
    private readonly Dictionary<Script, ScriptTable> _tables = new();

    public LanguageDetector(ImmutableArray<LanguageProfile> profiles)
    {
        _profiles = profiles;
        foreach (var group in profiles.GroupBy(p => p.Script))
            _tables[group.Key] = new ScriptTable(group.ToArray());
    }

    public LanguageProfile Detect(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        if (!_tables.TryGetValue(MainScript(sample), out var table)) return _profiles[0];
        var candidates = table.Profiles;
        if (candidates.Length == 1) return candidates[0];

        var scores = new int[candidates.Length];
        Span<char> word = stackalloc char[64];
        int length = 0, words = 0;
        string? longWord = null; // a word longer than the buffer, as a string (rare)
        foreach (var c in sample)
        {
            if (char.IsAsciiLetter(c) || c == '\'' || c > '\u007F' && char.IsLetter(c))
            {
                var lower = char.IsAscii(c) ? (char)(c | (char.IsAsciiLetter(c) ? 0x20 : 0)) : char.ToLowerInvariant(c);
                if (length < word.Length) word[length] = lower;
                else longWord = (longWord ?? word.ToString()) + lower;
                length++;
                continue;
            }
            if (length == 0) continue;
            table.Score(longWord is null ? word[..length] : longWord.AsSpan(), scores);
            length = 0;
            longWord = null;
            if (++words > SampleWords) break;
        }
        int best = 0;
        for (int i = 1; i < scores.Length; i++) if (scores[i] > scores[best]) best = i;
        return candidates[best];
    }

    /// <summary>The script most letters are in; ties go to the script seen first.</summary>
    private static Script MainScript(ReadOnlySpan<char> sample)
    {
        // counts per script in an array (a dictionary lookup per character cost more than the rest of detection)
        var counts = new int[Enum.GetValues<Script>().Max(v => (int)v) + 1];
        var seen = new List<Script>(4);
        foreach (var c in sample)
        {
            if (char.IsAscii(c))
            {
                if (char.IsAsciiLetter(c) && counts[(int)Script.Latin]++ == 0) seen.Add(Script.Latin);
                continue;
            }
            Script? s = c switch
            {
                >= '\u0400' and <= '\u04FF' => Script.Cyrillic,
                >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' => Script.Arabic,
                >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' => Script.Han,
                _ when char.IsLetter(c) && c < '\u0250' => Script.Latin,
                _ => null,
            };
            if (s is { } x && counts[(int)x]++ == 0) seen.Add(x);
        }
        return seen.Count == 0 ? Script.Latin : seen.MaxBy(x => counts[(int)x]);
    }

    /// <summary>The profiles of one script, in registration order, and their stopwords.</summary>
    private sealed class ScriptTable
    {
        // word → bit i set when the word is a stopword of profile i; used when every profile compares words ordinally
        private readonly Dictionary<string, ulong>? _owners;
        private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public ScriptTable(LanguageProfile[] profiles)
        {
            Profiles = profiles;
            if (profiles.Length > 64 || profiles.Any(p => !ReferenceEquals(p.Stopwords.KeyComparer, StringComparer.Ordinal))) return;
            _owners = new Dictionary<string, ulong>(StringComparer.Ordinal);
            for (int i = 0; i < profiles.Length; i++)
                foreach (var w in profiles[i].Stopwords)
                    _owners[w] = _owners.GetValueOrDefault(w) | 1UL << i;
            _lookup = _owners.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public LanguageProfile[] Profiles { get; }

        public void Score(ReadOnlySpan<char> word, int[] scores)
        {
            if (_owners is null)
            {
                var w = word.ToString();
                for (int i = 0; i < Profiles.Length; i++) if (Profiles[i].Stopwords.Contains(w)) scores[i]++;
                return;
            }
            if (!_lookup.TryGetValue(word, out var owners)) return;
            for (int i = 0; i < Profiles.Length; i++) if ((owners & 1UL << i) != 0) scores[i]++;
        }
    }
}
