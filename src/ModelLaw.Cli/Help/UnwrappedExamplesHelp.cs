using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace ModelLaw.Cli.Help;

/// <summary>
/// Spectre's help, except that an example command is never wrapped at the console width: a wrapped example breaks
/// when it is copied (help piped to a file or a pager wraps at 80 columns). A long example may run past the edge.
/// </summary>
internal sealed class UnwrappedExamplesHelp(ICommandAppSettings settings) : HelpProvider(settings)
{
    public override IEnumerable<IRenderable> GetExamples(ICommandModel model, ICommandInfo? command)
    {
        var examples = Examples(model, command).ToList();
        if (examples.Count == 0) return [];
        var lines = new List<IRenderable> { new Markup(Environment.NewLine + "[yellow]EXAMPLES:[/]" + Environment.NewLine) };
        lines.AddRange(examples.Select(e => new Line("    " + model.ApplicationName + " " + string.Join(' ', e.Select(Quoted)))));
        return lines;
    }

    /// <summary>The command's own examples; for the whole tool, its own and up to a few of its commands'.</summary>
    private IEnumerable<string[]> Examples(ICommandModel model, ICommandInfo? command)
    {
        if (command is ICommandContainer own && own.Examples.Count > 0) return own.Examples;
        if (command is not null) return [];
        return model.Examples.Concat(model.Commands.Where(c => !c.IsHidden).OfType<ICommandContainer>().SelectMany(c => c.Examples.Take(1)))
            .Take(Math.Max(MaximumIndirectExamples, model.Examples.Count));
    }

    private static string Quoted(string argument) =>
        argument.Length > 0 && !argument.Any(char.IsWhiteSpace) ? argument : "\"" + argument.Replace("\"", "\\\"") + "\"";

    /// <summary>One line of text that measures and renders at its full length, whatever the width offered.</summary>
    private sealed class Line(string text) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => new(text.Length, text.Length);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => [new Segment(text), Segment.LineBreak];
    }
}
