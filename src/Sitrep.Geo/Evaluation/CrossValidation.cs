using Sitrep.Core.Pipeline;
using Sitrep.Geo.Parsing;

namespace Sitrep.Geo.Evaluation;

/// <summary>Held-out figures for the trained ranker: article i goes to fold i % K; each fold is scored with a ranker
/// trained on the other folds (plus any extra corpus), so no article is scored by a ranker that saw its gold.</summary>
public static class CrossValidation
{
    public static GeoScores Evaluate(Geoparser parser, IReadOnlyList<GoldArticle> articles, int folds, bool oracle,
        IReadOnlyList<GoldArticle> extraTraining, IReadOnlyList<IDocumentStage> before)
    {
        var unranked = new Geoparser(parser.Gazetteer, Ranker.Prior());
        var parts = new List<GeoScores>();
        for (var f = 0; f < folds; f++)
        {
            var train = new List<GoldArticle>(extraTraining);
            var test = new List<GoldArticle>();
            for (var i = 0; i < articles.Count; i++) (i % folds == f ? test : train).Add(articles[i]);
            var ranker = RankerTrainer.Train(unranked, train);
            parts.Add(GeoEvaluator.Evaluate(new Geoparser(parser.Gazetteer, ranker, parser.Outlets), test, oracle, before));
        }
        return Combine(parts);
    }

    /// <summary>Pools fold scores: rates weighted by what each fold scored (geocoded toponyms; gold toponyms for P/R/F1);
    /// the pooled median is the weighted mean of the folds' medians.</summary>
    private static GeoScores Combine(List<GeoScores> parts)
    {
        double W(Func<GeoScores, double> value, Func<GeoScores, int> weight)
        {
            var total = parts.Sum(weight);
            return total == 0 ? 0 : parts.Sum(p => value(p) * weight(p)) / total;
        }
        double? Rate(Func<GeoScores, double?> value) => parts[0].F1 is null ? null : Math.Round(W(p => value(p) ?? 0, p => p.Gold), 2);
        return new GeoScores(parts.Sum(p => p.Articles), parts.Sum(p => p.Gold), parts.Sum(p => p.Geocoded),
            Math.Round(W(p => p.Acc161, p => p.Geocoded), 2), Math.Round(W(p => p.MeanKm, p => p.Geocoded), 1),
            Math.Round(W(p => p.MedianKm, p => p.Geocoded), 1), Math.Round(W(p => p.Auc, p => p.Geocoded), 4),
            Rate(p => p.Precision), Rate(p => p.Recall), Rate(p => p.F1),
            Math.Round(parts.Average(p => p.ToponymsPerSecond)), Math.Round(W(p => p.Coverage, p => p.Gold), 2), Math.Round(W(p => p.Ceiling, p => p.Gold), 2));
    }
}
