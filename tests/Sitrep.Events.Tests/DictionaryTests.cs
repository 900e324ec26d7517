using Sitrep.Events.Dictionaries;
using Sitrep.Testing;

namespace Sitrep.Events.Tests;

public sealed class DictionaryTests
{
    [Fact]
    public void ImportsTheValidationSuiteDictionariesAndRoundTrips()
    {
        var dir = SharedData.Require("data/cameo/validation");
        var compiled = CameoDictionary.FromPetrarchDirectory(dir);
        Assert.True(compiled.Entries.Actors.Count > 50);
        Assert.True(compiled.Entries.Verbs.Count > 100);
        Assert.True(compiled.Entries.Patterns.Count > 10);
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-dict-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            compiled.Save(path);
            var loaded = CameoDictionary.Load(path);
            Assert.Equal(compiled.Entries.Actors.Count, loaded.Entries.Actors.Count);
            Assert.Equal(compiled.Entries.Verbs.Count, loaded.Entries.Verbs.Count);
            var arnor = loaded.Actors.Exact(["arnor"]);
            Assert.NotNull(arnor);
            Assert.Equal("ARN", CameoDictionary.ResolveCode(arnor, null));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void APhraseListedUnderTwoActorsTakesTheOneWhoseDatesCoverTheEvent()
    {
        // Fictional: two holders of one office share the phrase "PRESIDENT GALEN"; each is government only in office.
        var entries = new DictionaryEntries();
        PetrarchReader.ReadActors(
        [
            "GALEN_ELDER_", "+PRESIDENT_GALEN", "\t[ARNELI 700101-890120]", "\t[ARNGOV 890120-930120]", "\t[ARNELI]",
            "GALEN_YOUNGER_", "+PRESIDENT_GALEN_", "\t[ARNELI 640101-010120]", "\t[ARNGOV 010120-090120]", "\t[ARNELI]",
        ], entries);
        var dictionary = CameoDictionary.FromEntries(entries);
        var president = dictionary.Actors.Exact(["president", "galen"]);
        Assert.NotNull(president);
        Assert.Equal("ARNGOV", CameoDictionary.ResolveCode(president, new DateOnly(2003, 5, 1)));
        Assert.Equal("Galen Younger", CameoDictionary.Pick(president, new DateOnly(2003, 5, 1)).Name);
        Assert.Equal("ARNGOV", CameoDictionary.ResolveCode(president, new DateOnly(1990, 5, 1)));
        Assert.Equal("Galen Elder", CameoDictionary.Pick(president, new DateOnly(1990, 5, 1)).Name);
        // No date: the first listed actor, as before.
        Assert.Equal("ARNELI", CameoDictionary.ResolveCode(president, null));
        Assert.Same(president, CameoDictionary.Pick(president, null));
    }

    [Fact]
    public void ReadsReverseCodesAndTransformationsAndRoundTripsThem()
    {
        var entries = new DictionaryEntries();
        PetrarchReader.ReadVerbs(
        [
            "--- ARRIVE  [032:033]  ---", "ARRIVE", "- * TALKS  [046:046]", "",
            "--- FACE [---] ---", "FACE", "- * PRESSURE  [:100]", "",
            "~ a (b . ATTACK) SAY = a b 112", "~ malformed line",
        ], entries);
        var arrive = entries.Verbs.First(v => v.Words is ["arrive"]);
        Assert.Equal(("032", "033"), (arrive.Code, arrive.Reverse));
        var pressure = entries.Patterns.Single(p => p.Block == "FACE");
        Assert.Equal(("---", "100"), (pressure.Code, pressure.Reverse));   // nothing from the source, 100 from the target
        Assert.Equal(new TransformationEntry("SAY", "b", ".", "ATTACK", "b", "112"), Assert.Single(entries.Transformations));
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-dict-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            CameoDictionary.FromEntries(entries).Save(path);
            var loaded = CameoDictionary.Load(path).Entries;
            Assert.Equal("033", loaded.Verbs.First(v => v.Words is ["arrive"]).Reverse);
            Assert.Equal("100", loaded.Patterns.Single(p => p.Block == "FACE").Reverse);
            Assert.Equal(entries.Transformations, loaded.Transformations);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void CommittedDictionaryCodesDatedRoles()
    {
        var d = CameoDictionary.Default;
        Assert.NotNull(d);
        var assad = d.Actors.Exact(["bashar", "al", "assad"]);
        Assert.NotNull(assad);
        Assert.Equal("SYRGOV", CameoDictionary.ResolveCode(assad, new DateOnly(2016, 11, 30)));
        Assert.Equal("SYRELI", CameoDictionary.ResolveCode(assad, new DateOnly(1990, 1, 1)));
    }

    [Fact]
    public void TwoDigitYearRangesNeverEndBeforeTheyStart()
    {
        // Phoenix: NUR_MOHAMMAD_TARAKI_ [AFGELI 350101-780430] [AFGGOV 780430-790916] — elite from 1935, not 2035.
        var taraki = CameoDictionary.Default?.Actors.Exact(["nur", "mohammad", "taraki"]);
        Assert.NotNull(taraki);
        Assert.Equal("AFGELI", CameoDictionary.ResolveCode(taraki, new DateOnly(1970, 6, 1)));
        Assert.Equal("AFGGOV", CameoDictionary.ResolveCode(taraki, new DateOnly(1979, 1, 1)));
    }
}
