using Sitrep.Core.Contract;
using Sitrep.Core.Pipeline;
using Sitrep.Geo.Gazetteer;

namespace Sitrep.Geo.Tests;

/// <summary>Arabic place names as news romanises them meet GeoNames' romanisation through the looser
/// <see cref="TransliterationKey"/>, and English phrases with an Arabic-looking skeleton do not.</summary>
public sealed class TransliterationTests
{
    [Theory]
    [InlineData("Jisr al-Shughur", "Jisr ash Shughur")]
    [InlineData("Khan Sheikhoun", "Khan Shaykhun")]
    [InlineData("Maarat al-Numan", "Ma'arrat an Nu'man")]
    [InlineData("Deir el-Zour", "Dayr az Zawr")]
    [InlineData("Ras al-Ain", "Ras al 'Ayn")]
    [InlineData("Khan Younis", "Khan Yunis")]
    [InlineData("Tell Arihah", "Tall Ariha")]
    public void NewsAndGazetteerSpellingsShareAKey(string news, string geonames) =>
        Assert.Equal(TransliterationKey.Of(NameKey.Fold(geonames)), TransliterationKey.Of(NameKey.Fold(news)));

    /// <summary>Names that differ in a consonant stay apart; names that differ only in vowels share a key, and the
    /// ranker's context (country, other places) chooses among them.</summary>
    [Theory]
    [InlineData("Deir el-Zour", "Deir Hafer")]
    [InlineData("Tell Abiad", "Tell Aswad")]
    [InlineData("Khan Sheikhoun", "Khan Arnabah")]
    public void DifferentNamesKeepDifferentKeys(string a, string b) =>
        Assert.NotEqual(TransliterationKey.Of(NameKey.Fold(a)), TransliterationKey.Of(NameKey.Fold(b)));

    [Fact]
    public void OnlyNamesThatReadAsArabicAreTried()
    {
        Assert.Null(TransliterationKey.Of(NameKey.Fold("al-Bab"))); // one word after the article: too loose
        Assert.True(TransliterationKey.LooksArabic(NameKey.Fold("Khan Younis")));
        Assert.True(TransliterationKey.LooksArabic(NameKey.Fold("Hayy al-Sukkari")));
        Assert.False(TransliterationKey.LooksArabic(NameKey.Fold("Old Man")));
        Assert.False(TransliterationKey.LooksArabic(NameKey.Fold("My Soul")));
    }

    [Fact]
    public void ConflictPlacesSpelledAsNewsDoesResolve()
    {
        const string text = "Fictional: shells hit Jisr al-Shughur and Khan Sheikhoun on Monday, and Khan Younis later.";
        var places = GeoparsedText.Parse(text).Places;
        Assert.Equal([("Jisr al-Shughur", 169023L), ("Khan Sheikhoun", 168325L), ("Khan Younis", 281124L)],
            places.Select(p => (p.Text, p.GeonamesId ?? 0)).ToArray());
    }

    [Fact]
    public void EnglishPhrasesWithArabicSkeletonsAreNotPlaces()
    {
        // LGL sentences that matched Ouled Mimoun (Algeria) and Mosul before the names had to read as Arabic.
        var places = GeoparsedText.Parse("Fictional: the choir sang It is Well with My Soul before An Old Man Has Visions opened.").Places;
        Assert.DoesNotContain(places, p => p.Country is "DZ" or "IQ" or "MA");
    }

    [Fact]
    public void AnArabicPlaceNerCallsAPersonStaysAPlace()
    {
        var doc = GeoparsedText.Parse("Fictional: an air strike hit Khan Younis, and Imran Khan condemned it.", ("Khan Younis", "PER"), ("Imran Khan", "PER"));
        Assert.Contains(doc.Places, p => p.Text == "Khan Younis" && p.Country == "PS");
        Assert.DoesNotContain(doc.Places, p => p.Text is "Khan" or "Imran Khan");
    }

    [Theory]
    [InlineData("Fictional: clashes spread to Qamishli.", "Qamishli", true)] // a Syrian district seat (no population in GeoNames)
    [InlineData("Fictional: Jackson said the vote was close.", "Jackson", false)] // a surname, though also a US city
    public void ALoneWordNerCallsAPersonIsAPlaceOnlyIfAnArabSeat(string text, string name, bool place) =>
        Assert.Equal(place, GeoparsedText.Parse(text, (name, "PER")).Places.Exists(p => p.Text == name));

    [Fact]
    public void ANameTheTextCallsATownIsAPlaceWhateverNerSays() =>
        Assert.Contains(GeoparsedText.Parse("Fictional: air strikes hit the rebel-held town of Saraqib on Tuesday.", ("Saraqib", "PER")).Places,
            p => p.Text == "Saraqib" && p.GeonamesId == 164816);

    [Fact]
    public void ANameTheTextCallsATownIsTheTownNotItsDistrict()
    {
        // GeoNames gives the town no population, so its district outranked it
        var place = Assert.Single(GeoparsedText.Parse("Fictional: air strikes hit the town of Maarat al-Numan on Tuesday.").Places);
        Assert.Equal(("city", "SY"), (place.Precision!, place.Country!));
    }

    [Theory]
    [InlineData("Fictional: fighting continued in Gaza on Monday.", "PS")]
    [InlineData("Fictional: floods hit Gaza province in Mozambique on Monday.", "MZ")]
    [InlineData("Fictional: Israeli jets bombed a camp in Gaza on Monday.", "PS")]
    public void GazaIsPalestineUnlessTheArticleSaysMozambique(string text, string country) =>
        Assert.Equal(country, Assert.Single(GeoparsedText.Parse(text).Places, p => p.Text == "Gaza").Country);
}
