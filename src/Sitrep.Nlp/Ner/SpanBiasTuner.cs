using System.Globalization;
using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp.Ner;

/// <summary>Chooses each scored type's span bias on development data (coordinate ascent on strict F1): the
/// perceptron is trained on sparse annotation and under-predicts some types (ORG recall is far below precision).</summary>
public static class SpanBiasTuner
{
    private static readonly float[] Grid = [-24, -16, -12, -8, -6, -4, -2, 0, 2, 4, 8, 12];

    /// <summary>Only types the development data annotates are tuned (MISC is not scored against UNER).</summary>
    public static double Tune(EntityRecognizer ner, IReadOnlyList<NerSentence> dev, PosTagger tagger, Action<string>? log = null)
    {
        var scored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in dev)
        {
            foreach (var t in s.Tags)
            {
                if (t != "O") scored.Add(t[2..]);
            }
        }
        double F1() => NerEvaluator.Evaluate(dev, ner, tagger).Overall.F1;
        var best = F1();
        log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"span bias: dev F1 {best:F2} with no bias"));
        for (var round = 0; round < 2; round++)
        {
            var changed = false;
            for (var t = 0; t < ner.Types.Length; t++)
            {
                if (!scored.Contains(ner.Types[t])) continue;
                var keep = ner.SpanBias(t);
                foreach (var b in Grid)
                {
                    if (b == keep) continue;
                    ner.SetSpanBias(t, b);
                    var f1 = F1();
                    // Small gains on a dev set of ~1,000 spans are noise: demand a visible one.
                    if (f1 > best + 0.1)
                    {
                        (best, keep, changed) = (f1, b, true);
                    }
                }
                ner.SetSpanBias(t, keep);
                log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"span bias: {ner.Types[t]} {keep:+0.0;-0.0;0}, dev F1 {best:F2}"));
            }
            if (!changed) break;
        }
        return best;
    }
}
