using Sitrep.Events.Evaluation;

namespace Sitrep.Events.Classification;

/// <summary>Trains the ACLED type model from ACLED rows (deterministic). <paramref name="holdout"/> leaves out every
/// fifth row (index % 5 == 0) so that <c>sitrep eval acled --holdout</c> scores on notes the model never saw.</summary>
public static class AcledTypeTrainer
{
    /// <summary>Shuffle seeds of the extra event-type perceptrons (5 in all, with the default seed's).</summary>
    private static readonly int[] VoteSeeds = [3, 5, 7, 11];

    /// <summary>Seeds of the event-type nets (initialisation, shuffles, dropout): five bagged nets score 0.4 points
    /// above one on the dev folds, nine no higher.</summary>
    private static readonly int[] NetSeeds = [23, 33, 43, 53, 63];

    public static AcledTypeModel Train(IReadOnlyList<AcledRow> rows, bool holdout, int epochs = 8)
    {
        var train = rows.Where(r => !holdout || r.Index % 5 != 0).ToList();
        var features = train.Select(r => NoteFeatures.Of(r.Notes)).ToList();
        var sub = AveragedPerceptron.Train(train.Select((r, i) => (features[i], r.SubEventType)).ToList(), epochs);
        var interData = train.Select((r, i) => (features[i], r.Inter1)).ToList();
        var inter = AveragedPerceptron.Train(interData, epochs);
        var typeData = train.Select((r, i) => (features[i], r.EventType)).ToList();
        var type = AveragedPerceptron.Train(typeData, epochs);
        var votes = VoteSeeds.Select(seed => AveragedPerceptron.Train(typeData, epochs, seed)).ToList();
        var softmax = SoftmaxRegression.Train(typeData);
        var interSoftmax = SoftmaxRegression.Train(interData);
        var nets = NetSeeds.Select(seed => FeedForwardTrainer.Train(typeData, seed: seed)).ToList();
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in train) map.TryAdd(r.SubEventType, r.EventType);
        return new AcledTypeModel(sub, inter, type, map, votes, softmax, interSoftmax, nets);
    }

    /// <summary>Classifier-only event-type, sub-event-type and inter1 accuracy on the two dev folds of the training rows
    /// (index % 5 = 1 and = 2, each scored by a model trained on the rows outside the holdout and that fold), for
    /// tuning without touching the holdout.</summary>
    public static (double EventType, double SubEventType, double Inter1)[] DevScores(IReadOnlyList<AcledRow> rows, int epochs = 8)
    {
        var scores = new (double, double, double)[2];
        for (var fold = 1; fold <= 2; fold++)
        {
            var model = Train(rows.Where(r => r.Index % 5 != fold).ToList(), holdout: true, epochs);
            int type = 0, sub = 0, inter = 0, n = 0;
            foreach (var row in rows)
            {
                if (row.Index % 5 != fold) continue;
                n++;
                if (model.ClassifyInter1(row.Notes) == row.Inter1) inter++;
                if (model.Classify(row.Notes) is not { } c) continue;
                if (c.EventType == row.EventType) type++;
                if (c.SubEventType == row.SubEventType) sub++;
            }
            scores[fold - 1] = ((double)type / n, (double)sub / n, (double)inter / n);
        }
        return scores;
    }
}
