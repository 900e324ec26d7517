using Sitrep.Core.Storage;
using Sitrep.Core.Contract;

namespace Sitrep.Store.Query;

/// <summary>The store as the API, the exports and the dashboard see it: ingest (with dedup) plus queries.</summary>
public interface IEventQueryStore : IEventStore
{
    /// <summary>"sqlite" or "postgres".</summary>
    string Backend { get; }

    /// <summary>Saves many records in few transactions (the bulk ingest path).</summary>
    SaveSummary SaveMany(IEnumerable<SitrepRecord> records);

    EventPage QueryEvents(EventQuery query);

    /// <summary>Every matching event (no paging), streamed for exports.</summary>
    IEnumerable<EventRow> StreamEvents(EventQuery query);

    EventDetail? GetEvent(string id);

    ArticleView? GetArticle(string id);

    /// <summary>Events and fatalities per day, week (ISO, Monday) or month.</summary>
    IReadOnlyList<TimelineBucket> Timeline(EventQuery query, string interval);

    StoreCounts Counts();
}

public sealed record SaveSummary(int Articles, int SkippedArticles, int NewEvents, int MergedEvents);

public sealed record StoreCounts(long Articles, long Events, long Reports);

public sealed record TimelineBucket(string Period, long Events, long Fatalities);
