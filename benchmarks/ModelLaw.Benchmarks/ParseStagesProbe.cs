#if MODELLAW_BASELINE
extern alias baseline;
#endif
using System.Diagnostics;
using System.Reflection;

namespace ModelLaw.Benchmarks;

/// <summary>
/// <c>probe parse-stages [N] [FILE]</c>: CPU time of each stage of the plain-text parse (language detection, invisible
/// characters, classify and split blocks, assemble, build the immutable tree) of one real text, N rounds after warm-up,
/// for the current library and, when benchmarks/ModelLaw.Benchmarks/baseline/ holds one, the baseline build beside it
/// in the same process. The stages are reached by reflection, so the probe survives changes of the internals' shape.
/// </summary>
internal static class ParseStagesProbe
{
    public static int Run(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 30;
        var file = args.Length > 1 ? args[1] : "eu-mifid-2004-39-to-2014-65-en/national.txt";
        var text = File.ReadAllText(Path.Combine(Inputs.RealTexts, file));
        var assemblies = new List<(string Name, Assembly Assembly)> { ("current", typeof(ModelLaw.Reading.ReadOptions).Assembly) };
#if MODELLAW_BASELINE
        assemblies.Insert(0, ("baseline", typeof(baseline::ModelLaw.Reading.ReadOptions).Assembly));
#endif
        foreach (var (name, assembly) in assemblies)
        {
            var stages = new Stages(assembly);
            var laps = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            for (int r = -5; r < rounds; r++)
            {
                var lap = stages.Run(text);
                if (r < 0) continue;
                foreach (var (stage, ms) in lap)
                {
                    if (!laps.TryGetValue(stage, out var list)) laps[stage] = list = new();
                    list.Add(ms);
                }
            }
            Console.WriteLine($"{name} ({file}):");
            foreach (var (stage, list) in laps)
            {
                list.Sort();
                Console.WriteLine($"  {stage,-22} median {list[list.Count / 2],7:F2} ms");
            }
        }
        return 0;
    }

    private sealed class Stages
    {
        private readonly object _profile;
        private readonly object _detector;
        private readonly object _options;
        private readonly MethodInfo _detect, _strip, _split, _assemble, _build;
        private readonly ConstructorInfo _classifier, _assembler;

        public Stages(Assembly a)
        {
            const BindingFlags any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;
            Type Find(string name) => a.GetTypes().Single(t => t.Name == name && t.Namespace!.StartsWith("ModelLaw.Reading.PlainText", StringComparison.Ordinal));
            var parserType = Find("TextParser");
            var parser = parserType.GetMethod("CreateDefault")!.Invoke(null, null)!;
            _detector = parserType.GetField("_detector", any)!.GetValue(parser)!;
            _detect = _detector.GetType().GetMethod("Detect", any)!;
            _strip = Find("InvisibleCharacters").GetMethod("Strip", any)!;
            // the line pass: TextParser.SplitBlocks up to the span reader, BlockSplitter.Split since
            _split = parserType.GetMethod("SplitBlocks", any) ?? Find("BlockSplitter").GetMethod("Split", any)!;
            _classifier = Find("LineClassifier").GetConstructors(any)[0];
            _assembler = Find("TreeAssembler").GetConstructors(any)[0];
            _assemble = _assembler.DeclaringType!.GetMethod("Assemble", any)!;
            _build = a.GetType("ModelLaw.Documents.ProvisionBuilder", true)!.GetMethod("Build", any, Type.EmptyTypes)!;
            var optionsType = a.GetType("ModelLaw.Reading.ReadOptions", true)!;
            _options = optionsType.GetProperty("Default")!.GetValue(null)!;
            _profile = ((System.Collections.IEnumerable)parserType.GetProperty("Profiles")!.GetValue(parser)!).Cast<object>().First();
            var first = _classifier.GetParameters()[0].ParameterType;
            _classifierArg = first.IsInstanceOfType(_profile) ? _profile : Activator.CreateInstance(first, _profile)!;
        }

        private readonly object _classifierArg;

        public List<(string, double)> Run(string text)
        {
            var laps = new List<(string, double)>();
            var process = Process.GetCurrentProcess();
            double total = 0;
            T Time<T>(string stage, Func<T> f)
            {
                process.Refresh();
                var c0 = process.TotalProcessorTime;
                var r = f();
                process.Refresh();
                var ms = (process.TotalProcessorTime - c0).TotalMilliseconds;
                total += ms;
                laps.Add((stage, ms));
                return r;
            }
            Time("detect", () => _detect.Invoke(_detector, [text]));
            var stripped = Time("invisibles", () =>
            {
                var args = new object?[] { text, 0 };
                return (string)_strip.Invoke(null, args)!;
            });
            object? classifier = null;
            var blocks = Time("classify+split", () =>
            {
                var ps = _classifier.GetParameters();
                classifier = _classifier.Invoke(ps.Select((p, i) => i == 0 ? _classifierArg : p.DefaultValue).ToArray());
                return _split.Invoke(null, [stripped, classifier, CancellationToken.None])!;
            });
            var root = Time("assemble", () =>
            {
                var args = _assembler.GetParameters().Select(p =>
                    p.ParameterType.IsInstanceOfType(_profile) ? _profile
                    : p.ParameterType.IsInstanceOfType(_options) ? _options
                    : p.ParameterType == typeof(CancellationToken) ? CancellationToken.None
                    : p.ParameterType.IsInstanceOfType(classifier) ? classifier
                    : p.DefaultValue).ToArray();
                return _assemble.Invoke(_assembler.Invoke(args), [blocks])!;
            });
            Time("build", () => _build.Invoke(root, null)!);
            laps.Add(("sum", total));
            return laps;
        }
    }
}
