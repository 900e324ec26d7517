namespace Sitrep.Events.Classification;

/// <summary>Trains a <see cref="FeedForwardClassifier"/> by per-example AdaGrad on the log loss, with dropout on the
/// hidden layer; deterministic (seeded initialisation, shuffles and dropout masks). Binary features; those seen in
/// fewer than <c>minCount</c> examples are dropped.</summary>
public static class FeedForwardTrainer
{
    public static FeedForwardClassifier Train(IReadOnlyList<(List<string> Features, string Label)> data, int hidden = 32, int epochs = 8,
        double rate = 0.05, double dropout = 0.3, int seed = 23, int minCount = 3)
    {
        var examples = new IndexedExamples(data, minCount);
        var (labels, names, rows, gold, ids) = (examples.Labels, examples.Features, examples.Rows, examples.Gold, examples.Ids);
        var k = labels.Length;

        var random = new Random(seed);
        float Uniform(double scale) => (float)((random.NextDouble() * 2 - 1) * scale);
        var embedding = new float[names.Length * hidden];
        for (var i = 0; i < embedding.Length; i++) embedding[i] = Uniform(0.05);
        var hiddenBias = new float[hidden];
        var output = new float[hidden * k];
        var outScale = Math.Sqrt(6.0 / (hidden + k));
        for (var i = 0; i < output.Length; i++) output[i] = Uniform(outScale);
        var outputBias = new float[k];
        var gEmbedding = new float[embedding.Length];
        var gHiddenBias = new float[hidden];
        var gOutput = new float[output.Length];
        var gOutputBias = new float[k];

        var h = new float[hidden];
        var mask = new float[hidden];
        var p = new double[k];
        var dh = new float[hidden];
        var order = Enumerable.Range(0, data.Count).ToArray();
        const float Eps = 1e-8f;
        var lr = (float)rate;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var feats = rows[i];
                hiddenBias.CopyTo(h, 0);
                foreach (var f in feats)
                {
                    var row = embedding.AsSpan(f * hidden, hidden);
                    for (var j = 0; j < hidden; j++) h[j] += row[j];
                }
                var keep = 1 - dropout;
                for (var j = 0; j < hidden; j++)
                {
                    mask[j] = h[j] > 0 && random.NextDouble() < keep ? (float)(1 / keep) : 0;
                    h[j] *= mask[j];
                }
                for (var c = 0; c < k; c++)
                {
                    var s = (double)outputBias[c];
                    for (var j = 0; j < hidden; j++) s += h[j] * output[j * k + c];
                    p[c] = s;
                }
                var max = double.NegativeInfinity;
                for (var c = 0; c < k; c++) max = Math.Max(max, p[c]);
                var sum = 0.0;
                for (var c = 0; c < k; c++) sum += p[c] = Math.Exp(p[c] - max);
                for (var c = 0; c < k; c++) p[c] /= sum;
                p[gold[i]] -= 1;
                Array.Clear(dh);
                for (var j = 0; j < hidden; j++)
                {
                    if (mask[j] == 0) continue;
                    for (var c = 0; c < k; c++)
                    {
                        var idx = j * k + c;
                        dh[j] += (float)p[c] * output[idx];
                        var g = (float)p[c] * h[j];
                        gOutput[idx] += g * g;
                        output[idx] -= lr * g / (MathF.Sqrt(gOutput[idx]) + Eps);
                    }
                    dh[j] *= mask[j];
                }
                for (var c = 0; c < k; c++)
                {
                    var g = (float)p[c];
                    gOutputBias[c] += g * g;
                    outputBias[c] -= lr * g / (MathF.Sqrt(gOutputBias[c]) + Eps);
                }
                for (var j = 0; j < hidden; j++)
                {
                    var g = dh[j];
                    if (g == 0) continue;
                    gHiddenBias[j] += g * g;
                    hiddenBias[j] -= lr * g / (MathF.Sqrt(gHiddenBias[j]) + Eps);
                }
                foreach (var f in feats)
                {
                    var baseIndex = f * hidden;
                    for (var j = 0; j < hidden; j++)
                    {
                        var g = dh[j];
                        if (g == 0) continue;
                        var idx = baseIndex + j;
                        gEmbedding[idx] += g * g;
                        embedding[idx] -= lr * g / (MathF.Sqrt(gEmbedding[idx]) + Eps);
                    }
                }
            }
        }
        return new FeedForwardClassifier(labels, ids, hidden, embedding, hiddenBias, output, outputBias);
    }
}
