using Sitrep.Core;
using Sitrep.Geo.Gazetteer;

namespace Sitrep.Geo.Tests;

/// <summary>Index build from a small dump this test writes (GeoNames' 19-column format, one malformed line),
/// save/load round trip and lookups.</summary>
public sealed class GazetteerBuildTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-geo-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Row(long id, string name, string ascii, string alternates, double lat, double lon, string fcode, string cc, string admin1, long pop) =>
        string.Join('\t', id.ToString(), name, ascii, alternates, lat.ToString(System.Globalization.CultureInfo.InvariantCulture),
            lon.ToString(System.Globalization.CultureInfo.InvariantCulture), "P", fcode, cc, "", admin1, "", "", "", pop.ToString(), "", "400", "Asia/Damascus", "2024-01-01");

    private Gazetteer.Gazetteer BuildSmall(out GazetteerBuilder builder)
    {
        var dump = Path.Combine(_dir, "dump.txt");
        File.WriteAllLines(dump,
        [
            Row(170063, "Aleppo", "Aleppo", "Alep,Halab,Ḩalab,حلب", 36.20124, 37.16117, "PPLA", "SY", "09", 1602264),
            "this line\tis\tmalformed",
            Row(5178166, "Aleppo", "Aleppo", "", 39.82, -80.1, "PPL", "US", "PA", 600),
            Row(170654, "Damascus", "Damascus", "Dimashq,Damas", 33.5102, 36.29128, "PPLC", "SY", "13", 1569394),
            Row(323786, "Ankara", "Ankara", "Angora", 39.91987, 32.85427, "PPLC", "TR", "68", 3517182),
        ]);
        var admin1 = Path.Combine(_dir, "admin1.txt");
        File.WriteAllLines(admin1, ["SY.09\tAleppo\tAleppo\t170062", "SY.13\tDimashq\tDimashq\t170652", "TR.68\tAnkara\tAnkara\t323784", "US.PA\tPennsylvania\tPennsylvania\t6254927"]);
        var admin2 = Path.Combine(_dir, "admin2.txt");
        File.WriteAllLines(admin2, ["SY.09.1\tJabal Sem'an\tJabal Sem'an\t7911083"]);
        var countries = Path.Combine(_dir, "countries.json");
        File.WriteAllText(countries, """
            [{"name":{"common":"Syria","official":"Syrian Arab Republic"},"cca2":"SY","cca3":"SYR","independent":true,
              "altSpellings":["SY","Syrian Arab Republic"],"latlng":[35,38],"demonyms":{"eng":{"f":"Syrian","m":"Syrian"}}},
             {"name":{"common":"Türkiye","official":"Republic of Türkiye"},"cca2":"TR","cca3":"TUR","independent":true,
              "altSpellings":["TR","Turkiye"],"latlng":[39,35],"demonyms":{"eng":{"f":"Turkish","m":"Turkish"}}},
             {"name":{"common":"United States","official":"United States of America"},"cca2":"US","cca3":"USA","independent":true,
              "altSpellings":["US","USA"],"latlng":[38,-97],"demonyms":{"eng":{"f":"American","m":"American"}}}]
            """);
        var curated = Path.Combine(_dir, "curated.tsv");
        File.WriteAllLines(curated,
        [
            "# test additions",
            "countryid\tSY\t163843",
            "country\tUS\t-\t39.83\t-98.58",
            "countryid\tUS\t6252001",
            "alias\tTurkey\tcountry:TR",
            "abbrev\tPa.\tadmin1:US.PA",
            "region\tMiddle East\tRGN\t33.1391\t35.8587\t6269133",
            // fictional wards: one filed under its governorate, one whose name a place already bears
            "subdivision\tKafr Telmin\tadmin1name:SY:Dimashq",
            "subdivision\tDamascus\tadmin1name:TR:Ankara",
        ]);
        builder = new GazetteerBuilder();
        builder.AddDump(dump);
        builder.AddAdmin1Codes(admin1);
        builder.AddAdmin2Codes(admin2);
        builder.AddCountries(countries);
        builder.AddCurated(curated);
        var built = builder.Build();
        var path = Path.Combine(_dir, "gazetteer.bin.gz");
        built.Save(path);
        return Gazetteer.Gazetteer.Load(path);
    }

    [Fact]
    public void ASubdivisionIsAnotherNameOfItsDivisionUnlessAPlaceBearsIt()
    {
        var g = BuildSmall(out _);
        var ward = g[Assert.Single(g.Lookup("Kafr Telmin").ToArray())];
        Assert.Equal((PlaceKind.Admin1, 170652L), (ward.Kind, ward.GeonamesId));
        Assert.Equal(170654L, g[Assert.Single(g.Lookup("Damascus").ToArray())].GeonamesId); // the city only, not Ankara province
    }

    [Fact]
    public void MalformedLineIsReportedWithItsNumberAndSkipped()
    {
        var g = BuildSmall(out var builder);
        var bad = Assert.Single(builder.Malformed);
        Assert.Equal(2, bad.Line);
        Assert.Contains("19", bad.Problem);
        Assert.Equal(2, g.Lookup("Aleppo").Length - 1); // two Aleppo towns plus the governorate
    }

    [Fact]
    public void LookupFoldsCaseDiacriticsAndPunctuation()
    {
        var g = BuildSmall(out _);
        var ids = new HashSet<long>();
        foreach (var i in g.Lookup("ḨALAB")) ids.Add(g[i].GeonamesId);
        Assert.Contains(170063L, ids);
        var first = g[g.Lookup("aleppo")[0]];
        // Prominence order: the governorate (admin1, population of its places) before the Pennsylvania village.
        Assert.NotEqual(5178166L, first.GeonamesId);
        Assert.Empty(g.Lookup("حلب").ToArray()); // non-Latin alternate names are left out
        Assert.True(g.Lookup("Nowhere-on-Earth").IsEmpty);
    }

    [Fact]
    public void CountriesAdminsAliasesAndDemonymsResolve()
    {
        var g = BuildSmall(out _);
        var syria = g[g.Lookup("Syria")[0]];
        Assert.Equal((PlaceKind.Country, "SY", 163843L), (syria.Kind, syria.Country, syria.GeonamesId));
        Assert.Equal(35, syria.Lat, 3); // world-countries' point: a countryid row sets the id only
        var us = g[g.Lookup("United States")[0]];
        // A curated country row overrides the point (stored as float).
        Assert.Equal((39.83, -98.58, 6252001L), (Math.Round(us.Lat, 3), Math.Round(us.Lon, 3), us.GeonamesId));
        Assert.Equal("TR", g[g.Lookup("Turkey")[0]].Country);
        Assert.Equal("US", g[g.Lookup("United States of America")[0]].Country);
        Assert.Equal(PlaceKind.Admin1, g[g.LookupKey("pa.")[0]].Kind);
        Assert.True(g.LookupKey("pa").IsEmpty); // the abbreviation matches only with its dot
        Assert.Equal("SY", g.CountryCode(g.DemonymCountry("Syrian")));
        var middleEast = g[g.Lookup("Middle East")[0]];
        Assert.Equal(PlaceKind.Region, middleEast.Kind);
        // Governorate point from its places (Aleppo only here): inside Syria, near the city.
        var governorate = g[Array.Find(g.Lookup("Aleppo").ToArray(), i => g[i].Kind == PlaceKind.Admin1)];
        Assert.Equal(170062L, governorate.GeonamesId);
        Assert.InRange(governorate.Lat, 36, 36.5);
    }

    [Fact]
    public void FrenchDivisionNamesAreAlsoKeyedWithoutTheirGenericWordAndArticle()
    {
        var admin2 = Path.Combine(_dir, "admin2-fr.txt");
        File.WriteAllLines(admin2, ["BF.12.40\tProvince du Zorvan\tProvince du Zorvan\t900001", "BF.08.42\tProvince de la Tessaly\tProvince de la Tessaly\t900002"]);
        var builder = new GazetteerBuilder();
        builder.AddRows(
        [
            new GeonamesRow(900010, "Kelmora", "Kelmora", "", 14.1, -1.6, 'P', "PPLA2", "BF", "12", "40", 6000),
            new GeonamesRow(900011, "Bintou", "Bintou", "", 12.1, 1.8, 'P', "PPLA2", "BF", "08", "42", 5000),
        ]);
        builder.AddAdmin2Codes(admin2);
        var g = builder.Build();
        Assert.Equal(900001L, g[Assert.Single(g.Lookup("Zorvan").ToArray())].GeonamesId);
        Assert.Equal(900002L, g[Assert.Single(g.Lookup("Tessaly").ToArray())].GeonamesId);
        Assert.True(g.Lookup("du Zorvan").IsEmpty); // the article alone is no name
    }

    [Fact]
    public void MissingIndexSaysHowToBuildIt()
    {
        var e = Assert.Throws<SitrepException>(() => Gazetteer.Gazetteer.Load(Path.Combine(_dir, "absent.bin.gz")));
        Assert.Contains("sitrep gazetteer build", e.Message);
    }

    [Fact]
    public void CorruptIndexIsAClearError()
    {
        var path = Path.Combine(_dir, "corrupt.bin.gz");
        File.WriteAllText(path, "not gzip at all");
        var e = Assert.Throws<SitrepException>(() => Gazetteer.Gazetteer.Load(path));
        Assert.Contains("rebuild", e.Message);
    }
}
