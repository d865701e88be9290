using System.Net;
using System.Text.Json;

namespace ModelLaw.AddIn.Tests;

/// <summary>Reads an RFC 7807 problem response.</summary>
internal sealed record Problem(int Status, string Title, string Detail, string? Code, string? Source)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", body);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return new Problem(root.GetProperty("status").GetInt32(), Str("title") ?? "", Str("detail") ?? "", Str("code"), Str("source"));
    }
}
