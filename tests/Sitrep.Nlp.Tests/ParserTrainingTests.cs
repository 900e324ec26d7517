using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Parsing;
using Sitrep.Testing;

namespace Sitrep.Nlp.Tests;

/// <summary>The labelled-transition parser trained on a small slice: deterministic, and its trees are well formed
/// (one root per sentence, labelled root; every other word has a non-root label and an in-sentence head).</summary>
public sealed class ParserTrainingTests
{
    private static List<UdSentence> Ud(string split, int count) =>
        ConlluReader.Read(SharedData.Require($"data/ud-ewt/en_ewt-ud-{split}.conllu")).Take(count).ToList();

    [Fact]
    public void TrainingIsDeterministicAndTreesHaveOneLabelledRoot()
    {
        var train = Ud("train", 300);
        var dev = Ud("dev", 150);
        var a = DependencyParser.Train(train, new DependencyParser.Options(Epochs: 2, Seed: 5));
        var b = DependencyParser.Train(train, new DependencyParser.Options(Epochs: 2, Seed: 5));
        var ws = a.CreateWorkspace();
        var lex = new LexicalSentence();
        var agree = 0;
        var words = 0;
        foreach (var s in dev)
        {
            lex.Reset(s.Count);
            foreach (var form in s.Forms)
            {
                lex.Add(form);
            }
            var (headsA, labelsA) = Parse(a, ws, lex, s);
            var (headsB, labelsB) = Parse(b, b.CreateWorkspace(), lex, s);
            Assert.Equal(headsA, headsB);
            Assert.Equal(labelsA, labelsB);
            Assert.Equal(1, headsA.Count(h => h == -1));
            for (var i = 0; i < s.Count; i++)
            {
                Assert.InRange(headsA[i], -1, s.Count - 1);
                Assert.NotEqual(i, headsA[i]);
                Assert.Equal(headsA[i] == -1, labelsA[i] == "root");
                words++;
                agree += headsA[i] == s.Heads[i] && labelsA[i] == s.DepRels[i] ? 1 : 0;
            }
        }
        // Gold tags, 300 sentences, 2 epochs: labelled attachment is far above chance.
        Assert.True(agree > words * 0.5, $"LAS on the slice {100.0 * agree / words:F1}");
    }

    private static (int[] Heads, string[] Labels) Parse(DependencyParser parser, DependencyParser.Workspace ws, LexicalSentence lex, UdSentence s)
    {
        var heads = new int[s.Count];
        var labels = new string[s.Count];
        parser.Parse(lex, s.Upos, s.Xpos, ws, heads, labels);
        return (heads, labels);
    }
}
