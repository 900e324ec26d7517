using System.Globalization;
using Sitrep.Store.Query;

namespace Sitrep.Store.Export;

/// <summary>One event as a flat row: ACLED's column names where ACLED has the field (event_date … fatalities),
/// then ours. Shared by CSV and Parquet so the two always agree. See docs/exports.md.</summary>
public sealed class FlatEvent
{
    public string event_id { get; set; } = "";
    public string? event_date { get; set; }
    public int? year { get; set; }
    /// <summary>ACLED: 1 = day, 2 = week, 3 = month.</summary>
    public int? time_precision { get; set; }
    public string? event_type { get; set; }
    public string? sub_event_type { get; set; }
    public string? actor1 { get; set; }
    public string? actor2 { get; set; }
    public string? country { get; set; }
    public string? admin1 { get; set; }
    public string? admin2 { get; set; }
    public string? location { get; set; }
    public double? latitude { get; set; }
    public double? longitude { get; set; }
    /// <summary>ACLED: 1 = the town itself, 2 = near it / part of a region, 3 = only the province.</summary>
    public int? geo_precision { get; set; }
    public string? source { get; set; }
    public string? notes { get; set; }
    public int? fatalities { get; set; }
    // Ours.
    public string? date_earliest { get; set; }
    public string? date_latest { get; set; }
    public string cameo { get; set; } = "";
    public string? plover { get; set; }
    public string? plover_mode { get; set; }
    public string? actor1_code { get; set; }
    public string? actor1_country { get; set; }
    public string? actor1_role { get; set; }
    public string? actor2_code { get; set; }
    public string? actor2_country { get; set; }
    public string? actor2_role { get; set; }
    public long? geonames_id { get; set; }
    public string? location_precision { get; set; }
    public int? fatalities_low { get; set; }
    public int? fatalities_high { get; set; }
    public int? injured { get; set; }
    public int? displaced { get; set; }
    public int? detained { get; set; }
    public int sources_count { get; set; }
    public double confidence { get; set; }

    public static readonly string[] Columns =
    [
        "event_id", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
        "admin2", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
        "date_earliest", "date_latest", "cameo", "plover", "plover_mode", "actor1_code", "actor1_country", "actor1_role",
        "actor2_code", "actor2_country", "actor2_role", "geonames_id", "location_precision", "fatalities_low", "fatalities_high",
        "injured", "displaced", "detained", "sources_count", "confidence",
    ];

    public static FlatEvent From(EventRow e) => new()
    {
        event_id = e.Id,
        event_date = Iso(e.Date),
        year = e.Date?.Year,
        time_precision = e.DatePrecision switch { "day" => 1, "week" => 2, "month" => 3, null => null, _ => 3 },
        event_type = e.AcledEventType,
        sub_event_type = e.AcledSubEventType,
        actor1 = e.Actor1?.Name ?? e.Actor1?.Text,
        actor2 = e.Actor2?.Name ?? e.Actor2?.Text,
        country = e.Location?.Country,
        admin1 = e.Location?.Admin1,
        admin2 = null,
        location = e.Location?.Name ?? e.Location?.Text,
        latitude = e.Location?.Lat,
        longitude = e.Location?.Lon,
        geo_precision = e.Location?.Precision switch
        {
            null => null,
            "neighbourhood" or "city" => 1,
            "admin2" => 2,
            _ => 3,
        },
        source = e.Sources,
        notes = e.Notes,
        fatalities = e.Fatalities?.Best,
        date_earliest = Iso(e.DateEarliest),
        date_latest = Iso(e.DateLatest),
        cameo = e.Cameo,
        plover = e.Plover,
        plover_mode = e.PloverMode,
        actor1_code = e.Actor1?.Code,
        actor1_country = e.Actor1?.Country,
        actor1_role = e.Actor1?.Role,
        actor2_code = e.Actor2?.Code,
        actor2_country = e.Actor2?.Country,
        actor2_role = e.Actor2?.Role,
        geonames_id = e.Location?.GeonamesId,
        location_precision = e.Location?.Precision,
        fatalities_low = e.Fatalities?.Low,
        fatalities_high = e.Fatalities?.High,
        injured = e.Injured?.Best,
        displaced = e.Displaced?.Best,
        detained = e.Detained?.Best,
        sources_count = e.SourcesCount,
        confidence = e.Confidence,
    };

    /// <summary>Values in <see cref="Columns"/> order, formatted invariantly (CSV).</summary>
    public string?[] Values() =>
    [
        event_id, event_date, N(year), N(time_precision), event_type, sub_event_type, actor1, actor2, country, admin1,
        admin2, location, D(latitude), D(longitude), N(geo_precision), source, notes, N(fatalities),
        date_earliest, date_latest, cameo, plover, plover_mode, actor1_code, actor1_country, actor1_role,
        actor2_code, actor2_country, actor2_role, geonames_id?.ToString(CultureInfo.InvariantCulture), location_precision,
        N(fatalities_low), N(fatalities_high), N(injured), N(displaced), N(detained), N(sources_count), D(confidence),
    ];

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string? N(int? v) => v?.ToString(CultureInfo.InvariantCulture);
    private static string? D(double? v) => v?.ToString("R", CultureInfo.InvariantCulture);
}
