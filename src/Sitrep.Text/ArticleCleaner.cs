using Sitrep.Core.Pipeline;

namespace Sitrep.Text;

/// <summary>PLACEHOLDER until the cleaning rules land: trims the text.</summary>
public sealed class ArticleCleaner : IArticleCleaner
{
    public Document Clean(RawArticle raw) => new(raw.Content.Trim())
    {
        Title = raw.Title,
        Published = raw.Published,
        Source = raw.Source,
        ExternalId = raw.ExternalId,
        Url = raw.Url,
        Byline = raw.Byline,
    };
}
