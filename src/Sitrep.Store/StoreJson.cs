using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Core.Contract;
using Sitrep.Store.Query;

namespace Sitrep.Store;

/// <summary>snake_case JSON for what the store keeps as JSON (reports) and what the API and JSONL export write.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    UseStringEnumConverter = true,
    WriteIndented = false)]
[JsonSerializable(typeof(EventRecord))]
[JsonSerializable(typeof(EventRow))]
[JsonSerializable(typeof(EventPage))]
[JsonSerializable(typeof(EventDetail))]
[JsonSerializable(typeof(ArticleView))]
[JsonSerializable(typeof(List<PlaceRecord>))]
[JsonSerializable(typeof(List<TimelineBucket>))]
[JsonSerializable(typeof(StoreCounts))]
[JsonSerializable(typeof(SaveSummary))]
public sealed partial class StoreJsonContext : JsonSerializerContext;

public static class StoreJson
{
    public static readonly JsonSerializerOptions Options = new(StoreJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly StoreJsonContext Context = new(Options);

    public static string Serialize(EventRecord e) => JsonSerializer.Serialize(e, Context.EventRecord);

    public static EventRecord DeserializeEvent(string json) =>
        JsonSerializer.Deserialize(json, Context.EventRecord) ?? throw new InvalidDataException("empty report JSON");

    public static string Serialize(List<PlaceRecord> places) => JsonSerializer.Serialize(places, Context.ListPlaceRecord);

    public static List<PlaceRecord> DeserializePlaces(string json) =>
        JsonSerializer.Deserialize(json, Context.ListPlaceRecord) ?? [];

    public static void Serialize(Utf8JsonWriter writer, EventRow row) => JsonSerializer.Serialize(writer, row, Context.EventRow);

    public static string Serialize(EventRow row) => JsonSerializer.Serialize(row, Context.EventRow);
}
