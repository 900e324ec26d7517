namespace Sitrep.Geo.Gazetteer;

/// <summary>A view of one gazetteer entry (index <see cref="Index"/> into the gazetteer's columns).</summary>
public readonly struct GazetteerEntry(Gazetteer gazetteer, int index)
{
    public int Index { get; } = index;
    public long GeonamesId => gazetteer.Ids[Index];
    public string Name => gazetteer.Names[Index];
    public double Lat => gazetteer.Lats[Index];
    public double Lon => gazetteer.Lons[Index];
    public long Population => gazetteer.Populations[Index];
    public char FeatureClass => (char)gazetteer.FeatureClasses[Index];
    public string FeatureCode => gazetteer.FeatureCodeTable[gazetteer.FeatureCodes[Index]];
    public PlaceKind Kind => (PlaceKind)gazetteer.Kinds[Index];
    /// <summary>ISO alpha-2, "" for regions.</summary>
    public string Country => gazetteer.CountryTable[gazetteer.Countries[Index]];
    public int CountryId => gazetteer.Countries[Index];
    /// <summary>Index into the admin1 table, -1 when unknown.</summary>
    public int Admin1Id => gazetteer.Admin1s[Index];
    public string? Admin1Name => Admin1Id < 0 ? null : gazetteer.Admin1Names[Admin1Id];

    public override string ToString() => $"{Name} ({GeonamesId}, {FeatureCode}, {Country}, {Admin1Name}) {Lat:0.00},{Lon:0.00} pop {Population}";
}
