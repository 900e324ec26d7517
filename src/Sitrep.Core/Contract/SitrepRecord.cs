using System.Text.Json.Serialization;

namespace Sitrep.Core.Contract;

/// <summary>One article and everything Sitrep found in it: the public <c>sitrep/1</c> contract
/// (see docs/event-record.md). Offsets index into <see cref="ArticleRecord.Body"/> in UTF-16 code units.</summary>
public sealed class SitrepRecord
{
    public const string SchemaId = "sitrep/1";

    public string Schema { get; init; } = SchemaId;
    public required ArticleRecord Article { get; init; }
    public List<EntityRecord> Entities { get; init; } = [];
    public List<PlaceRecord> Places { get; init; } = [];
    public List<EventRecord> Events { get; init; } = [];
}

public sealed class ArticleRecord
{
    /// <summary>Stable content hash of the cleaned body.</summary>
    public required string Id { get; init; }
    public string? Title { get; init; }
    public DateOnly? Published { get; init; }
    public string? Dateline { get; init; }
    public string? Source { get; init; }
    public string Language { get; init; } = "en";
    public required string Body { get; init; }

    // Extensions to the contract (allowed: "add fields freely").
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ExternalId { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Url { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Byline { get; init; }
}

public sealed class EntityRecord
{
    public required string Text { get; init; }
    /// <summary>PER, ORG, LOC, NORP or MISC.</summary>
    public required string Type { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
}

public sealed class PlaceRecord
{
    public required string Text { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public string? Name { get; init; }
    public long? GeonamesId { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public string? FeatureCode { get; init; }
    public double Confidence { get; init; }

    /// <summary>A directional or part modifier written with the place ("east", "north-east of").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Modifier { get; init; }
    /// <summary>neighbourhood | city | admin2 | admin1 | country.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Precision { get; init; }
    /// <summary>Null for a place named as such; <see cref="DemonymKind"/> for an adjectival demonym read as its
    /// country's or region's toponym ("Syrian forces"), which names no event's place.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Kind { get; init; }

    public const string DemonymKind = "demonym";

    /// <summary>A place named as such: what event locations, actor exclusions and country votes may use.</summary>
    [JsonIgnore]
    public bool IsNamedPlace => Kind is null;
}

public sealed class EventRecord
{
    public required string Id { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>day | week | month | year.</summary>
    public string? DatePrecision { get; init; }
    public required string Cameo { get; init; }
    public string? Plover { get; init; }
    public string? PloverMode { get; init; }
    public string? AcledEventType { get; init; }
    public string? AcledSubEventType { get; init; }
    public ActorRecord? Actor1 { get; init; }
    public ActorRecord? Actor2 { get; init; }
    public LocationRecord? Location { get; init; }
    public QuantityRecord? Fatalities { get; init; }
    public QuantityRecord? Injured { get; init; }
    public QuantityRecord? Displaced { get; init; }
    public QuantityRecord? Detained { get; init; }
    public required SpanRecord Sentence { get; init; }
    public List<EvidenceRecord> Evidence { get; init; } = [];
    public double Confidence { get; init; }

    /// <summary>Earliest and latest day the date phrase allows ("earlier this week").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? DateEarliest { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? DateLatest { get; init; }
    /// <summary>CAMEO-style modality: "negated", "threatened", "likely", "demanded" … null when asserted.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Modality { get; init; }
}

public sealed class ActorRecord
{
    public required string Text { get; init; }
    public string? Name { get; init; }
    public string? Code { get; init; }
    /// <summary>ISO 3166-1 alpha-3, or IGO / NGO / MNC.</summary>
    public string? Country { get; init; }
    /// <summary>CAMEO sector code: GOV, MIL, REB, OPP, CVL …</summary>
    public string? Role { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Start { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? End { get; init; }
}

public sealed class LocationRecord
{
    public required string Text { get; init; }
    public string? Name { get; init; }
    public long? GeonamesId { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; init; }
    /// <summary>neighbourhood | city | admin2 | admin1 | country.</summary>
    public string? Precision { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Admin1 { get; init; }
}

/// <summary>UCDP-style low / best / high.</summary>
public sealed class QuantityRecord
{
    public int? Low { get; init; }
    public int? Best { get; init; }
    public int? High { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Estimated { get; init; }
}

public readonly record struct SpanRecord(int Start, int End);

public sealed record EvidenceRecord(string Field, int Start, int End);
