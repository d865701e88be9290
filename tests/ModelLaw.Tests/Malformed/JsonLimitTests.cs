using System.Text;
using ModelLaw.Reading;
using ModelLaw.Writing.Json;
using ModelLaw.Reading.Json;

namespace ModelLaw.Tests.Malformed;

/// <summary>The JSON document reader honours the byte limit on streams of unknown length too (a network body).</summary>
public class JsonLimitTests
{
    /// <summary>A stream that cannot seek, as an HTTP request body.</summary>
    private sealed class ForwardOnly(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
    }

    [Test]
    public void A_json_body_of_unknown_length_over_the_byte_limit_is_refused()
    {
        var json = "{\"schemaVersion\":\"1.0\",\"title\":\"" + new string('x', 20_000) + "\"}";
        var options = new ReadOptions { SourceName = "upload.json", Limits = ReadLimits.Default with { MaxInputBytes = 10_000 } };

        var read = () => new JsonDocumentReader().Read(new ForwardOnly(Encoding.UTF8.GetBytes(json)), options);

        read.Should().Throw<InputLimitExceededException>().Which.Message.Should().Contain("upload.json");
    }
}
