using System.Reflection;
using ModelLaw.Cli.Commands;
using Spectre.Console.Cli;

namespace ModelLaw.Cli;

/// <summary>
/// The <c>modellaw</c> command line. Exit codes: 0 ok, 1 findings or differences, 2 usage error, 3 input error.
/// Every command also takes <c>-q</c>/<c>--quiet</c>: nothing on standard error unless the command fails.
/// </summary>
public static class CliApp
{
    /// <summary>Exit code: success.</summary>
    public const int Ok = 0;
    /// <summary>Exit code: the command ran and found something (lint errors, differences).</summary>
    public const int Findings = 1;
    /// <summary>Exit code: bad command line.</summary>
    public const int UsageError = 2;
    /// <summary>Exit code: bad input file.</summary>
    public const int InputError = 3;

    /// <summary>The tool's version (from the assembly, set in Directory.Build.props).</summary>
    public static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Runs the command line and returns the exit code.</summary>
    public static int Run(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("modellaw");
            config.SetApplicationVersion(Version);
            // an unknown option is a usage error (exit 2), not silently ignored
            config.UseStrictParsing();
            config.SetHelpProvider(new Help.UnwrappedExamplesHelp(config.Settings));
            config.SetExceptionHandler((ex, _) =>
            {
                Console.Error.WriteLine($"modellaw: {ex.Message}");
                return ex is CommandParseException or CommandRuntimeException ? UsageError : InputError;
            });
            // --- commands (one line each; compare, the main job, first) ---
            config.AddCommand<CompareCommand>("compare").WithDescription("Align NATIONAL against MODEL provision by provision and diff every aligned pair (json, csv concordance or md report). Exit 1 when they differ.").WithExample("compare", "corpus/models/ai-ct-model-law.en.txt", "corpus/national/arcadia.en.txt", "--format", "md").WithExample("compare", "corpus/models", "corpus/national/valmont.fr.txt", "--format", "csv");
            config.AddCommand<ParseCommand>("parse").WithDescription("Parse a legal text and print its provision tree (outline, json, akn or text).").WithExample("parse", "corpus/models/ai-ct-model-law.en.txt").WithExample("parse", "corpus/national/valmont.fr.txt", "--format", "json", "-o", "valmont.json");
            config.AddCommand<LintCommand>("lint").WithDescription("Check a draft: dangling references, numbering, lead-ins, placeholders, empty provisions, defined terms. Exit 1 when errors are found.").WithExample("lint", "corpus/national/arcadia.en.txt", "--format", "json");
            config.AddCommand<CoverageCommand>("coverage").WithDescription("Gap matrix: which key principles each text covers (covered / partial / absent), with evidence; --model also derives coverage through a tagged model law.").WithExample("coverage", "corpus/national", "--principles", "corpus/principles/ai-counter-terrorism.json", "--format", "md");
            config.AddCommand<CoverageEvalCommand>("coverage-eval").WithDescription("Precision and recall of coverage against hand-made principle labels, per text and per language (corpus and real-text labels).").WithExample("coverage-eval", "corpus/labels", "corpus/labels/real-texts", "--principles", "corpus/principles/ai-counter-terrorism.json");
            config.AddCommand<AmendCommand>("amend").WithDescription("Write the amending act (en/fr/ru drafting style) that turns OLD into NEW.").WithExample("amend", "corpus/models/ai-ct-model-law.en.txt", "corpus/national/arcadia.en.txt").WithExample("amend", "corpus/models/ai-ct-model-law.en.txt", "corpus/national/arcadia.en.txt", "--format", "json", "-o", "arcadia.amendments.json");
            config.AddCommand<ApplyCommand>("apply").WithDescription("Apply an amending act (JSON from `amend --format json`) to the text it amends and write the amended text.").WithExample("apply", "corpus/models/ai-ct-model-law.en.txt", "arcadia.amendments.json", "-o", "arcadia.amended.json");
            config.AddCommand<RedlineCommand>("redline").WithDescription("Write the national text measured against the model as a Word document with tracked changes and comments.").WithExample("redline", "corpus/models/ai-ct-model-law.en.txt", "corpus/national/arcadia.en.txt", "-o", "arcadia-redline.docx", "--coverage", "corpus/principles/ai-counter-terrorism.json");
            config.AddCommand<TableCommand>("table").WithDescription("Write the two-column comparative table (model | national text, one row per provision, changes marked in both columns) as a .docx.").WithExample("table", "corpus/models/ai-ct-model-law.en.txt", "corpus/national/arcadia.en.txt", "-o", "arcadia-table.docx");
            config.AddCommand<ReportCommand>("report").WithDescription("Write one self-contained HTML report comparing national texts with the model (tables, side-by-side, coverage heatmap, filters).").WithExample("report", "corpus/models/ai-ct-model-law.en.txt", "corpus/national/arcadia.en.txt", "-o", "report.html", "--principles", "corpus/principles/ai-counter-terrorism.json");
            config.AddCommand<EvalCommand>("eval").WithDescription("Score the alignment against ground-truth mappings (article, paragraph, omissions) beside the same-number baseline.").WithExample("eval", "corpus/national").WithExample("eval", "corpus/national", "--fail-under", "0.95");
            config.AddCommand<BatchCommand>("batch").WithDescription("Compare a model (a file, or a folder holding it in several languages) against every text of a folder, each in its own language, in parallel and resumable: a JSON result per text, a summary CSV, the States × articles matrix and an HTML gap matrix.").WithExample("batch", "--model", "corpus/models", "--national", "corpus/national", "--principles", "corpus/principles/ai-counter-terrorism.json", "-o", "batch-out");
            config.AddCommand<IndexCommand>("index").WithDescription("Index texts into a provision store (a folder, or a PostgreSQL connection string): incremental (only changed files are read again) and resumable.").WithExample("index", "corpus", "--store", "out/index");
            config.AddCommand<SearchCommand>("search").WithDescription("Search a provision store: the provisions most like a text (--text), or the likely sources of a whole law (FILE), ranked by how much of the law each explains and how much of each the law took.").WithExample("search", "--store", "out/index", "--text", "register", "--top", "5").WithExample("search", "--store", "out/index", "corpus/national/arcadia.en.txt", "--format", "md");
            // --- end commands ---
        });
        if (args.Length == 0)
        {
            // no command: show the help, but a script that forgot the command must not see success
            app.Run(["--help"]);
            return UsageError;
        }
        var (quiet, rest) = TakeQuiet(args);
        if (!quiet) return app.Run(rest);

        // -q/--quiet (any command): standard error stays silent unless the command fails (usage or input error)
        var stderr = Console.Error;
        var held = new StringWriter();
        Console.SetError(held);
        int code;
        try
        {
            code = app.Run(rest);
        }
        finally
        {
            Console.SetError(stderr);
        }
        if (code >= UsageError) stderr.Write(held.ToString());
        return code;
    }

    /// <summary>Removes <c>-q</c>/<c>--quiet</c> from the options (not after a <c>--</c>); says whether it was there.</summary>
    internal static (bool Quiet, string[] Remaining) TakeQuiet(string[] args)
    {
        int end = Array.IndexOf(args, "--");
        if (end < 0) end = args.Length;
        bool quiet = false;
        var rest = new List<string>(args.Length);
        for (int i = 0; i < args.Length; i++)
        {
            if (i < end && args[i] is ("-q" or "--quiet")) { quiet = true; continue; }
            rest.Add(args[i]);
        }
        return (quiet, rest.ToArray());
    }
}
