using BenchmarkDotNet.Running;

namespace ModelLaw.Benchmarks;

internal static class Program
{
    private static int Main(string[] args)
    {
        // quick tools beside the BenchmarkDotNet switcher (see benchmarks/README.md)
        if (args.Length > 0 && args[0] == "probe") return Probe.Run(args[1..]);
        if (args.Length > 0 && args[0] == "explain") return Explain.Run(args[1..]);
        if (args.Length > 0 && args[0] == "evalmodel") return EvalModel.Run(args[1..]);
        if (args.Length > 0 && args[0] == "fit") return EvalModel.Fit(args[1..]);
        if (args.Length > 0 && args[0] == "generate") return Synthetic.GenerateCommand.Run(args[1..]);
        if (args.Length > 0 && args[0] == "todocx") return ToDocx(args[1..]);
        if (args.Length > 0 && args[0] == "search-scale") return SearchScale.Run(args[1..]);
        if (args.Length > 0 && args[0] == "search-probe") return SearchProbe.Run(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    /// <summary><c>todocx IN.txt OUT.docx [LANG]</c>: a plain-text law as a .docx with Word automatic numbering (the test-side generator).</summary>
    private static int ToDocx(string[] args)
    {
        if (args.Length < 2) { Console.Error.WriteLine("usage: todocx IN.txt OUT.docx [LANG]"); return 2; }
        File.WriteAllBytes(args[1], ModelLaw.Tests.Docx.TextToDocx.Convert(File.ReadAllText(args[0]), args.Length > 2 ? args[2] : "en").Docx);
        return 0;
    }
}
