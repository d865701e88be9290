using System.Collections.Concurrent;
using ModelLaw.Documents;
using ModelLaw.Reading;

namespace ModelLaw.Tests.Comparing.Randomized;

/// <summary>
/// A real law to mutate, and the unrelated law of the same language whose units the generator inserts as new ones.
/// Paths are relative to ../shared/real-texts (<c>real:</c>) or to the repository's corpus folder (<c>corpus:</c>).
/// </summary>
/// <param name="Name">Short name for reports.</param>
/// <param name="Language">Language code passed to the reader.</param>
/// <param name="Law">The law mutated into the national side.</param>
/// <param name="Filler">The law the inserted units come from.</param>
/// <param name="FillerUnits">When not empty, only these unit numbers of the filler are used (those with no model counterpart).</param>
internal sealed record RandomizedLaw(string Name, string Language, string Law, string Filler, string[] FillerUnits)
{
    /// <summary>The laws the suite and the probe run on: both drafting traditions, seven languages.</summary>
    public static IReadOnlyList<RandomizedLaw> All { get; } =
    [
        new("prospectus-en", "en", "real:eu-prospectus-2003-71-to-2017-1129-en/model.txt", "corpus:models/ai-ct-model-law.en.txt", []),
        new("prospectus-fr", "fr", "real:eu-prospectus-2003-71-to-2017-1129-fr/model.txt", "corpus:models/ai-ct-model-law.fr.txt", []),
        new("mifid-en", "en", "real:eu-mifid-2004-39-to-2014-65-en/model.txt", "corpus:models/ai-ct-model-law.en.txt", []),
        new("pipeda-sections", "en", "real:ca-pipeda-2000/text.txt", "corpus:models/ai-ct-model-law.en.txt", []),
        new("usc44-sections", "en", "real:us-usc-44-ch35/text.txt", "corpus:models/ai-ct-model-law.en.txt", []),
        new("constitucion-es", "es", "real:es-constitucion-1978/text.txt", "corpus:models/ai-ct-model-law.es.txt", []),
        new("model-law-ru", "ru", "corpus:models/ai-ct-model-law.ru.txt", "corpus:national/severia.ru.txt", ["3", "28"]),
        new("data-security-zh", "zh", "real:zh-data-security-law/text.txt", "corpus:models/ai-ct-model-law.zh.txt", []),
        new("counter-terrorism-ar", "ar", "real:ar-sa-counter-terrorism/text.txt", "corpus:models/ai-ct-model-law.ar.txt", []),
    ];

    /// <summary>The law of this name.</summary>
    public static RandomizedLaw Named(string name) => All.FirstOrDefault(l => l.Name == name)
        ?? throw new ArgumentException($"no randomized law '{name}' ({string.Join(", ", All.Select(l => l.Name))})", nameof(name));

    /// <summary>True when the law reads from ../shared/real-texts.</summary>
    public bool NeedsRealTexts => Law.StartsWith("real:", StringComparison.Ordinal) || Filler.StartsWith("real:", StringComparison.Ordinal);

    /// <summary>The full path of a <c>real:</c> or <c>corpus:</c> reference.</summary>
    public static string Resolve(string reference, string realTexts, string corpus) =>
        reference.StartsWith("real:", StringComparison.Ordinal) ? Path.Combine(realTexts, reference[5..])
        : reference.StartsWith("corpus:", StringComparison.Ordinal) ? Path.Combine(corpus, reference[7..])
        : throw new ArgumentException($"not a real: or corpus: reference: {reference}", nameof(reference));
}

/// <summary>Reads each law once per process (the trees are immutable, so cases of every seed share them).</summary>
internal sealed class RandomizedLawLoader(string realTexts, string corpus)
{
    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();
    private readonly ConcurrentDictionary<string, Lazy<LegalDocument>> _read = new(StringComparer.Ordinal);

    /// <summary>The parsed law and filler of <paramref name="law"/>.</summary>
    public (LegalDocument Law, LegalDocument Filler) Load(RandomizedLaw law) =>
        (Read(law.Law, law.Language), Read(law.Filler, law.Language));

    private LegalDocument Read(string reference, string language) =>
        _read.GetOrAdd(reference + "|" + language, _ => new Lazy<LegalDocument>(() =>
            Engine.ReadAsync(RandomizedLaw.Resolve(reference, realTexts, corpus), ReadOptions.Default with { Language = language })
                .GetAwaiter().GetResult())).Value;
}
