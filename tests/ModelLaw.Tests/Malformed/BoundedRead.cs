using ModelLaw.Documents;
using ModelLaw.Reading;

namespace ModelLaw.Tests.Malformed;

/// <summary>What reading an untrusted input came to: a document, or a typed error.</summary>
internal sealed record ReadOutcome(LegalDocument? Document, ModelLawException? Error)
{
    public LegalDocument Read => Document ?? throw new AssertionException($"expected a document, got {Error?.GetType().Name}: {Error?.Message}");
}

/// <summary>
/// Reads untrusted bytes the way the CLI and the add-in host do (format sniffed from the content by the loader) under a
/// hard time bound: the read runs on the thread pool with a cancellation token, and a read that has not finished by the
/// bound fails the test instead of hanging the run. Any exception other than a <see cref="ModelLawException"/> escapes
/// and fails the test.
/// </summary>
internal static class BoundedRead
{
    /// <summary>Generous for a shared 2-core machine; the point is "finishes", not "is fast".</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private static readonly ModelLawEngine Engine = ModelLawEngine.CreateDefault();

    public static ReadOutcome Read(byte[] bytes, string sourceName, ReadLimits? limits = null)
    {
        using var cts = new CancellationTokenSource(Bound);
        var options = new ReadOptions { SourceName = sourceName, Limits = limits ?? ReadLimits.Default };
        var task = Task.Run(() => Engine.ReadAsync(new MemoryStream(bytes, writable: false), options, cts.Token));
        try
        {
            if (!task.Wait(Bound + TimeSpan.FromSeconds(5)))
                Assert.Fail($"reading {sourceName} did not finish within {Bound.TotalSeconds:0} s (a hang)");
            return new ReadOutcome(task.Result, null);
        }
        catch (AggregateException ex) when (ex.InnerException is ModelLawException mle)
        {
            return new ReadOutcome(null, mle);
        }
        catch (AggregateException ex) when (ex.InnerException is OperationCanceledException)
        {
            Assert.Fail($"reading {sourceName} was still running after {Bound.TotalSeconds:0} s and was cancelled");
            throw;
        }
        catch (AggregateException ex) when (ex.InnerException is { } inner)
        {
            // surface the real exception: an unhandled non-ModelLaw exception is exactly what this suite hunts
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner).Throw();
            throw;
        }
    }

    /// <summary>Depth of the deepest provision below the root (the root is depth 0).</summary>
    public static int Depth(Provision p) => p.Children.IsEmpty ? 0 : 1 + p.Children.Max(Depth);
}
