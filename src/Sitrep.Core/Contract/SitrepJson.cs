using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sitrep.Core.Contract;

/// <summary>Source-generated (de)serialization of the contract, snake_case.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(SitrepRecord))]
[JsonSerializable(typeof(List<SitrepRecord>))]
public sealed partial class SitrepJsonContext : JsonSerializerContext;

public static class SitrepJson
{
    private static readonly SitrepJsonContext Indented = new(new JsonSerializerOptions(SitrepJsonContext.Default.Options)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static readonly SitrepJsonContext Compact = new(new JsonSerializerOptions(SitrepJsonContext.Default.Options)
    {
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(SitrepRecord record, bool indented = true) =>
        JsonSerializer.Serialize(record, indented ? Indented.SitrepRecord : Compact.SitrepRecord);

    public static void Serialize(Stream stream, SitrepRecord record, bool indented = true) =>
        JsonSerializer.Serialize(stream, record, indented ? Indented.SitrepRecord : Compact.SitrepRecord);

    public static SitrepRecord? Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Compact.SitrepRecord);
}
