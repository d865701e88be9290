using System.Globalization;

namespace ModelLaw.Benchmarks.Synthetic;

/// <summary>
/// <c>generate law N OUT.txt [SEED]</c>: one synthetic model law of about N provisions.
/// <c>generate pair N DIR [SEED]</c>: DIR/model.txt and DIR/national.txt (a variant of it).
/// <c>generate batch COUNT DIR [SEED]</c>: COUNT national texts of corpus size, each a variant of an English corpus text.
/// </summary>
internal static class GenerateCommand
{
    public static int Run(string[] args)
    {
        if (args.Length < 3) { Console.Error.WriteLine("usage: generate law N OUT.txt [SEED] | pair N DIR [SEED] | batch COUNT DIR [SEED]"); return 2; }
        int n = int.Parse(args[1], CultureInfo.InvariantCulture);
        int seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
        var gen = SyntheticLawGenerator.FromCorpus("en");
        switch (args[0])
        {
            case "law":
                File.WriteAllText(args[2], SyntheticLawGenerator.Render(gen.Law(n, new Random(seed)), "Synthetic model law"));
                return 0;
            case "pair":
            {
                Directory.CreateDirectory(args[2]);
                var model = gen.Law(n, new Random(seed));
                File.WriteAllText(Path.Combine(args[2], "model.txt"), SyntheticLawGenerator.Render(model, "Synthetic model law"));
                File.WriteAllText(Path.Combine(args[2], "national.txt"), SyntheticLawGenerator.Render(gen.Variant(model, new Random(seed + 1)), "Synthetic national law"));
                return 0;
            }
            case "batch":
            {
                Directory.CreateDirectory(args[2]);
                for (int i = 0; i < n; i++)
                {
                    var rng = new Random(seed * 1_000_003 + i);
                    var (name, tree) = gen.CorpusTexts[i % gen.CorpusTexts.Count];
                    var text = SyntheticLawGenerator.Render(gen.Variant(tree, rng), $"National law {i + 1} (after {name})");
                    File.WriteAllText(Path.Combine(args[2], $"national-{i + 1:0000}.txt"), text);
                }
                Console.WriteLine($"wrote {n} texts to {args[2]}");
                return 0;
            }
            default:
                Console.Error.WriteLine("generate: law, pair or batch");
                return 2;
        }
    }
}
