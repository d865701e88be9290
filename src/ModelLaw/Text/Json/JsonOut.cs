using System.Globalization;
using System.Text;
using Newtonsoft.Json;

namespace ModelLaw.Text.Json;

/// <summary>
/// The library writes every JSON file with Newtonsoft.Json, the one JSON stack it depends on: indented with two spaces,
/// '\n' line ends, UTF-8 without BOM, non-ASCII text as itself, invariant culture. Numbers that are not counts are written
/// in their shortest form ("0.9231", "1"), as readers and diff tools expect, never "1.0". The Utf8JsonWriter-style helpers
/// (a property name and its value in one call) keep the writers short.
/// </summary>
internal static class JsonOut
{
    /// <summary>A JSON writer on <paramref name="output"/>, which stays open when the writer is disposed.</summary>
    public static JsonTextWriter Create(Stream output, bool indented = true)
    {
        var text = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        return new JsonTextWriter(text)
        {
            Formatting = indented ? Formatting.Indented : Formatting.None,
            Indentation = 2,
            IndentChar = ' ',
            Culture = CultureInfo.InvariantCulture,
            StringEscapeHandling = StringEscapeHandling.Default,
            CloseOutput = true,
        };
    }

    /// <summary>Writes <c>"name": "value"</c>, or <c>null</c> when the value is null.</summary>
    public static void WriteString(this JsonWriter w, string name, string? value)
    {
        w.WritePropertyName(name);
        w.WriteValue(value);
    }

    /// <summary>Writes a string array element.</summary>
    public static void WriteStringValue(this JsonWriter w, string? value) => w.WriteValue(value);

    /// <summary>Writes <c>"name": 12</c>.</summary>
    public static void WriteNumber(this JsonWriter w, string name, long value)
    {
        w.WritePropertyName(name);
        w.WriteValue(value);
    }

    /// <summary>Writes <c>"name": 0.9231</c> in the shortest form that reads back as the same double.</summary>
    public static void WriteNumber(this JsonWriter w, string name, double value)
    {
        w.WritePropertyName(name);
        w.WriteNumberValue(value);
    }

    /// <summary>Writes a number array element in the shortest form; NaN and infinities are refused, as JSON has none.</summary>
    public static void WriteNumberValue(this JsonWriter w, double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "JSON has no NaN or infinity");
        w.WriteRawValue(value.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>Writes <c>"name": true</c>.</summary>
    public static void WriteBoolean(this JsonWriter w, string name, bool value)
    {
        w.WritePropertyName(name);
        w.WriteValue(value);
    }

    /// <summary>Writes <c>"name": null</c>.</summary>
    public static void WriteNull(this JsonWriter w, string name)
    {
        w.WritePropertyName(name);
        w.WriteNull();
    }

    /// <summary>Starts <c>"name": {</c>.</summary>
    public static void WriteStartObject(this JsonWriter w, string name)
    {
        w.WritePropertyName(name);
        w.WriteStartObject();
    }

    /// <summary>Starts <c>"name": [</c>.</summary>
    public static void WriteStartArray(this JsonWriter w, string name)
    {
        w.WritePropertyName(name);
        w.WriteStartArray();
    }
}
