using Sitrep.Nlp.Corpora;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Tagging;
using Sitrep.Testing;
using static Sitrep.Nlp.Tagging.WordNetLexicon;

namespace Sitrep.Nlp.Tests;

/// <summary>The WordNet word classes the tagger reads: lemmas, generated and listed inflections, capitalised nouns and
/// the concordance's dominant class, from files in WordNet's own database format (written here, a few lines each).</summary>
public sealed class WordNetLexiconTests
{
    private static string WriteDatabase()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"sitrep-wordnet-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        // index line: lemma pos synset_cnt p_cnt [pointers] sense_cnt tagsense_cnt offsets
        File.WriteAllLines(Path.Combine(dir, "index.noun"),
        [
            "  1 This software and database is being provided to you, the LICENSEE, by  ",
            "run n 2 1 @ 2 1 00000001 00000002  ",
            "stop n 1 1 @ 1 0 00000003  ",
            "goose n 1 1 @ 1 0 00000004  ",
            "paris n 1 1 @ 1 0 00000005  ",
            "box n 1 1 @ 1 0 00000006  ",
            "car_bomb n 1 1 @ 1 0 00000007  ",
        ]);
        File.WriteAllLines(Path.Combine(dir, "index.verb"), ["run v 3 1 @ 3 9 00000010 00000011 00000012  ", "stop v 1 1 @ 1 2 00000013  "]);
        File.WriteAllLines(Path.Combine(dir, "index.adj"), ["big a 1 1 & 1 3 00000020  ", "happy a 1 1 & 1 1 00000021  "]);
        File.WriteAllLines(Path.Combine(dir, "index.adv"), ["fast r 1 1 \\ 1 0 00000030  "]);
        File.WriteAllLines(Path.Combine(dir, "noun.exc"), ["geese goose"]);
        File.WriteAllLines(Path.Combine(dir, "verb.exc"), ["ran run"]);
        File.WriteAllLines(Path.Combine(dir, "adj.exc"), ["worse bad"]);
        File.WriteAllLines(Path.Combine(dir, "data.noun"),
        [
            "  1 This software and database is being provided to you, the LICENSEE, by  ",
            "00000005 15 n 02 Paris 0 City_of_Light 0 000 | the capital of France  ",
            "00000004 05 n 01 goose 0 000 | a web-footed bird  ",
        ]);
        return dir;
    }

    [Fact]
    public void FormsGetTheirPossibleClasses()
    {
        var dir = WriteDatabase();
        try
        {
            var wn = Build(dir);
            ushort Code(string form) => wn.Code(Hashing.Lower(form));
            Assert.Equal(Noun | Verb, Code("run") & 0xFFF);
            // "running" and "stopped" double their final consonant; "stops" is a plural and a third person
            Assert.Equal(VerbIng, Code("running") & 0xFFF);
            Assert.Equal(VerbEd, Code("stopped") & 0xFFF);
            Assert.Equal(Plural | VerbS, Code("stops") & 0xFFF);
            Assert.Equal(Plural, Code("boxes") & 0xFFF);
            Assert.Equal(Comparative, Code("happier") & 0xFFF);
            Assert.Equal(Superlative, Code("biggest") & 0xFFF);
            // listed irregular forms
            Assert.Equal(Plural, Code("geese") & 0xFFF);
            Assert.Equal(VerbEd | VerbS, Code("ran") & 0xFFF);
            Assert.Equal(Comparative, Code("worse") & 0xFFF);
            // a name WordNet writes capitalised; no multi-word lemmas; unknown words are 0
            Assert.Equal(Noun | Capitalised, Code("paris") & 0xFFF);
            Assert.Equal(0, Code("car_bomb"));
            Assert.Equal(0, Code("kobane"));
            // the concordance tagged "run" as a verb more often (9 against 1): dominant class 2 in the top bits
            Assert.Equal(2, Code("run") >> 12);
            Assert.Equal(3, Code("big") >> 12);
            Assert.Equal(0, Code("fast") >> 12);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void TaggerKeepsItsWordNetAcrossSaveAndLoadAndItKeysCachedTags()
    {
        var dir = WriteDatabase();
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-tagger-{Guid.NewGuid():N}.bin.gz");
        try
        {
            var wn = Build(dir);
            var train = ConlluReader.Read(SharedData.Require("data/ud-ewt/en_ewt-ud-train.conllu")).Take(200).ToList();
            var options = new PosTagger.Options(Epochs: 2) { WordNet = wn, NetEpochs = 0 };
            PosTagger.Train(train, options).Save(path);
            var loaded = PosTagger.Load(path);
            Assert.Equal(wn.Count, loaded.WordNet.Count);
            Assert.Equal(wn.Fingerprint(), loaded.WordNet.Fingerprint());
            Assert.NotEqual(options.Fingerprint(), (options with { WordNet = Empty }).Fingerprint());
        }
        finally
        {
            Directory.Delete(dir, true);
            File.Delete(path);
        }
    }

    [Fact]
    public void WordNetRaisesUnknownWordAccuracyOfATinyTagger()
    {
        var wordNetDir = SharedData.RequireSystem("/usr/share/wordnet/index.noun", "apt-get install wordnet-base");
        var wn = Build(Path.GetDirectoryName(wordNetDir)!);
        var train = ConlluReader.Read(SharedData.Require("data/ud-ewt/en_ewt-ud-train.conllu")).Take(600).ToList();
        var dev = ConlluReader.Read(SharedData.Require("data/ud-ewt/en_ewt-ud-dev.conllu")).Take(400).ToList();
        var without = UdEvaluator.Evaluate(dev, PosTagger.Train(train, new PosTagger.Options(Epochs: 3) { NetEpochs = 0 }), null);
        var with = UdEvaluator.Evaluate(dev, PosTagger.Train(train, new PosTagger.Options(Epochs: 3) { NetEpochs = 0, WordNet = wn }), null);
        // 600 sentences leave most dev words unseen: what WordNet says they can be is worth several points
        Assert.True(with.Upos > without.Upos + 1, $"UPOS with WordNet {with.Upos:F2}, without {without.Upos:F2}");
    }
}
