using System.Collections.Immutable;
using ModelLaw.Coverage.Text;
using ModelLaw.Documents;

namespace ModelLaw.Coverage;

/// <summary>
/// Which elements of each principle a text shows, and where: an element is present when one of its phrases stands, not
/// negated, in a provision that holds evidence for the principle (its heading or any sentence). One per analysis.
/// </summary>
internal sealed class ElementTracker(CompiledCatalog compiled, CoverageOptions options)
{
    private readonly Dictionary<(int Principle, int Element), List<string>> _citations = new();

    /// <summary>Looks for the elements of <paramref name="principles"/> in one provision that holds evidence for them.</summary>
    public void Record(Provision provision, IReadOnlyList<AnalysedSentence> sentences, IEnumerable<int> principles)
    {
        AnalysedSentence? heading = null;
        foreach (var i in principles.Distinct())
        {
            var elements = compiled.Principles[i].Elements;
            for (int k = 0; k < elements.Length; k++)
            {
                if (_citations.TryGetValue((i, k), out var seen) && seen.Contains(provision.Citation)) continue;
                if (heading is null && !string.IsNullOrWhiteSpace(provision.Heading)) heading = new AnalysedSentence(provision.Heading.Trim(), compiled.Rules);
                bool present = sentences.Any(s => Mentions(s, elements[k])) || (heading is not null && Mentions(heading, elements[k]));
                if (!present) continue;
                if (seen is null) _citations[(i, k)] = seen = new();
                seen.Add(provision.Citation);
            }
        }
    }

    private bool Mentions(AnalysedSentence sentence, CompiledElement element) =>
        element.Patterns.Any(p => sentence.Mentions(p.Pattern, p.Negatable, options));

    /// <summary>The elements of principle <paramref name="principle"/> that have phrases in the text's language, present or not, in catalogue order.</summary>
    public ImmutableArray<ElementCoverage> For(int principle)
    {
        var elements = compiled.Principles[principle].Elements;
        var result = ImmutableArray.CreateBuilder<ElementCoverage>(elements.Length);
        for (int k = 0; k < elements.Length; k++)
            result.Add(new ElementCoverage(elements[k].Element,
                _citations.TryGetValue((principle, k), out var c) ? c.ToImmutableArray() : ImmutableArray<string>.Empty));
        return result.MoveToImmutable();
    }
}
