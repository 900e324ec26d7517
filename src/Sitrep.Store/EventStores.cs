using Sitrep.Core.Storage;

namespace Sitrep.Store;

/// <summary>Opens a store from what the user typed after --db: a SQLite file path (default sitrep.db)
/// or a PostgreSQL URL / connection string.</summary>
public static class EventStores
{
    public static IEventStore Open(string? db) =>
        throw new NotSupportedException("the event store is being built (issue 6)");
}
