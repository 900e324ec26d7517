using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Ner;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp.Evaluation;

/// <summary>Runs the recogniser on gold-tokenised IOB2 documents and scores exact (span, type) matches.
/// Predicted types the gold corpus does not annotate at all (e.g. MISC against UNER) are left out of the score.</summary>
public static class NerEvaluator
{
    /// <summary>The tagger runs first (its XPOS are NER features) and is not counted in tokens/s.</summary>
    /// <param name="errors">Receives one line per missed or spurious span (error analysis), when given.</param>
    public static NerScores Evaluate(IReadOnlyList<NerSentence> gold, EntityRecognizer ner, PosTagger tagger, bool documentConsistency = true,
        TextWriter? errors = null)
    {
        var tagging = new SentenceTagger(tagger);
        var goldTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in gold)
        {
            foreach (var t in s.Tags)
            {
                if (t != "O") goldTypes.Add(t[2..]);
            }
        }
        var lex = new LexicalSentence();
        var ws = ner.CreateWorkspace();
        var consistency = new DocumentConsistency();
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var t in goldTypes) counts[t] = new int[3];
        var watch = new CpuWatch();
        var tokens = 0;
        var goldSpans = new HashSet<(int, int, string)>();
        var predictedSpans = new List<(int, int, string)>();
        var start = 0;
        while (start < gold.Count)
        {
            var end = start;
            while (end < gold.Count && gold[end].Document == gold[start].Document) end++;
            var xpos = new string?[end - start][];
            for (var k = start; k < end; k++) xpos[k - start] = tagging.Xpos(gold[k].Forms);
            var predicted = new int[end - start][];
            watch.Start();
            consistency.Clear();
            for (var k = start; k < end; k++)
            {
                var s = gold[k];
                lex.Reset(s.Count);
                foreach (var f in s.Forms) lex.Add(f);
                predicted[k - start] = new int[s.Count];
                ner.Recognize(lex, xpos[k - start], ws, predicted[k - start]);
                consistency.Add(lex, predicted[k - start]);
            }
            if (documentConsistency) consistency.Apply(ner.Types.Length, Array.IndexOf(ner.Types, "PER"));
            watch.Stop();
            for (var k = start; k < end; k++)
            {
                var s = gold[k];
                var classes = predicted[k - start];
                tokens += s.Count;
                goldSpans.Clear();
                foreach (var span in BioSpans(s.Tags)) goldSpans.Add(span);
                predictedSpans.Clear();
                var open = -1;
                for (var i = 0; i < s.Count; i++)
                {
                    var c = classes[i];
                    if (c == 0) continue;
                    var pos = EntityRecognizer.PositionOf(c);
                    if (pos is 0 or 3) open = i;
                    if (pos is 2 or 3) predictedSpans.Add((open, i + 1, ner.Types[EntityRecognizer.TypeOf(c)]));
                }
                foreach (var g in goldSpans) counts[g.Item3][0]++;
                foreach (var p in predictedSpans)
                {
                    if (!counts.TryGetValue(p.Item3, out var c)) continue;
                    c[1]++;
                    if (goldSpans.Contains(p)) c[2]++;
                }
                if (errors is not null) WriteErrors(errors, s, goldSpans, predictedSpans, counts);
            }
            start = end;
        }
        var perType = counts.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .ToDictionary(kv => kv.Key, kv => new PrfCounts(kv.Value[0], kv.Value[1], kv.Value[2]));
        var overall = new PrfCounts(perType.Values.Sum(c => c.Gold), perType.Values.Sum(c => c.Predicted), perType.Values.Sum(c => c.Correct));
        return new NerScores(overall, perType, tokens, tokens / Math.Max(1e-9, watch.Elapsed.TotalSeconds));
    }

    private static void WriteErrors(TextWriter errors, NerSentence s, HashSet<(int, int, string)> goldSpans,
        List<(int, int, string)> predictedSpans, Dictionary<string, int[]> scored)
    {
        string Text((int Start, int End, string Type) x) => string.Join(' ', s.Forms[x.Start..x.End]);
        foreach (var g in goldSpans)
        {
            if (!predictedSpans.Contains(g)) errors.WriteLine($"missed\t{g.Item3}\t{Text(g)}\t{string.Join(' ', s.Forms)}");
        }
        foreach (var p in predictedSpans)
        {
            if (scored.ContainsKey(p.Item3) && !goldSpans.Contains(p)) errors.WriteLine($"spurious\t{p.Item3}\t{Text(p)}\t{string.Join(' ', s.Forms)}");
        }
    }

    /// <summary>Spans [start, end) of IOB2 tags; an I- that does not continue a same-type span opens one (conlleval).</summary>
    public static IEnumerable<(int Start, int End, string Type)> BioSpans(IReadOnlyList<string> tags)
    {
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var t = i < tags.Count ? tags[i] : "O";
            var continues = t.StartsWith("I-", StringComparison.Ordinal) && type is not null && t.AsSpan(2).SequenceEqual(type);
            if (!continues && type is not null)
            {
                yield return (start, i, type);
                type = null;
            }
            if (t != "O" && !continues)
            {
                start = i;
                type = t[2..];
            }
        }
    }
}
