using Sitrep.Text.Cleaning;

namespace Sitrep.Text.Tests;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("ALEPPO // More than 50,000 Syrians fled.", "ALEPPO", null, "More than")]
    [InlineData("BEIRUT (Reuters) - A blast shook the port.", "BEIRUT", "Reuters", "A blast")]
    [InlineData("DAMASCUS, Nov 30 (AFP) - Air strikes hit.", "DAMASCUS", "AFP", "Air strikes")]
    [InlineData("KABUL, Afghanistan — Gunmen stormed a hotel.", "KABUL, Afghanistan", null, "Gunmen")]
    [InlineData("UNITED NATIONS (AP) — The council met.", "UNITED NATIONS", "AP", "The council")]
    [InlineData("GAZA CITY, Gaza Strip, Feb. 3 (Xinhua) -- Seven were killed.", "GAZA CITY, Gaza Strip", "Xinhua", "Seven")]
    [InlineData("NEW DELHI: Police detained 40 people.", "NEW DELHI", null, "Police")]
    [InlineData("Aleppo, Syria (AFP) - Shelling resumed.", "Aleppo, Syria", "AFP", "Shelling")]
    [InlineData("BEIRUT (Levant Wire) — Air strikes hit Idlib.", "BEIRUT", "Levant Wire", "Air strikes")]
    [InlineData("SANAA, Dec 3 (Saba) - Talks resumed.", "SANAA", "Saba", "Talks")]
    public void Finds_the_place_and_agency(string paragraph, string place, string? agency, string bodyStart)
    {
        var match = Dateline.Find(paragraph);
        Assert.NotNull(match);
        Assert.Equal(place, match.Place);
        Assert.Equal(agency, match.Agency);
        Assert.StartsWith(bodyStart, paragraph[match.Length..]);
    }

    [Theory]
    [InlineData("UN officials said — after a week of delays — that aid had arrived.")]
    [InlineData("He said: the convoy arrived.")]
    [InlineData("Officials (Local Council) — said aid arrived.")]
    [InlineData("UPDATE: The death toll rose to 12.")]
    [InlineData("More than 50,000 Syrians joined a growing exodus.")]
    [InlineData("ALEPPO //")]
    public void Ignores_what_is_no_dateline(string paragraph)
    {
        Assert.Null(Dateline.Find(paragraph));
    }

    [Theory]
    [InlineData("AFP", "Agence France-Presse")]
    [InlineData("Reuters", "Reuters")]
    [InlineData("AP", "Associated Press")]
    [InlineData("The Associated Press", "Associated Press")]
    [InlineData("Xinhua", "Xinhua News Agency")]
    [InlineData("Daily Example", null)]
    public void Agency_credits_map_to_full_names(string credit, string? fullName)
    {
        Assert.Equal(fullName, Agencies.FullName(credit));
    }
}
