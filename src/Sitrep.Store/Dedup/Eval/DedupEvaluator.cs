using Sitrep.Store.Query;

namespace Sitrep.Store.Dedup.Eval;

/// <summary>Pairwise precision/recall of dedup: over every pair of reports from different articles, "same" is
/// gold when both carry the same cluster and predicted when the store put both in the same canonical event.</summary>
public static class DedupEvaluator
{
    public sealed record Result(int Reports, int GoldClusters, int PredictedEvents, int TruePositives, int FalsePositives, int FalseNegatives)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    /// <summary>Saves the test set into <paramref name="store"/> (an empty one) and scores the merges it made.</summary>
    public static Result Run(IEventQueryStore store)
    {
        var (records, gold) = DedupTestSet.Build();
        store.SaveMany(records);
        var predicted = new Dictionary<(string Article, string Event), string>();
        foreach (var record in records)
        {
            var view = store.GetArticle(record.Article.Id) ?? throw new InvalidOperationException("saved article not found");
            foreach (var link in view.Events)
            {
                predicted[(record.Article.Id, link.ReportEventId)] = link.EventId;
            }
        }
        var keys = gold.Keys.ToList();
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            for (var j = i + 1; j < keys.Count; j++)
            {
                if (keys[i].Article == keys[j].Article)
                {
                    continue; // dedup is across articles only
                }
                var goldSame = gold[keys[i]] == gold[keys[j]];
                var predSame = predicted[keys[i]] == predicted[keys[j]];
                if (goldSame && predSame) tp++;
                else if (predSame) fp++;
                else if (goldSame) fn++;
            }
        }
        return new Result(keys.Count, gold.Values.Distinct().Count(), predicted.Values.Distinct().Count(), tp, fp, fn);
    }
}
