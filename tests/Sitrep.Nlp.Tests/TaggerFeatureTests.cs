using System.Text.RegularExpressions;
using Sitrep.Nlp.Learning;
using Sitrep.Testing;

namespace Sitrep.Nlp.Tests;

/// <summary>The unknown-word features the tagger adds for hyphenated compounds, on the words of the sample article.</summary>
public sealed partial class TaggerFeatureTests
{
    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();

    private static string[] SampleWords() =>
        Words().Matches(File.ReadAllText(SharedData.Require("samples/aleppo-2016-11-30.txt"))).Select(m => m.Value.Trim(',', '.', '"', '(', ')')).ToArray();

    /// <summary>The sample's words, featurised as one lexical sentence.</summary>
    private static (string[] Words, LexicalSentence Lex) SampleSentence()
    {
        var words = SampleWords();
        var lex = new LexicalSentence();
        lex.Reset(words.Length);
        foreach (var w in words) lex.Add(w);
        return (words, lex);
    }

    [Fact]
    public void CompoundsWithTheSameLastPartShareTheirTailFeature()
    {
        var (words, lex) = SampleSentence();
        int rebelHeld = Array.IndexOf(words, "rebel-held"), governmentHeld = Array.IndexOf(words, "government-held");
        Assert.True(rebelHeld >= 0 && governmentHeld >= 0, "the sample article should contain both compounds");
        Assert.Equal(lex.HyphenTail(rebelHeld), lex.HyphenTail(governmentHeld));
        Assert.NotEqual(lex.HyphenHead(rebelHeld), lex.HyphenHead(governmentHeld));

        // The tail of "pro-government" is the head of "government-held" (same word, different template salt).
        var pro = Array.IndexOf(words, "pro-government");
        Assert.True(pro >= 0);
        Assert.NotEqual(lex.HyphenTail(pro), lex.HyphenTail(rebelHeld));

        // Words without an inner hyphen all get one constant, so they never collide with a real part.
        var plain = new List<int>();
        for (var i = 0; i < words.Length; i++)
        {
            var h = words[i].IndexOf('-');
            if (h <= 0 || h == words[i].Length - 1) plain.Add(i);
        }
        Assert.True(plain.Count > 100);
        foreach (var i in plain)
        {
            Assert.Equal(lex.HyphenTail(plain[0]), lex.HyphenTail(i));
            Assert.NotEqual(lex.HyphenTail(rebelHeld), lex.HyphenTail(i));
        }
    }

    [Fact]
    public void LongAffixesDistinguishWordsThatShortOnesConflate()
    {
        var (words, lex) = SampleSentence();
        // Same 4-letter suffix, different 5-letter suffix: the longer affix carries information the shorter lacks.
        var pairs = 0;
        for (var i = 0; i < words.Length; i++)
        {
            for (var j = i + 1; j < words.Length && j < i + 200; j++)
            {
                var a = words[i].ToLowerInvariant();
                var b = words[j].ToLowerInvariant();
                if (a.Length < 5 || b.Length < 5 || a[^4..] != b[^4..]) continue;
                Assert.Equal(lex.Suf4(i), lex.Suf4(j));
                Assert.Equal(a[^5..] == b[^5..], lex.Suf5(i) == lex.Suf5(j));
                Assert.Equal(a[..4] == b[..4], lex.Pre4(i) == lex.Pre4(j));
                pairs++;
            }
        }
        Assert.True(pairs > 20, $"only {pairs} word pairs with a shared 4-letter suffix");
    }
}
