using Sitrep.Core;

namespace Sitrep.Core.Tests;

public class ContentHashTests
{
    [Fact]
    public void Same_text_gives_same_id_and_different_text_a_different_one()
    {
        Assert.Equal(ContentHash.Of("Aleppo"), ContentHash.Of("Aleppo".AsSpan()));
        Assert.NotEqual(ContentHash.Of("Aleppo"), ContentHash.Of("Aleppo."));
        Assert.Matches("^[0-9a-f]{16}$", ContentHash.Of(new string('x', 10_000)));
    }
}
