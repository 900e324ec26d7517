namespace Sitrep.Store.Query;

/// <summary>Filters shared by the API, the exports and the timeline. Every field null = no filter.</summary>
public sealed record EventQuery
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>min lon, min lat, max lon, max lat.</summary>
    public BoundingBox? Bbox { get; init; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; init; }
    /// <summary>CAMEO code prefix ("19" matches 190–196).</summary>
    public string? Cameo { get; init; }
    public string? Plover { get; init; }
    /// <summary>ACLED event type or sub-event type, exact (case-insensitive).</summary>
    public string? Acled { get; init; }
    /// <summary>Actor code prefix ("SYR", "SYRMIL") or words of the actor's name.</summary>
    public string? Actor { get; init; }
    public int? MinFatalities { get; init; }
    /// <summary>Words that must all occur in the event's text (sentence, actors, place, types).</summary>
    public string? Text { get; init; }
    public EventSort Sort { get; init; } = EventSort.DateDesc;
    public int Offset { get; init; }
    public int Limit { get; init; } = 100;

    public const int MaxLimit = 1000;
}

public readonly record struct BoundingBox(double MinLon, double MinLat, double MaxLon, double MaxLat);

public enum EventSort
{
    DateDesc,
    DateAsc,
    FatalitiesDesc,
    SourcesDesc,
}
