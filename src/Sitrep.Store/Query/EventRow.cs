using Sitrep.Core.Contract;

namespace Sitrep.Store.Query;

/// <summary>One canonical (deduplicated) event: the fields reconciled over all of its reports.</summary>
public sealed class EventRow
{
    public required string Id { get; init; }
    public DateOnly? Date { get; init; }
    public DateOnly? DateEarliest { get; init; }
    public DateOnly? DateLatest { get; init; }
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
    public int SourcesCount { get; init; }
    public double Confidence { get; init; }
    /// <summary>The outlets that reported it, "; "-joined (ACLED's <c>source</c>).</summary>
    public string? Sources { get; init; }
    /// <summary>The sentence of the most informative report (ACLED's <c>notes</c>).</summary>
    public string? Notes { get; init; }
}

public sealed class EventPage
{
    public required IReadOnlyList<EventRow> Events { get; init; }
    /// <summary>Matching events, counted up to <see cref="TotalCap"/>.</summary>
    public long Total { get; init; }
    /// <summary>True when there are more than <see cref="Total"/> (the count stopped at the cap).</summary>
    public bool TotalIsLowerBound { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; }

    public const int TotalCap = 10_000;
}

/// <summary>One article's account of a canonical event.</summary>
public sealed class ReportView
{
    public required string ArticleId { get; init; }
    /// <summary>The event's id inside its article's sitrep/1 record.</summary>
    public required string ReportEventId { get; init; }
    public string? ArticleTitle { get; init; }
    public DateOnly? ArticlePublished { get; init; }
    public string? ArticleSource { get; init; }
    public required SpanText Sentence { get; init; }
    public required List<EvidenceText> Evidence { get; init; }
    public required EventRecord Event { get; init; }
}

public sealed record SpanText(int Start, int End, string Text);

public sealed record EvidenceText(string Field, int Start, int End, string Text);

public sealed class EventDetail
{
    public required EventRow Event { get; init; }
    public required List<ReportView> Reports { get; init; }
}

public sealed class ArticleView
{
    public required ArticleRecord Article { get; init; }
    public required List<PlaceRecord> Places { get; init; }
    /// <summary>For each event the article reported: its id in the article and the canonical event it joined.</summary>
    public required List<ArticleEventLink> Events { get; init; }
}

public sealed record ArticleEventLink(string ReportEventId, string EventId, int SentenceStart, int SentenceEnd, List<EvidenceRecord> Evidence);
