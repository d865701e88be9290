using Microsoft.Extensions.DependencyInjection;
using ModelLaw.Comparing;
using ModelLaw.Documents;
using ModelLaw.Writing;

namespace ModelLaw.Workflows.Output;

/// <summary>
/// Every writer of one result type: the registered <see cref="IResultWriter{T}"/>s, and for comparisons and documents
/// the format-specific writers the library already has (comparison writers, redline, report; document writers).
/// Registered writers win over the built-in ones of the same name.
/// </summary>
internal static class ResultFormats
{
    public static IReadOnlyList<IResultWriter<T>> For<T>(IServiceProvider services)
    {
        var writers = services.GetServices<IResultWriter<T>>().ToList();
        IEnumerable<IResultWriter<T>> more = typeof(T) == typeof(Comparison) ? (IEnumerable<IResultWriter<T>>)ForComparison(services)
            : typeof(T) == typeof(LegalDocument) ? (IEnumerable<IResultWriter<T>>)ForDocument(services)
            : [];
        foreach (var w in more)
            if (!writers.Any(x => string.Equals(x.FormatName, w.FormatName, StringComparison.OrdinalIgnoreCase))) writers.Add(w);
        return writers;
    }

    private static IEnumerable<IResultWriter<Comparison>> ForComparison(IServiceProvider services)
    {
        foreach (var w in services.GetServices<IComparisonWriter>())
            yield return new Adapter<Comparison>(w.FormatName, w.Write);
        if (services.GetService<Writing.Docx.IRedlineWriter>() is { } redline)
            yield return new Adapter<Comparison>("docx", (c, s, ct) => redline.Write(c, s, null, null, ct));
        if (services.GetService<Writing.Html.IReportWriter>() is { } report)
            yield return new Adapter<Comparison>("html", (c, s, ct) =>
                report.Write(new Writing.Html.ReportInput { Model = c.Model, Comparisons = [c] }, s, null, ct));
    }

    private static IEnumerable<IResultWriter<LegalDocument>> ForDocument(IServiceProvider services)
    {
        foreach (var w in services.GetServices<IDocumentWriter>())
            yield return new Adapter<LegalDocument>(w.FormatName, w.Write);
    }

    private sealed class Adapter<T>(string format, Action<T, Stream, CancellationToken> write) : IResultWriter<T>
    {
        public string FormatName => format;

        public void Write(T result, Stream output, CancellationToken cancellationToken = default) => write(result, output, cancellationToken);
    }
}
