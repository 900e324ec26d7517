using Sitrep.Core.Pipeline;

namespace Sitrep.Cli;

/// <summary>Builds the default pipeline: clean → tokenize → tag → parse → ner → geo → events.
/// Models load once per process (the loaders cache them), not per article.</summary>
public static class PipelineFactory
{
    public static SitrepPipeline CreateDefault()
    {
        var nlp = Sitrep.Nlp.NlpModels.LoadDefault();
        var geo = Sitrep.Geo.Geoparser.Shared;
        var stages = new List<IDocumentStage>
        {
            new Sitrep.Text.Tokenizer(),
            nlp.TagStage,
            nlp.ParseStage,
            nlp.NerStage,
            geo,
            // A lambda, not the method group: the seat index is built on first use (note mode), not at start-up.
            new Sitrep.Events.EventCoder { ResolvePlace = geo.Resolve, AdminSeat = (iso2, admin1) => Sitrep.Geo.Gazetteer.AdminSeats.Shared.Seat(iso2, admin1) },
        };
        return new SitrepPipeline(new Sitrep.Text.ArticleCleaner(), stages, new Sitrep.Ingest.HtmlArticleExtractor());
    }
}
