using Sitrep.Core.Contract;
using Sitrep.Core.Pipeline;

namespace Sitrep.Geo.Tests;

/// <summary>The publishing outlet's home town (models/geo/outlets.tsv, read from the article URL) as resolution
/// context: a local paper's "Dublin" or "Alexandria" is the one near the paper.</summary>
public sealed class OutletHomeTests
{
    private static readonly Lazy<Geoparser> Parser = new(Geoparser.LoadDefault);

    private static List<PlaceRecord> Places(string text, string? url)
    {
        var doc = new Document(text) { Url = url };
        new Sitrep.Text.Tokenizer().Process(doc);
        Parser.Value.Process(doc);
        return doc.Places;
    }

    [Fact]
    public void EveryTableRowNamesAPlaceOfItsStateOrCountry()
    {
        // Load throws on a row the gazetteer cannot place; the homes below are the rows' own towns.
        var outlets = Parser.Value.Outlets;
        Assert.True(outlets.Count >= 80);
        var gazetteer = Parser.Value.Gazetteer;
        var towntalk = gazetteer[outlets.HomeOf("http://www.thetowntalk.com/article/20090320/NEWS01/rss")];
        Assert.Equal(("Alexandria", "US", "US.LA"), (towntalk.Name, towntalk.Country, gazetteer.Admin1Code(towntalk.Admin1Id)));
        var echo = gazetteer[outlets.HomeOf("echopress.com")];
        Assert.Equal(("Alexandria", "US.MN"), (echo.Name, gazetteer.Admin1Code(echo.Admin1Id)));
    }

    [Theory]
    [InlineData("https://news.postbulletin.com/news/local/story.html", true)] // a subdomain of a listed host
    [InlineData("postbulletin.com:8080/x", true)]
    [InlineData("https://example.com/postbulletin.com", false)] // the host decides, not the path
    [InlineData("https://notpostbulletin.com/", false)]
    [InlineData("not a url", false)]
    [InlineData(null, false)]
    public void TheHostPicksTheOutlet(string? url, bool known) =>
        Assert.Equal(known, Parser.Value.Outlets.HomeOf(url) >= 0);

    [Fact]
    public void ALocalPapersDublinIsTheOneNearThePaper()
    {
        const string text = "Police in Dublin arrested a man on Tuesday after a break-in.";
        var withoutUrl = Places(text, null).Find(p => p.Text == "Dublin");
        Assert.Equal("IE", withoutUrl!.Country);
        // A Columbus, Ohio local paper: Dublin, Ohio.
        var local = Places(text, "http://www.columbuslocalnews.com/articles/2009/03/city.html").Find(p => p.Text == "Dublin");
        Assert.Equal(("US", "Ohio"), (local!.Country, local.Admin1));
    }

    [Fact]
    public void TheHomeDoesNotPullAnAlternateSpellingNearby()
    {
        // Rhome, Texas (near Fort Worth) is also spelt "Rome": a Fort Worth paper's Rome is a place called Rome.
        var rome = Places("Pilgrims crowded into Rome on Sunday for the Easter mass.", "http://www.star-telegram.com/news/story.html")
            .Find(p => p.Text == "Rome");
        Assert.Equal("Rome", rome!.Name);
    }

    [Fact]
    public void AHomeAbroadDoesNotMoveAWellKnownCapital()
    {
        // A Moscow paper writing about Washington still means the US capital.
        var places = Places("Officials in Washington said the sanctions would stay.", "http://www.moscowtimes.ru/article/1.html");
        Assert.Contains(places, p => p.Text == "Washington" && p.Country == "US");
    }
}
