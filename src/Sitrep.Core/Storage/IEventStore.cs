using Sitrep.Core.Contract;

namespace Sitrep.Core.Storage;

/// <summary>Where records go: the SQLite or PostgreSQL store (Sitrep.Store), or a JSONL writer.
/// Saving merges each event into the canonical events it duplicates (cross-article dedup).</summary>
public interface IEventStore : IDisposable
{
    /// <summary>True when an article with this id (content hash of the cleaned body) is already stored: ingest skips it.</summary>
    bool HasArticle(string articleId);

    void Save(SitrepRecord record);
}
