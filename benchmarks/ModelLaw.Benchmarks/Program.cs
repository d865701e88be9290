using BenchmarkDotNet.Running;

namespace ModelLaw.Benchmarks;

internal static class Program
{
    private static int Main(string[] args)
    {
        // quick tools beside the BenchmarkDotNet switcher (see benchmarks/README.md)
        if (args.Length > 0 && args[0] == "probe") return Probe.Run(args[1..]);
        if (args.Length > 0 && args[0] == "generate") return Synthetic.GenerateCommand.Run(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
