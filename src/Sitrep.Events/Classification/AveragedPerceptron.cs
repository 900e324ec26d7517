namespace Sitrep.Events.Classification;

/// <summary>Trains a multi-class averaged perceptron; deterministic (seeded shuffles). Features seen in fewer than
/// <c>minCount</c> examples are dropped.</summary>
public static class AveragedPerceptron
{
    public static LinearClassifier Train(IReadOnlyList<(List<string> Features, string Label)> data, int epochs = 8, int seed = 17, int minCount = 2)
    {
        var labels = data.Select(d => d.Label).Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal).ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (features, _) in data) foreach (var f in features.Distinct()) counts[f] = counts.GetValueOrDefault(f) + 1;
        var keep = counts.Where(kv => kv.Value >= minCount).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        var w = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var totals = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var stamps = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var f in keep)
        {
            w[f] = new float[labels.Length];
            totals[f] = new double[labels.Length];
            stamps[f] = new int[labels.Length];
        }
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(seed);
        var step = 0;
        var filtered = data.Select(d => d.Features.Where(keep.Contains).ToArray()).ToArray();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                step++;
                var feats = filtered[i];
                var gold = labelIndex[data[i].Label];
                var scores = new double[labels.Length];
                foreach (var f in feats) { var fw = w[f]; for (var k = 0; k < fw.Length; k++) scores[k] += fw[k]; }
                var guess = 0;
                for (var k = 1; k < scores.Length; k++) if (scores[k] > scores[guess]) guess = k;
                if (guess == gold) continue;
                foreach (var f in feats)
                {
                    Update(f, gold, 1);
                    Update(f, guess, -1);
                }
            }
        }
        // average
        var averaged = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var f in keep)
        {
            var fw = w[f];
            var t = totals[f];
            var s = stamps[f];
            var avg = new float[labels.Length];
            var any = false;
            for (var k = 0; k < avg.Length; k++)
            {
                var total = t[k] + (step - s[k]) * fw[k];
                avg[k] = (float)(total / step);
                if (Math.Abs(avg[k]) > 1e-4f) any = true; else avg[k] = 0;
            }
            if (any) averaged[f] = avg;
        }
        return new LinearClassifier(labels, averaged);

        void Update(string f, int label, float delta)
        {
            totals[f][label] += (step - stamps[f][label]) * w[f][label];
            stamps[f][label] = step;
            w[f][label] += delta;
        }
    }
}
