using System.Diagnostics;
using Sitrep.Text.Tokenization;

namespace Sitrep.Text.Evaluation;

public readonly record struct PrecisionRecall(int Correct, int System, int Gold)
{
    public double Precision => System == 0 ? 0 : (double)Correct / System;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Correct == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Scores plus speed: <see cref="TokensPerSecond"/> from the fastest wall-clock round, and
/// <see cref="TokensPerCpuSecond"/> from process CPU time over all rounds (steadier on a loaded machine).</summary>
public sealed record TokenizationScore(PrecisionRecall Tokens, PrecisionRecall Sentences, double TokensPerSecond, int SystemTokens,
    double TokensPerCpuSecond = 0);

/// <summary>Scores <see cref="SpanTokenizer"/> + <see cref="SentenceSplitter"/> against gold CoNLL-U as the CoNLL 2018
/// shared task does: spans compared by their offsets in the text with whitespace removed; a multiword token is its
/// surface form, so a clitic we split off ("n't") is merged back into its host before comparing.</summary>
public static class TokenizationEvaluator
{
    public static TokenizationScore Evaluate(ConlluText gold, int timingRounds = 3)
    {
        var text = gold.Text.AsSpan();
        var tokens = new TokenSpan[SpanTokenizer.MaxTokens(text.Length)];
        var sentences = new SentenceSpan[tokens.Length];
        int tokenCount = 0, sentenceCount = 0;
        // Best of several rounds (at least timingRounds, and about a second in all) so the JIT has warmed up.
        var best = double.MaxValue;
        var total = Stopwatch.StartNew();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var rounds = 0;
        for (var round = 0; round < Math.Max(1, timingRounds) || (total.Elapsed.TotalSeconds < 1 && round < 200); round++)
        {
            var watch = Stopwatch.StartNew();
            tokenCount = SpanTokenizer.Tokenize(text, tokens);
            sentenceCount = SentenceSplitter.Split(text, tokens.AsSpan(0, tokenCount), sentences);
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            rounds++;
            if (timingRounds <= 1) break;
        }
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;

        // Map every character offset to its index among non-whitespace characters.
        var squeezed = new int[text.Length + 1];
        var k = 0;
        for (var i = 0; i < text.Length; i++)
        {
            squeezed[i] = k;
            if (!char.IsWhiteSpace(text[i])) k++;
        }
        squeezed[text.Length] = k;
        (int, int) Squeeze((int Start, int End) span) => (squeezed[span.Start], squeezed[span.End]);

        var systemTokens = new List<(int, int)>(tokenCount);
        for (var i = 0; i < tokenCount; i++)
        {
            var t = tokens[i];
            if (t.IsClitic && systemTokens.Count > 0 && tokens[i - 1].End == t.Start)
            {
                systemTokens[^1] = (systemTokens[^1].Item1, squeezed[t.End]);
                continue;
            }
            systemTokens.Add(Squeeze((t.Start, t.End)));
        }
        var systemSentences = new List<(int, int)>(sentenceCount);
        for (var i = 0; i < sentenceCount; i++) systemSentences.Add(Squeeze((sentences[i].Start, sentences[i].End)));

        var tokenScore = Match(systemTokens, gold.GoldTokens.ConvertAll(s => Squeeze(s)));
        var sentenceScore = Match(systemSentences, gold.GoldSentences.ConvertAll(s => Squeeze(s)));
        var perCpuSecond = cpuSeconds > 0 ? (double)tokenCount * rounds / cpuSeconds : 0;
        return new TokenizationScore(tokenScore, sentenceScore, tokenCount / best, tokenCount, perCpuSecond);
    }

    /// <summary>Both lists are sorted, non-overlapping spans: a merge walk counts exact matches.</summary>
    private static PrecisionRecall Match(List<(int Start, int End)> system, List<(int Start, int End)> gold)
    {
        int i = 0, j = 0, correct = 0;
        while (i < system.Count && j < gold.Count)
        {
            if (system[i] == gold[j])
            {
                correct++;
                i++;
                j++;
            }
            else if (system[i].Start < gold[j].Start || (system[i].Start == gold[j].Start && system[i].End < gold[j].End)) i++;
            else j++;
        }
        return new PrecisionRecall(correct, system.Count, gold.Count);
    }

    /// <summary>Gold sentence ends the system missed ("missed") and system ends gold lacks ("extra").</summary>
    public static IEnumerable<string> SentenceErrors(ConlluText gold, int context = 40)
    {
        var text = gold.Text;
        var tokens = new TokenSpan[SpanTokenizer.MaxTokens(text.Length)];
        var count = SpanTokenizer.Tokenize(text, tokens);
        var sentences = new SentenceSpan[Math.Max(1, count)];
        var sentenceCount = SentenceSplitter.Split(text, tokens.AsSpan(0, count), sentences);
        var systemEnds = new HashSet<int>();
        for (var i = 0; i < sentenceCount; i++) systemEnds.Add(sentences[i].End);
        var goldEnds = new HashSet<int>(gold.GoldSentences.ConvertAll(s => s.End));
        string Around(int end) => text[Math.Max(0, end - context)..end].Replace('\n', ' ') + " | " +
                                  text[end..Math.Min(text.Length, end + context / 2)].Replace('\n', ' ');
        foreach (var end in goldEnds.Order())
        {
            if (!systemEnds.Contains(end)) yield return "missed " + Around(end);
        }
        foreach (var end in systemEnds.Order())
        {
            if (!goldEnds.Contains(end)) yield return "extra  " + Around(end);
        }
    }

    /// <summary>The gold spans the system missed and the system spans gold lacks, for error analysis.</summary>
    public static IEnumerable<string> TokenErrors(ConlluText gold, int context = 25)
    {
        var text = gold.Text;
        var tokens = new TokenSpan[SpanTokenizer.MaxTokens(text.Length)];
        var count = SpanTokenizer.Tokenize(text, tokens);
        var merged = new List<(int Start, int End)>(count);
        for (var i = 0; i < count; i++)
        {
            var t = tokens[i];
            if (t.IsClitic && i > 0 && tokens[i - 1].End == t.Start)
            {
                merged[^1] = (merged[^1].Start, t.End);
                continue;
            }
            merged.Add((t.Start, t.End));
        }
        var system = new HashSet<(int, int)>(merged);
        foreach (var g in gold.GoldTokens)
        {
            if (system.Contains(g)) continue;
            var from = Math.Max(0, g.Start - context);
            var to = Math.Min(text.Length, g.End + context);
            yield return $"missed [{text[g.Start..g.End]}] in: {text[from..to].Replace('\n', ' ')}";
        }
        var goldSet = new HashSet<(int, int)>(gold.GoldTokens);
        foreach (var t in merged)
        {
            if (goldSet.Contains(t)) continue;
            var from = Math.Max(0, t.Start - context);
            var to = Math.Min(text.Length, t.End + context);
            yield return $"extra [{text[t.Start..t.End]}] in: {text[from..to].Replace('\n', ' ')}";
        }
    }
}
