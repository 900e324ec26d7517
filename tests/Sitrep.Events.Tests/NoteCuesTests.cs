using Sitrep.Events.Classification;

namespace Sitrep.Events.Tests;

public sealed class NoteCuesTests
{
    [Fact]
    public void KillingCiviliansWithoutAClashWordIsMarkedAsSuch()
    {
        var features = NoteFeatures.Of("On 3 May 2020, gunmen killed two civilians in Kongoussi.");
        Assert.Contains("Q:civ&harm", features);
        Assert.Contains("Q:harm&noclash", features);
        Assert.Contains("Q:civ&armed", features);
    }

    [Fact]
    public void AClashWordSuppressesTheNoClashConjunctions()
    {
        var features = NoteFeatures.Of("Militants clashed with soldiers; two civilians were killed in the crossfire.");
        Assert.Contains("Q:clash&harm", features);
        Assert.DoesNotContain(features, f => f.EndsWith("&noclash", StringComparison.Ordinal));
    }

    [Fact]
    public void ViolentAndPeacefulProtestsGetDifferentCues()
    {
        var violent = NoteFeatures.Of("Protesters threw stones and vandalised shops.");
        var calm = NoteFeatures.Of("Residents gathered peacefully to protest.");
        Assert.Contains("Q:violent&protest", violent);
        Assert.DoesNotContain("Q:calm&protest", violent);
        Assert.Contains("Q:calm&protest", calm);
        Assert.DoesNotContain("Q:violent&protest", calm);
    }
}
