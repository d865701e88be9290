namespace ModelLaw.AddIn.Tests;

/// <summary>One in-memory add-in host and client per fixture, shared by its tests.</summary>
public abstract class HostFixture
{
    /// <summary>The host under test.</summary>
    private protected AddInFactory Factory { get; private set; } = null!;

    /// <summary>A client of that host.</summary>
    private protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        Factory = new AddInFactory();
        Client = Factory.CreateClient();
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}
