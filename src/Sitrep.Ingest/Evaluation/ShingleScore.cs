namespace Sitrep.Ingest.Evaluation;

/// <summary>The article-extraction-benchmark score (scrapinghub evaluate.py, see data/extraction/SOURCE.md):
/// case-sensitive \w+ tokens, word 4-gram shingle multisets, per-page counts normalised to sum 1,
/// macro-averaged precision and recall, F1 of the two means, accuracy = exact token-sequence match.</summary>
public static class ShingleScore
{
    public const int N = 4;

    public readonly record struct PageScore(double Tp, double Fp, double Fn, bool Exact)
    {
        public double Precision => Fp == 0 && Fn == 0 ? 1 : Tp == 0 && Fp == 0 ? 0 : Tp / (Tp + Fp);
        public double Recall => Fp == 0 && Fn == 0 ? 1 : Tp == 0 && Fn == 0 ? 0 : Tp / (Tp + Fn);
    }

    public sealed record CorpusScore(double Precision, double Recall, double F1, double Accuracy, int Pages);

    public static PageScore ScorePage(string? truth, string? predicted)
    {
        var t = Tokenize(truth);
        var p = Tokenize(predicted);
        var trueShingles = Shingles(t);
        var predShingles = Shingles(p);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, tc) in trueShingles)
        {
            var pc = predShingles.GetValueOrDefault(key);
            tp += Math.Min(tc, pc);
            fn += Math.Max(0, tc - pc);
        }
        foreach (var (key, pc) in predShingles)
        {
            var tc = trueShingles.GetValueOrDefault(key);
            fp += Math.Max(0, pc - tc);
        }
        var s = tp + fp + fn;
        if (s > 0)
        {
            tp /= s;
            fp /= s;
            fn /= s;
        }
        return new PageScore(tp, fp, fn, t.SequenceEqual(p));
    }

    public static CorpusScore Aggregate(IReadOnlyList<PageScore> pages)
    {
        double precisionSum = 0, recallSum = 0, exact = 0;
        int precisionCount = 0, recallCount = 0;
        foreach (var page in pages)
        {
            if (page.Tp + page.Fp > 0)
            {
                precisionSum += page.Precision;
                precisionCount++;
            }
            if (page.Tp + page.Fn > 0)
            {
                recallSum += page.Recall;
                recallCount++;
            }
            if (page.Exact)
            {
                exact++;
            }
        }
        var precision = precisionCount == 0 ? 0 : precisionSum / precisionCount;
        var recall = recallCount == 0 ? 0 : recallSum / recallCount;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new CorpusScore(precision, recall, f1, pages.Count == 0 ? 0 : exact / pages.Count, pages.Count);
    }

    /// <summary>Python's re \w+ on str: letters, digits/numerics and underscore (not combining marks).</summary>
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var word = i < text.Length && IsWordChar(text, i);
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
            if (word && char.IsHighSurrogate(text[i]))
            {
                i++;
            }
        }
        return tokens;
    }

    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (c == '_')
        {
            return true;
        }
        if (char.IsLowSurrogate(c))
        {
            return false;
        }
        var category = char.GetUnicodeCategory(text, i);
        return category is System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
            or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
            or System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.DecimalDigitNumber
            or System.Globalization.UnicodeCategory.LetterNumber or System.Globalization.UnicodeCategory.OtherNumber;
    }

    private static Dictionary<string, int> Shingles(List<string> tokens)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = Math.Max(1, tokens.Count - N + 1);
        for (var i = 0; i < count; i++)
        {
            var end = Math.Min(tokens.Count, i + N);
            if (end <= i)
            {
                continue;
            }
            var key = string.Join('\u0001', tokens.GetRange(i, end - i));
            result[key] = result.GetValueOrDefault(key) + 1;
        }
        return result;
    }
}
