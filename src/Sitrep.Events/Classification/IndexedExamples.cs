namespace Sitrep.Events.Classification;

/// <summary>Labelled string-feature examples as integer rows for the trainers that keep dense weights per feature
/// (<see cref="SoftmaxRegression"/>, <see cref="FeedForwardTrainer"/>): labels in ordinal order, the features seen in
/// at least <c>minCount</c> examples numbered in ordinal order (so ids, and results, do not depend on dictionary
/// iteration order), each example's distinct known features and its gold label.</summary>
internal sealed class IndexedExamples
{
    public string[] Labels { get; }
    public string[] Features { get; }
    /// <summary>Feature → its id (its index in <see cref="Features"/>).</summary>
    public Dictionary<string, int> Ids { get; }
    public int[][] Rows { get; }
    public int[] Gold { get; }

    public IndexedExamples(IReadOnlyList<(List<string> Features, string Label)> data, int minCount)
    {
        Labels = data.Select(d => d.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var labelIndex = Labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (features, _) in data) foreach (var f in features.Distinct()) counts[f] = counts.GetValueOrDefault(f) + 1;
        Features = counts.Where(kv => kv.Value >= minCount).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToArray();
        var id = Ids = Features.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        Rows = data.Select(d => d.Features.Where(id.ContainsKey).Select(f => id[f]).Distinct().ToArray()).ToArray();
        Gold = data.Select(d => labelIndex[d.Label]).ToArray();
    }
}
