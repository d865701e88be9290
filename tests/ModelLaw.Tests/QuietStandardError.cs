using System.Text;

namespace ModelLaw.Tests;

/// <summary>
/// Keeps what the code under test writes to standard error (the CLI's "modellaw: file not found ..." lines, run in
/// process) in each test's own output instead of the console of the test run, where NUnit writes standard error as it
/// comes: a reader of the run's log should not see messages that look like failures. The lines stay in the test result
/// (shown with a failure, or at detailed verbosity). A test that captures standard error itself still does
/// (<c>Console.SetError</c> replaces this writer for its duration).
/// </summary>
[SetUpFixture]
public sealed class QuietStandardError
{
    private TextWriter? _original;

    /// <summary>Routes standard error to the running test's output.</summary>
    [OneTimeSetUp]
    public void Route()
    {
        _original = Console.Error;
        Console.SetError(TextWriter.Synchronized(new TestOutputWriter()));
    }

    /// <summary>Gives standard error back.</summary>
    [OneTimeTearDown]
    public void Restore()
    {
        if (_original is not null) Console.SetError(_original);
    }

    // TestContext.Out is the output of whichever test is running when the write happens
    private sealed class TestOutputWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;
        public override void Write(char value) => TestContext.Out.Write(value);
        public override void Write(string? value) => TestContext.Out.Write(value);
        public override void WriteLine(string? value) => TestContext.Out.WriteLine(value);
    }
}
