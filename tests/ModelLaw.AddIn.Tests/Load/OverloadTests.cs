using System.Text.RegularExpressions;
using ModelLaw.AddIn.Hosting;

namespace ModelLaw.AddIn.Tests.Load;

/// <summary>An overloaded host says so (503 with Retry-After) instead of reporting an internal error.</summary>
public sealed class OverloadTests
{
    [Test]
    public void A_regex_timeout_is_a_busy_server_not_an_internal_error()
    {
        var (status, _, code) = ProblemMapping.Classify(new RegexMatchTimeoutException("Article 5", "pattern", TimeSpan.FromSeconds(1)));

        status.Should().Be(503);
        code.Should().Be("server-busy");
    }
}
