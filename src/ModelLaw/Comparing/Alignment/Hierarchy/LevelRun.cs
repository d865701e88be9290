using System.Collections.Immutable;
using ModelLaw.Comparing.Alignment.Assignment;
using ModelLaw.Comparing.Alignment.Candidates;
using ModelLaw.Comparing.Alignment.Signals;

namespace ModelLaw.Comparing.Alignment.Hierarchy;

/// <summary>One level aligned: candidates from the sources, signals, probabilities, the assignment rule; links in rows.</summary>
internal static class LevelRun
{
    public static List<RowLink> Run(AlignmentPipeline pipeline, LevelContext context, IEnumerable<ICandidateSource> sources)
    {
        var rows = context.Rows;
        if (rows.ModelRows.Length == 0 || rows.NationalRows.Length == 0) return [];
        var pairs = pipeline.Candidate(context, sources);
        var p = pipeline.Model.Probabilities(context.Level, pairs);
        var links = LevelAssigner.Assign(context, pairs, p, pipeline.Assignment);
        int lexical = Array.IndexOf(pairs.Names.ToArray(), "lexical");
        var result = new List<RowLink>(links.Links.Count);
        foreach (var l in links.Links)
        {
            var ms = l.Model.Select(s => rows.ModelRows[s]).Order().ToImmutableArray();
            var ns = l.National.Select(s => rows.NationalRows[s]).Order().ToImmutableArray();
            float similarity = lexical >= 0 ? pairs.Feature(lexical, l.Pair) : 0;
            result.Add(new RowLink(ms, ns, p[l.Pair], l.Origin, context.Level, similarity, pipeline.Model.Explain(context.Level, pairs, l.Pair)));
        }
        return result;
    }
}
