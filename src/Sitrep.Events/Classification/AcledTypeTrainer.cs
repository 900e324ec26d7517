using Sitrep.Events.Evaluation;

namespace Sitrep.Events.Classification;

/// <summary>Trains the ACLED type model from ACLED rows (deterministic). <paramref name="holdout"/> leaves out every
/// fifth row (index % 5 == 0) so that <c>sitrep eval acled --holdout</c> scores on notes the model never saw.</summary>
public static class AcledTypeTrainer
{
    /// <summary>Shuffle seeds of the extra event-type perceptrons (5 in all, with the default seed's).</summary>
    private static readonly int[] VoteSeeds = [3, 5, 7, 11];

    public static AcledTypeModel Train(IReadOnlyList<AcledRow> rows, bool holdout, int epochs = 8)
    {
        var train = rows.Where(r => !holdout || r.Index % 5 != 0).ToList();
        var features = train.Select(r => NoteFeatures.Of(r.Notes)).ToList();
        var sub = AveragedPerceptron.Train(train.Select((r, i) => (features[i], r.SubEventType)).ToList(), epochs);
        var inter = AveragedPerceptron.Train(train.Select((r, i) => (features[i], r.Inter1)).ToList(), epochs);
        var typeData = train.Select((r, i) => (features[i], r.EventType)).ToList();
        var type = AveragedPerceptron.Train(typeData, epochs);
        var votes = VoteSeeds.Select(seed => AveragedPerceptron.Train(typeData, epochs, seed)).ToList();
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in train) map.TryAdd(r.SubEventType, r.EventType);
        return new AcledTypeModel(sub, inter, type, map, votes);
    }
}
