using Sitrep.Core.Pipeline;

namespace Sitrep.Cli;

/// <summary>Builds the default pipeline once per process: models load here, not per article.
/// Each stage project plugs in with one line below.</summary>
public static class PipelineFactory
{
    public static SitrepPipeline CreateDefault()
    {
        var stages = new List<IDocumentStage>
        {
            new Sitrep.Text.Tokenizer(),
            Sitrep.Nlp.NlpModels.LoadDefault().TagStage, Sitrep.Nlp.NlpModels.LoadDefault().ParseStage, Sitrep.Nlp.NlpModels.LoadDefault().NerStage,
            Sitrep.Geo.Geoparser.Shared,
            // events (Sitrep.Events) — added by the event coder
            new Sitrep.Events.EventCoder { ResolvePlace = static (name, country) => Sitrep.Geo.Geoparser.Shared.Resolve(name, country) },
        };
        return new SitrepPipeline(new Sitrep.Text.ArticleCleaner(), stages, new Sitrep.Ingest.HtmlArticleExtractor());
    }
}
