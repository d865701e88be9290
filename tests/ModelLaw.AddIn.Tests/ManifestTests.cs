using System.Net;
using System.Xml;
using System.Xml.Linq;
using ModelLaw.AddIn.Hosting;

namespace ModelLaw.AddIn.Tests;

/// <summary>The add-in manifest is a well-formed Word task-pane manifest whose every URL is served by the host.</summary>
[TestFixture]
public sealed class ManifestTests
{
    private static readonly XNamespace OfficeApp = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static string ManifestPath => Path.Combine(TestFiles.RepoRoot, "src", "ModelLaw.AddIn", "manifest.xml");

    private static XDocument Load(string xml) =>
        XDocument.Load(XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }));

    /// <summary>Every absolute URL the manifest names (DefaultValue and element text), in document order.</summary>
    private static List<string> Urls(XDocument manifest) =>
        manifest.Descendants()
            .SelectMany(e => e.Attributes("DefaultValue").Select(a => a.Value).Concat(e.HasElements ? [] : [e.Value]))
            .Where(v => v.StartsWith("http://", StringComparison.Ordinal) || v.StartsWith("https://", StringComparison.Ordinal))
            .ToList();

    [Test]
    public void The_manifest_is_a_task_pane_app_for_Word_that_may_read_and_write_the_document()
    {
        var manifest = Load(File.ReadAllText(ManifestPath));
        var root = manifest.Root!;

        root.Name.Should().Be(OfficeApp + "OfficeApp");
        root.Attribute(Xsi + "type")!.Value.Should().Be("TaskPaneApp");
        Guid.TryParse(root.Element(OfficeApp + "Id")!.Value, out _).Should().BeTrue();
        root.Element(OfficeApp + "Version")!.Value.Should().MatchRegex(@"^\d+\.\d+\.\d+\.\d+$");
        root.Element(OfficeApp + "Hosts")!.Elements(OfficeApp + "Host").Select(h => h.Attribute("Name")!.Value).Should().Equal("Document");
        root.Element(OfficeApp + "Permissions")!.Value.Should().Be("ReadWriteDocument");
        root.Element(OfficeApp + "DefaultSettings")!.Element(OfficeApp + "SourceLocation")!.Attribute("DefaultValue")!.Value
            .Should().Be(ManifestEndpoint.DefaultBaseUrl + "/index.html?office=1");
    }

    [Test]
    public void The_basic_elements_come_in_the_order_the_schema_requires()
    {
        string[] order = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
            "HighResolutionIconUrl", "SupportUrl", "Hosts", "DefaultSettings", "Permissions", "VersionOverrides"];
        var names = Load(File.ReadAllText(ManifestPath)).Root!.Elements().Select(e => e.Name.LocalName).ToList();

        names.Should().Equal(order);
    }

    [Test]
    public async Task Every_URL_in_the_manifest_is_served_by_the_host()
    {
        using var factory = new AddInFactory();
        using var client = factory.CreateClient();
        var urls = Urls(Load(File.ReadAllText(ManifestPath)));

        urls.Should().NotBeEmpty().And.OnlyContain(u => u.StartsWith(ManifestEndpoint.DefaultBaseUrl + "/", StringComparison.Ordinal));
        foreach (var url in urls.Distinct())
        {
            var response = await client.GetAsync(url[ManifestEndpoint.DefaultBaseUrl.Length..]);
            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
            if (url.EndsWith(".png", StringComparison.Ordinal)) response.Content.Headers.ContentType!.MediaType.Should().Be("image/png", url);
        }
    }

    [Test]
    public async Task The_served_manifest_carries_the_configured_public_URL()
    {
        using var factory = new AddInFactory(new Dictionary<string, string?> { ["AddIn:PublicBaseUrl"] = "https://drafting.parliament.example/addin/" });
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/manifest.xml");
        var xml = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/xml");
        xml.Should().NotContain("localhost:5443");
        Urls(Load(xml)).Should().OnlyContain(u => u.StartsWith("https://drafting.parliament.example/addin/", StringComparison.Ordinal));
    }

    [Test]
    public async Task Without_a_configured_URL_the_served_manifest_points_at_the_host_it_came_from()
    {
        using var factory = new AddInFactory();
        using var client = factory.CreateClient();

        var xml = await client.GetStringAsync("/manifest.xml");

        Urls(Load(xml)).Should().OnlyContain(u => u.StartsWith(client.BaseAddress!.GetLeftPart(UriPartial.Authority) + "/", StringComparison.Ordinal));
    }

    [Test]
    public async Task A_forged_Host_header_cannot_break_the_served_manifest()
    {
        using var factory = new AddInFactory();

        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/manifest.xml";
            c.Request.Host = new Microsoft.AspNetCore.Http.HostString("evil.example\"><x y=\"");
        });
        var xml = await new StreamReader(context.Response.Body).ReadToEndAsync();

        context.Response.StatusCode.Should().Be(200);
        Load(xml).Root!.Name.Should().Be(OfficeApp + "OfficeApp");
    }
}
