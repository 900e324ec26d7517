using Sitrep.Core.Contract;

namespace Sitrep.Core.Pipeline;

/// <summary>clean → tokenize → tag → parse → ner → geoparse → events, as configured.</summary>
public sealed class SitrepPipeline(IArticleCleaner cleaner, IReadOnlyList<IDocumentStage> stages, IHtmlExtractor? htmlExtractor = null)
{
    public IArticleCleaner Cleaner { get; } = cleaner;
    /// <summary>Turns HTML articles into text before cleaning; without one, the cleaner sees the HTML.</summary>
    public IHtmlExtractor? HtmlExtractor { get; } = htmlExtractor;
    public IReadOnlyList<IDocumentStage> Stages { get; } = stages;

    public Document Run(RawArticle raw)
    {
        if (raw.IsHtml && HtmlExtractor is not null)
        {
            raw = HtmlExtractor.ToText(raw);
        }
        var document = Cleaner.Clean(raw);
        foreach (var stage in Stages)
        {
            stage.Process(document);
        }
        return document;
    }

    public SitrepRecord Extract(RawArticle raw) => Run(raw).ToRecord();
}
