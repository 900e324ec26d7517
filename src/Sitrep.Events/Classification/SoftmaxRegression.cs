namespace Sitrep.Events.Classification;

/// <summary>Trains multinomial logistic regression by per-example AdaGrad on the log loss; deterministic (seeded
/// shuffles). Binary features (a feature repeated in one example counts once); features seen in fewer than
/// <c>minCount</c> examples are dropped. Unlike a perceptron it keeps learning from examples it already gets right, so
/// its errors differ: the ACLED type model adds its scores to the perceptrons'.</summary>
public static class SoftmaxRegression
{
    public static LinearClassifier Train(IReadOnlyList<(List<string> Features, string Label)> data, int epochs = 20, double rate = 0.03, int seed = 17, int minCount = 2)
    {
        var examples = new IndexedExamples(data, minCount);
        var (labels, names, rows, gold) = (examples.Labels, examples.Features, examples.Rows, examples.Gold);
        var k = labels.Length;
        var w = new double[names.Length * k];
        var squares = new double[names.Length * k];
        var p = new double[k];
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(seed);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var feats = rows[i];
                Array.Clear(p);
                foreach (var f in feats) for (var c = 0; c < k; c++) p[c] += w[f * k + c];
                Softmax(p);
                p[gold[i]] -= 1; // gradient of the log loss wrt each label's score
                foreach (var f in feats)
                {
                    for (var c = 0; c < k; c++)
                    {
                        var j = f * k + c;
                        var g = p[c];
                        squares[j] += g * g;
                        if (squares[j] > 0) w[j] -= rate * g / Math.Sqrt(squares[j]);
                    }
                }
            }
        }
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var f = 0; f < names.Length; f++)
        {
            var fw = new float[k];
            var any = false;
            for (var c = 0; c < k; c++)
            {
                fw[c] = (float)w[f * k + c];
                if (Math.Abs(fw[c]) > 1e-4f) any = true; else fw[c] = 0;
            }
            if (any) weights[names[f]] = fw;
        }
        return new LinearClassifier(labels, weights);
    }

    /// <summary>Scores → probabilities, in place.</summary>
    private static void Softmax(double[] scores)
    {
        var max = double.NegativeInfinity;
        foreach (var s in scores) max = Math.Max(max, s);
        var sum = 0.0;
        for (var c = 0; c < scores.Length; c++) sum += scores[c] = Math.Exp(scores[c] - max);
        for (var c = 0; c < scores.Length; c++) scores[c] /= sum;
    }
}
