using Sitrep.Core.Contract;
using Sitrep.Core.Pipeline;
using Sitrep.Geo.Evaluation;
using Sitrep.Testing;

namespace Sitrep.Geo.Tests;

/// <summary>The opt-in GeoWebNews convention (adjectival demonyms are toponyms) and the part-name fallback for
/// names the gazetteer lacks, on the sample article and a GeoWebNews slice.</summary>
public sealed class RecognitionConventionTests
{
    private static readonly Lazy<Geoparser> Default = new(Geoparser.LoadDefault);
    private static readonly Lazy<Geoparser> WithDemonyms = new(() => new Geoparser(Default.Value.Gazetteer, Default.Value.Resolver.Ranker, demonymModifiers: true));

    private static Document Sample(Geoparser parser)
    {
        var raw = new RawArticle { Content = File.ReadAllText(SharedData.Sample), Origin = "sample" };
        var doc = new Sitrep.Text.ArticleCleaner().Clean(raw);
        new Sitrep.Text.Tokenizer().Process(doc);
        parser.Process(doc);
        return doc;
    }

    [Fact]
    public void AdjectivalDemonymsBecomeCountryToponymsOnlyWhenAskedFor()
    {
        var withDemonyms = Sample(WithDemonyms.Value);
        var syrian = withDemonyms.Places.FindAll(p => p.Text == "Syrian");
        Assert.NotEmpty(syrian); // "Syrian government", "Syrian rebels"
        Assert.All(syrian, p => Assert.Equal(("SY", "country"), (p.Country!, p.Precision!)));
        Assert.DoesNotContain(withDemonyms.Places, p => p.Text == "Syrians"); // plural: people, not the place
        Assert.Empty(Sample(Default.Value).Places.FindAll(p => p.Text == "Syrian"));
    }

    [Fact]
    public void GwnConventionRaisesRecallOnAGwnSlice()
    {
        var articles = GoldCorpus.ReadGwn(SharedData.Require("data/geoparse/GWN.xml")).Take(30).ToList();
        var plain = GeoEvaluator.Evaluate(Default.Value, articles, oracle: false, new Sitrep.Text.Tokenizer());
        var gwn = GeoEvaluator.Evaluate(WithDemonyms.Value, articles, oracle: false, new Sitrep.Text.Tokenizer());
        Assert.True(gwn.Recall > plain.Recall + 3, $"recall {plain.Recall} → {gwn.Recall}");
        Assert.True(gwn.F1 > plain.F1, $"F1 {plain.F1} → {gwn.F1}");
    }

    [Fact]
    public void UnknownNamesFallBackToTheProminentPlaceInside()
    {
        var parser = Default.Value;
        var university = parser.Resolve("Aleppo University");
        Assert.Equal((170063L, "SY"), (university!.GeonamesId!.Value, university.Country!));
        Assert.Equal("region", parser.Resolve("European Commission")!.Precision);
        Assert.Null(parser.Resolve("Qwxzv Tower")); // nothing prominent inside: still unknown
    }
}
