namespace Sitrep.Core.Pipeline;

/// <summary>What ingestion hands to cleaning: one article's raw text or HTML and whatever metadata
/// the container (feed, WARC, JSONL, page meta tags) already knew.</summary>
public sealed record RawArticle
{
    /// <summary>Plain text, or HTML when <see cref="IsHtml"/>.</summary>
    public required string Content { get; init; }
    public bool IsHtml { get; init; }
    public string? ExternalId { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public DateOnly? Published { get; init; }
    public string? Byline { get; init; }
    public string? Source { get; init; }
    public string? Language { get; init; }
    /// <summary>Where it came from, for error messages: a file name, "file.warc.gz#12", "in.jsonl:7".</summary>
    public string? Origin { get; init; }
}
