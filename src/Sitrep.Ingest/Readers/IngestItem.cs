using Sitrep.Core.Pipeline;

namespace Sitrep.Ingest.Readers;

/// <summary>One record found in the input: an article, or the reason this record could not become one.
/// Readers never throw for a bad record — they yield an error item and go on, so one broken record never
/// stops a batch. <see cref="Warning"/> marks an article read with a repair (wrong charset, say).</summary>
public sealed record IngestItem(string Origin, RawArticle? Article, string? Error = null, string? Warning = null)
{
    public static IngestItem Ok(RawArticle article, string? warning = null) => new(article.Origin ?? "?", article, null, warning);

    public static IngestItem Failed(string origin, string error) => new(origin, null, error);
}
