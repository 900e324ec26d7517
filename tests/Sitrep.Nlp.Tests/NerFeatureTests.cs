using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Ner;
using Sitrep.Testing;

namespace Sitrep.Nlp.Tests;

/// <summary>The NER's unsupervised and list-derived features, built from the real local data.</summary>
public sealed class NerFeatureTests
{
    [Fact]
    public void WordClustersGroupWordsThatShareContexts()
    {
        // UD EWT train text plus one ACLED file: a few hundred thousand tokens, enough for weekday classes.
        var text = UnlabelledText.Read([
            SharedData.Require("data/ud-ewt/en_ewt-ud-train.conllu"),
            SharedData.Require("data/events/acled/acled_afghanistan_2020-03.csv"),
        ]);
        Assert.True(text.Tokens > 200_000, $"{text.Tokens} tokens");
        var clusters = WordClusters.Build(text.Sentences, new WordClusters.Options(Fine: 64, Coarse: 16, MaxWords: 8000, Iterations: 6));
        uint Fine(string w) => clusters.Of(Hashing.Lower(w)) & 0xFFFF;
        Assert.NotEqual(0u, Fine("monday"));
        Assert.Equal(Fine("monday"), Fine("tuesday"));
        Assert.NotEqual(Fine("monday"), Fine("the"));
        Assert.NotEqual(Fine("the"), Fine("killed"));
        // The levels nest (bottom-up merges of the fine classes): a fine class has one coarse and one top class.
        var coarseOfFine = new Dictionary<uint, uint>();
        var coarseUsed = new HashSet<uint>();
        var topUsed = new HashSet<uint>();
        foreach (var w in new[] { "monday", "tuesday", "the", "a", "killed", "said", "kabul", "police", "two", "in" })
        {
            var id = clusters.Of(Hashing.Lower(w));
            Assert.Equal(coarseOfFine.GetValueOrDefault(id & 0xFFFF, id >> 16), id >> 16);
            coarseOfFine[id & 0xFFFF] = id >> 16;
            coarseUsed.Add(id >> 16);
            topUsed.Add(id >> 24);
        }
        Assert.True(coarseUsed.Count >= 3, $"{coarseUsed.Count} coarse classes for ten different words");
        Assert.True(topUsed.Count >= 2, $"{topUsed.Count} top classes for ten different words");
    }

    [Fact]
    public void CapitalisationCountsComeFromCasedText()
    {
        var text = UnlabelledText.Read([SharedData.Require("data/ud-ewt/en_ewt-ud-train.conllu")]);
        var the = text.Case[Hashing.Lower("the")];
        var google = text.Case[Hashing.Lower("google")];
        Assert.True(the.Upper * 10 < the.Total, $"'the' capitalised {the.Upper}/{the.Total} mid-sentence");
        Assert.True(google.Upper * 2 > google.Total, $"'Google' capitalised {google.Upper}/{google.Total} mid-sentence");
    }

    [Fact]
    public void OrganisationHeadWordsComeFromTheCameoLists()
    {
        var gazetteer = GazetteerBuilder.FromCameo(SharedData.Require("data/cameo"));
        Assert.True(gazetteer.HeadCount > 20, $"{gazetteer.HeadCount} head words");
        Assert.NotEqual(0, gazetteer.HeadOf(Hashing.Lower("front")) & (1 << Gazetteer.Org));
        Assert.NotEqual(0, gazetteer.HeadOf(Hashing.Lower("party")) & (1 << Gazetteer.Org));
        Assert.Equal(0, gazetteer.HeadOf(Hashing.Lower("yesterday")));
        Assert.Equal(0, gazetteer.HeadOf(Hashing.Lower("killed")));
        // Last words of many listed names that are function words or places, not organisation designators.
        Assert.Equal(0, gazetteer.HeadOf(Hashing.Lower("the")));
        Assert.Equal(0, gazetteer.HeadOf(Hashing.Lower("palestine")));
    }
}
